//! Every command a user gives by menu or keyboard, in one table: its label, keyboard
//! shortcuts and tooltip. The menus (`chrome.rs`), the keyboard handler
//! (`chrome::shortcuts`), a paragraph's context menu and the shortcut sheet
//! (Help › Keyboard shortcuts) are all built from [`TABLE`], so they cannot disagree.
//!
//! What an action does is decided in two places only: [`Action::command`] for actions that
//! need nothing but themselves, and `chrome::command` for those that depend on the app's
//! state (which tab, which paragraph).

use crate::ui::command::Command;
use crate::ui::library::Section;
use egui::{Key, KeyboardShortcut, Modifiers, Response, Ui};

/// A command as the user knows it: a menu item, a key, or both.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    Open,
    OpenSample,
    Close,
    Quit,
    NextDocument,
    NotesPanel,
    FactsPanel,
    DarkTheme,
    ZoomIn,
    ZoomOut,
    ActualSize,
    OneDocument,
    CompareWithFile,
    NextParagraph,
    PreviousParagraph,
    Back,
    Forward,
    Library,
    LibraryVotes,
    LibraryAgenda,
    AddFolder,
    ImportFiles,
    Rescan,
    CitedByPanel,
    Find,
    PreviousMatch,
    NextMatch,
    CopySelection,
    CopyText,
    CopyCitation,
    Bookmark,
    AddNote,
    AddNoteOnSelection,
    ShowOnPage,
    Dismiss,
    KeyboardShortcuts,
}

/// Where an action belongs: its menu, or what it works on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    File,
    View,
    Library,
    Find,
    /// The paragraph being read: the context menu and single keys.
    Paragraph,
    Help,
}

impl Group {
    /// In the order the shortcut sheet lists them.
    pub const ALL: [Group; 6] = [
        Group::File,
        Group::View,
        Group::Find,
        Group::Paragraph,
        Group::Library,
        Group::Help,
    ];

    /// The heading of the group in the shortcut sheet.
    pub fn title(self) -> &'static str {
        match self {
            Group::File => "File",
            Group::View => "View and move around",
            Group::Library => "Library",
            Group::Find => "Find",
            Group::Paragraph => "The paragraph being read",
            Group::Help => "Help",
        }
    }
}

/// One key of an action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Binding {
    pub shortcut: KeyboardShortcut,
    /// Whether the key acts while a text field has focus (single letters and keys that
    /// text fields use themselves do not).
    pub while_typing: bool,
}

/// A key that acts anywhere, even while typing.
const fn always(modifiers: Modifiers, key: Key) -> Binding {
    Binding {
        shortcut: KeyboardShortcut::new(modifiers, key),
        while_typing: true,
    }
}

/// A key that acts only when no text field has focus.
const fn reading(modifiers: Modifiers, key: Key) -> Binding {
    Binding {
        shortcut: KeyboardShortcut::new(modifiers, key),
        while_typing: false,
    }
}

/// One row of the table.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub action: Action,
    /// The menu item's text (tests click menu items by it).
    pub label: &'static str,
    /// What the action does, in a sentence: hover text, and the shortcut sheet.
    pub tooltip: &'static str,
    /// Its keys, most usual first (menus show the first). Where two entries' keys could both
    /// match one key press, the more specific comes first in [`TABLE`]: the keyboard
    /// handler takes them in table order.
    pub keys: &'static [Binding],
    /// Shown instead of the keys' names (egui's zoom keys).
    pub key_text: Option<&'static str>,
    /// egui acts on the keys itself (zoom, quit); the table only shows them.
    pub by_egui: bool,
    pub group: Group,
}

const fn entry(action: Action, group: Group, label: &'static str, tooltip: &'static str) -> Entry {
    Entry {
        action,
        label,
        tooltip,
        keys: &[],
        key_text: None,
        by_egui: false,
        group,
    }
}

impl Entry {
    const fn keys(self, keys: &'static [Binding]) -> Entry {
        Entry { keys, ..self }
    }

    /// egui handles these keys, and they read as `text`.
    const fn by_egui(self, text: Option<&'static str>) -> Entry {
        Entry {
            by_egui: true,
            key_text: text,
            ..self
        }
    }
}

const CTRL: Modifiers = Modifiers::COMMAND;
const NONE: Modifiers = Modifiers::NONE;

/// Every action, in the order of [`Action`]'s variants. One line each: action, group,
/// label, tooltip, then its keys.
#[rustfmt::skip]
pub const TABLE: &[Entry] = &[
    entry(Action::Open, Group::File, "Open…", "Open a resolution")
        .keys(&[always(CTRL, Key::O)]),
    entry(Action::OpenSample, Group::File, "Open the sample (A/RES/75/32, Chinese)",
        "Open the resolution that comes with Plenary"),
    entry(Action::Close, Group::File, "Close", "Close this document")
        .keys(&[always(CTRL, Key::W)]),
    entry(Action::Quit, Group::File, "Quit", "Close the window; the open documents come back next time")
        .keys(&[always(CTRL, Key::Q)]).by_egui(None),
    entry(Action::NextDocument, Group::File, "Next document", "Show the next open document")
        .keys(&[always(Modifiers::CTRL, Key::Tab)]),
    entry(Action::NotesPanel, Group::View, "Notes and bookmarks", "Show or hide the panel of notes and bookmarks")
        .keys(&[always(CTRL.plus(Modifiers::SHIFT), Key::N)]),
    entry(Action::FactsPanel, Group::View, "Votes and sponsors",
        "Show or hide the facts of this resolution: how it was adopted, each state's vote, its sponsors")
        .keys(&[always(CTRL, Key::I)]),
    entry(Action::DarkTheme, Group::View, "Dark theme", "Light text on a dark background"),
    entry(Action::ZoomIn, Group::View, "Zoom in", "Make everything larger")
        .keys(&[always(CTRL, Key::Plus), always(CTRL, Key::Equals)]).by_egui(Some("Ctrl +")),
    entry(Action::ZoomOut, Group::View, "Zoom out", "Make everything smaller")
        .keys(&[always(CTRL, Key::Minus)]).by_egui(Some("Ctrl -")),
    entry(Action::ActualSize, Group::View, "Actual size", "Undo zooming in or out")
        .keys(&[always(CTRL, Key::Num0)]).by_egui(Some("Ctrl 0")),
    entry(Action::OneDocument, Group::View, "One document", "Stop showing a second document beside this one"),
    entry(Action::CompareWithFile, Group::View, "A file…",
        "Choose a file to compare this document with, as the older text"),
    entry(Action::NextParagraph, Group::View, "Next paragraph", "Move the reading focus to the next paragraph")
        .keys(&[reading(NONE, Key::J), always(Modifiers::ALT, Key::ArrowDown)]),
    entry(Action::PreviousParagraph, Group::View, "Previous paragraph",
        "Move the reading focus to the previous paragraph")
        .keys(&[reading(NONE, Key::K), always(Modifiers::ALT, Key::ArrowUp)]),
    entry(Action::Back, Group::View, "Back", "Go back to where you were before the last jump")
        .keys(&[reading(Modifiers::ALT, Key::ArrowLeft)]),
    entry(Action::Forward, Group::View, "Forward", "Go forward again to where you went back from")
        .keys(&[reading(Modifiers::ALT, Key::ArrowRight)]),
    entry(Action::Library, Group::Library, "Browse and search",
        "Open or close the library of resolutions on this computer")
        .keys(&[always(CTRL, Key::L)]),
    entry(Action::LibraryVotes, Group::Library, "Votes by member state",
        "How a member state voted on every resolution of the library, by session and agenda item"),
    entry(Action::LibraryAgenda, Group::Library, "Agenda items",
        "The library's resolutions by agenda item and session, with their votes"),
    entry(Action::AddFolder, Group::Library, "Add folder…", "Add a folder of resolutions to the library"),
    entry(Action::ImportFiles, Group::Library, "Import files…", "Copy files into the library's own folder"),
    entry(Action::Rescan, Group::Library, "Rescan", "Read the library's folders again for new and changed files"),
    entry(Action::CitedByPanel, Group::Library, "Cited by panel",
        "Show or hide the documents of the library that cite this one"),
    entry(Action::Find, Group::Find, "Find in document", "Search the text of this document")
        .keys(&[always(CTRL, Key::F)]),
    // Before Next match: F3 alone would also take Shift+F3.
    entry(Action::PreviousMatch, Group::Find, "Previous match", "Go to the previous match of the search")
        .keys(&[always(Modifiers::SHIFT, Key::F3)]),
    entry(Action::NextMatch, Group::Find, "Next match", "Go to the next match of the search")
        .keys(&[always(NONE, Key::F3)]),
    entry(Action::CopySelection, Group::Paragraph, "Copy selection", "Copy the selected text")
        .keys(&[reading(CTRL, Key::C)]),
    entry(Action::CopyText, Group::Paragraph, "Copy text", "Copy the paragraph's text"),
    entry(Action::CopyCitation, Group::Paragraph, "Copy citation",
        "Copy a citation of the paragraph: the document's symbol and the paragraph"),
    entry(Action::Bookmark, Group::Paragraph, "Bookmark", "Bookmark the paragraph being read, or remove its bookmark")
        .keys(&[reading(NONE, Key::B)]),
    entry(Action::AddNote, Group::Paragraph, "Add note…",
        "Write a note on the paragraph being read (on the selected words, if any)")
        .keys(&[reading(NONE, Key::N)]),
    entry(Action::AddNoteOnSelection, Group::Paragraph, "Add note on the selection…",
        "Write a note on the selected words"),
    entry(Action::ShowOnPage, Group::Paragraph, "Show on page",
        "Show the page of the PDF the paragraph is printed on, with the paragraph marked")
        .keys(&[reading(NONE, Key::P)]),
    entry(Action::Dismiss, Group::Paragraph, "Close card, find bar or selection",
        "Close a citation card, else the find bar, else forget the selected text")
        .keys(&[reading(NONE, Key::Escape)]),
    entry(Action::KeyboardShortcuts, Group::Help, "Keyboard shortcuts", "List every keyboard shortcut")
        .keys(&[always(NONE, Key::F1)]),
];

// The table is in the order of the variants, so that an action finds its row by index.
const _: () = {
    let mut i = 0;
    while i < TABLE.len() {
        assert!(TABLE[i].action as usize == i, "TABLE is out of order");
        i += 1;
    }
    assert!(TABLE.len() == Action::KeyboardShortcuts as usize + 1);
};

impl Action {
    /// The action's row of [`TABLE`].
    pub fn entry(self) -> &'static Entry {
        // In bounds: checked when compiling, above.
        &TABLE[self as usize]
    }

    pub fn label(self) -> &'static str {
        self.entry().label
    }

    pub fn tooltip(self) -> &'static str {
        self.entry().tooltip
    }

    /// The key shown beside the action in menus (its first), as this platform writes it.
    pub fn shortcut_text(self, ctx: &egui::Context) -> Option<String> {
        let entry = self.entry();
        if let Some(text) = entry.key_text {
            return Some(text.to_string());
        }
        entry
            .keys
            .first()
            .map(|key| ctx.format_shortcut(&key.shortcut))
    }

    /// Every key of the action (`J or Alt+Down`), for the shortcut sheet.
    pub fn keys_text(self, ctx: &egui::Context) -> Option<String> {
        let entry = self.entry();
        if let Some(text) = entry.key_text {
            return Some(text.to_string());
        }
        let keys: Vec<String> = entry
            .keys
            .iter()
            .map(|key| ctx.format_shortcut(&key.shortcut))
            .collect();
        (!keys.is_empty()).then(|| keys.join(" or "))
    }

    /// The tooltip, with the key if there is one: `Go back … (Alt+Left)`.
    pub fn hover_text(self, ctx: &egui::Context) -> String {
        match self.shortcut_text(ctx) {
            Some(key) => format!("{} ({key})", self.tooltip()),
            None => self.tooltip().to_string(),
        }
    }

    /// What the action does when it needs nothing but itself; None for actions that depend
    /// on the app's state (see `chrome::command`).
    pub fn command(self) -> Option<Command> {
        Some(match self {
            Action::Open => Command::ShowOpenDialog,
            Action::OpenSample => Command::OpenSample,
            Action::Quit => Command::Quit,
            Action::NotesPanel => Command::ToggleNotesPanel,
            Action::FactsPanel => Command::ToggleFactsPanel,
            Action::ZoomIn => Command::Zoom(1),
            Action::ZoomOut => Command::Zoom(-1),
            Action::ActualSize => Command::Zoom(0),
            Action::OneDocument => Command::Split(None),
            Action::CompareWithFile => Command::CompareWithFile,
            Action::NextParagraph => Command::FocusStep(1),
            Action::PreviousParagraph => Command::FocusStep(-1),
            Action::Back => Command::Back,
            Action::Forward => Command::Forward,
            Action::LibraryVotes => Command::ShowLibrarySection(Section::Votes),
            Action::LibraryAgenda => Command::ShowLibrarySection(Section::AgendaItems),
            Action::AddFolder => Command::AddLibraryFolder,
            Action::ImportFiles => Command::ImportIntoLibrary,
            Action::Rescan => Command::RescanLibrary,
            Action::CitedByPanel => Command::ToggleCitedBy,
            Action::Find => Command::OpenFind,
            Action::PreviousMatch => Command::FindStep(-1),
            Action::NextMatch => Command::FindStep(1),
            Action::Close
            | Action::NextDocument
            | Action::DarkTheme
            | Action::Library
            | Action::CopySelection
            | Action::CopyText
            | Action::CopyCitation
            | Action::Bookmark
            | Action::AddNote
            | Action::AddNoteOnSelection
            | Action::ShowOnPage
            | Action::Dismiss
            | Action::KeyboardShortcuts => return None,
        })
    }

    /// The action as a button: its label, and its key on the right.
    pub fn button(self, ctx: &egui::Context) -> egui::Button<'static> {
        let button = egui::Button::new(self.label());
        match self.shortcut_text(ctx) {
            Some(key) => button.shortcut_text(key),
            None => button,
        }
    }

    /// A menu item: label, key, and the tooltip on hover.
    pub fn menu_item(self, ui: &mut Ui) -> Response {
        self.menu_item_enabled(ui, true)
    }

    /// A menu item that may be greyed out.
    pub fn menu_item_enabled(self, ui: &mut Ui, enabled: bool) -> Response {
        let button = self.button(ui.ctx());
        let hover = self.hover_text(ui.ctx());
        ui.add_enabled(enabled, button).on_hover_text(hover)
    }

    /// A menu item that is on or off (a panel shown, the dark theme).
    pub fn menu_checkbox(self, ui: &mut Ui, on: &mut bool) -> Response {
        let hover = self.hover_text(ui.ctx());
        ui.checkbox(on, self.label()).on_hover_text(hover)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_one_row_with_words() {
        for (i, entry) in TABLE.iter().enumerate() {
            assert_eq!(entry.action as usize, i);
            assert_eq!(entry.action.entry().label, entry.label);
            assert!(!entry.label.is_empty() && !entry.tooltip.is_empty());
        }
    }

    /// egui matches keys leniently (extra Shift and Alt are ignored), so a key that another
    /// one would also take must come first.
    #[test]
    fn no_key_is_taken_by_an_earlier_one() {
        let keys: Vec<(Action, KeyboardShortcut)> = TABLE
            .iter()
            .filter(|e| !e.by_egui)
            .flat_map(|e| e.keys.iter().map(move |k| (e.action, k.shortcut)))
            .collect();
        for (i, (earlier, a)) in keys.iter().enumerate() {
            for (later, b) in &keys[i + 1..] {
                let taken =
                    a.logical_key == b.logical_key && b.modifiers.matches_logically(a.modifiers);
                assert!(!taken, "{earlier:?} takes the key of {later:?}");
            }
        }
    }

    #[test]
    fn menus_show_the_keys_they_always_showed() {
        let ctx = egui::Context::default();
        let shown = |action: Action| action.shortcut_text(&ctx);
        assert_eq!(shown(Action::Find).as_deref(), Some("Ctrl+F"));
        assert_eq!(shown(Action::NextMatch).as_deref(), Some("F3"));
        assert_eq!(shown(Action::PreviousMatch).as_deref(), Some("Shift+F3"));
        assert_eq!(shown(Action::NextParagraph).as_deref(), Some("J"));
        assert_eq!(shown(Action::PreviousParagraph).as_deref(), Some("K"));
        assert_eq!(shown(Action::ZoomIn).as_deref(), Some("Ctrl +"));
        assert_eq!(shown(Action::OpenSample), None);
        assert_eq!(
            Action::NextParagraph.keys_text(&ctx).as_deref(),
            Some("J or Alt+Down")
        );
    }
}
