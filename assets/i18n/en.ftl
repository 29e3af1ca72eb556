# Plenary's interface in English: the reference for every other language and the fallback
# for a message a translation lacks. Each message is `key = text`; `.tip` lines are tooltips.
# Translate only the text after `=`; keep `{ $placeholders }` as they are. Plural forms are
# chosen with `{ $count -> [one] … *[other] … }` (Unicode CLDR categories of the language).

## This language itself

# The language's own name for itself, as the View › Language menu lists it.
language-name = English
# The direction its text is written in: ltr (left to right) or rtl (right to left, which mirrors the window).
language-direction = ltr

## What the program's core says: why a file cannot be read, a document's warnings, why the library or the notes failed, what a cited symbol names, why a comparison is coarser than usual. The command line prints these English texts as they are; the window says them in its language. Values such as $path, $error (the system's own words) and $symbol are shown as they are

# Why a file cannot be read: $reason is one of the read-* messages below, phrased to follow
# the file; $line and $column are where in the file, when known; the path comes last.
read-error = cannot read: { $reason }: { $path }
read-error-line = cannot read: { $reason } (line { $line }): { $path }
read-error-line-column = cannot read: { $reason } (line { $line }, column { $column }): { $path }
read-no-such-file = no such file
read-permission-denied = permission denied
read-folder = is a folder, not a file
read-not-regular-file = is not a regular file
read-named-pipe = is not a regular file (a named pipe)
read-device = is not a regular file (a device)
read-socket = is not a regular file (a socket)
# $size and $limit are in megabytes.
read-too-large-mb = is too large ({ $size } MB or more; the limit is { $limit } MB)
read-too-large = is too large to be a resolution
read-binary-as-text = is a PDF or Word file whose bytes were read as text
read-not-a-resolution = is not a resolution: expected Akoma Ntoso XML, a PDF or a text export of a UN document
read-empty = is empty
read-binary = is a binary file, not text
read-not-utf8 = is not UTF-8 (invalid byte at offset { $offset }); save it as UTF-8 or UTF-16 with a byte order mark
read-utf16-odd = is not valid UTF-16 (odd number of bytes)
read-utf16-surrogate = is not valid UTF-16 (unpaired surrogate)
# $formula: the enacting formula as the file prints it ("The General Assembly,").
read-no-paragraphs-after-formula = has no paragraphs after the enacting formula "{ $formula }"
read-no-paragraphs = has no resolution paragraphs
read-not-like-a-resolution = does not read like a resolution: no enacting formula, title or numbered paragraphs
read-xml-not-akoma-ntoso = is XML but not Akoma Ntoso (its root element is <{ $element }>)
read-akoma-ntoso-no-resolution = is Akoma Ntoso but holds no resolution (no statement or other document in it)
read-akoma-ntoso-no-text = is Akoma Ntoso but holds no resolution text (no preamble and no main body)
read-parameter-entities = declares parameter entities in its DOCTYPE, which are not supported
read-external-entities = declares external entities in its DOCTYPE, which are never fetched
read-nested-entities = declares entities that expand into other entities, which are not supported
read-entities-too-large = declares entities that would expand to more than 8 MB
read-too-many-nodes = is too large to be a resolution (more than { $limit } XML nodes)
# $error: what the XML reader says, in English.
read-malformed-xml = is malformed XML: { $error }
# $part: the part of the Word file (word/document.xml).
read-word-part-too-large = is a Word file whose part { $part } unpacks larger than any resolution
read-word-part-not-utf8 = is a Word file whose part { $part } is not UTF-8
read-word-damaged = is a Word file that could not be unpacked ({ $error })
read-word-part-malformed = is a Word file whose part { $part } is malformed: { $error }
read-word-no-text = is a Word file without its text (word/document.xml)
read-word-no-body = is a Word file without a body
read-pdf-damaged = is a PDF that could not be read (its content is damaged)
read-pdf-too-large = is a PDF with more pages or text than any resolution
read-pdf-not-opened = is a PDF that could not be opened ({ $error })
read-pdf-scanned = is a scanned PDF with no text in it (only page images): Plenary reads PDFs that carry their text
read-pdf-no-text = is a PDF with no text in it
read-pdf-unknown-letters = is a PDF whose fonts do not say which letters they draw: its text cannot be read
read-pdf-page-not-drawn = is a PDF whose page could not be drawn
# $count: the pages the file has; $page: the page asked for.
read-pdf-no-such-page = has { $count } pages: there is no page { $page }

# A document's warning: something the reader recovered from. $line: where in the file.
warning-at-line = line { $line }: { $warning }
# $text: the start of the text, as printed.
warning-text-before-formula = text before the enacting formula is not part of a cover page: "{ $text }"
warning-number-restored = paragraph { $number } has no number; it is read from where its text begins
warning-operative-unnumbered = operative paragraph { $number } has no number; it is read from its place after paragraph { $previous }
warning-operative-no-text = operative paragraph { $number } has no text
# $label: the sub-paragraph's label as printed, (c); $position: the place it holds in its list;
# $paragraph: the paragraph it is under (OP3).
warning-subparagraph-gap = numbering gap: sub-paragraph { $label } is number { $position } under { $paragraph }
warning-marker-without-footnote = footnote marker { $marker } has no footnote
warning-footnote-unreferenced = footnote { $marker } is never referenced
warning-operative-gap = numbering gap: operative paragraph { $number } follows { $previous }
warning-annex-gap = numbering gap: annex paragraph { $number } follows { $previous }
# $printed: the number the file prints instead of $number (followed by a full stop).
warning-misprinted-number = paragraph { $number } is printed { $printed }.; it is read as { $number }
warning-operative-skipped = operative paragraph { $number } follows paragraph { $previous }
warning-operative-start = operative paragraphs start at { $number }
warning-restart-without-heading = numbering restarts at 1 with no section heading to tell the paragraphs apart
# $count: how many paragraphs Word numbered.
warning-annex-numbered-by-word = the annex's paragraph numbers are not in this file (Word numbered them); its { $count } paragraphs are numbered 1 to { $count } as printed
warning-section-numbered-by-word = a section's paragraph numbers are not in this file (Word numbered them); its { $count } paragraphs are numbered 1 to { $count } as printed
warning-subparagraph-first = sub-paragraph { $label } comes before any numbered paragraph; read as an operative paragraph
# $id and $new: identifiers of paragraphs in the file (para_3, para_3~2).
warning-id-taken = paragraph id { $id } was already taken; this one is { $new }
warning-sections-too-deep = sections nested too deeply; the innermost were skipped
warning-lists-too-deep = lists nested too deeply; the innermost were skipped
warning-annex-heading-outside = an annex heading outside any annex
warning-number-after-links = paragraph { $number } is printed after links that belong inside its text
warning-elements-too-deep = elements nested too deeply; the innermost text was skipped
warning-footnote-in-footnote = a footnote inside a footnote was skipped
warning-footnote-without-marker = a footnote has no marker; numbered by position
warning-footnote-no-text = footnote { $marker } has no text
warning-marker-without-text = footnote marker { $marker } has no footnote text in the file
# $element: the name of an XML element the reader does not know.
warning-unknown-element-kept = unknown element <{ $element }> read as plain text
warning-unknown-element-skipped = unknown element <{ $element }> skipped
warning-no-paragraphs = the preamble and main body hold no paragraphs
# $cover: the symbol the cover page prints; $symbol: the document's real symbol.
warning-cover-symbol = the cover page says { $cover }, but the document is { $symbol } (its number and identification); read as { $symbol }
warning-tracked-changes = the file has { $count } tracked { $count ->
    [one] change
   *[other] changes
}: its text is read with all of them accepted
warning-nested-too-deep = some of the file's content is nested too deep to be read
warning-pdf-ocr = this PDF is a scanned page whose text was recognised by OCR: words may be misread ({ action-show-on-page } shows the scan)
warning-pdf-letters-repaired = { $count } letters were read from the embedded font: the PDF's own map of its letters (ToUnicode) is wrong for them

# Why the library or the notes could not do something: $cannot is one of the *-cannot-*
# messages below, $error the system's own words.
io-error = { $cannot }: { $error }: { $path }
library-cannot-clear-index = cannot clear the damaged library index
library-cannot-create-index = cannot create the library index
library-cannot-write-cache = cannot write the library cache
library-cannot-save-folders = cannot save the library folders
library-cannot-create-folder = cannot create the library folder
library-cannot-lock-folders = cannot lock the library folders
library-error-index = the library index failed ({ $error }): { $path }
library-error-busy = the library is being updated by another Plenary; try again when it is done: { $path }
library-error-not-a-folder = not a folder: { $path }
library-error-unknown-folder = not a library folder: { $path }
library-error-scan-lost = the library scan stopped unexpectedly
library-error-not-in-library = not in the library: { $symbol }
# $state: the name given; $states: the names it could be.
library-error-unknown-state = no recorded vote in the library lists this state: { $state }
library-error-ambiguous-state = could be any of { $states }; give more of the name: { $state }
store-cannot-list = cannot list notes
store-cannot-create-folder = cannot create the notes folder
store-cannot-lock = cannot lock notes
store-cannot-save = cannot save notes
store-cannot-keep-backup = cannot keep the notes backup
store-cannot-read = cannot read notes
store-cannot-move-aside = cannot move damaged notes aside
store-cannot-restore = cannot restore notes
store-cannot-read-backup = cannot read the notes backup
# $found and $supported: versions of the format of the notes file.
store-error-newer-version = these notes were saved by a newer version of Plenary (format { $found }; this version knows up to { $supported }) and are read-only here, so nothing was changed: { $path }
store-error-no-such-note = there is no note { $id } (it may have been deleted in another window): { $path }
store-error-encode = cannot save notes ({ $error }): { $path }
# $reason: one of the store-import-* messages, or why the file cannot be read.
store-error-import = cannot import: { $reason }: { $path }
store-import-not-json = is not JSON ({ $error })
store-import-not-an-export = is not a notes export (expected W3C Web Annotation JSON)
store-import-not-utf8 = is not UTF-8 text

# What a cited symbol names, on the card of a citation. $kind is resolution, decision or document.
symbol-general-assembly = { $kind ->
    [resolution] General Assembly resolution
    [decision] General Assembly decision
   *[document] General Assembly document
}
symbol-general-assembly-record = Verbatim record (General Assembly)
symbol-general-assembly-draft = Draft (General Assembly plenary)
# A Main Committee of the General Assembly by its $number (0: a number it does not have).
symbol-committee = { $number ->
    [1] First Committee
    [2] Second Committee
    [3] Third Committee
    [4] Fourth Committee
    [5] Fifth Committee
    [6] Sixth Committee
   *[other] Main Committee
}
# $committee: its name, as symbol-committee gives it.
symbol-committee-draft = Draft ({ $committee })
symbol-committee-summary-record = Summary record ({ $committee })
symbol-committee-document = { $committee } document
symbol-human-rights-council = { $kind ->
    [resolution] Human Rights Council resolution
    [decision] Human Rights Council decision
   *[document] Human Rights Council document
}
symbol-human-rights-council-draft = Draft (Human Rights Council)
symbol-security-council-resolution = Security Council resolution
symbol-presidential-statement = Statement by the President of the Security Council
symbol-security-council-record = Verbatim record (Security Council)
symbol-security-council-document = Security Council document
symbol-economic-and-social-council = { $kind ->
    [resolution] Economic and Social Council resolution
    [decision] Economic and Social Council decision
   *[document] Economic and Social Council document
}
symbol-commission-on-human-rights = { $kind ->
    [resolution] Commission on Human Rights resolution
    [decision] Commission on Human Rights decision
   *[document] Commission on Human Rights document
}
symbol-commission-draft = Draft (Economic and Social Council commission)
symbol-commission-document = Economic and Social Council commission document
symbol-bulletin = Secretary-General's bulletin
symbol-administrative-instruction = Administrative instruction
symbol-secretariat-document = Secretariat document
symbol-document = United Nations document

# Why a comparison is coarser than usual, above its rows.
compare-notice-time-limit = The comparison ran past its time limit: some changed paragraphs are shown whole, without word-level changes.
compare-notice-too-large = The documents are too large to align every paragraph by similarity: some changed paragraphs are shown as deleted and added.
compare-notice-unrelated = These look like two different texts, not two versions of one: few of their paragraphs correspond.

# What the notes say when their file was repaired, moved aside or read only in part. $notes is
# store-notes-on (the notes of a document, $document its name) or store-notes; $reason is one
# of the store-damage-* messages or what the JSON reader says, in English; $error the system's
# own words; $found and $supported are versions of the format of the notes file.
store-notes-on = the notes on { $document }
store-notes = notes
store-damage-empty = the file is empty
store-damage-not-an-object = not a JSON object
store-damage-no-notes = it holds no list of notes
store-warning-lost-notes = { $notes } had lost { $count } note(s) that their last good copy still held (the file was changed outside Plenary?); that copy is kept as { $path }
store-warning-newer-shown = { $notes } were saved by a newer version of Plenary (format { $found }; this version knows up to { $supported }); they are shown here read-only and will not be changed: { $path }
store-warning-newer-not-shown = { $notes } were saved by a newer version of Plenary (format { $found }; this version knows up to { $supported }); this version cannot show them and will not be changed: { $path }
store-warning-not-repaired = { $notes } could not be read and could not be repaired ({ $error }); the last good copy is shown, if there is one: { $path }
store-warning-damaged = { $notes } were damaged ({ $reason }); the damaged file is kept as { $path }
store-warning-restored = { $notes } had gone missing and were restored from the last good copy: { $path }
store-warning-backup-damaged = { $notes } had gone missing and their last copy is damaged ({ $reason }); it is kept as { $path }
store-warning-damaged-restored = { $notes } were damaged ({ $reason }) and have been restored from the last good copy (changes since then may be missing); the damaged file is kept as { $path }
store-warning-damaged-no-copy = { $notes } were damaged ({ $reason }) and there is no earlier copy; the damaged file is kept as { $path }
# $backup: where the damaged last copy is kept; $path: where the damaged file is kept.
store-warning-both-damaged = { $notes } were damaged ({ $reason }) and so was their last copy; both are kept, as { $backup } and { $path }
# $count: the items of an imported file that were not notes.
store-warning-import-skipped = { $count } item(s) were not annotations with a target and were skipped: { $path }

# Why a file of the library cannot be read, in the library's list of unreadable files (after
# read-error's "cannot read:"), phrased to follow the file's name. $reason is one of the read-*
# messages; $line and $column are where in the file.
library-unreadable-line = { $reason } (line { $line })
library-unreadable-line-column = { $reason } (line { $line }, column { $column })
library-unreadable-reader-failed = could not be read: the reader failed on it (please report this file)
library-unreadable-not-unicode = has a name that is not valid Unicode
library-unreadable-not-examined = cannot be examined ({ $reason })
library-unreadable-folder-not-listed = is a folder that cannot be listed ({ $reason })
# $limit: how many folders deep the library looks.
library-unreadable-too-deep = is a folder nested too deep (more than { $limit } levels); not read
library-unreadable-link-loop = is a link to a folder it is in (a loop); not followed
library-unreadable-link-not-listed = is a link to a folder that cannot be listed ({ $reason })
library-unreadable-link-to-itself = is a link that leads back to itself (a loop)
library-unreadable-broken-link = is a broken link (what it points to is not there)
library-unreadable-link-not-followed = is a link that cannot be followed ({ $reason })
# Why a file could not be imported into the library; $error: the system's own words.
library-import-no-such-file = no such file or folder
library-import-not-copied = cannot be copied ({ $error })
library-import-namesakes = has too many namesakes in the library

# What the library says when it opens: its cache or index was damaged and will be rebuilt, the
# list of its folders was damaged. $reason is one of the library-damage-* messages or the
# system's own words; $error the system's own words; $kept where the damaged list is kept.
library-warning-cache-damaged = the library cache was damaged ({ $reason }); it will be rebuilt from the files: { $path }
library-warning-index-damaged = the library index was damaged ({ $reason }); it will be rebuilt from the files: { $path }
library-warning-folders-backup = the list of library folders was damaged ({ $error }); using its backup: { $path }
library-warning-folders-emptied = the list of library folders was damaged ({ $error }) and is empty now: { $path }
library-warning-folders-emptied-kept = the list of library folders was damaged ({ $error }) and is empty now (kept as { $kept }): { $path }
# Why the library's cache was rebuilt.
library-rebuilt-other-version = it was made by another version of Plenary
library-rebuilt-cache-other-version = the library cache was made by another version of Plenary
library-rebuilt-cache-damaged = the library cache was damaged ({ $reason })
library-rebuilt-index-damaged = the library index was damaged ({ $reason })
library-rebuilt-cache-mismatch = the library cache did not match its index
# What was damaged in the library's cache or index.
library-damage-facts-unreadable = its facts cannot be read: { $error }
library-damage-facts-mismatch = its facts are not those of its files
library-damage-index-files = { $count ->
    [one] a file failed its check
   *[other] { $count } files failed their check
}
library-damage-index-unchecked = its files could not be checked

## The document's own language: dates, the reader's header line and the citation of a paragraph, always formatted in the language of the document being read (whatever the interface's language), in the forms the UN's texts in that language use

# A date: $day and $year are numbers; date-month names the month.
date = { $day } { date-month } { $year }
# The month ($month, 1 to 12) as a date writes it.
date-month = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    }

# The reader's header line: when the resolution was adopted ($date as `date` writes it),
# the committee report it was adopted on (as the document prints it), the draft it was
# adopted from, and a draft's own mark.
header-adopted = adopted { $date }
header-report = report { $report }
header-draft-symbol = draft { $symbol }
header-draft = draft

# Copy citation: how a paragraph is cited, in the form a drafter pastes.
# A General Assembly resolution ($number: 75/32, or 75/101 B for a part of a collection).
cite-resolution = resolution { $number }
# A Security Council resolution ($number 2532, $year 2020).
cite-council-resolution = resolution { $number } ({ $year })
# The letter of a part of a collection (the B of 75/101 B).
cite-part = { $part }
# The citation: the resolution, then where in it ($place: paragraph 3, or section II, paragraph 3).
cite = { $document }, { $place }
# The same for a document named by its symbol (a draft: A/C.3/78/L.41, paragraph 30).
cite-symbol = { $document }, { $place }
# Two steps of a place, the larger first (section II, paragraph 3).
cite-within = { $outer }, { $inner }
cite-section = section { $section }
cite-annex = annex
cite-annex-numbered = annex { $annex }
cite-article = article { $article }
# An operative or annex paragraph; $labels are its sub-paragraphs, each as cite-label writes it.
cite-paragraph = paragraph { $number }{ $labels }
# A paragraph of an article (annex III, article 8, paragraph 2).
cite-article-paragraph = paragraph { $number }{ $labels }
cite-label = { " " }({ $label })
# A preambular paragraph; $ordinal is the value of cite-ordinal (tenth).
cite-preambular = { $ordinal } preambular paragraph{ $labels }
# The rank of a preambular paragraph, as cite-preambular says it: $n is the number, $hundreds,
# $tens and $units its digits. .part: the number of a section or an annex; $roman is the
# number as the document prints it (II).
cite-ordinal = { $hundreds ->
        [0] { $tens ->
            [0] { $units ->
                [0] zeroth
                [1] first
                [2] second
                [3] third
                [4] fourth
                [5] fifth
                [6] sixth
                [7] seventh
                [8] eighth
               *[9] ninth
            }
            [1] { $units ->
                [0] tenth
                [1] eleventh
                [2] twelfth
                [3] thirteenth
                [4] fourteenth
                [5] fifteenth
                [6] sixteenth
                [7] seventeenth
                [8] eighteenth
               *[9] nineteenth
            }
           *[other] { $units ->
                [0] { $tens ->
                    [2] twentieth
                    [3] thirtieth
                    [4] fortieth
                    [5] fiftieth
                    [6] sixtieth
                    [7] seventieth
                    [8] eightieth
                   *[9] ninetieth
                }
               *[other] { $tens ->
                    [2] twenty
                    [3] thirty
                    [4] forty
                    [5] fifty
                    [6] sixty
                    [7] seventy
                    [8] eighty
                   *[9] ninety
                }-{ $units ->
                    [1] first
                    [2] second
                    [3] third
                    [4] fourth
                    [5] fifth
                    [6] sixth
                    [7] seventh
                    [8] eighth
                   *[9] ninth
                }
            }
        }
       *[other] { $n }{ $tens ->
            [1] th
           *[other] { $units ->
                [1] st
                [2] nd
                [3] rd
               *[other] th
            }
        }
    }
    .part = { $roman }

## Menus

menu-file = File
menu-view = View
menu-library = Library
menu-find = Find
menu-help = Help
menu-open-recent = Open recent
menu-show-beside = Show beside
menu-compare-with = Compare with
menu-read-in-parallel = Read in parallel with
menu-in-the-library = In the library
menu-draft = Draft { $symbol }
menu-language = Language
nothing-yet = Nothing yet
open-second-first = Open a second document first
open-other-language-first = Open another language version first

## Shortcut sheet: the groups of actions, and "J or Alt+Down"

group-file = File
group-view = View and move around
group-library = Library
group-find = Find
group-paragraph = The paragraph being read
group-help = Help
keys-or = or

## Tabs, history, messages

back-nothing = Back: nothing to go back to yet
tab-beside = { $title } (beside)
tab-show-beside = Show beside the current document
tabs-more = All tabs ({ $count } more)
tabs-more-tip = Every open document, those the tab bar has no room for included
undo = Undo
remove-bookmark = Remove bookmark
ok = OK
dismiss = Dismiss
cannot-open = Cannot open

## Status bar

status-scanning = Scanning the library…
status-no-document = No document
format-text = text export
status-paragraphs = { $preambular } preambular, { $operative } operative paragraphs
status-annex = { $count } annex paragraphs
status-footnotes = { $count ->
    [one] 1 footnote
   *[other] { $count } footnotes
}
status-citations = { $count ->
    [one] 1 citation
   *[other] { $count } citations
}
status-warnings = { $count ->
    [one] 1 warning
   *[other] { $count } warnings
}

## Library, votes by member state, agenda items

library-all-languages = All languages
library-the-library-could-not-be = The library could not be opened; see the message above.
library-library = Library
library-back-to-reading = Back to reading
library-cancel = Cancel
library-search-the-library-words-a = Search the library: words, "a phrase", or a symbol (75/32)
library-operative-paragraphs-only = Operative paragraphs only
library-search = Search
library-back-to-the-list-of = Back to the list of resolutions
library-nothing-found = Nothing found.
library-filter-by-symbol-or-title = Filter by symbol or title
library-all-bodies = All bodies
library-add-a-folder-of-resolutions = Add a folder of resolutions (Akoma Ntoso XML or text exports) to browse and search them here, and to open the documents they cite.
library-languages = Languages
library-remove = Remove
library-stop-including-this-folder-the = Stop including this folder (the files stay where they are)
library-this-document-has-no-symbol = This document has no symbol.
library-none-in-your-library = None in your library
library-no-resolution-in-the-library = No resolution in the library was adopted by a recorded vote: add the Akoma Ntoso files of a session to see how each member state voted.
library-member-state = Member state:
library-find-a-member-state = Find a member state
library-session = Session:
library-all-sessions = All sessions
library-agenda-item = Agenda item:
library-all-agenda-items = All agenda items
library-show = Show:
library-save-the-votes-listed-below = Save the votes listed below as a spreadsheet (CSV)
library-no-vote-matches-these-filters = No vote matches these filters.
library-title = Title
library-open-this-resolution = Open this resolution
library-absent = Absent
library-no-resolution-in-the-library-2 = No resolution in the library names its agenda item: add the Akoma Ntoso files of a session to see its resolutions by agenda item.
library-find-an-agenda-item = Find an agenda item
library-choose-an-agenda-item-to = Choose an agenda item to see its resolutions by session.
library-resolutions = Resolutions
library-counts = { $resolutions } resolutions · { $files } files
library-counts-unreadable = { $resolutions } resolutions · { $files } files · { $unreadable } unreadable
library-close = Close
library-scan-progress = { $phase } { $done }/{ $total } { $name }
library-phase-listing = Listing
library-phase-reading = Reading
library-phase-saving = Saving
library-looking-for-files = Looking for files…
library-browse = Browse
library-results = { $count ->
    [one] 1 result
   *[other] { $count } results
}
library-symbol = Symbol
library-adopted = Adopted
library-body = Body
library-session-column = Session
library-files-unreadable = { $count ->
    [one] 1 file could not be read
   *[other] { $count } files could not be read
}
library-folders = Folders ({ $count })
library-cited-by = Cited by ({ $count })
library-documents-that-cite = Documents in your library that cite { $symbol }
body-general-assembly = General Assembly
body-security-council = Security Council
body-human-rights-council = Human Rights Council
body-economic-and-social-council = Economic and Social Council
body-short-general-assembly = GA
body-short-security-council = SC
body-short-human-rights-council = HRC
body-short-economic-and-social-council = ECOSOC
votes-all = All votes
votes-with-majority = With the majority
votes-not-with-majority = Not with the majority
votes-my-country = My country
votes-show-how = Show how { $state } voted
votes-reading = Reading the votes of { $state }…
votes-export-csv = Export CSV…
votes-summary = { $state }: with the majority in { $with } of the { $cast ->
    [one] 1 vote
   *[other] { $cast } votes
} cast ({ $share }%); absent from { $absent } of { $recorded ->
    [one] 1 recorded vote
   *[other] { $recorded } recorded votes
}
votes-share-with-majority = { $share }% with the majority
votes-click-session = { $session }. Click to show this session only
votes-vote = Vote
votes-majority = Majority
votes-count = Count
votes-session-bar = { $session }: { $in_favour } in favour, { $against } against, { $abstaining } abstaining, { $absent } absent; { $share }
agenda-count = { $count ->
    [one] 1 agenda item
   *[other] { $count } agenda items
}
agenda-sessions = { " · " }sessions { $first }–{ $last }
agenda-session = { " · " }session { $session }
agenda-resolutions = { $count ->
    [one] 1 resolution
   *[other] { $count } resolutions
}
agenda-session-item = Session { $session } · { $item }
agenda-session-heading = Session { $session }
agenda-session-unknown = Session not known
agenda-recorded-vote = Recorded vote
agenda-vote = Vote { $tally }
agenda-without-vote = Without a vote
agenda-how-voted = How { $state } voted
agenda-in-no-list = { $state } is in no list
agenda-column-note = Each resolution with its vote and how { $state } voted
vote-in-favour = In favour
vote-against = Against
vote-abstaining = Abstaining
facts-adopted-recorded = Adopted by a recorded vote
facts-adopted-without-vote = Adopted without a vote
facts-outcome-tally = { $outcome }: { $tally }
facts-draft-not-adopted = A draft: not adopted yet.
facts-no-record = The file does not record how it was adopted.
facts-sponsors = Sponsors
facts-additional-sponsors = Additional sponsors
facts-committee-report = Committee report
facts-adopted = Adopted
facts-agenda = Agenda
facts-recorded-vote = recorded vote
facts-without-vote = without a vote
facts-compare-tip = Compare { $old } with { $new }
facts-did-not-vote = { $state }: did not vote

## Facts panel

facts-facts = Facts
facts-draft = Draft
facts-open-the-draft-if-it = Open the draft, if it is at hand, or see where to get it
facts-my-country = My country:
facts-e-g-canada = e.g. Canada
facts-set-once-your-country-s = Set once: your country's vote is marked on every resolution
facts-find-a-member-state = Find a member state
facts-history-of-the-text = History of the text
facts-no-earlier-or-later-resolution = No earlier or later resolution on this subject in the library.
facts-compare-with-previous = Compare with previous
facts-copy = Copy
facts-copy-the-list-to-paste = Copy the list, to paste into a report

## Actions: menu items, with what each does (.tip)

action-open = Open…
    .tip = Open a resolution

action-open-sample = Open the sample (A/RES/75/32, Chinese)
    .tip = Open the resolution that comes with Plenary

action-export-pdf = Export as PDF…
    .tip = A briefing to print or take to a meeting: the text with your notes beside it, and if you like the facts and what changed

action-print = Print…
    .tip = Print a briefing: the text with your notes beside it

action-close = Close
    .tip = Close this document

action-quit = Quit
    .tip = Close the window; the open documents come back next time

action-next-document = Next document
    .tip = Show the next open document

action-outline-panel = Outline
    .tip = Show or hide the outline of the document's paragraphs

action-notes-panel = Notes and bookmarks
    .tip = Show or hide the panel of notes and bookmarks

action-facts-panel = Votes and sponsors
    .tip = Show or hide the facts of this resolution: how it was adopted, each state's vote, its sponsors

action-dark-theme = Dark theme
    .tip = Light text on a dark background

action-high-contrast = High contrast
    .tip = White text on black, yellow links and focus, every control outlined

action-zoom-in = Zoom in
    .tip = Make everything larger

action-zoom-out = Zoom out
    .tip = Make everything smaller

action-actual-size = Actual size
    .tip = Undo zooming in or out

action-one-document = One document
    .tip = Stop showing a second document beside this one

action-compare-with-file = A file…
    .tip = Choose a file to compare this document with, as the older text

action-next-paragraph = Next paragraph
    .tip = Move the reading focus to the next paragraph

action-previous-paragraph = Previous paragraph
    .tip = Move the reading focus to the previous paragraph

action-back = Back
    .tip = Go back to where you were before the last jump

action-forward = Forward
    .tip = Go forward again to where you went back from
action-next-pane = Next pane
    .tip = Move the keyboard to the next pane: the outline, the text, the notes panel, the facts panel; in a comparison, the rows and the list of changes
action-previous-pane = Previous pane
    .tip = Move the keyboard to the previous pane

action-library = Browse and search
    .tip = Open or close the library of resolutions on this computer

action-library-votes = Votes by member state
    .tip = How a member state voted on every resolution of the library, by session and agenda item

action-library-agenda = Agenda items
    .tip = The library's resolutions by agenda item and session, with their votes

action-add-folder = Add folder…
    .tip = Add a folder of resolutions to the library

action-import-files = Import files…
    .tip = Copy files into the library's own folder

action-rescan = Rescan
    .tip = Read the library's folders again for new and changed files

action-cited-by-panel = Cited by panel
    .tip = Show or hide the documents of the library that cite this one

action-find = Find in document
    .tip = Search the text of this document

action-previous-match = Previous match
    .tip = Go to the previous match of the search

action-next-match = Next match
    .tip = Go to the next match of the search

action-copy-selection = Copy selection
    .tip = Copy the selected text

action-copy-text = Copy text
    .tip = Copy the paragraph's text

action-copy-citation = Copy citation
    .tip = Copy a citation of the paragraph: the document's symbol and the paragraph

action-bookmark = Bookmark
    .tip = Bookmark the paragraph being read, or remove its bookmark

action-add-note = Add note…
    .tip = Write a note on the paragraph being read (on the selected words, if any)

action-add-note-on-selection = Add note on the selection…
    .tip = Write a note on the selected words

action-show-on-page = Show on page
    .tip = Show the page of the PDF the paragraph is printed on, with the paragraph marked

action-dismiss = Close card, find bar or selection
    .tip = Close the keyboard shortcuts or a citation card, else the find bar, else forget the selected text
action-undo-delete = Undo note deletion
    .tip = Bring back the note deleted last

action-keyboard-shortcuts = Keyboard shortcuts
    .tip = List every keyboard shortcut

## Comparison: two texts side by side, a Word draft's tracked changes, reading in parallel

compare-heading-changes = Comparing { $old } with { $new }
compare-heading-tracked = Tracked changes in { $document }
compare-heading-parallel = Reading in parallel { $first } and { $second }
compare-comparing = Comparing… { $seconds } s
compare-show = Show:
compare-show-original = Original
compare-show-original-tip = The text as it stood before the changes
compare-show-with-changes = With changes
compare-show-with-changes-tip = Before and after side by side, the changes marked
compare-show-final = Final
compare-show-final-tip = The text with every change accepted
compare-summary = { $added } added, { $deleted } deleted, { $changed } changed, { $moved } moved
compare-unchanged = ({ $count } unchanged)
compare-previous-change = Previous change
compare-previous-change-tip = Previous change (Shift+F7 or P)
compare-next-change = Next change
compare-next-change-tip = Next change (F7 or N)
compare-hide-unchanged = Hide unchanged
compare-fold = … { $count ->
    [one] 1 unchanged paragraph
   *[other] { $count } unchanged paragraphs
} …
compare-fold-tip = Show them
compare-column-older = Older: { $document }
compare-column-newer = Newer: { $document }
compare-column-before = Before the tracked changes
compare-column-after = With the tracked changes
compare-ignore-punctuation-width = Ignore punctuation width
compare-ignore-punctuation-width-tip = ，and , count as the same
compare-ignore-whitespace = Ignore whitespace
compare-export = Export
compare-export-html = HTML page…
compare-export-markdown = Markdown…
compare-export-word = Word file with tracked changes…
compare-export-word-tip = A redline that Word and LibreOffice open, to accept or reject change by change
compare-changes-by = Changes by:
compare-changes-by-tip = The author Word shows for each change
compare-close = Close
compare-close-tip = Back to reading
compare-changes = Changes
compare-no-differences = No differences
compare-status-unchanged = unchanged
compare-status-changed = changed
compare-status-added = added
compare-status-deleted = deleted
compare-status-moved = moved

## A briefing or redline printed as PDF
briefing-bookmarked = Bookmarked
briefing-added = Added
briefing-deleted = Deleted
briefing-moved-from = Moved from { $paragraph }
briefing-renumbered = Was { $paragraph }
briefing-title = Briefing (PDF)
briefing-intro = The resolution as printed, paragraph numbers and footnotes included, with what you choose here.
briefing-with-notes = My notes and bookmarks
    .tip = Each note in the margin beside its paragraph; bookmarked paragraphs marked
briefing-no-notes = This document has no notes or bookmarks yet
briefing-with-facts = Facts: the vote and the sponsors
    .tip = How it was adopted, each state's vote and the sponsors, as the file records them
briefing-changes-since = Changes since:
briefing-changes-none = nothing
briefing-no-earlier = Open an earlier edition in a tab, or add your folders to the library, to summarise what changed.
briefing-save = Save as PDF…
briefing-print = Print
briefing-making = Making the PDF… { $seconds } s
compare-export-pdf = PDF redline…
    .tip = The comparison as a PDF to print: deletions struck through, insertions underlined
notice-saved-pdf = Saved the PDF: { $path }
notice-printed = Sent to the printer: { $path }
notice-print-viewer = No printer is set up here: the PDF is open in your PDF viewer, to print from there ({ $path })
error-save-pdf = could not save the PDF ({ $error }): { $path }
error-pdf = could not make the PDF: { $error }
error-pdf-stopped = the PDF stopped before it was finished
error-print = could not print ({ $error }); the PDF is kept here: { $path }
compare-change-inserted = Inserted by { $author }
compare-change-deleted = Deleted by { $author }
compare-change-moved-from = Moved from here by { $author }
compare-change-moved-to = Moved here by { $author }
compare-unnamed-author = an unnamed author
compare-change-dated = { $change }, { $date }
compare-summary-for-report = Summary for a report
compare-copy = Copy
compare-copy-tip = Copy these lines, to paste into a report
compare-digest-heading = What changed from { $old } to { $new }:
compare-digest-added = { $count ->
    [one] 1 paragraph added ({ $paragraphs })
   *[other] { $count } paragraphs added ({ $paragraphs })
}
compare-digest-deleted = { $count ->
    [one] 1 paragraph deleted ({ $paragraphs })
   *[other] { $count } paragraphs deleted ({ $paragraphs })
}
compare-digest-moved = { $count ->
    [one] 1 paragraph moved ({ $paragraphs })
   *[other] { $count } paragraphs moved ({ $paragraphs })
}
compare-digest-changed = { $count ->
    [one] 1 paragraph changed ({ $paragraphs })
   *[other] { $count } paragraphs changed ({ $paragraphs })
}
compare-digest-stronger = { $paragraph }: { $old } → { $new } (stronger)
compare-digest-weaker = { $paragraph }: { $old } → { $new } (weaker)
compare-digest-vote-then-now = Vote: { $then } then, { $now } now
compare-digest-vote = Vote: { $now }

## Notes and bookmarks: the note editor and the notes panel

notes-editor-edit = Note on { $paragraph }
notes-editor-new = New note on { $paragraph }
notes-read-only = These notes were saved by a newer version of Plenary and are read-only here.
notes-your-note = Your note
notes-colour = Colour
notes-color-yellow = yellow
notes-color-green = green
notes-color-blue = blue
notes-color-pink = pink
notes-color-orange = orange
notes-color-purple = purple
notes-tags = Tags
notes-tags-hint = mandate, follow-up
notes-bookmark = Bookmark
notes-save = Save
notes-cancel = Cancel
notes-delete = Delete
notes-edit = Edit
notes-discard-question = Discard what you wrote?
notes-discard = Discard
notes-keep-writing = Keep writing
notes-filter-hint = Filter: words, #tag, OP3
notes-this-document = This document
notes-none-yet = No notes yet. Press B to bookmark a paragraph, N to write a note.
notes-no-match = No note matches the filter.
notes-status-attached = attached
notes-status-moved = moved (was { $from }, now { $now })
notes-status-orphaned = orphaned
notes-orphaned = orphaned: was { $paragraph } “{ $quote }…”
notes-was = (was { $paragraph }: “{ $quote }…”)
notes-from = From { $source } ({ $count ->
    [one] 1 note
   *[other] { $count } notes
})
notes-banner = Your notes on another edition or language version of this text:
notes-banner-copy = Copy here
notes-banner-show = Show
notes-banner-show-tip = Open the notes panel at these notes
notes-export = Export…
notes-export-markdown = Markdown
notes-export-markdown-tip = Grouped under headings, each note with a link that opens Plenary at its paragraph
notes-export-json = W3C Web Annotation (JSON)
notes-export-json-tip = The standard form for annotations; Plenary imports it back
notes-export-csv = CSV
notes-export-csv-tip = One row per note, for a spreadsheet
notes-copy-here = Copy these notes here
notes-copy-here-tip = Each note goes to the paragraph its quote was found in; orphans keep their quote
notes-all-bookmarks = All bookmarks
notes-no-bookmarks = None yet
notes-comments = Comments in this file ({ $count })
notes-copy-comment = Copy into my notes
notes-copy-comment-tip = Open a note on this paragraph with the comment written in

## Show on page: the page of a PDF beside the text

page-not-drawn = the page could not be drawn
page-not-drawn-because = the page could not be drawn: { $error }
region-page = The page as published
region-text = Text
page-previous = ← Previous
page-previous-tip = The page before this one
page-next = Next →
page-next-tip = The page after this one
page-zoom-out-tip = Show the whole width of the page
page-zoom-in-tip = Enlarge the page
page-close = Close page
page-close-tip = Close the page view
page-number = Page { $page }
page-number-of = Page { $page } of { $pages }
page-marked = { $paragraph } is marked on the page as published.
page-marked-this-paragraph = This paragraph is marked on the page as published.
page-not-here = { $paragraph } is not on this page.
page-not-here-this-paragraph = This paragraph is not on this page.
page-drawing = Drawing the page…
page-as-published = Page { $page } of { $file } as published

## Citation card: a cited document that is not at hand

card-paragraph = paragraph { $paragraph }
card-not-among-your-files = not among your files
card-not-open = not open, and not in the folders you opened files from
card-copy-symbol = Copy symbol
card-copy-link = Copy link
card-open-online = Open online →
card-open-online-tip = Opens { $url } in your browser
card-close = Close
card-search-library = Search the library
card-search-library-tip = Look for the document and the texts that cite it among your files
card-add-folder = Add a folder…
card-add-folder-tip = Add a folder of resolutions to the library: a cited document there opens from it

## Find bar

find-hint = Find in document
find-no-matches = no matches
find-count = { $current } of { $total }
find-previous-tip = Previous match (Shift+F3)
find-next-tip = Next match (F3)
find-close-tip = Close (Esc)

## Outline: the parts of a resolution

outline-preamble = Preamble
outline-operative-part = Operative part
outline-annex = Annex
outline-division-preamble = { $division } · { outline-preamble }
outline-division-operative-part = { $division } · { outline-operative-part }

## Keyboard shortcuts sheet

help-when-keys-act = Single letters, Escape and Alt with an arrow act when no text field has focus.
help-mouse-buttons = A mouse's back and forward buttons go back and forward too.

## Reader: the document's window, its footnotes, notes and comments beside the text

reader-no-document = Open a resolution with File › Open, or drop a file here.
reader-footnote = Footnote { $marker }
reader-citation-paragraph = { $symbol }, para. { $paragraph }
reader-more-characters = … ({ $count ->
    [one] 1 more character
   *[other] { $count } more characters
} not shown; Copy text copies the whole paragraph)
reader-bookmark-only = (bookmark)
reader-note-was = was { $paragraph }
reader-edit-note-tip = Edit this note
reader-comment = Comment · { $author } { $date }
reader-comment-tip = A comment in the Word file. Click to copy it into your notes.

## Screen readers: what each part of the reading view is called

a11y-open-note = Open the note on { $paragraph }
a11y-bookmark = Bookmark { $paragraph }
a11y-remove-bookmark = Remove bookmark from { $paragraph }
a11y-bookmark-this-paragraph = Bookmark this paragraph
a11y-remove-bookmark-this-paragraph = Remove bookmark from this paragraph
a11y-footnote-marker = footnote { $marker }
a11y-footnote = Footnote { $marker }: { $text }
a11y-back-to-text = back to footnote { $marker } in the text
a11y-note = Note on { $paragraph }: { $text }
a11y-edit-note = Edit note on { $paragraph }
a11y-delete-note = Delete note on { $paragraph }
a11y-deleted = [deleted: { $text }]
a11y-inserted = [inserted: { $text }]
a11y-comment = Comment by { $author } on { $paragraph }: { $text }

## Notices: what the window says when something is done

notice-scan-cancelled = The library scan was cancelled.
notice-library-folder-not-available = A library folder is not available now; its documents stay listed: { $path }
notice-library-up-to-date = Library up to date: { $files ->
    [one] 1 file
   *[other] { $files } files
}, { $read } read, { $unchanged } unchanged
notice-library-up-to-date-unreadable = Library up to date: { $files ->
    [one] 1 file
   *[other] { $files } files
}, { $read } read, { $unchanged } unchanged, { $unreadable } unreadable (listed in the library)
notice-imported = Imported { $copied ->
    [one] 1 file
   *[other] { $copied } files
} into the library ({ $already ->
    [one] 1 was
   *[other] { $already } were
} already there).
notice-copied-notes = Copied { $count ->
    [one] 1 note
   *[other] { $count } notes
} from { $source }.
notice-place-on-page-unknown = This paragraph's place on its page is not known.
notice-no-pages = Show on page is for documents opened from a PDF: this one has no pages.
notice-note-deleted = Note deleted.
notice-saved-comparison = Saved the comparison: { $path }
notice-saved-redline = Saved the comparison as a Word file with tracked changes: { $path }
notice-saved-votes = Saved the votes: { $path }
notice-opened-in-other-language = { $symbol } opened in { $found }: your library has no { $wanted } version.
notice-opened-in-unknown-language = { $symbol } opened in another language: your library has no { $wanted } version.
notice-opened-in-other-language-no-version = { $symbol } opened in { $found }: your library has no version in this language.
notice-opened-in-unknown-language-no-version = { $symbol } opened in another language: your library has no version in this language.

## Errors: what could not be done, and why

error-session-unreadable = could not read the last session ({ $error }): { $path }
error-session-damaged = the last session could not be restored ({ $error }): { $path }
error-session-damaged-kept = the last session could not be restored ({ $error }); kept as { $kept }: { $path }
error-save-session = could not save the session: { $error }
error-library-not-opened = the library could not be opened: { $error }
error-library-folder-missing = a library folder is missing: { $path }
error-library-scan-failed = the library scan failed: { $error }
error-query-stopped = the query stopped unexpectedly
error-undo-document-closed = The document of the deleted note is no longer open; open it to undo.
error-bookmark-source-unknown = cannot open { $document }: where it was opened from is not known
error-save-comparison = could not save the comparison ({ $error }): { $path }
error-write-word = could not write the Word file ({ $error })
error-save-word = could not save the Word file ({ $error }): { $path }
error-save-votes = could not save the votes ({ $error }): { $path }
error-no-paragraph = no paragraph { $paragraph } in { $document }

## File dialogs: the kinds of file offered

dialog-resolutions = Resolutions
dialog-all-files = All files

## Library: a document without a symbol

library-no-symbol = (no symbol)
error-link = This link cannot be opened ({ $reason }): { $link }
error-link-not-found = Neither the file nor the library has { $document }: add the folder it is in to the library.
notice-saved-notes = Saved the notes: { $path }
error-save-notes = could not save the notes ({ $error }): { $path }
prompt-title-open = Open a file
prompt-title-compare = Compare with a file
prompt-title-folder = Add a folder to the library
prompt-title-import = Import files into the library
prompt-no-dialog = No file dialog can be shown on this desktop (no desktop portal and no zenity). Type the path instead:
prompt-hint-file = /home/you/Documents/A_RES_75_32.xml
prompt-hint-folder = /home/you/Documents/resolutions
prompt-no-such-file = Nothing readable is at this path: type the whole path of a file.
prompt-no-such-folder = No folder is at this path.
prompt-go = OK
prompt-cancel = Cancel
reader-ibid = Ibid.: footnote { $marker }, “{ $text }”
