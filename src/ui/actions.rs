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
    ExportPdf,
    Print,
    Close,
    Quit,
    NextDocument,
    OutlinePanel,
    NotesPanel,
    FactsPanel,
    DarkTheme,
    HighContrast,
    ZoomIn,
    ZoomOut,
    ActualSize,
    OneDocument,
    CompareWithFile,
    NextParagraph,
    PreviousParagraph,
    Back,
    Forward,
    PreviousPane,
    NextPane,
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
    UndoDelete,
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
    pub fn title(self) -> String {
        crate::t!(match self {
            Group::File => "group-file",
            Group::View => "group-view",
            Group::Library => "group-library",
            Group::Find => "group-find",
            Group::Paragraph => "group-paragraph",
            Group::Help => "group-help",
        })
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
    /// Its message in `assets/i18n/*.ftl`: the menu item's text (tests click menu items by
    /// it), and as `.tip` what the action does, in a sentence (hover text, and the shortcut
    /// sheet).
    pub key: &'static str,
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

const fn entry(action: Action, group: Group, key: &'static str) -> Entry {
    Entry {
        action,
        key,
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
/// message (its label and `.tip` in `assets/i18n`), then its keys.
#[rustfmt::skip]
pub const TABLE: &[Entry] = &[
    entry(Action::Open, Group::File, "action-open")
        .keys(&[always(CTRL, Key::O)]),
    entry(Action::OpenSample, Group::File, "action-open-sample"),
    entry(Action::ExportPdf, Group::File, "action-export-pdf")
        .keys(&[always(CTRL.plus(Modifiers::SHIFT), Key::E)]),
    entry(Action::Print, Group::File, "action-print")
        .keys(&[always(CTRL, Key::P)]),
    entry(Action::Close, Group::File, "action-close")
        .keys(&[always(CTRL, Key::W)]),
    entry(Action::Quit, Group::File, "action-quit")
        .keys(&[always(CTRL, Key::Q)]).by_egui(None),
    entry(Action::NextDocument, Group::File, "action-next-document")
        .keys(&[always(Modifiers::CTRL, Key::Tab)]),
    entry(Action::OutlinePanel, Group::View, "action-outline-panel")
        .keys(&[always(NONE, Key::F9)]),
    entry(Action::NotesPanel, Group::View, "action-notes-panel")
        .keys(&[always(CTRL.plus(Modifiers::SHIFT), Key::N)]),
    entry(Action::FactsPanel, Group::View, "action-facts-panel")
        .keys(&[always(CTRL, Key::I)]),
    entry(Action::DarkTheme, Group::View, "action-dark-theme"),
    entry(Action::HighContrast, Group::View, "action-high-contrast")
        .keys(&[always(CTRL.plus(Modifiers::SHIFT), Key::H)]),
    entry(Action::ZoomIn, Group::View, "action-zoom-in")
        .keys(&[always(CTRL, Key::Plus), always(CTRL, Key::Equals)]).by_egui(Some("Ctrl +")),
    entry(Action::ZoomOut, Group::View, "action-zoom-out")
        .keys(&[always(CTRL, Key::Minus)]).by_egui(Some("Ctrl -")),
    entry(Action::ActualSize, Group::View, "action-actual-size")
        .keys(&[always(CTRL, Key::Num0)]).by_egui(Some("Ctrl 0")),
    entry(Action::OneDocument, Group::View, "action-one-document"),
    entry(Action::CompareWithFile, Group::View, "action-compare-with-file"),
    entry(Action::NextParagraph, Group::View, "action-next-paragraph")
        .keys(&[reading(NONE, Key::J), always(Modifiers::ALT, Key::ArrowDown)]),
    entry(Action::PreviousParagraph, Group::View, "action-previous-paragraph")
        .keys(&[reading(NONE, Key::K), always(Modifiers::ALT, Key::ArrowUp)]),
    entry(Action::Back, Group::View, "action-back")
        .keys(&[reading(Modifiers::ALT, Key::ArrowLeft)]),
    entry(Action::Forward, Group::View, "action-forward")
        .keys(&[reading(Modifiers::ALT, Key::ArrowRight)]),
    // Before Next pane: F6 alone would also take Shift+F6.
    entry(Action::PreviousPane, Group::View, "action-previous-pane")
        .keys(&[always(Modifiers::SHIFT, Key::F6)]),
    entry(Action::NextPane, Group::View, "action-next-pane")
        .keys(&[always(NONE, Key::F6)]),
    entry(Action::Library, Group::Library, "action-library")
        .keys(&[always(CTRL, Key::L)]),
    entry(Action::LibraryVotes, Group::Library, "action-library-votes"),
    entry(Action::LibraryAgenda, Group::Library, "action-library-agenda"),
    entry(Action::AddFolder, Group::Library, "action-add-folder"),
    entry(Action::ImportFiles, Group::Library, "action-import-files"),
    entry(Action::Rescan, Group::Library, "action-rescan"),
    entry(Action::CitedByPanel, Group::Library, "action-cited-by-panel")
        .keys(&[always(CTRL.plus(Modifiers::SHIFT), Key::R)]),
    entry(Action::Find, Group::Find, "action-find")
        .keys(&[always(CTRL, Key::F)]),
    // Before Next match: F3 alone would also take Shift+F3.
    entry(Action::PreviousMatch, Group::Find, "action-previous-match")
        .keys(&[always(Modifiers::SHIFT, Key::F3)]),
    entry(Action::NextMatch, Group::Find, "action-next-match")
        .keys(&[always(NONE, Key::F3)]),
    entry(Action::CopySelection, Group::Paragraph, "action-copy-selection")
        .keys(&[reading(CTRL, Key::C)]),
    entry(Action::CopyText, Group::Paragraph, "action-copy-text"),
    entry(Action::CopyCitation, Group::Paragraph, "action-copy-citation"),
    entry(Action::Bookmark, Group::Paragraph, "action-bookmark")
        .keys(&[reading(NONE, Key::B)]),
    entry(Action::AddNote, Group::Paragraph, "action-add-note")
        .keys(&[reading(NONE, Key::N)]),
    entry(Action::AddNoteOnSelection, Group::Paragraph, "action-add-note-on-selection"),
    entry(Action::ShowOnPage, Group::Paragraph, "action-show-on-page")
        .keys(&[reading(NONE, Key::P)]),
    entry(Action::Dismiss, Group::Paragraph, "action-dismiss")
        .keys(&[reading(NONE, Key::Escape)]),
    entry(Action::UndoDelete, Group::Paragraph, "action-undo-delete")
        .keys(&[reading(CTRL, Key::Z)]),
    entry(Action::KeyboardShortcuts, Group::Help, "action-keyboard-shortcuts")
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

    /// The menu item's text, in the interface's language.
    pub fn label(self) -> String {
        crate::i18n::tr(self.entry().key)
    }

    /// What the action does, in a sentence, in the interface's language.
    pub fn tooltip(self) -> String {
        crate::i18n::tr_attr(self.entry().key, "tip")
    }

    /// The key shown beside the action in menus (its first), as this platform writes it.
    pub fn shortcut_text(self, ctx: &egui::Context) -> Option<String> {
        let entry = self.entry();
        if let Some(text) = entry.key_text {
            return Some(text.to_string());
        }
        entry.keys.first().map(|key| key_text(ctx, &key.shortcut))
    }

    /// Every key of the action (`J or Alt+↓`), for the shortcut sheet.
    pub fn keys_text(self, ctx: &egui::Context) -> Option<String> {
        let entry = self.entry();
        if let Some(text) = entry.key_text {
            return Some(text.to_string());
        }
        let keys: Vec<String> = entry
            .keys
            .iter()
            .map(|key| key_text(ctx, &key.shortcut))
            .collect();
        (!keys.is_empty()).then(|| keys.join(&format!(" {} ", crate::t!("keys-or"))))
    }

    /// The tooltip, with the key if there is one: `Go back … (Alt+←)`.
    pub fn hover_text(self, ctx: &egui::Context) -> String {
        match self.shortcut_text(ctx) {
            Some(key) => format!("{} ({key})", self.tooltip()),
            None => self.tooltip(),
        }
    }

    /// What the action does when it needs nothing but itself; None for actions that depend
    /// on the app's state (see `chrome::command`).
    pub fn command(self) -> Option<Command> {
        Some(match self {
            Action::Open => Command::ShowOpenDialog,
            Action::OpenSample => Command::OpenSample,
            Action::Quit => Command::Quit,
            Action::OutlinePanel => Command::ToggleOutline,
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
            | Action::ExportPdf
            | Action::Print
            | Action::NextDocument
            | Action::DarkTheme
            | Action::HighContrast
            | Action::Library
            | Action::CopySelection
            | Action::CopyText
            | Action::CopyCitation
            | Action::Bookmark
            | Action::AddNote
            | Action::AddNoteOnSelection
            | Action::ShowOnPage
            | Action::Dismiss
            | Action::NextPane
            | Action::PreviousPane
            | Action::UndoDelete
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

/// A key as menus and the shortcut sheet show it, the same in every language: modifiers as
/// keyboards print them (`Ctrl`, `Alt`, `Shift`), arrows as arrows (`Alt+↓`, not the English
/// `Alt+Down`).
fn key_text(ctx: &egui::Context, shortcut: &egui::KeyboardShortcut) -> String {
    let text = ctx.format_shortcut(shortcut);
    let arrow = match shortcut.logical_key {
        egui::Key::ArrowDown => "↓",
        egui::Key::ArrowUp => "↑",
        egui::Key::ArrowLeft => "←",
        egui::Key::ArrowRight => "→",
        _ => return text,
    };
    match text.strip_suffix(shortcut.logical_key.name()) {
        Some(modifiers) => format!("{modifiers}{arrow}"),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_one_row_with_words() {
        for (i, entry) in TABLE.iter().enumerate() {
            assert_eq!(entry.action as usize, i);
            assert_eq!(entry.action.entry().key, entry.key);
            assert_ne!(entry.action.label(), entry.key, "{} has a label", entry.key);
            assert_ne!(entry.action.tooltip(), format!("{}.tip", entry.key));
        }
        for group in Group::ALL {
            assert!(
                !group.title().starts_with("group-"),
                "{group:?} has a title"
            );
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
        // Arrows as arrows: the same in every language.
        assert_eq!(shown(Action::Back).as_deref(), Some("Alt+←"));
        assert_eq!(
            Action::NextParagraph.keys_text(&ctx).as_deref(),
            Some("J or Alt+↓")
        );
    }
}
