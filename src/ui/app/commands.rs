//! The one place where commands change the application's state: opening and closing
//! documents, following citations, notes, comparisons, the library, the session.

use super::*;
use crate::ui::path_prompt::{PathPrompt, Purpose};
use crate::ui::session::LeftAt;

/// How many documents' places are remembered.
const PLACES_KEPT: usize = 500;

/// Where a tab's document is being read, if it has a file and a place.
fn left_at(tab: &Tab) -> Option<LeftAt> {
    let path = tab.path.clone()?;
    let paragraph = tab.doc.paragraphs.get(tab.reader.current()?)?.id.clone();
    Some(LeftAt {
        path,
        paragraph,
        focused: tab.reader.focus.is_some(),
    })
}

impl App {
    /// Applies the commands gathered during layout.
    pub fn run_commands(&mut self, ctx: &egui::Context, commands: Vec<Command>) {
        if commands.is_empty() {
            return;
        }
        let before = self.session();
        for command in commands {
            self.run_command(ctx, command);
        }
        if self.remember_session && self.session() != before {
            self.save_session();
        }
    }

    pub(super) fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        // A jump remembers where the reader was, for Back.
        let jumps = matches!(
            command,
            Command::JumpTo { .. }
                | Command::FollowCitation { .. }
                | Command::OpenLibraryFile { .. }
                | Command::OpenBookmark { .. }
        );
        let before = if jumps { self.place() } else { None };
        self.apply(ctx, command);
        if let Some(before) = before
            && self.place().as_ref() != Some(&before)
        {
            self.history.left(before);
        }
    }

    fn apply(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::Back => self.go(false),
            Command::Forward => self.go(true),
            Command::Open(paths) => self.open_files(&paths),
            Command::ShowOpenDialog => {
                let paths = self.picker.pick_files();
                self.ask_path_if_no_dialog(Purpose::Open);
                self.open_files(&paths);
            }
            Command::PathGiven { purpose, path } => {
                self.path_prompt = None;
                match purpose {
                    Purpose::Open => self.open_files(&[path]),
                    Purpose::CompareWith => self.compare_with_file(ctx, path),
                    Purpose::AddFolder => self.add_library_folder(ctx, path),
                    Purpose::Import => self.import_into_library(ctx, &[path]),
                }
            }
            Command::ClosePathPrompt => {
                self.path_prompt = None;
                self.keyboard_back_to_text(ctx);
            }
            Command::OpenSample => self.open_sample(),
            Command::ActivateTab(i) if i < self.tabs.len() => {
                self.active = i;
                self.card = None;
            }
            Command::CloseTab(i) => self.close_tab(i),
            Command::Split(other) => self.split = other.filter(|&o| o < self.tabs.len()),
            Command::JumpTo { tab, paragraph } => {
                if let Some(t) = self.tabs.get_mut(tab) {
                    t.reader.jump_to(paragraph);
                }
            }
            Command::FocusPane(step) => self.focus_pane(ctx, step),
            Command::FocusReading => {
                // A document just opened has no paragraph in view yet: its first.
                let tab = self.active;
                let first = self.tabs.get(tab).filter(|t| !t.doc.paragraphs.is_empty());
                self.focus_back = self
                    .paragraph_in_view(tab)
                    .or(first.map(|_| crate::ui::reader::paragraph_id(tab, 0)));
            }
            Command::FocusParagraph { tab, paragraph } => {
                if tab == self.active {
                    self.focus_back = Some(crate::ui::reader::paragraph_id(tab, paragraph));
                }
            }
            Command::FollowCitation {
                tab,
                symbol,
                pinpoint,
            } => {
                let position = ctx
                    .input(|i| i.pointer.interact_pos())
                    .unwrap_or(egui::pos2(200.0, 200.0));
                self.follow_citation(tab, &symbol, pinpoint, position);
            }
            Command::CloseCitationCard => {
                if self.card.take().is_some() {
                    self.focus_back = self.paragraph_in_view(self.active);
                }
            }
            Command::Copy(text) => ctx.copy_text(text),
            Command::ClearSelection => {
                if let Some(tab) = self.tabs.get_mut(self.active) {
                    tab.reader.selection = None;
                }
            }
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Command::OpenOnline(url) => ctx.open_url(egui::OpenUrl::new_tab(url)),
            Command::HighlightFootnote { tab, footnote } => {
                if let Some(t) = self.tabs.get_mut(tab)
                    && t.reader.highlighted_footnote != footnote
                {
                    t.reader.highlighted_footnote = footnote;
                    t.reader.invalidate();
                }
            }
            Command::SetDarkMode(dark) => self.dark_mode = dark,
            Command::SetHighContrast(on) => self.high_contrast = on,
            Command::ShowShortcuts(show) => {
                if self.show_shortcuts && !show {
                    self.keyboard_back_to_text(ctx);
                }
                self.show_shortcuts = show;
            }
            Command::Zoom(step) => {
                let zoom = ctx.zoom_factor();
                let next = match step {
                    0 => 1.0,
                    s if s > 0 => (zoom * 1.1).min(3.0),
                    _ => (zoom / 1.1).max(0.5),
                };
                ctx.set_zoom_factor(next);
            }
            Command::OpenFind => {
                if let Some(t) = self.tabs.get_mut(self.active) {
                    t.find.open = true;
                    t.find.focus_field = true;
                }
            }
            Command::CloseFind => {
                if let Some(t) = self.tabs.get_mut(self.active) {
                    t.find.open = false;
                    t.reader.invalidate();
                }
            }
            Command::FindStep(delta) => {
                if let Some(t) = self.tabs.get_mut(self.active) {
                    t.find.step(delta);
                    t.reader.invalidate();
                    if let Some(p) = t.current_match_paragraph() {
                        t.reader.reveal(p);
                        t.reader.focus = Some(p);
                    }
                }
            }
            Command::FocusStep(delta) => {
                if let Some(t) = self.tabs.get_mut(self.active) {
                    let n = t.doc.paragraphs.len();
                    if n > 0 {
                        let from = t.reader.focus.or(t.reader.top_paragraph).unwrap_or(0) as i64;
                        let next = if t.reader.focus.is_none() {
                            from
                        } else {
                            from + i64::from(delta)
                        };
                        let next = next.clamp(0, n as i64 - 1) as usize;
                        t.reader.focus = Some(next);
                        t.reader.reveal(next);
                    }
                }
            }
            Command::DismissError(i) => {
                if i < self.errors.len() {
                    self.errors.remove(i);
                }
            }
            Command::ActivateTab(_) => {}
            Command::Compare { old, new, mode } => {
                if let (Some(a), Some(b)) = (self.tabs.get(old), self.tabs.get(new)) {
                    let mut state = CompareState::new(a.doc.clone(), b.doc.clone(), mode);
                    state.author = self.redline_author.clone();
                    state.set_hide_unchanged(self.hide_unchanged());
                    self.compare = Some(state);
                    self.card = None;
                }
            }
            Command::CloseCompare => {
                self.hide_unchanged = self.hide_unchanged();
                self.compare = None;
                self.keyboard_back_to_text(ctx);
            }
            Command::SetUiLanguage(language) => {
                self.ui_language = language;
                self.ui_language_chosen = true;
                speak(language);
                // What was laid out in the other language is laid out again.
                self.outlines.clear();
                for tab in &mut self.tabs {
                    tab.reader.invalidate();
                }
                if let Some(state) = &mut self.compare {
                    state.relayout();
                }
            }
            Command::ShowLibrarySection(section) => {
                self.run_command(ctx, Command::ShowLibrary(true));
                if let Some(view) = &mut self.library_view {
                    view.section = section;
                }
            }
            Command::ShowLibrary(show) => {
                if show {
                    if self.library_view.is_none() {
                        self.library_view = Some(match self.library_kept.take() {
                            Some(mut view) => {
                                view.library_changed();
                                view.focus_search = true;
                                view
                            }
                            None => LibraryView::new(),
                        });
                    }
                    self.hide_unchanged = self.hide_unchanged();
                    self.compare = None;
                } else {
                    self.hide_library();
                    self.keyboard_back_to_text(ctx);
                }
            }
            Command::AddLibraryFolder => {
                let dir = self.picker.pick_folder();
                self.ask_path_if_no_dialog(Purpose::AddFolder);
                if let Some(dir) = dir {
                    self.add_library_folder(ctx, dir);
                }
            }
            Command::ImportIntoLibrary => {
                let files = self.picker.pick_files();
                self.ask_path_if_no_dialog(Purpose::Import);
                self.import_into_library(ctx, &files);
            }
            Command::RescanLibrary => self.start_scan(ctx, false),
            Command::CancelScan => {
                if let Some(scan) = &self.scan {
                    scan.cancel();
                }
            }
            Command::RemoveLibraryFolder(dir) => {
                if let Some(library) = &self.library
                    && let Err(e) = library.remove_folder(&dir)
                {
                    self.errors.push(e.localized());
                }
                self.cited_by = None;
                self.text_history.take();
                if let Some(view) = &mut self.library_view {
                    view.library_changed();
                }
            }
            Command::SearchLibrary => {
                if let (Some(view), Some(library)) = (&mut self.library_view, &self.library)
                    && let Err(e) = view.search(library)
                {
                    self.errors.push(e);
                }
            }
            Command::SearchLibraryFor(query) => {
                self.card = None;
                self.run_command(
                    ctx,
                    Command::ShowLibrarySection(crate::ui::library::Section::Resolutions),
                );
                if let Some(view) = &mut self.library_view {
                    view.query = query;
                }
                self.run_command(ctx, Command::SearchLibrary);
            }
            Command::ExportStateVotes => self.export_state_votes(),
            Command::OpenLibraryFile { path, at } => {
                let Some(index) = self.open_path(path) else {
                    return;
                };
                self.hide_library();
                if let Some(tab) = self.tabs.get_mut(index) {
                    let paragraph = match at {
                        OpenAt::Top => None,
                        OpenAt::Paragraph(p) => Some(p),
                        OpenAt::Footnote(f) => tab
                            .doc
                            .footnotes
                            .get(f)
                            .and_then(|n| n.referenced_from.first())
                            .and_then(|id| tab.doc.paragraph_index(id)),
                    };
                    if let Some(p) = paragraph {
                        tab.reader.jump_to(p);
                    }
                }
            }
            Command::HighlightWords { query, words } => {
                if let Some(tab) = self.tabs.get_mut(self.active) {
                    let at = tab.reader.focus;
                    let doc = tab.doc.clone();
                    tab.find.show_search(&doc, &query, words, at);
                    tab.reader.invalidate();
                }
            }
            Command::ToggleCitedBy => {
                self.show_cited_by = !self.show_cited_by;
                if self.show_cited_by {
                    self.make_room(ctx, EndPanel::CitedBy);
                }
            }
            Command::ToggleOutline => self.show_outline = !self.show_outline,
            Command::CompareFiles { old, new } => {
                let (Some(a), Some(b)) = (self.open_path(old), self.open_path(new)) else {
                    return;
                };
                self.hide_library();
                self.run_command(
                    ctx,
                    Command::Compare {
                        old: a,
                        new: b,
                        mode: compare::Mode::Changes,
                    },
                );
            }
            Command::CompareActiveWith {
                path,
                mode,
                other_is_older,
            } => self.compare_active_with(ctx, path, mode, other_is_older),
            Command::CompareWithFile => {
                let path = self.picker.pick_files().into_iter().next();
                self.ask_path_if_no_dialog(Purpose::CompareWith);
                if let Some(path) = path {
                    self.compare_with_file(ctx, path);
                }
            }
            Command::DismissNotice(i) => {
                if i < self.notices.len() {
                    self.notices.remove(i);
                }
            }
            Command::ExportComparison { html } => self.export_comparison(html),
            Command::ExportRedline => self.export_redline(),
            Command::ExportRedlinePdf => self.export_redline_pdf(),
            Command::ShowBriefingDialog { tab, print } => self.show_briefing_dialog(tab, print),
            Command::MakeBriefing { print } => self.make_briefing(print),
            Command::CloseBriefingDialog => {
                // Cancel while the PDF is being made stops waiting for it: it is neither
                // saved nor printed.
                if let Some(dialog) = self.briefing.take() {
                    self.pdf_job = None;
                    self.focus_back = self.paragraph_in_view(dialog.tab);
                }
            }
            Command::CopyComment { tab, comment } => {
                let Some(t) = self.tabs.get(tab) else { return };
                let Some(c) = t.doc.comments.get(comment) else {
                    return;
                };
                let Some(paragraph) = c
                    .paragraph
                    .as_deref()
                    .and_then(|id| t.doc.paragraph_index(id))
                else {
                    return;
                };
                let mut editor = NoteEditor::new_note(t, paragraph);
                let date = c.date.as_deref().and_then(|d| d.get(..10)).unwrap_or("");
                editor.text = format!("{} ({date}): {}", c.author, c.text).replace(" ()", "");
                editor.words = (!c.quote.is_empty())
                    .then(|| crate::store::find_words(&t.doc.paragraphs[paragraph].text, &c.quote))
                    .flatten();
                self.editor = Some(editor);
            }
            Command::ToggleBookmark { tab, paragraph } => self.toggle_bookmark(tab, paragraph),
            Command::ShowOnPage { tab, paragraph } => self.show_on_page(tab, paragraph),
            Command::TurnPage(step) => {
                if let Some(view) = &mut self.page_view {
                    let page = view.page.saturating_add_signed(step as isize);
                    view.set_page(page);
                }
            }
            Command::ClosePageView => self.page_view = None,
            Command::EditNote {
                tab,
                paragraph,
                note,
                words,
            } => {
                let Some(t) = self.tabs.get(tab) else { return };
                self.editor = match note
                    .as_deref()
                    .and_then(|id| t.notes.all().iter().find(|n| n.id == id))
                {
                    Some(existing) => {
                        let paragraph = t
                            .notes
                            .index_of(&existing.id)
                            .and_then(|i| t.notes.placements.get(i))
                            .and_then(|p| p.paragraph)
                            .unwrap_or(paragraph);
                        Some(NoteEditor::edit(t, paragraph, existing))
                    }
                    None if paragraph < t.doc.paragraphs.len() => {
                        let mut editor = NoteEditor::new_note(t, paragraph);
                        editor.words = words.and_then(|w| {
                            crate::store::find_words(&t.doc.paragraphs[paragraph].text, &w)
                        });
                        Some(editor)
                    }
                    None => None,
                };
            }
            Command::SaveNote => {
                self.focus_back = self.editor_paragraph_id();
                self.save_note();
            }
            Command::CancelNote => {
                self.focus_back = self.editor_paragraph_id();
                self.editor = None;
            }
            Command::DeleteNote { tab, note } => self.delete_note(tab, &note),
            Command::UndoDelete => self.undo_delete(),
            Command::CarryOverNotes { tab, from } => {
                let Some(related) = self.tabs.get_mut(tab).and_then(|t| {
                    (from < t.notes.related.len()).then(|| t.notes.related.remove(from))
                }) else {
                    return;
                };
                let count = related.notes.len();
                if self
                    .change_notes(tab, |notes, doc| {
                        notes.carry_over(&related.info, &related.notes, doc)
                    })
                    .is_some()
                {
                    let notice = t!(
                        "notice-copied-notes",
                        count = count,
                        source = &related.source
                    );
                    self.notices
                        .push(crate::ui::bidi::message_line(notice).into());
                }
            }
            Command::ExportNotes { tab, format } => self.export_notes(tab, format),
            Command::ShowRelatedNotes { tab } => {
                self.show_notes = true;
                self.bookmarks = None;
                let first = self.tabs.get(tab).and_then(|t| {
                    t.notes
                        .related
                        .iter()
                        .flat_map(|r| &r.placements)
                        .find_map(|p| p.paragraph)
                });
                if let Some(paragraph) = first {
                    self.run_command(ctx, Command::JumpTo { tab, paragraph });
                }
            }
            Command::DismissRelatedNotes { tab } => {
                if let Some(t) = self.tabs.get_mut(tab) {
                    t.notes.banner_dismissed = true;
                }
            }
            Command::ToggleNotesPanel => {
                self.show_notes = !self.show_notes;
                self.bookmarks = None;
                if self.show_notes {
                    self.make_room(ctx, EndPanel::Notes);
                }
            }
            Command::ToggleFactsPanel => {
                self.show_facts = !self.show_facts;
                if self.show_facts {
                    self.make_room(ctx, EndPanel::Facts);
                }
            }
            Command::OpenBookmark {
                info,
                paragraph_id,
                reference,
            } => self.open_bookmark(&info, &paragraph_id, &reference),
        }
    }

    /// Applies a change to a tab's notes, then re-places them and redraws; errors are shown.
    pub(super) fn change_notes<T>(
        &mut self,
        tab: usize,
        change: impl FnOnce(
            &mut crate::store::DocumentNotes,
            &Document,
        ) -> Result<T, crate::store::StoreError>,
    ) -> Option<T> {
        let t = self.tabs.get_mut(tab)?;
        let Some(notes) = t.notes.notes.as_mut() else {
            if let Some(e) = &t.notes.error {
                self.errors.push(e.clone());
            }
            return None;
        };
        let result = change(notes, &t.doc);
        t.notes.refresh(&t.doc);
        t.reader.invalidate();
        self.bookmarks = None;
        match result {
            Ok(value) => Some(value),
            Err(e) => {
                eprintln!("plenary: {e}");
                self.errors.push(e.localized());
                None
            }
        }
    }

    /// Opens the page view on the page a paragraph is printed on (or says why it cannot).
    fn show_on_page(&mut self, tab: usize, paragraph: usize) {
        let Some(t) = self.tabs.get_mut(tab) else {
            return;
        };
        let areas = t.doc.page_areas.get(paragraph).cloned().unwrap_or_default();
        let (Some(path), Some(p), false) =
            (&t.path, t.doc.paragraphs.get(paragraph), areas.is_empty())
        else {
            let notice = if t.doc.format == crate::document::Format::Pdf {
                t!("notice-place-on-page-unknown")
            } else {
                t!("notice-no-pages")
            };
            self.notices.push(notice.into());
            return;
        };
        // The view follows the paragraph being read: this one, from now.
        t.reader.focus = Some(paragraph);
        let name = crate::ui::page_view::name(p);
        match &mut self.page_view {
            Some(view) if view.tab == t.id => view.follow(paragraph, name, areas),
            _ => {
                self.page_view = Some(crate::ui::page_view::PageView::new(
                    t.id,
                    path.clone(),
                    paragraph,
                    name,
                    areas,
                ))
            }
        }
    }

    pub(super) fn toggle_bookmark(&mut self, tab: usize, paragraph: usize) {
        let Some(t) = self.tabs.get(tab) else { return };
        let existing: Vec<(String, bool)> = t
            .notes
            .on_paragraph(paragraph)
            .iter()
            .filter_map(|&i| t.notes.all().get(i))
            .filter(|n| n.bookmark)
            .map(|n| (n.id.clone(), n.text.trim().is_empty() && n.tags.is_empty()))
            .collect();
        if existing.is_empty() {
            self.change_notes(tab, |notes, doc| {
                let new = crate::store::NewNote {
                    bookmark: true,
                    ..crate::store::NewNote::on_paragraph(doc, paragraph).unwrap_or_default()
                };
                notes.add(new).map(|_| ())
            });
            return;
        }
        // A bare bookmark goes away; a note keeps its text and loses its star.
        self.change_notes(tab, |notes, _| {
            for (id, bare) in existing {
                if bare {
                    let _ = notes.delete(&id)?;
                } else {
                    notes.edit(
                        &id,
                        crate::store::NoteChange {
                            bookmark: Some(false),
                            ..Default::default()
                        },
                    )?;
                }
            }
            Ok(())
        });
    }

    /// The reader's id of the paragraph the note editor is open on.
    fn editor_paragraph_id(&self) -> Option<egui::Id> {
        let editor = self.editor.as_ref()?;
        let tab = self.tabs.iter().position(|t| t.id == editor.tab)?;
        Some(crate::ui::reader::paragraph_id(tab, editor.paragraph))
    }

    /// The reader's id of the paragraph being read in a tab (the focused one, else the one
    /// at the top of the view).
    pub(super) fn paragraph_in_view(&self, tab: usize) -> Option<egui::Id> {
        let t = self.tabs.get(tab)?;
        let paragraph = t.reader.focus.or(t.reader.top_paragraph)?;
        Some(crate::ui::reader::paragraph_id(tab, paragraph))
    }

    pub(super) fn save_note(&mut self) {
        let Some(editor) = self.editor.take() else {
            return;
        };
        let tags = editor.tag_list();
        // The Bookmark box is the paragraph's: a note is starred only to bookmark a paragraph
        // that was not; unticked, every bookmark of the paragraph goes (after the note is saved).
        let star = editor.bookmark && !editor.bookmarked_before;
        let unstar = !editor.bookmark && editor.bookmarked_before;
        let write = |notes: &mut crate::store::DocumentNotes, doc: &Document| match &editor.note_id
        {
            Some(id) => notes
                .edit(
                    id,
                    crate::store::NoteChange {
                        text: Some(editor.text.clone()),
                        color: Some(editor.color),
                        tags: Some(tags.clone()),
                        bookmark: star.then_some(true),
                        anchor: None,
                    },
                )
                .map(|_| ()),
            None => {
                let Some(mut base) = crate::store::NewNote::on_paragraph(doc, editor.paragraph)
                else {
                    return Ok(());
                };
                if let (Some(words), Some(p)) =
                    (editor.words.clone(), doc.paragraphs.get(editor.paragraph))
                {
                    base.anchor.quote = crate::store::TextQuote::of_range(&p.text, words);
                }
                notes
                    .add(crate::store::NewNote {
                        text: editor.text.clone(),
                        color: editor.color,
                        tags: tags.clone(),
                        bookmark: star,
                        ..base
                    })
                    .map(|_| ())
            }
        };
        let open = self.tabs.iter().position(|t| t.id == editor.tab);
        let saved = match open {
            Some(index) => {
                let saved = self.change_notes(index, write);
                if saved.is_some()
                    && unstar
                    && self.tabs[index].notes.is_bookmarked(editor.paragraph)
                {
                    self.toggle_bookmark(index, editor.paragraph);
                }
                saved
            }
            // Its tab was closed meanwhile: write into the document's own notes all the same.
            None => self.change_closed_notes(&editor.doc, editor.path.as_deref(), write),
        };
        if saved.is_none() {
            // Keep what the user wrote.
            self.editor = Some(editor);
        }
    }

    /// [`Self::change_notes`] for a document no tab shows any more.
    fn change_closed_notes<T>(
        &mut self,
        doc: &Document,
        path: Option<&std::path::Path>,
        change: impl FnOnce(
            &mut crate::store::DocumentNotes,
            &Document,
        ) -> Result<T, crate::store::StoreError>,
    ) -> Option<T> {
        let result = self
            .note_store
            .open(doc, path)
            .and_then(|mut notes| change(&mut notes, doc));
        self.bookmarks = None;
        match result {
            Ok(value) => Some(value),
            Err(e) => {
                eprintln!("plenary: {e}");
                self.errors.push(e.localized());
                None
            }
        }
    }

    pub(super) fn delete_note(&mut self, tab: usize, id: &str) {
        self.editor = None;
        let key = self
            .tabs
            .get(tab)
            .and_then(|t| t.notes.notes.as_ref())
            .map(|n| n.info().key.clone());
        if let Some(deleted) = self.change_notes(tab, |notes, _| notes.delete(id))
            && let Some(key) = key
        {
            self.undo = Some((key, deleted));
            self.focus_undo = true;
            self.notices.retain(|n| n.kind != NoticeKind::NoteDeleted);
            self.notices.push(Notice::new(
                NoticeKind::NoteDeleted,
                t!("notice-note-deleted"),
            ));
        }
    }

    /// A side panel just opened in a window too narrow for it beside the others (enlarged text:
    /// 200% in 800 pixels leaves 400 points) takes their place, so that the text keeps its
    /// width and no panel is squeezed below use.
    fn make_room(&mut self, ctx: &egui::Context, opened: EndPanel) {
        const NARROWEST: f32 = 140.0;
        let width = ctx.content_rect().width();
        if super::side_room(width, self.side_panels_shown()) >= NARROWEST {
            return;
        }
        self.show_notes &= opened == EndPanel::Notes;
        self.show_cited_by &= opened == EndPanel::CitedBy;
        self.show_facts &= opened == EndPanel::Facts;
    }

    /// A view or window closed from the keyboard (or by a screen reader) gives the keyboard
    /// back to the paragraph being read, so that it is not lost; closed with the mouse, it
    /// leaves no focus outline behind.
    fn keyboard_back_to_text(&mut self, ctx: &egui::Context) {
        // The raw events: the key that asked may have been taken by the shortcut handler.
        let by_keyboard = ctx.input(|i| {
            i.raw.events.iter().any(|e| {
                matches!(
                    e,
                    egui::Event::Key { pressed: true, .. } | egui::Event::AccessKitActionRequest(_)
                )
            })
        });
        if by_keyboard {
            self.focus_back = self.paragraph_in_view(self.active);
        }
    }

    /// F6 and Shift+F6: the keyboard moves to the next or previous pane shown, in reading
    /// order (the outline, the text, the notes panel, the facts panel), and goes round.
    fn focus_pane(&mut self, ctx: &egui::Context, step: i32) {
        if self.library_view.is_none()
            && let Some(compare) = &mut self.compare
        {
            compare.focus_pane(step);
            return;
        }
        let Some(tab) = self.tabs.get(self.active) else {
            return;
        };
        let reading = self.compare.is_none() && self.library_view.is_none();
        let panes: Vec<Pane> = [
            (Pane::Outline, reading && self.show_outline),
            (Pane::Text, reading),
            (Pane::Notes, reading && self.show_notes),
            (Pane::Facts, reading && self.show_facts),
        ]
        .into_iter()
        .filter_map(|(pane, shown)| shown.then_some(pane))
        .collect();
        if panes.is_empty() {
            return;
        }
        // The first F6 goes to the text; then on from the pane the keyboard was moved to.
        let next = match self
            .pane
            .and_then(|pane| panes.iter().position(|&p| p == pane))
        {
            Some(at) => (at as i64 + i64::from(step)).rem_euclid(panes.len() as i64) as usize,
            None => panes.iter().position(|&p| p == Pane::Text).unwrap_or(0),
        };
        let pane = panes[next];
        self.pane = Some(pane);
        match pane {
            Pane::Outline => crate::ui::outline::focus_current(ctx, self.active),
            Pane::Text => {
                let paragraph = tab.reader.current().unwrap_or(0);
                self.focus_back = Some(crate::ui::reader::paragraph_id(self.active, paragraph));
            }
            Pane::Notes => self.focus_back = Some(crate::ui::notes::filter_id()),
            Pane::Facts => self.focus_back = Some(crate::ui::facts::pane_id()),
        }
    }

    pub(super) fn undo_delete(&mut self) {
        let Some((key, deleted)) = self.undo.take() else {
            return;
        };
        self.notices.retain(|n| n.kind != NoticeKind::NoteDeleted);
        let Some(tab) = self
            .tabs
            .iter()
            .position(|t| t.notes.notes.as_ref().is_some_and(|n| n.info().key == key))
        else {
            self.errors.push(t!("error-undo-document-closed"));
            return;
        };
        let id = deleted.note.id.clone();
        if self
            .change_notes(tab, |notes, _| notes.restore(deleted))
            .is_some()
        {
            // The Undo button is gone: the keyboard goes to the note's paragraph.
            let paragraph = self.tabs.get(tab).and_then(|t| {
                let i = t.notes.index_of(&id)?;
                t.notes.placements.get(i)?.paragraph
            });
            if let Some(paragraph) = paragraph {
                self.reveal_and_focus(tab, paragraph);
            }
        }
    }

    /// Brings a paragraph into view and gives it the keyboard.
    fn reveal_and_focus(&mut self, tab: usize, paragraph: usize) {
        if tab == self.active
            && let Some(t) = self.tabs.get_mut(tab)
        {
            t.reader.reveal(paragraph);
            self.focus_back = Some(crate::ui::reader::paragraph_id(tab, paragraph));
        }
    }

    pub(super) fn open_bookmark(
        &mut self,
        info: &DocumentInfo,
        paragraph_id: &str,
        reference: &str,
    ) {
        let same = |t: &Tab| {
            t.notes
                .notes
                .as_ref()
                .is_some_and(|n| n.info().key == info.key)
        };
        let tab = match self.tabs.iter().position(same) {
            Some(i) => Some(i),
            None => match &info.path {
                Some(path) => {
                    let before = self.tabs.len();
                    self.open_files(&[PathBuf::from(path)]);
                    (self.tabs.len() > before).then(|| self.tabs.len() - 1)
                }
                None if info.symbol.as_deref() == Some("A/RES/75/32")
                    && info.language == Some(Language::Zh) =>
                {
                    self.open_sample();
                    self.tabs.iter().position(|t| t.path.is_none())
                }
                None => {
                    let message = t!(
                        "error-bookmark-source-unknown",
                        document = &info.display_name()
                    );
                    self.errors.push(crate::ui::bidi::message_line(message));
                    None
                }
            },
        };
        let Some(tab) = tab else { return };
        self.active = tab;
        let t = &mut self.tabs[tab];
        let paragraph = t
            .doc
            .paragraph_index(paragraph_id)
            .or_else(|| t.doc.find_ref(reference));
        if let Some(p) = paragraph {
            t.reader.jump_to(p);
        }
    }

    pub(super) fn export_comparison(&mut self, html: bool) {
        let Some(state) = &self.compare else { return };
        let Some(cmp) = &state.result else { return };
        let (ext, text) = if html {
            (
                "html",
                crate::diff::export::to_html(cmp, &state.old, &state.new),
            )
        } else {
            (
                "md",
                crate::diff::export::to_markdown(cmp, &state.old, &state.new),
            )
        };
        let stem = super::pdf::stem;
        let suggested = format!("{}-vs-{}.{ext}", stem(&state.old), stem(&state.new));
        let Some(path) = self.picker.save_file(&suggested, ext) else {
            return;
        };
        let written = crate::store::fsio::atomic_write(&path, text.as_bytes());
        self.say_saved(
            &path,
            written,
            |path| t!("notice-saved-comparison", path = path),
            |error, path| t!("error-save-comparison", error = error, path = path),
        );
    }

    pub(super) fn export_redline(&mut self) {
        let Some(state) = &self.compare else { return };
        let Some(cmp) = &state.result else { return };
        let author = state.author.trim();
        let author = if author.is_empty() { "Plenary" } else { author };
        self.redline_author = author.to_string();
        // As Word writes dates: to the second.
        let now = crate::store::time::Timestamp::now().to_string();
        let date = format!("{}Z", now.get(..19).unwrap_or(&now));
        let options = crate::diff::redline::Options {
            author,
            date: &date,
            comments: &[],
        };
        let bytes = match crate::diff::redline::to_docx(cmp, &state.old, &state.new, &options) {
            Ok(bytes) => bytes,
            Err(e) => {
                let error = e.to_string();
                self.errors.push(t!("error-write-word", error = &error));
                return;
            }
        };
        let stem = super::pdf::stem;
        let suggested = if state.tracked {
            format!("{}-redline.docx", stem(&state.new))
        } else {
            format!("{}-vs-{}.docx", stem(&state.old), stem(&state.new))
        };
        let Some(path) = self.picker.save_file(&suggested, "docx") else {
            return;
        };
        let written = crate::store::fsio::atomic_write(&path, &bytes);
        self.say_saved(
            &path,
            written,
            |path| t!("notice-saved-redline", path = path),
            |error, path| t!("error-save-word", error = error, path = path),
        );
    }

    /// Opens files in tabs; errors become dismissable messages. Already open files are
    /// switched to.
    pub fn open_files(&mut self, paths: &[PathBuf]) {
        for path in paths {
            if let Err(err) = self.open_one(path) {
                self.report_error(&err);
            }
        }
    }

    /// Opens one file (or shows its tab if it is open already): the tab's index, or why the
    /// file could not be read.
    fn open_one(&mut self, path: &Path) -> Result<usize, parse::ParseError> {
        let canonical = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        if let Some(i) = self
            .tabs
            .iter()
            .position(|t| t.path.as_deref() == Some(canonical.as_path()))
        {
            self.active = i;
            return Ok(i);
        }
        let doc = parse::parse_file(&canonical)?;
        if let Some(dir) = canonical.parent() {
            self.folders.insert(dir.to_path_buf());
        }
        self.recent.retain(|p| p != &canonical);
        self.recent.insert(0, canonical.clone());
        self.recent.truncate(10);
        let left_at = self
            .left_at
            .iter()
            .find(|l| l.path == canonical)
            .and_then(|l| {
                let paragraph = doc.paragraphs.iter().position(|p| p.id == l.paragraph)?;
                Some((paragraph, l.focused))
            });
        self.push_tab(Tab::new(doc, Some(canonical)));
        let reader = &mut self.tabs[self.active].reader;
        match left_at {
            Some((paragraph, true)) => reader.jump_to(paragraph),
            Some((paragraph, false)) => reader.resume_at(paragraph),
            None => {}
        }
        // A Word draft with tracked changes opens on its changes.
        if let Some(mut state) = CompareState::tracked(self.tabs[self.active].doc.clone()) {
            state.author = self.redline_author.clone();
            state.set_hide_unchanged(self.hide_unchanged());
            self.compare = Some(state);
            self.hide_library();
        }
        Ok(self.active)
    }

    /// Hides the library view, keeping what it shows (the member state, the agenda item,
    /// the search) for when it is shown again.
    pub(super) fn hide_library(&mut self) {
        if let Some(view) = self.library_view.take() {
            self.library_kept = Some(view);
        }
    }

    /// Asks for the path, in a field, when the file dialog just asked for could not be shown.
    fn ask_path_if_no_dialog(&mut self, purpose: Purpose) {
        if self.picker.take_unavailable() {
            self.path_prompt = Some(PathPrompt::new(purpose));
        }
    }

    /// Opens a file (or switches to it) and compares it, as the older text, with the tab
    /// that was active.
    fn compare_with_file(&mut self, ctx: &egui::Context, path: PathBuf) {
        self.compare_active_with(ctx, path, compare::Mode::Changes, true);
    }

    /// Opens a file (or switches to it) and compares the active tab with it (the older text
    /// on the left), or reads the two in parallel (the active one first).
    fn compare_active_with(
        &mut self,
        ctx: &egui::Context,
        path: PathBuf,
        mode: compare::Mode,
        other_is_older: bool,
    ) {
        let current = self.active;
        let before = self.tabs.len();
        self.open_files(&[path]);
        // A file already open is switched to rather than opened again.
        let other = if self.tabs.len() > before {
            self.tabs.len() - 1
        } else {
            self.active
        };
        self.active = current;
        if other != current {
            let (old, new) = if other_is_older && mode == compare::Mode::Changes {
                (other, current)
            } else {
                (current, other)
            };
            self.hide_library();
            self.run_command(ctx, Command::Compare { old, new, mode });
        }
    }

    fn add_library_folder(&mut self, ctx: &egui::Context, dir: PathBuf) {
        let Some(library) = &self.library else { return };
        match library.add_folders(&[dir]) {
            Ok(_) => self.start_scan(ctx, false),
            Err(e) => self.errors.push(e.localized()),
        }
        if let Some(view) = &mut self.library_view {
            view.library_changed();
        }
    }

    fn import_into_library(&mut self, ctx: &egui::Context, files: &[PathBuf]) {
        let Some(library) = &self.library else { return };
        if files.is_empty() {
            return;
        }
        let report = library.import(files);
        for e in &report.errors {
            self.errors.push(e.localized());
        }
        let notice = t!(
            "notice-imported",
            copied = report.copied.len(),
            already = report.already_there.len()
        );
        self.notices.push(notice.into());
        self.start_scan(ctx, false);
    }

    /// Saves the notes of a tab's document where the user says, quotes of whole paragraphs
    /// whole.
    pub(super) fn export_notes(&mut self, tab: usize, format: crate::store::export::Format) {
        let Some(tab) = self.tabs.get(tab) else {
            return;
        };
        let Some(notes) = &tab.notes.notes else {
            return;
        };
        let info = notes.info().clone();
        let whole: Vec<crate::store::Note> = notes
            .notes()
            .iter()
            .map(|n| crate::store::export::with_whole_paragraph(n, &tab.doc))
            .collect();
        let text = format.write(whole.iter().map(|n| (&info, n)));
        let stem = super::pdf::stem(&tab.doc);
        let ext = format.extension();
        let Some(path) = self.picker.save_file(&format!("{stem}-notes.{ext}"), ext) else {
            return;
        };
        let written = crate::store::fsio::atomic_replace(&path, text.as_bytes());
        self.say_saved(
            &path,
            written,
            |path| t!("notice-saved-notes", path = path),
            |error, path| t!("error-save-notes", error = error, path = path),
        );
    }

    pub(super) fn export_state_votes(&mut self) {
        let Some(view) = self.library_view.as_ref().or(self.library_kept.as_ref()) else {
            return;
        };
        let Some((suggested, csv)) = view.state_votes.csv() else {
            return;
        };
        let Some(path) = self.picker.save_file(&suggested, "csv") else {
            return;
        };
        let written = crate::store::fsio::atomic_write(&path, csv.as_bytes());
        self.say_saved(
            &path,
            written,
            |path| t!("notice-saved-votes", path = path),
            |error, path| t!("error-save-votes", error = error, path = path),
        );
    }

    /// Says where an export was saved, or why it could not be: `saved` and `failed` make the
    /// message from the path (and the error).
    pub(super) fn say_saved(
        &mut self,
        path: &Path,
        written: std::io::Result<()>,
        saved: impl FnOnce(&str) -> String,
        failed: impl FnOnce(&str, &str) -> String,
    ) {
        let shown = path.display().to_string();
        match written {
            Ok(()) => self.notices.push(saved(&shown).into()),
            Err(e) => self.errors.push(failed(&e.to_string(), &shown)),
        }
    }

    /// Why a file could not be opened: in English on the terminal, in the window's language
    /// in the window.
    fn report_error(&mut self, err: &parse::ParseError) {
        eprintln!("plenary: {err}");
        self.errors.push(err.localized());
    }

    pub(super) fn open_sample(&mut self) {
        if let Some(i) = self.tabs.iter().position(|t| t.path.is_none()) {
            self.active = i;
            return;
        }
        match parse::parse_str(SAMPLE, Some(Path::new("sample: A/RES/75/32 (Chinese)"))) {
            Ok(doc) => self.push_tab(Tab::new(doc, None)),
            Err(err) => self.errors.push(err.localized()),
        }
    }

    /// Opens an already parsed document in a new tab.
    pub fn open_document(&mut self, doc: Document, path: Option<PathBuf>) {
        self.push_tab(Tab::new(doc, path));
    }

    pub(super) fn push_tab(&mut self, mut tab: Tab) {
        let (notes, warnings) = TabNotes::open(&self.note_store, &tab.doc, tab.path.as_deref());
        tab.notes = notes;
        // Trouble in another document's notes file is met again at each opening: said once.
        for w in warnings {
            if self.warned.insert(w.clone()) {
                eprintln!("plenary: {w}");
                self.errors.push(w);
            }
        }
        self.tabs.push(tab);
        self.active = self.tabs.len() - 1;
        self.card = None;
    }

    pub(super) fn close_tab(&mut self, i: usize) {
        if i >= self.tabs.len() {
            return;
        }
        self.remember_place(i);
        self.tabs.remove(i);
        // Outlines are keyed by index: recompute lazily.
        self.outlines.clear();
        let fix = |t: usize| if t > i { t - 1 } else { t };
        self.split = self.split.filter(|&s| s != i).map(fix);
        if self.active >= i && self.active > 0 {
            self.active -= 1;
        }
        self.active = self.active.min(self.tabs.len().saturating_sub(1));
    }

    /// Opens the cited document if it is open or in a folder the user opened files from,
    /// at the pinpoint paragraph; otherwise shows its card. Never touches the network.
    pub(super) fn follow_citation(
        &mut self,
        from_tab: usize,
        symbol: &str,
        pinpoint: Option<String>,
        position: egui::Pos2,
    ) {
        let language = self.tabs.get(from_tab).and_then(|t| t.doc.meta.language);
        let same = |doc: &Document| {
            doc.meta
                .symbol
                .as_deref()
                .is_some_and(|s| s.eq_ignore_ascii_case(symbol))
        };
        let resolved = self
            .library
            .as_ref()
            .and_then(|l| l.resolve(symbol, language));
        // In the reader's language first: an open tab, the library, the folders of open files;
        // then any language, saying so.
        let mut target = self
            .tabs
            .iter()
            .position(|t| same(&t.doc) && t.doc.meta.language == language);
        if target.is_none()
            && let Some(r) = resolved.as_ref().filter(|r| !r.is_other_language)
        {
            target = self.open_path(r.path.clone());
        }
        if target.is_none()
            && let Some(path) = self.find_in_folders(symbol, language)
        {
            target = self.open_path(path);
        }
        if target.is_none() {
            target = self.tabs.iter().position(|t| same(&t.doc));
        }
        if target.is_none()
            && let Some(r) = resolved.as_ref().filter(|r| r.is_other_language)
        {
            target = self.open_path(r.path.clone());
            if target.is_some() {
                let notice = match (r.language, language) {
                    (Some(found), Some(wanted)) => t!(
                        "notice-opened-in-other-language",
                        symbol = symbol,
                        found = found.native_name(),
                        wanted = wanted.native_name()
                    ),
                    (None, Some(wanted)) => t!(
                        "notice-opened-in-unknown-language",
                        symbol = symbol,
                        wanted = wanted.native_name()
                    ),
                    (Some(found), None) => t!(
                        "notice-opened-in-other-language-no-version",
                        symbol = symbol,
                        found = found.native_name()
                    ),
                    (None, None) => t!(
                        "notice-opened-in-unknown-language-no-version",
                        symbol = symbol
                    ),
                };
                self.notices
                    .push(crate::ui::bidi::message_line(notice).into());
            }
        }
        match target {
            Some(i) => {
                self.active = i;
                self.card = None;
                if let Some(p) = pinpoint
                    .as_deref()
                    .and_then(|p| pinpoint_paragraph(&self.tabs[i].doc, p))
                {
                    self.tabs[i].reader.jump_to(p);
                }
            }
            None => {
                self.card = Some(CardState {
                    symbol: symbol.to_string(),
                    pinpoint,
                    language,
                    position,
                })
            }
        }
    }

    /// Opens a file (or switches to it); its tab index, if it could be opened.
    pub(super) fn open_path(&mut self, path: PathBuf) -> Option<usize> {
        self.open_one(&path)
            .map_err(|err| self.report_error(&err))
            .ok()
    }

    pub(super) fn find_in_folders(
        &mut self,
        symbol: &str,
        language: Option<Language>,
    ) -> Option<PathBuf> {
        let folders: Vec<PathBuf> = self.folders.iter().cloned().collect();
        let mut fallback = None;
        for dir in folders {
            let entries = self
                .folder_index
                .entry(dir.clone())
                .or_insert_with(|| folder::scan_folder(&dir));
            if let Some(e) = folder::lookup(entries, symbol, language) {
                if language.is_none() || e.language == language {
                    return Some(e.path.clone());
                }
                fallback.get_or_insert_with(|| e.path.clone());
            }
        }
        fallback
    }

    /// Remembers where a tab's document is being read, for when it is opened again.
    fn remember_place(&mut self, tab: usize) {
        if let Some(left) = self.tabs.get(tab).and_then(left_at) {
            self.left_at.retain(|l| l.path != left.path);
            self.left_at.insert(0, left);
            self.left_at.truncate(PLACES_KEPT);
        }
    }

    pub(super) fn session(&self) -> Session {
        // The open documents' places first, the active one first of all.
        let mut left: Vec<LeftAt> = Vec::new();
        let order =
            std::iter::once(self.active).chain((0..self.tabs.len()).filter(|&i| i != self.active));
        left.extend(order.filter_map(|i| self.tabs.get(i)).filter_map(left_at));
        for saved in &self.left_at {
            if left.len() >= PLACES_KEPT {
                break;
            }
            if !left.iter().any(|l| l.path == saved.path) {
                left.push(saved.clone());
            }
        }
        let (back, forward) = self.history.saved();
        Session {
            version: Session::VERSION,
            open: self.tabs.iter().filter_map(|t| t.path.clone()).collect(),
            active: self.active,
            recent: self.recent.clone(),
            dark_mode: self.dark_mode,
            high_contrast: self.high_contrast,
            show_notes: self.show_notes,
            hide_outline: !self.show_outline,
            hide_unchanged: self.hide_unchanged(),
            show_facts: self.show_facts,
            my_country: self.facts.my_country.trim().to_string(),
            redline_author: self.redline_author.clone(),
            ui_language: if self.ui_language_chosen {
                self.ui_language.code().to_string()
            } else {
                String::new()
            },
            left_at: left,
            back,
            forward,
        }
    }

    /// Saves which documents are open, for the next start.
    pub fn save_session(&mut self) {
        let session = self.session();
        if self.saved_session.as_ref() == Some(&session) {
            return;
        }
        match session.save(&self.data_dir) {
            Ok(()) => self.session_save_failed = false,
            // Said once, not again at each later try (every few seconds while reading).
            Err(err) => {
                if !self.session_save_failed {
                    eprintln!("plenary: could not save the session: {err}");
                    let error = err.to_string();
                    self.errors.push(t!("error-save-session", error = &error));
                }
                self.session_save_failed = true;
            }
        }
        self.saved_session = Some(session);
    }
}

/// `3` -> OP3, `3 (a)` -> OP3(a), `PP2` as is.
pub fn pinpoint_paragraph(doc: &Document, pinpoint: &str) -> Option<usize> {
    let p = pinpoint.trim();
    if p.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        let compact: String = p.chars().filter(|c| !c.is_whitespace()).collect();
        doc.find_ref(&format!("OP{compact}"))
    } else {
        doc.find_ref(p)
    }
}
