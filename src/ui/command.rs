//! Everything a widget can ask the application to do. Panels return commands; the app
//! applies them in one place after layout (`App::run_commands`).

use std::path::PathBuf;

/// A request from a panel or a shortcut.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Open files in new tabs (or switch to them if already open).
    Open(Vec<PathBuf>),
    /// Ask the user for files to open.
    ShowOpenDialog,
    /// A path typed where no file dialog could be shown, for what the dialog was for.
    PathGiven {
        purpose: crate::ui::path_prompt::Purpose,
        path: PathBuf,
    },
    ClosePathPrompt,
    /// Go back to where the reader was before the last jump (a citation, the outline...).
    Back,
    /// Undo a Back.
    Forward,
    /// Close the window (the session and window placement are kept for next time).
    Quit,
    /// Open the bundled sample resolution.
    OpenSample,
    ActivateTab(usize),
    CloseTab(usize),
    /// Show this tab beside the active one (None: back to a single document).
    Split(Option<usize>),
    /// Scroll a tab to a paragraph (index into the document's paragraphs) and focus it.
    JumpTo {
        tab: usize,
        paragraph: usize,
    },
    /// Move the keyboard to the next (1) or previous (-1) pane: the outline, the text, the
    /// notes panel, the facts panel, those shown.
    FocusPane(i32),
    /// Give the keyboard to the paragraph being read in the active tab.
    FocusReading,
    /// Give a paragraph the keyboard's focus (after a jump made from the keyboard), so that
    /// Tab goes on from there and a screen reader reads it.
    FocusParagraph {
        tab: usize,
        paragraph: usize,
    },
    /// A citation was clicked: open the cited document if it is at hand, else show its card.
    FollowCitation {
        tab: usize,
        symbol: String,
        pinpoint: Option<String>,
    },
    CloseCitationCard,
    /// Put text on the clipboard.
    Copy(String),
    /// Forget the text selected in the active tab.
    ClearSelection,
    /// Open an address in the system browser (only ever from an explicit user action).
    OpenOnline(String),
    /// Highlight a footnote and its markers (None: clear).
    HighlightFootnote {
        tab: usize,
        footnote: Option<usize>,
    },
    SetDarkMode(bool),
    /// The high-contrast theme on or off.
    SetHighContrast(bool),
    /// Show (true) or hide the sheet of keyboard shortcuts (Help › Keyboard shortcuts).
    ShowShortcuts(bool),
    /// Zoom in (+1), out (-1) or reset (0).
    Zoom(i8),
    /// Open the find bar of the active tab (or focus it).
    OpenFind,
    CloseFind,
    /// Next (+1) or previous (-1) match.
    FindStep(i32),
    /// Move the reading focus to the next (+1) or previous (-1) paragraph.
    FocusStep(i32),
    DismissError(usize),
    DismissNotice(usize),
    /// Compare the active tab with another tab (older first), or read them in parallel.
    Compare {
        old: usize,
        new: usize,
        mode: crate::ui::compare::Mode,
    },
    CloseCompare,
    /// Ask for a file and compare it (as the older text) with the active tab.
    CompareWithFile,
    /// Open a file of the library (another edition, another language version) and compare
    /// the active tab with it, or read the two in parallel.
    CompareActiveWith {
        path: PathBuf,
        mode: crate::ui::compare::Mode,
        /// The file is the older text (the left column).
        other_is_older: bool,
    },
    /// Open two files (or switch to them) and compare them, the older first.
    CompareFiles {
        old: std::path::PathBuf,
        new: std::path::PathBuf,
    },
    /// Save the comparison as an HTML page (true) or Markdown (false).
    ExportComparison {
        html: bool,
    },
    /// Save the comparison as a Word file with tracked changes (a redline).
    ExportRedline,
    /// Save the comparison as a redline PDF.
    ExportRedlinePdf,
    /// Open File › Export as PDF… (or, with `print`, File › Print…) for a tab.
    ShowBriefingDialog {
        tab: usize,
        print: bool,
    },
    /// Make the briefing the dialog describes: save it as a PDF, or print it.
    MakeBriefing {
        print: bool,
    },
    CloseBriefingDialog,
    /// Open the note editor on a Word draft's comment (index into the document's comments),
    /// its text written in, to keep as the user's own note.
    CopyComment {
        tab: usize,
        comment: usize,
    },
    /// Show the page of the PDF a paragraph is printed on, with the paragraph marked.
    ShowOnPage {
        tab: usize,
        paragraph: usize,
    },
    /// Turn the page shown by "Show on page" forward (+1) or back (-1).
    TurnPage(i32),
    ClosePageView,
    /// Bookmark a paragraph, or remove its bookmark.
    ToggleBookmark {
        tab: usize,
        paragraph: usize,
    },
    /// Open the note editor: a new note on a paragraph (on some of its words, if given), or
    /// an existing note.
    EditNote {
        tab: usize,
        paragraph: usize,
        note: Option<String>,
        words: Option<String>,
    },
    SaveNote,
    CancelNote,
    DeleteNote {
        tab: usize,
        note: String,
    },
    /// Bring back the note deleted last.
    UndoDelete,
    /// Show or hide the outline of the document.
    ToggleOutline,
    ToggleNotesPanel,
    /// Show or hide the facts of the open resolution (votes, sponsors, draft).
    ToggleFactsPanel,
    /// Show (true) or hide the library view.
    ShowLibrary(bool),
    /// Speak this language in the window from now on (kept across restarts).
    SetUiLanguage(crate::i18n::Locale),
    /// Show the library view at one of its sections.
    ShowLibrarySection(crate::ui::library::Section),
    /// Ask for a folder and add it to the library (then scan).
    AddLibraryFolder,
    /// Ask for files and copy them into the library's own folder (then scan).
    ImportIntoLibrary,
    RescanLibrary,
    CancelScan,
    RemoveLibraryFolder(std::path::PathBuf),
    /// Run the search typed in the library view.
    SearchLibrary,
    /// Show the library view searching for this (a cited symbol).
    SearchLibraryFor(String),
    /// Ask where to save the votes the library view lists for a member state, as CSV.
    ExportStateVotes,
    /// Open a file of the library (or switch to it) at a paragraph.
    OpenLibraryFile {
        path: std::path::PathBuf,
        at: crate::ui::library::OpenAt,
    },
    /// Highlight in the active tab the words a library search matched (`query`: as typed),
    /// from the paragraph it was opened at.
    HighlightWords {
        query: String,
        words: Vec<String>,
    },
    /// Show or hide the "Cited by" panel.
    ToggleCitedBy,
    /// Copy the notes of another edition (index into the tab's related notes) into this one.
    CarryOverNotes {
        tab: usize,
        from: usize,
    },
    /// Ask where to save the notes of a tab's document, and save them in this form.
    ExportNotes {
        tab: usize,
        format: crate::store::export::Format,
    },
    /// Show the notes of other editions the page's banner speaks of: the notes panel, at the
    /// paragraph of the first of them.
    ShowRelatedNotes {
        tab: usize,
    },
    /// Hide the page's banner about notes of other editions (they stay in the notes panel).
    DismissRelatedNotes {
        tab: usize,
    },
    /// Open the document of a bookmark (if it is not open) at its paragraph.
    OpenBookmark {
        info: crate::store::note::DocumentInfo,
        paragraph_id: String,
        reference: String,
    },
}
