# L’interface de Plenary en français. La référence est en.ftl (anglais), qui sert aussi de
# secours pour tout message absent de cette traduction. Chaque message s’écrit `clé = texte` ;
# les lignes `.tip` sont des infobulles. Seul le texte après `=` se traduit ; les `{ $variables }`
# restent telles quelles. Les formes du pluriel se choisissent avec
# `{ $count -> [one] … *[other] … }` (catégories CLDR du français : 0 et 1 sont « one »).

## Menus

menu-file = Fichier
menu-view = Affichage
menu-library = Bibliothèque
menu-find = Rechercher
menu-help = Aide
menu-open-recent = Documents récents
menu-show-beside = Afficher à côté
menu-compare-with = Comparer avec
menu-read-in-parallel = Lire en parallèle avec
menu-language = Langue
nothing-yet = Rien pour l’instant
open-second-first = Ouvrez d’abord un second document
open-other-language-first = Ouvrez d’abord une autre version linguistique

## Aide-mémoire des raccourcis : les groupes d’actions, et « J ou Alt+Down »

group-file = Fichier
group-view = Affichage et navigation
group-library = Bibliothèque
group-find = Recherche
group-paragraph = Paragraphe en cours de lecture
group-help = Aide
keys-or = ou

## Onglets, historique, messages

back-nothing = Retour : aucun emplacement précédent pour l’instant
tab-beside = { $title } (à côté)
tab-show-beside = Afficher à côté du document actuel
undo = Annuler
remove-bookmark = Supprimer le signet
ok = OK
dismiss = Ignorer
cannot-open = Impossible d’ouvrir

## Barre d’état

status-scanning = Analyse de la bibliothèque…
status-no-document = Aucun document
format-text = export texte
status-paragraphs = { $preambular ->
    [one] { $preambular } alinéa du préambule
   *[other] { $preambular } alinéas du préambule
}, { $operative ->
    [one] { $operative } paragraphe du dispositif
   *[other] { $operative } paragraphes du dispositif
}
status-annex = { $count ->
    [one] { $count } paragraphe d’annexe
   *[other] { $count } paragraphes d’annexe
}
status-footnotes = { $count ->
    [one] { $count } note de bas de page
   *[other] { $count } notes de bas de page
}
status-citations = { $count ->
    [one] { $count } référence
   *[other] { $count } références
}
status-warnings = { $count ->
    [one] { $count } avertissement
   *[other] { $count } avertissements
}

## Bibliothèque, votes par État Membre, points de l’ordre du jour

library-all-languages = Toutes les langues
library-the-library-could-not-be = Impossible d’ouvrir la bibliothèque ; voir le message ci-dessus.
library-library = Bibliothèque
library-back-to-reading = Revenir à la lecture
library-cancel = Annuler
library-search-the-library-words-a = Rechercher dans la bibliothèque : des mots, « une expression » ou une cote (75/32)
library-operative-paragraphs-only = Paragraphes du dispositif seulement
library-search = Rechercher
library-back-to-the-list-of = Revenir à la liste des résolutions
library-nothing-found = Aucun résultat.
library-filter-by-symbol-or-title = Filtrer par cote ou par titre
library-all-bodies = Tous les organes
library-add-a-folder-of-resolutions = Ajoutez un dossier de résolutions (fichiers XML Akoma Ntoso ou exports texte) pour les parcourir et y faire des recherches ici, et pour ouvrir les documents qu’elles citent.
library-languages = Langues
library-remove = Retirer
library-stop-including-this-folder-the = Ne plus inclure ce dossier (les fichiers restent à leur place)
library-this-document-has-no-symbol = Ce document n’a pas de cote.
library-none-in-your-library = Aucun document de votre bibliothèque
library-no-resolution-in-the-library = Aucune résolution de la bibliothèque n’a été adoptée par vote enregistré : ajoutez les fichiers Akoma Ntoso d’une session pour voir comment chaque État Membre a voté.
library-member-state = État Membre :
library-find-a-member-state = Rechercher un État Membre
library-session = Session :
library-all-sessions = Toutes les sessions
library-agenda-item = Point de l’ordre du jour :
library-all-agenda-items = Tous les points de l’ordre du jour
library-show = Afficher :
library-save-the-votes-listed-below = Enregistrer les votes ci-dessous dans une feuille de calcul (CSV)
library-no-vote-matches-these-filters = Aucun vote ne correspond à ces filtres.
library-title = Titre
library-open-this-resolution = Ouvrir cette résolution
library-absent = Absence
library-no-resolution-in-the-library-2 = Aucune résolution de la bibliothèque n’indique son point de l’ordre du jour : ajoutez les fichiers Akoma Ntoso d’une session pour en voir les résolutions par point de l’ordre du jour.
library-find-an-agenda-item = Rechercher un point de l’ordre du jour
library-choose-an-agenda-item-to = Choisissez un point de l’ordre du jour pour en voir les résolutions, session par session.
library-resolutions = Résolutions
library-counts = { $resolutions ->
    [one] { $resolutions } résolution
   *[other] { $resolutions } résolutions
} · { $files ->
    [one] { $files } fichier
   *[other] { $files } fichiers
}
library-counts-unreadable = { $resolutions ->
    [one] { $resolutions } résolution
   *[other] { $resolutions } résolutions
} · { $files ->
    [one] { $files } fichier
   *[other] { $files } fichiers
} · { $unreadable ->
    [one] { $unreadable } illisible
   *[other] { $unreadable } illisibles
}
library-close = Fermer
library-scan-progress = { $phase } { $done }/{ $total } { $name }
library-phase-listing = Recensement
library-phase-reading = Lecture
library-phase-saving = Enregistrement
library-looking-for-files = Recherche des fichiers…
library-browse = Parcourir
library-results = { $count ->
    [one] { $count } résultat
   *[other] { $count } résultats
}
library-symbol = Cote
library-adopted = Adoption
library-body = Organe
library-session-column = Session
library-files-unreadable = { $count ->
    [one] { $count } fichier n’a pas pu être lu
   *[other] { $count } fichiers n’ont pas pu être lus
}
library-folders = Dossiers ({ $count })
library-cited-by = Cité par ({ $count })
library-documents-that-cite = Documents de votre bibliothèque qui citent { $symbol }
body-general-assembly = Assemblée générale
body-security-council = Conseil de sécurité
body-human-rights-council = Conseil des droits de l’homme
body-economic-and-social-council = Conseil économique et social
body-short-general-assembly = AG
body-short-security-council = CS
body-short-human-rights-council = CDH
body-short-economic-and-social-council = ECOSOC
votes-all = Tous les votes
votes-with-majority = Avec la majorité
votes-not-with-majority = En désaccord avec la majorité
votes-my-country = Mon pays
votes-show-how = Afficher les votes de mon pays ({ $state })
votes-reading = Lecture des votes : { $state }…
votes-export-csv = Exporter en CSV…
votes-summary = { $state } : avec la majorité pour { $with ->
    [one] { $with } vote exprimé
   *[other] { $with } votes exprimés
} sur { $cast } ({ $share } %) ; absence lors de { $absent ->
    [one] { $absent } vote enregistré
   *[other] { $absent } votes enregistrés
} sur { $recorded }
votes-share-with-majority = { $share } % avec la majorité
votes-click-session = { $session }. Cliquez pour n’afficher que cette session
votes-vote = Vote de l’État
votes-majority = Majorité
votes-count = Décompte
votes-session-bar = { $session } : { $in_favour } pour, { $against } contre, { $abstaining ->
    [one] { $abstaining } abstention
   *[other] { $abstaining } abstentions
}, { $absent ->
    [one] { $absent } absence
   *[other] { $absent } absences
} ; { $share }
agenda-count = { $count ->
    [one] { $count } point de l’ordre du jour
   *[other] { $count } points de l’ordre du jour
}
agenda-sessions = { " · " }{ $first ->
    [1] 1re
   *[other] { $first }e
} à { $last }e sessions
agenda-session = { " · " }{ $session ->
    [1] 1re
   *[other] { $session }e
} session
agenda-resolutions = { $count ->
    [one] { $count } résolution
   *[other] { $count } résolutions
}
agenda-session-item = { $session ->
    [1] 1re
   *[other] { $session }e
} session · { $item }
agenda-session-heading = { $session ->
    [1] 1re
   *[other] { $session }e
} session
agenda-session-unknown = Session inconnue
agenda-recorded-vote = Vote enregistré
agenda-vote = Vote : { $tally }
agenda-without-vote = Sans vote
agenda-how-voted = Vote de mon pays ({ $state })
agenda-in-no-list = { $state } : ne figure dans aucune liste de vote
agenda-column-note = Chaque résolution, avec le résultat du vote et le vote de mon pays ({ $state })
vote-in-favour = Pour
vote-against = Contre
vote-abstaining = Abstention
facts-adopted-recorded = Adoptée par vote enregistré
facts-adopted-without-vote = Adoptée sans vote
facts-outcome-tally = { $outcome } : { $tally }
facts-draft-not-adopted = Projet : pas encore adopté.
facts-no-record = Le fichier n’indique pas comment le texte a été adopté.
facts-sponsors = Auteurs
facts-additional-sponsors = Autres auteurs
facts-committee-report = Rapport de la Commission
facts-adopted = Adoption
facts-agenda = Ordre du jour
facts-recorded-vote = vote enregistré
facts-without-vote = sans vote
facts-compare-tip = Comparer { $old } avec { $new }
facts-did-not-vote = { $state } : n’a pas voté

## Volet d’informations

facts-facts = Informations
facts-draft = Projet de résolution
facts-open-the-draft-if-it = Ouvrir le projet s’il est disponible, ou voir où se le procurer
facts-my-country = Mon pays :
facts-e-g-canada = p. ex. Canada
facts-set-once-your-country-s = À indiquer une seule fois : le vote de votre pays est signalé sur chaque résolution
facts-find-a-member-state = Rechercher un État Membre
facts-history-of-the-text = Historique du texte
facts-no-earlier-or-later-resolution = Aucune résolution antérieure ou ultérieure sur la question dans la bibliothèque.
facts-compare-with-previous = Comparer avec la précédente
facts-copy = Copier
facts-copy-the-list-to-paste = Copier la liste pour la coller dans un rapport

## Actions : éléments de menu, avec ce que fait chacun (.tip)

action-open = Ouvrir…
    .tip = Ouvrir une résolution

action-open-sample = Ouvrir l’exemple (A/RES/75/32, en chinois)
    .tip = Ouvrir la résolution fournie avec Plenary

action-close = Fermer
    .tip = Fermer ce document

action-quit = Quitter
    .tip = Fermer la fenêtre ; les documents ouverts seront rouverts la prochaine fois

action-next-document = Document suivant
    .tip = Afficher le document ouvert suivant

action-notes-panel = Notes et signets
    .tip = Afficher ou masquer le volet des notes et des signets

action-facts-panel = Votes et auteurs
    .tip = Afficher ou masquer les informations sur cette résolution : mode d’adoption, vote de chaque État et auteurs

action-dark-theme = Thème sombre
    .tip = Texte clair sur fond sombre

action-zoom-in = Zoom avant
    .tip = Agrandir tout l’affichage

action-zoom-out = Zoom arrière
    .tip = Réduire tout l’affichage

action-actual-size = Taille réelle
    .tip = Annuler le zoom avant ou arrière

action-one-document = Un seul document
    .tip = Ne plus afficher de second document à côté de celui-ci

action-compare-with-file = Un fichier…
    .tip = Choisir un fichier avec lequel comparer ce document, en tant que version antérieure du texte

action-next-paragraph = Paragraphe suivant
    .tip = Placer le repère de lecture sur le paragraphe suivant

action-previous-paragraph = Paragraphe précédent
    .tip = Placer le repère de lecture sur le paragraphe précédent

action-back = Retour
    .tip = Revenir là où vous étiez avant le dernier saut

action-forward = Avancer
    .tip = Retourner là où vous étiez avant de revenir en arrière

action-library = Parcourir et rechercher
    .tip = Ouvrir ou fermer la bibliothèque des résolutions enregistrées sur cet ordinateur

action-library-votes = Votes par État Membre
    .tip = Voir comment un État Membre a voté sur chaque résolution de la bibliothèque, par session et par point de l’ordre du jour

action-library-agenda = Points de l’ordre du jour
    .tip = Voir les résolutions de la bibliothèque par point de l’ordre du jour et par session, avec leurs votes

action-add-folder = Ajouter un dossier…
    .tip = Ajouter un dossier de résolutions à la bibliothèque

action-import-files = Importer des fichiers…
    .tip = Copier des fichiers dans le dossier propre à la bibliothèque

action-rescan = Réanalyser
    .tip = Relire les dossiers de la bibliothèque pour y repérer les fichiers nouveaux ou modifiés

action-cited-by-panel = Volet « Cité par »
    .tip = Afficher ou masquer les documents de la bibliothèque qui citent celui-ci

action-find = Rechercher dans le document
    .tip = Rechercher dans le texte de ce document

action-previous-match = Occurrence précédente
    .tip = Aller à l’occurrence précédente de la recherche

action-next-match = Occurrence suivante
    .tip = Aller à l’occurrence suivante de la recherche

action-copy-selection = Copier la sélection
    .tip = Copier le texte sélectionné

action-copy-text = Copier le texte
    .tip = Copier le texte du paragraphe

action-copy-citation = Copier la référence
    .tip = Copier la référence du paragraphe : la cote du document et le numéro du paragraphe

action-bookmark = Signet
    .tip = Ajouter un signet au paragraphe en cours de lecture, ou supprimer son signet

action-add-note = Ajouter une note…
    .tip = Écrire une note sur le paragraphe en cours de lecture (sur les mots sélectionnés, le cas échéant)

action-add-note-on-selection = Ajouter une note sur la sélection…
    .tip = Écrire une note sur les mots sélectionnés

action-show-on-page = Afficher sur la page
    .tip = Afficher la page du PDF où figure le paragraphe, avec le paragraphe mis en évidence

action-dismiss = Fermer la fiche ou la barre de recherche, ou désélectionner
    .tip = Fermer la fiche de référence ouverte, sinon la barre de recherche, sinon désélectionner le texte

action-keyboard-shortcuts = Raccourcis clavier
    .tip = Afficher la liste de tous les raccourcis clavier

# TRANSLATE
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

# TRANSLATE
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
notes-copy-here = Copy these notes here
notes-copy-here-tip = Each note goes to the paragraph its quote was found in; orphans keep their quote
notes-all-bookmarks = All bookmarks
notes-no-bookmarks = None yet
notes-comments = Comments in this file ({ $count })
notes-copy-comment = Copy into my notes
notes-copy-comment-tip = Open a note on this paragraph with the comment written in

# TRANSLATE
## Show on page: the page of a PDF beside the text

page-not-drawn = the page could not be drawn
page-not-drawn-because = the page could not be drawn: { $error }
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

# TRANSLATE
## Citation card: a cited document that is not at hand

card-paragraph = paragraph { $paragraph }
card-not-among-your-files = not among your files
card-not-open = not open, and not in the folders you opened files from
card-copy-symbol = Copy symbol
card-copy-link = Copy link
card-open-online = Open online →
card-open-online-tip = Opens { $url } in your browser
card-close = Close

# TRANSLATE
## Find bar

find-hint = Find in document
find-no-matches = no matches
find-count = { $current } of { $total }
find-previous-tip = Previous match (Shift+F3)
find-next-tip = Next match (F3)
find-close-tip = Close (Esc)

# TRANSLATE
## Outline: the parts of a resolution

outline-preamble = Preamble
outline-operative-part = Operative part
outline-annex = Annex
outline-division-preamble = { $division } · { outline-preamble }
outline-division-operative-part = { $division } · { outline-operative-part }

# TRANSLATE
## Keyboard shortcuts sheet

help-when-keys-act = Single letters, Escape and Alt with an arrow act when no text field has focus.
help-mouse-buttons = A mouse's back and forward buttons go back and forward too.

# TRANSLATE
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

# TRANSLATE
## Screen readers: what each part of the reading view is called

a11y-bookmark = Bookmark { $paragraph }
a11y-remove-bookmark = Remove bookmark from { $paragraph }
a11y-bookmark-this-paragraph = Bookmark this paragraph
a11y-remove-bookmark-this-paragraph = Remove bookmark from this paragraph
a11y-footnote-marker = footnote { $marker }
a11y-footnote = Footnote { $marker }: { $text }
a11y-back-to-text = back to footnote { $marker } in the text
a11y-note = Note on { $paragraph }: { $text }
a11y-comment = Comment by { $author } on { $paragraph }: { $text }

# TRANSLATE
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

# TRANSLATE
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

# TRANSLATE
## File dialogs: the kinds of file offered

dialog-resolutions = Resolutions
dialog-all-files = All files

# TRANSLATE
## Library: a document without a symbol

library-no-symbol = (no symbol)
