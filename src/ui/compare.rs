//! Two documents side by side: a comparison (aligned paragraphs, word or character changes,
//! moves and renumbering) or two language versions read in parallel.
//!
//! Both columns live in one scroll area, row by row, so they scroll together. A big
//! comparison runs on a worker thread and reports back.

use crate::diff::export::text_of;
use crate::diff::{self, Comparison, Op, Status, Target};
use crate::document::{ChangeKind, Document, TrackedChange};
use crate::t;
use crate::ui::command::Command;
use crate::ui::fonts;
use crate::ui::rich_text::{self, RichLayout, Segment};
use crate::ui::segments::TextStyle;
use crate::ui::theme;
use crate::ui::virtual_list::VirtualList;
use egui::{Color32, FontId, Rect, RichText, Role, Sense, Stroke, Ui, Vec2, WidgetInfo};
use std::sync::Arc;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How long a comparison may refine words before showing changed paragraphs whole.
const DEADLINE: Duration = Duration::from_secs(3);
/// Above this much text (both documents), the comparison runs on a worker thread.
const BACKGROUND_BYTES: usize = 150_000;

/// The height of a fold ("… 22 unchanged paragraphs …").
const FOLD_HEIGHT: f32 = 30.0;

/// The widest a text shown alone (Original or Final) is set, for lines that read well.
const MAX_LINE: f32 = 820.0;

/// What the view shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Differences between a draft and the adopted text, or two years.
    Changes,
    /// Two language versions aligned paragraph by paragraph, without colouring.
    Parallel,
}

/// What the view of a Word draft's tracked changes shows, as Word's own "Show" does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Show {
    /// The text as it stood before the changes.
    Original,
    /// Before and after side by side, the changes marked.
    WithChanges,
    /// The text with every change accepted.
    Final,
}

impl Show {
    pub const ALL: [Show; 3] = [Show::Original, Show::WithChanges, Show::Final];

    pub fn label(self) -> String {
        match self {
            Show::Original => t!("compare-show-original"),
            Show::WithChanges => t!("compare-show-with-changes"),
            Show::Final => t!("compare-show-final"),
        }
    }

    /// What it shows, in a sentence.
    fn tooltip(self) -> String {
        match self {
            Show::Original => t!("compare-show-original-tip"),
            Show::WithChanges => t!("compare-show-with-changes-tip"),
            Show::Final => t!("compare-show-final-tip"),
        }
    }
}

/// How the view names a row's status (`changed`), in the interface's language, as written:
/// the rows' gutters lay it out themselves, and screen readers read it.
fn status_name(status: Status) -> String {
    match status {
        Status::Unchanged => crate::logical_t!("compare-status-unchanged"),
        Status::Changed => crate::logical_t!("compare-status-changed"),
        Status::Added => crate::logical_t!("compare-status-added"),
        Status::Deleted => crate::logical_t!("compare-status-deleted"),
        Status::Moved => crate::logical_t!("compare-status-moved"),
    }
}

struct RowLayout {
    /// Refs and status (a fold: what it stands for).
    label: String,
    /// What a screen reader says of the row: its refs and status, then its words, the
    /// deleted and inserted ones named as such.
    speech: String,
    gutter: RichLayout,
    left: RichLayout,
    right: RichLayout,
    /// Whether the row is one column across (Original or Final).
    single: bool,
    /// What hovering a tagged run says (who made the change, and when): indexed by tag.
    tips: Vec<String>,
    /// A fold standing for unchanged rows: its text is `gutter`, across the row.
    fold: bool,
}

/// The comparison view's state.
pub struct CompareState {
    pub old: Arc<Document>,
    pub new: Arc<Document>,
    pub mode: Mode,
    pub ignore_punctuation_width: bool,
    pub ignore_whitespace: bool,
    pub hide_unchanged: bool,
    pub result: Option<Arc<Comparison>>,
    pending: Option<(mpsc::Receiver<Comparison>, Instant)>,
    /// Parallel mode: aligned paragraph indices.
    pairs: Vec<(Option<usize>, Option<usize>)>,
    /// Rows shown: indices into `result.rows` (or `pairs`).
    shown: Vec<usize>,
    /// For each row shown, whether it is a fold standing for this many unchanged rows from
    /// its own on (while unchanged rows are hidden).
    folds: Vec<Option<usize>>,
    /// The folds opened (by their first row), until unchanged rows are shown or hidden again.
    unfolded: std::collections::HashSet<usize>,
    /// A paragraph of the newer (second) text to bring into view once the rows are ready.
    goto: Option<usize>,
    /// Current change, an index into `shown`.
    pub current: Option<usize>,
    /// A row the keyboard moved to (F7, Enter in the list of changes, F6): it takes the
    /// focus once drawn, and a screen reader reads it.
    focus_row: Option<usize>,
    /// F6 moved the keyboard to the list of changes: its current (or first) entry takes it.
    focus_list: bool,
    /// The pane F6 moved the keyboard to last: the list of changes (true) or the rows.
    in_list: Option<bool>,
    list: VirtualList<RowLayout>,
    layout_key: Option<(u32, u32, bool)>,
    /// Whether this is a Word draft's own tracked changes (`old` is its text before them,
    /// `new` the draft with its [`Document::revisions`]).
    pub tracked: bool,
    pub show: Show,
    /// Whom a Word file exported from the comparison names as the author of its changes.
    pub author: String,
    /// What changed, as a delegate pastes it into a report (see [`diff::digest`]).
    pub digest: Option<String>,
}

impl CompareState {
    pub fn new(old: Arc<Document>, new: Arc<Document>, mode: Mode) -> CompareState {
        let mut state = CompareState {
            old,
            new,
            mode,
            ignore_punctuation_width: true,
            ignore_whitespace: true,
            hide_unchanged: false,
            result: None,
            pending: None,
            pairs: Vec::new(),
            shown: Vec::new(),
            folds: Vec::new(),
            unfolded: Default::default(),
            goto: None,
            current: None,
            focus_row: None,
            focus_list: false,
            in_list: None,
            list: VirtualList::default(),
            layout_key: None,
            tracked: false,
            show: Show::WithChanges,
            author: "Plenary".into(),
            digest: None,
        };
        state.recompute();
        state
    }

    /// A Word draft's tracked changes: its text before them compared with its text after;
    /// None when it has none.
    pub fn tracked(doc: Arc<Document>) -> Option<CompareState> {
        let original = Arc::new(doc.revisions.as_ref()?.original.clone());
        let mut state = CompareState::new(original, doc, Mode::Changes);
        state.tracked = true;
        Some(state)
    }

    /// Lays the rows out again, and says what changed again (the interface's language
    /// changed).
    pub fn relayout(&mut self) {
        self.layout_key = None;
        if let Some(cmp) = &self.result {
            let digest = diff::digest::digest(cmp, &self.old, &self.new);
            self.digest = Some(digest_text(&digest, &self.old, &self.new));
        }
    }

    /// Shows the text before the changes, both with the changes marked, or the final text.
    pub fn set_show(&mut self, show: Show) {
        if self.show != show {
            self.show = show;
            self.rebuild_rows();
        }
    }

    fn options(&self) -> diff::Options {
        diff::Options {
            ignore_punctuation_width: self.ignore_punctuation_width,
            ignore_whitespace: self.ignore_whitespace,
            deadline: Some(Instant::now() + DEADLINE),
        }
    }

    /// Starts (or restarts) the work for the current mode and options.
    pub fn recompute(&mut self) {
        self.result = None;
        self.pending = None;
        self.current = None;
        match self.mode {
            Mode::Parallel => {
                self.pairs = diff::align_languages(&self.old, &self.new);
                self.rebuild_rows();
            }
            Mode::Changes => {
                let size = text_size(&self.old) + text_size(&self.new);
                let options = self.options();
                if size <= BACKGROUND_BYTES {
                    self.finish(diff::compare(&self.old, &self.new, &options));
                } else {
                    let (tx, rx) = mpsc::channel();
                    let (old, new) = (self.old.clone(), self.new.clone());
                    std::thread::spawn(move || {
                        let _ = tx.send(diff::compare(&old, &new, &options));
                    });
                    self.pending = Some((rx, Instant::now()));
                }
            }
        }
    }

    fn finish(&mut self, comparison: Comparison) {
        let digest = diff::digest::digest(&comparison, &self.old, &self.new);
        self.digest = Some(digest_text(&digest, &self.old, &self.new));
        self.result = Some(Arc::new(comparison));
        self.rebuild_rows();
    }

    fn rebuild_rows(&mut self) {
        self.unfolded.clear();
        self.make_rows();
        let estimates: Vec<f32> = (0..self.shown.len())
            .map(|k| self.estimate_shown(k))
            .collect();
        self.list.reset(self.shown.len(), |k| estimates[k]);
        self.current = None;
        self.layout_key = None;
        self.apply_goto();
    }

    /// Brings the row of a paragraph of the newer (second) text into view, marked as the
    /// current row: now, or when the comparison is ready (`--goto` with `--compare` or
    /// `--parallel`). A paragraph behind a fold opens it.
    pub fn go_to(&mut self, paragraph: usize) {
        self.goto = Some(paragraph);
        self.apply_goto();
    }

    fn apply_goto(&mut self) {
        let Some(paragraph) = self.goto else { return };
        let row = match (self.mode, &self.result) {
            (Mode::Parallel, _) => self.pairs.iter().position(|&(_, b)| b == Some(paragraph)),
            (Mode::Changes, Some(cmp)) => cmp
                .rows
                .iter()
                .position(|r| r.target == Target::Paragraph && r.new == Some(paragraph)),
            // Not compared yet.
            (Mode::Changes, None) => return,
        };
        self.goto = None;
        let Some(row) = row else { return };
        if !self.shown.contains(&row)
            && let Some(k) = (0..self.shown.len()).find(|&k| {
                self.fold_at(k)
                    .is_some_and(|count| (self.shown[k]..self.shown[k] + count).contains(&row))
            })
        {
            self.unfolded.insert(self.shown[k]);
            self.make_rows();
            let estimates: Vec<f32> = (0..self.shown.len())
                .map(|k| self.estimate_shown(k))
                .collect();
            self.list.reset(self.shown.len(), |k| estimates[k]);
        }
        if let Some(k) = self.shown.iter().position(|&i| i == row) {
            self.list.scroll_to(k);
            self.current = Some(k);
            self.layout_key = None;
        }
    }

    /// Hides unchanged rows behind folds, or shows them all.
    pub fn set_hide_unchanged(&mut self, hide: bool) {
        if self.hide_unchanged != hide {
            self.hide_unchanged = hide;
            self.rebuild_rows();
        }
    }

    /// Opens a fold: its unchanged rows are shown in its place, the view staying put.
    pub fn unfold(&mut self, k: usize) {
        let Some(&first) = self.shown.get(k) else {
            return;
        };
        if self.folds.get(k).copied().flatten().is_none() {
            return;
        }
        let current = self.current.and_then(|c| self.shown.get(c).copied());
        self.unfolded.insert(first);
        self.make_rows();
        let estimates: Vec<f32> = (0..self.shown.len())
            .map(|k| self.estimate_shown(k))
            .collect();
        self.list
            .reset_keeping_place(self.shown.len(), |k| estimates[k]);
        self.current = current.and_then(|row| self.shown.iter().position(|&r| r == row));
        self.layout_key = None;
    }

    /// `shown` and `folds` for the mode, what is shown, and the folds opened.
    fn make_rows(&mut self) {
        self.folds.clear();
        self.shown = match (self.mode, &self.result) {
            (Mode::Parallel, _) => (0..self.pairs.len()).collect(),
            (Mode::Changes, Some(cmp)) if self.show == Show::WithChanges && self.hide_unchanged => {
                // Each run of unchanged rows is a fold ("… 22 unchanged paragraphs …").
                let mut shown = Vec::new();
                let rows = &cmp.rows;
                let mut i = 0;
                while i < rows.len() {
                    if rows[i].status != Status::Unchanged {
                        shown.push(i);
                        self.folds.push(None);
                        i += 1;
                        continue;
                    }
                    let first = i;
                    while i < rows.len() && rows[i].status == Status::Unchanged {
                        i += 1;
                    }
                    if self.unfolded.contains(&first) {
                        shown.extend(first..i);
                        self.folds.extend((first..i).map(|_| None));
                    } else {
                        shown.push(first);
                        self.folds.push(Some(i - first));
                    }
                }
                shown
            }
            (Mode::Changes, Some(cmp)) => cmp
                .rows
                .iter()
                .enumerate()
                .filter(|(_, r)| match self.show {
                    Show::Original => r.old.is_some(),
                    Show::Final => r.new.is_some(),
                    Show::WithChanges => true,
                })
                .map(|(i, _)| i)
                .collect(),
            (Mode::Changes, None) => Vec::new(),
        };
        self.folds.resize(self.shown.len(), None);
    }

    /// The estimated height of a row shown.
    fn estimate_shown(&self, k: usize) -> f32 {
        if self.folds.get(k).copied().flatten().is_some() {
            return FOLD_HEIGHT;
        }
        self.estimate(self.shown.get(k).copied().unwrap_or(0))
    }

    /// How many rows the fold at `k` (an index into the rows shown) stands for, if it is one.
    pub fn fold_at(&self, k: usize) -> Option<usize> {
        self.folds.get(k).copied().flatten()
    }

    fn estimate(&self, row: usize) -> f32 {
        let len = |doc: &Document, target: Target, i: Option<usize>| {
            text_of(doc, target, i).chars().count()
        };
        let chars = match (self.mode, &self.result) {
            (Mode::Parallel, _) => {
                let (a, b) = self.pairs.get(row).copied().unwrap_or_default();
                len(&self.old, Target::Paragraph, a).max(len(&self.new, Target::Paragraph, b))
            }
            (Mode::Changes, Some(cmp)) => cmp.rows.get(row).map_or(0, |r| {
                len(&self.old, r.target, r.old).max(len(&self.new, r.target, r.new))
            }),
            _ => 0,
        };
        20.0 + 22.0 * (chars as f32 / 55.0).ceil().max(1.0)
    }

    /// Indices into `shown` of rows that differ.
    fn changes(&self) -> Vec<usize> {
        let Some(cmp) = &self.result else {
            return Vec::new();
        };
        self.shown
            .iter()
            .enumerate()
            .filter(|&(_, &i)| {
                cmp.rows
                    .get(i)
                    .is_some_and(|r| r.status != Status::Unchanged)
            })
            .map(|(k, _)| k)
            .collect()
    }

    /// Moves to the next (+1) or previous (-1) change, wrapping around.
    pub fn step(&mut self, delta: i32) {
        let changes = self.changes();
        if changes.is_empty() {
            self.current = None;
            return;
        }
        let position = self
            .current
            .and_then(|c| changes.iter().position(|&k| k == c));
        let next = match position {
            None if delta >= 0 => 0,
            None => changes.len() - 1,
            Some(p) => (p as i64 + i64::from(delta)).rem_euclid(changes.len() as i64) as usize,
        };
        self.current = Some(changes[next]);
        self.list.reveal(changes[next]);
        self.layout_key = None;
    }

    /// F6 and Shift+F6 in the comparison: the keyboard goes between the list of changes (when
    /// shown) and the rows, to the current change (the first, if none yet), or in parallel
    /// reading to the row at the top.
    pub fn focus_pane(&mut self, _step: i32) {
        let list_shown =
            self.mode == Mode::Changes && self.result.is_some() && self.show == Show::WithChanges;
        // Two panes at most: either step goes to the other one. The first goes to the rows.
        let to_list = list_shown && self.in_list == Some(false);
        self.in_list = Some(to_list);
        if to_list {
            self.focus_list = true;
            return;
        }
        if self.mode == Mode::Parallel {
            self.focus_row = Some(self.list.top_row());
            return;
        }
        if self.current.is_none() {
            self.step(1);
        }
        self.focus_row = self.current;
    }

    /// Whether the work is done and every row laid out.
    pub fn settled(&self) -> bool {
        self.pending.is_none() && self.list.settled()
    }

    fn poll(&mut self, ctx: &egui::Context) {
        let Some((rx, _)) = &self.pending else { return };
        match rx.try_recv() {
            Ok(cmp) => {
                self.pending = None;
                self.finish(cmp);
            }
            Err(mpsc::TryRecvError::Empty) => ctx.request_repaint_after(Duration::from_millis(50)),
            Err(mpsc::TryRecvError::Disconnected) => self.pending = None,
        }
    }
}

fn text_size(doc: &Document) -> usize {
    doc.paragraphs.iter().map(|p| p.text.len()).sum::<usize>()
        + doc.footnotes.iter().map(|f| f.text.len()).sum::<usize>()
}

fn number_prefix(doc: &Document, target: Target, index: Option<usize>) -> String {
    match (target, index) {
        (Target::Paragraph, Some(i)) => doc
            .paragraphs
            .get(i)
            .map(|p| p.number_prefix(false))
            .unwrap_or_default(),
        (Target::Footnote, Some(i)) => doc
            .footnotes
            .get(i)
            .map(|f| format!("{} ", f.marker))
            .unwrap_or_default(),
        _ => String::new(),
    }
}

/// The comparison's colours: the theme's, and egui's own for deleted and unchanged text.
struct Palette {
    theme: &'static theme::Palette,
    deleted: Color32,
    weak: Color32,
}

impl Palette {
    fn new(ui: &Ui) -> Palette {
        let visuals = ui.visuals();
        Palette {
            theme: theme::palette(visuals),
            deleted: visuals.error_fg_color,
            weak: visuals.weak_text_color(),
        }
    }
}

fn style(ui: &Ui, doc: &Document) -> TextStyle {
    let v = ui.visuals();
    TextStyle {
        language: doc.meta.language,
        size: 14.5,
        line_height: 22.0,
        color: v.text_color(),
        strong: v.strong_text_color(),
        link: v.hyperlink_color,
        match_bg: Color32::TRANSPARENT,
        current_match_bg: Color32::TRANSPARENT,
        highlight_bg: Color32::TRANSPARENT,
    }
}

/// A run of a column: text, background, struck through, and a tag for its hover text.
type Run = (String, Color32, bool, Option<u32>);

/// A column's text: the runs of the comparison, and where they spell a paragraph of `doc`
/// as it is (`paragraph`), with the paragraph's emphasis, its citations as links and its
/// footnote markers, as the reader shows them.
fn column(
    ctx: &egui::Context,
    doc: &Document,
    prefix: String,
    runs: Vec<Run>,
    style: &TextStyle,
    width: f32,
    paragraph: Option<usize>,
) -> RichLayout {
    let rtl = doc.meta.language.is_some_and(|l| l.is_rtl());
    let mut segments = Vec::new();
    if !prefix.is_empty() {
        segments.push(Segment {
            text: prefix,
            format: style.format(false, false),
            tag: None,
        });
    }
    let rich = paragraph
        .and_then(|i| doc.paragraphs.get(i))
        .and_then(|p| rich_runs(p, &runs, style));
    match rich {
        Some(rich) => segments.extend(rich),
        None => {
            for (text, bg, struck, tag) in runs {
                if text.is_empty() {
                    continue;
                }
                let mut format = style.format(false, false);
                mark(&mut format, bg, struck, style);
                segments.push(Segment { text, format, tag });
            }
        }
    }
    rich_text::layout(ctx, &segments, rtl, width)
}

/// A run's colour and strike over the text's own format.
fn mark(format: &mut egui::TextFormat, bg: Color32, struck: bool, style: &TextStyle) {
    if bg != Color32::TRANSPARENT {
        format.background = bg;
    }
    if struck {
        format.strikethrough = Stroke::new(1.0, style.color.gamma_multiply(0.7));
    }
}

/// The runs laid over the paragraph as the reader builds it; None when they do not spell
/// its text exactly (the comparison ignored spacing or punctuation width there), or the
/// paragraph is too long to be shown whole.
fn rich_runs(
    p: &crate::document::Paragraph,
    runs: &[Run],
    style: &TextStyle,
) -> Option<Vec<Segment>> {
    use crate::ui::segments::{Annotated, Tag};
    if p.text.len() > crate::ui::segments::MAX_SHOWN {
        return None;
    }
    let mut ends = Vec::with_capacity(runs.len());
    let mut at = 0;
    for (text, ..) in runs {
        if !p.text.get(at..)?.starts_with(text.as_str()) {
            return None;
        }
        at += text.len();
        ends.push(at);
    }
    if at != p.text.len() {
        return None;
    }
    let annotated = Annotated {
        text: &p.text,
        styles: &p.styles,
        citations: &p.citations,
        footnote_refs: &p.footnote_refs,
        matches: &[],
        current_match: None,
        highlighted_footnote: None,
    };
    let run_at = |pos: usize| ends.partition_point(|&end| end <= pos).min(runs.len() - 1);
    let mut out = Vec::new();
    let mut pos: usize = 0;
    for segment in crate::ui::segments::build(&annotated, style, None) {
        let marker = segment
            .tag
            .and_then(Tag::decode)
            .is_some_and(|t| matches!(t, Tag::FootnoteRef(_)));
        if marker {
            // A footnote marker takes the look of the text before it.
            let (_, bg, struck, _) = &runs[run_at(pos.saturating_sub(1))];
            let mut format = segment.format;
            mark(&mut format, *bg, *struck, style);
            out.push(Segment {
                text: segment.text,
                format,
                tag: None,
            });
            continue;
        }
        let end = pos + segment.text.len();
        let mut start = pos;
        while start < end {
            let k = run_at(start);
            let stop = ends[k].min(end);
            let (_, bg, struck, tag) = &runs[k];
            let mut format = segment.format.clone();
            mark(&mut format, *bg, *struck, style);
            out.push(Segment {
                text: p.text.get(start..stop)?.to_string(),
                format,
                tag: *tag,
            });
            start = stop;
        }
        pos = end;
    }
    Some(out)
}

/// The comparison view. Returns commands for the app (close, export).
pub fn show(ui: &mut Ui, state: &mut CompareState) -> Vec<Command> {
    let mut out = Vec::new();
    state.poll(ui.ctx());
    toolbar(ui, state, &mut out);
    ui.separator();
    if let Some((_, started)) = &state.pending {
        ui.horizontal(|ui| {
            ui.spinner();
            let seconds = format!("{:.1}", started.elapsed().as_secs_f32());
            ui.label(t!("compare-comparing", seconds = &seconds));
        });
        return out;
    }
    if let Some(notice) = state.result.as_ref().and_then(|c| c.localized_notice()) {
        ui.label(RichText::new(notice).color(ui.visuals().warn_fg_color));
    }
    if state.mode == Mode::Changes
        && let Some(digest) = &state.digest
    {
        digest_ui(ui, digest, &mut out);
    }
    let changes_panel =
        state.mode == Mode::Changes && state.result.is_some() && state.show == Show::WithChanges;
    if changes_panel {
        crate::ui::start_panel("change-list")
            .resizable(true)
            .default_size(190.0)
            .show(ui, |ui| change_list(ui, state));
    }
    rows_ui(ui, state);
    out
}

fn toolbar(ui: &mut Ui, state: &mut CompareState, out: &mut Vec<Command>) {
    let name = |d: &Document| match d.meta.language {
        Some(l) => format!("{} · {}", d.display_name(), l.native_name()),
        None => d.display_name(),
    };
    ui.horizontal_wrapped(|ui| {
        // One sentence, as each language orders it: what the view shows, of which texts.
        let (old, new) = (name(&state.old), name(&state.new));
        let heading = match (state.mode, state.tracked) {
            (Mode::Changes, true) => t!("compare-heading-tracked", document = &new),
            (Mode::Changes, false) => t!("compare-heading-changes", old = &old, new = &new),
            (Mode::Parallel, _) => t!("compare-heading-parallel", first = &old, second = &new),
        };
        ui.label(RichText::new(crate::ui::bidi::message_line(heading)).strong());
        if state.tracked {
            ui.separator();
            ui.label(t!("compare-show"));
            for show in Show::ALL {
                if ui
                    .selectable_label(state.show == show, show.label())
                    .on_hover_text(show.tooltip())
                    .clicked()
                {
                    state.set_show(show);
                }
            }
        }
        ui.separator();
        if let (Mode::Changes, Some(cmp)) = (state.mode, &state.result) {
            let counts = &cmp.summary;
            let summary = t!(
                "compare-summary",
                added = counts.added,
                deleted = counts.deleted,
                changed = counts.changed,
                moved = counts.moved
            );
            let r = ui.label(RichText::new(&summary).strong());
            r.widget_info(|| WidgetInfo::labeled(Role::Label, true, &summary));
            // Said as soon as the comparison is ready.
            crate::ui::announce(&r, &summary, false);
            ui.label(RichText::new(t!("compare-unchanged", count = counts.unchanged)).weak());
            ui.separator();
            let steps = [
                (
                    -1,
                    t!("compare-previous-change"),
                    t!("compare-previous-change-tip"),
                ),
                (1, t!("compare-next-change"), t!("compare-next-change-tip")),
            ];
            for (delta, label, tip) in steps {
                let r = ui.button(label).on_hover_text(tip);
                if r.clicked() {
                    state.step(delta);
                    if crate::ui::by_keyboard(&r) {
                        state.focus_row = state.current;
                    }
                }
            }
            let mut changed = false;
            changed |= ui
                .checkbox(&mut state.hide_unchanged, t!("compare-hide-unchanged"))
                .changed();
            if changed {
                state.rebuild_rows();
            }
            let mut options_changed = false;
            options_changed |= ui
                .checkbox(
                    &mut state.ignore_punctuation_width,
                    t!("compare-ignore-punctuation-width"),
                )
                .on_hover_text(t!("compare-ignore-punctuation-width-tip"))
                .changed();
            options_changed |= ui
                .checkbox(
                    &mut state.ignore_whitespace,
                    t!("compare-ignore-whitespace"),
                )
                .changed();
            if options_changed {
                state.recompute();
            }
            ui.menu_button(t!("compare-export"), |ui| {
                if ui.button(t!("compare-export-html")).clicked() {
                    out.push(Command::ExportComparison { html: true });
                    ui.close();
                }
                if ui.button(t!("compare-export-markdown")).clicked() {
                    out.push(Command::ExportComparison { html: false });
                    ui.close();
                }
                if ui
                    .button(t!("compare-export-pdf"))
                    .on_hover_text(crate::i18n::tr_attr("compare-export-pdf", "tip"))
                    .clicked()
                {
                    out.push(Command::ExportRedlinePdf);
                    ui.close();
                }
                ui.separator();
                if ui
                    .button(t!("compare-export-word"))
                    .on_hover_text(t!("compare-export-word-tip"))
                    .clicked()
                {
                    out.push(Command::ExportRedline);
                    ui.close();
                }
                ui.horizontal(|ui| {
                    ui.label(t!("compare-changes-by"));
                    ui.add(
                        crate::ui::field::single_line(
                            &mut state.author,
                            &mut crate::ui::field::layouter(ui),
                        )
                        .desired_width(140.0)
                        .hint_text("Plenary"),
                    )
                    .on_hover_text(t!("compare-changes-by-tip"));
                });
            });
        }
        if ui
            .button(t!("compare-close"))
            .on_hover_text(t!("compare-close-tip"))
            .clicked()
        {
            out.push(Command::CloseCompare);
        }
    });
    // Keyboard: next/previous change.
    if state.mode == Mode::Changes && !ui.ctx().text_edit_focused() {
        let (next, prev) = ui.input_mut(|i| {
            // Shift+F7 first: F7 alone would also take it (egui lets Shift pass).
            let prev = i.consume_key(egui::Modifiers::SHIFT, egui::Key::F7)
                || i.consume_key(egui::Modifiers::NONE, egui::Key::P);
            let next = i.consume_key(egui::Modifiers::NONE, egui::Key::F7)
                || i.consume_key(egui::Modifiers::NONE, egui::Key::N);
            (next, prev)
        });
        if next {
            state.step(1);
        }
        if prev {
            state.step(-1);
        }
        if next || prev {
            state.focus_row = state.current;
        }
    }
}

fn change_list(ui: &mut Ui, state: &mut CompareState) {
    let Some(cmp) = state.result.clone() else {
        return;
    };
    let palette = Palette::new(ui);
    ui.label(RichText::new(t!("compare-changes")).strong());
    let changes = state.changes();
    if changes.is_empty() {
        ui.label(RichText::new(t!("compare-no-differences")).weak());
    }
    let mut jump = None;
    // F6 to the list: its current entry, else its first, takes the keyboard.
    let focus_entry = std::mem::take(&mut state.focus_list)
        .then(|| {
            state
                .current
                .filter(|c| changes.contains(c))
                .or(changes.first().copied())
        })
        .flatten();
    egui::ScrollArea::vertical()
        .id_salt("change-list-scroll")
        .auto_shrink(false)
        .show(ui, |ui| {
            for k in changes {
                let Some(row) = state.shown.get(k).and_then(|&i| cmp.rows.get(i)) else {
                    continue;
                };
                let color = status_color(row.status, &palette);
                let label = format!(
                    "{} {}",
                    crate::diff::export::refs(row),
                    status_name(row.status)
                );
                let label = crate::ui::bidi::visual_line(&label, crate::i18n::locale().is_rtl());
                let r = ui
                    .selectable_label(state.current == Some(k), RichText::new(label).color(color));
                if focus_entry == Some(k) {
                    r.request_focus();
                    r.scroll_to_me(None);
                }
                if r.clicked() {
                    jump = Some((k, crate::ui::by_keyboard(&r)));
                }
            }
        });
    if let Some((k, keyboard)) = jump {
        state.current = Some(k);
        state.list.scroll_to(k);
        state.layout_key = None;
        // From the keyboard, on to the change itself, which a screen reader then reads.
        if keyboard {
            state.focus_row = Some(k);
        }
    }
}

/// A compared row's words as a screen reader says them: the newer text, with what was
/// deleted and inserted said where it was (`… [deleted: further] [inserted: also] …`); an
/// added row's new text, a deleted row's old text.
fn speech(row: &diff::Row, old: &Document, new: &Document) -> String {
    if row.changes.is_empty() {
        return match row.status {
            Status::Deleted => text_of(old, row.target, row.old).to_string(),
            _ => text_of(new, row.target, row.new).to_string(),
        };
    }
    let mut out = String::new();
    for c in &row.changes {
        let said = match c.op {
            Op::Equal => {
                // Set apart from a change said just before it, unless it is punctuation.
                if out.ends_with(']')
                    && !c
                        .text
                        .starts_with(|ch: char| ch.is_whitespace() || ch.is_ascii_punctuation())
                {
                    out.push(' ');
                }
                out.push_str(&c.text);
                continue;
            }
            Op::Delete => crate::logical_t!("a11y-deleted", text = c.text.trim()),
            Op::Insert => crate::logical_t!("a11y-inserted", text = c.text.trim()),
        };
        if !out.is_empty() && !out.ends_with(char::is_whitespace) {
            out.push(' ');
        }
        out.push_str(&said);
    }
    out
}

fn status_color(status: Status, p: &Palette) -> Color32 {
    match status {
        Status::Unchanged => p.weak,
        Status::Changed => p.theme.changed,
        Status::Added => p.theme.added,
        Status::Deleted => p.deleted,
        Status::Moved => p.theme.moved,
    }
}

fn rows_ui(ui: &mut Ui, state: &mut CompareState) {
    let width = ui.available_width();
    let gutter = 110.0;
    let pad = 12.0;
    let col = ((width - gutter - 3.0 * pad) / 2.0).max(120.0);
    let key = (
        width.round() as u32,
        (ui.ctx().pixels_per_point() * 100.0) as u32,
        ui.visuals().dark_mode,
    );
    if state.layout_key != Some(key) {
        state.list.invalidate();
        state.layout_key = Some(key);
    }
    let ctx = ui.ctx().clone();
    let palette = Palette::new(ui);
    let old_style = style(ui, &state.old);
    let new_style = style(ui, &state.new);
    let gutter_style = TextStyle {
        size: 12.0,
        line_height: 18.0,
        ..old_style.clone()
    };
    // A row: its gutter (refs and status) laid out, and its height.
    let finish_row = |ctx: &egui::Context,
                      gutter_text: String,
                      gutter_color: Color32,
                      left: RichLayout,
                      right: RichLayout,
                      single: bool,
                      tips: Vec<String>,
                      body: String|
     -> (RowLayout, f32) {
        let mut format = gutter_style.format(false, false);
        format.color = gutter_color;
        format.font_id = FontId::new(12.0, fonts::family_for(None, false, false));
        let label = gutter_text.replace('\n', " ");
        let speech = if body.is_empty() {
            label.clone()
        } else {
            format!("{label}: {body}")
        };
        let gutter_layout = rich_text::layout(
            ctx,
            &[Segment {
                text: gutter_text,
                format,
                tag: None,
            }],
            false,
            gutter - pad,
        );
        let height = left
            .size()
            .y
            .max(right.size().y)
            .max(gutter_layout.size().y)
            + 14.0;
        (
            RowLayout {
                label,
                speech,
                gutter: gutter_layout,
                left,
                right,
                single,
                tips,
                fold: false,
            },
            height,
        )
    };
    let fold_style = gutter_style.clone();
    let CompareState {
        old,
        new,
        mode,
        result,
        pairs,
        shown,
        folds,
        current,
        focus_row,
        list,
        tracked,
        show,
        ..
    } = state;
    let unfold = std::cell::Cell::new(None);
    let current = *current;
    let mode = *mode;
    let single = mode == Mode::Changes && *show != Show::WithChanges;
    let show = *show;
    let tracked = *tracked;
    let result = result.clone();
    let layout = |k: usize| -> (RowLayout, f32) {
        let index = shown.get(k).copied().unwrap_or(0);
        if let Some(count) = folds.get(k).copied().flatten() {
            let label = t!("compare-fold", count = count);
            let mut format = fold_style.format(false, false);
            format.color = palette.weak;
            format.font_id = FontId::new(13.0, fonts::family_for(None, false, false));
            let text = rich_text::layout(
                &ctx,
                &[Segment {
                    text: label.clone(),
                    format,
                    tag: None,
                }],
                false,
                width,
            );
            let empty = column(&ctx, old, String::new(), Vec::new(), &old_style, col, None);
            return (
                RowLayout {
                    speech: label.clone(),
                    label,
                    gutter: text,
                    left: empty.clone(),
                    right: empty,
                    single: true,
                    tips: Vec::new(),
                    fold: true,
                },
                FOLD_HEIGHT,
            );
        }
        let mut tips: Vec<String> = Vec::new();
        // The row's words for a screen reader.
        let mut body = String::new();
        let (gutter_text, gutter_color, left, right) = match (mode, &result) {
            (Mode::Parallel, _) => {
                let (a, b) = pairs.get(index).copied().unwrap_or_default();
                let refs = |doc: &Document, i: Option<usize>| {
                    i.and_then(|i| doc.paragraphs.get(i))
                        .map(|p| p.reference.clone())
                };
                let label = match (refs(old, a), refs(new, b)) {
                    (Some(x), Some(y)) if x == y => x,
                    (Some(x), Some(y)) => format!("{x} | {y}"),
                    (Some(x), None) | (None, Some(x)) => x,
                    (None, None) => String::new(),
                };
                body = [(&**old, a), (&**new, b)]
                    .iter()
                    .filter(|(_, i)| i.is_some())
                    .map(|&(doc, i)| {
                        let text = text_of(doc, Target::Paragraph, i);
                        match doc.meta.language {
                            Some(l) => format!("{}: {text}", l.native_name()),
                            None => text.to_string(),
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(" — ");
                let runs = |doc: &Document, i: Option<usize>| {
                    vec![(
                        text_of(doc, Target::Paragraph, i).to_string(),
                        Color32::TRANSPARENT,
                        false,
                        None,
                    )]
                };
                (
                    label,
                    palette.weak,
                    column(
                        &ctx,
                        old,
                        number_prefix(old, Target::Paragraph, a),
                        runs(old, a),
                        &old_style,
                        col,
                        a,
                    ),
                    column(
                        &ctx,
                        new,
                        number_prefix(new, Target::Paragraph, b),
                        runs(new, b),
                        &new_style,
                        col,
                        b,
                    ),
                )
            }
            (Mode::Changes, Some(cmp)) => {
                let Some(row) = cmp.rows.get(index) else {
                    let empty = column(&ctx, old, String::new(), Vec::new(), &old_style, col, None);
                    return (
                        RowLayout {
                            label: String::new(),
                            speech: String::new(),
                            gutter: empty.clone(),
                            left: empty.clone(),
                            right: empty,
                            single,
                            tips: Vec::new(),
                            fold: false,
                        },
                        0.0,
                    );
                };
                if single {
                    // Original or Final: one text across, as it reads.
                    let (doc, i, doc_style) = match show {
                        Show::Original => (&**old, row.old, &old_style),
                        _ => (&**new, row.new, &new_style),
                    };
                    let reference = match show {
                        Show::Original => row.old_ref.clone(),
                        _ => row.new_ref.clone(),
                    };
                    let text = text_of(doc, row.target, i).to_string();
                    let body = text.clone();
                    return finish_row(
                        &ctx,
                        reference.unwrap_or_default(),
                        palette.weak,
                        column(
                            &ctx,
                            doc,
                            number_prefix(doc, row.target, i),
                            vec![(text, Color32::TRANSPARENT, false, None)],
                            doc_style,
                            // One text across, at a length of line that reads well.
                            (2.0 * col + pad).min(MAX_LINE),
                            i.filter(|_| row.target == Target::Paragraph),
                        ),
                        column(&ctx, doc, String::new(), Vec::new(), doc_style, col, None),
                        true,
                        Vec::new(),
                        body,
                    );
                }
                // A Word draft's own changes say who made them, and when.
                let mut tag = |inserted: bool, text: &str| -> Option<u32> {
                    if !tracked || row.target != Target::Paragraph {
                        return None;
                    }
                    let paragraph = if inserted {
                        row.new.and_then(|i| new.paragraphs.get(i))
                    } else {
                        row.old.and_then(|i| old.paragraphs.get(i))
                    }?;
                    let change = tracked_change(new, inserted, &paragraph.id, text)?;
                    tips.push(change_tip(change));
                    Some(tips.len() as u32 - 1)
                };
                body = speech(row, old, new);
                let (left_runs, right_runs) = if row.changes.is_empty() {
                    let (lbg, rbg) = match row.status {
                        Status::Added => (Color32::TRANSPARENT, palette.theme.added_bg),
                        Status::Deleted => (palette.theme.deleted_bg, Color32::TRANSPARENT),
                        _ => (Color32::TRANSPARENT, Color32::TRANSPARENT),
                    };
                    let left = text_of(old, row.target, row.old).to_string();
                    let right = text_of(new, row.target, row.new).to_string();
                    let left_tag = (row.status == Status::Deleted)
                        .then(|| tag(false, &left))
                        .flatten();
                    let right_tag = (row.status == Status::Added)
                        .then(|| tag(true, &right))
                        .flatten();
                    (
                        vec![(left, lbg, row.status == Status::Deleted, left_tag)],
                        vec![(right, rbg, false, right_tag)],
                    )
                } else {
                    let mut l = Vec::new();
                    let mut r = Vec::new();
                    for c in &row.changes {
                        match c.op {
                            Op::Equal => {
                                l.push((
                                    c.old_text.clone().unwrap_or_else(|| c.text.clone()),
                                    Color32::TRANSPARENT,
                                    false,
                                    None,
                                ));
                                r.push((c.text.clone(), Color32::TRANSPARENT, false, None));
                            }
                            Op::Delete => l.push((
                                c.text.clone(),
                                palette.theme.delete_bg,
                                true,
                                tag(false, &c.text),
                            )),
                            Op::Insert => r.push((
                                c.text.clone(),
                                palette.theme.insert_bg,
                                false,
                                tag(true, &c.text),
                            )),
                        }
                    }
                    (l, r)
                };
                let refs = crate::diff::export::refs(row).replace("->", "→");
                let label = if row.status == Status::Unchanged {
                    refs
                } else {
                    format!("{refs}\n{}", status_name(row.status))
                };
                (
                    label,
                    status_color(row.status, &palette),
                    column(
                        &ctx,
                        old,
                        number_prefix(old, row.target, row.old),
                        left_runs,
                        &old_style,
                        col,
                        row.old.filter(|_| row.target == Target::Paragraph),
                    ),
                    column(
                        &ctx,
                        new,
                        number_prefix(new, row.target, row.new),
                        right_runs,
                        &new_style,
                        col,
                        row.new.filter(|_| row.target == Target::Paragraph),
                    ),
                )
            }
            (Mode::Changes, None) => (
                String::new(),
                palette.weak,
                column(&ctx, old, String::new(), Vec::new(), &old_style, col, None),
                column(&ctx, new, String::new(), Vec::new(), &new_style, col, None),
            ),
        };
        finish_row(
            &ctx,
            gutter_text,
            gutter_color,
            left,
            right,
            false,
            tips,
            body,
        )
    };
    let paint = |ui: &mut Ui, k: usize, row: &RowLayout, rect: Rect| {
        if row.fold {
            // "… 22 unchanged paragraphs …" across the row, between two rules: a click opens it.
            let id = ui.scope_id().with(("compare-fold", k));
            let r = ui
                .interact(rect.shrink2(Vec2::new(pad, 3.0)), id, Sense::click())
                .on_hover_cursor(egui::CursorIcon::PointingHand)
                .on_hover_text(t!("compare-fold-tip"));
            r.widget_info(|| WidgetInfo::labeled(Role::Button, true, &row.label));
            let painter = ui.painter();
            let fill = if r.hovered() || r.has_focus() {
                ui.visuals().widgets.hovered.weak_bg_fill
            } else {
                ui.visuals().faint_bg_color
            };
            painter.rect_filled(r.rect, 4.0, fill);
            let size = row.gutter.size();
            let at = egui::pos2(
                r.rect.center().x - size.x / 2.0,
                r.rect.center().y - size.y / 2.0,
            );
            row.gutter.paint(painter, at);
            if r.clicked() {
                unfold.set(Some(k));
            }
            return;
        }
        let painter = ui.painter();
        if current == Some(k) {
            painter.rect_filled(
                rect.shrink2(Vec2::new(2.0, 2.0)),
                4.0,
                palette.theme.current_row_bg,
            );
        }
        let top = rect.min + Vec2::new(0.0, 6.0);
        row.gutter.paint(painter, top + Vec2::new(pad, 2.0));
        let left_x = gutter;
        let right_x = gutter + col + pad;
        row.left.paint(painter, top + Vec2::new(left_x, 0.0));
        row.right.paint(painter, top + Vec2::new(right_x, 0.0));
        if !row.single {
            let sep_x = rect.min.x + right_x - pad / 2.0;
            painter.line_segment(
                [egui::pos2(sep_x, rect.min.y), egui::pos2(sep_x, rect.max.y)],
                Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color),
            );
        }
        // Focusable, so that the keyboard (and a screen reader) can be taken to a change.
        let r = ui.interact(
            rect,
            ui.scope_id().with(("compare-row", k)),
            Sense::focusable_noninteractive(),
        );
        r.widget_info(|| WidgetInfo::labeled(Role::Row, true, &row.speech));
        if *focus_row == Some(k) {
            r.request_focus();
            *focus_row = None;
        }
        // Who made the change under the pointer, and when.
        if !row.tips.is_empty()
            && let Some(pos) = r.hover_pos()
        {
            let left_origin = top + Vec2::new(left_x, 0.0);
            let right_origin = top + Vec2::new(right_x, 0.0);
            let tag = row
                .left
                .tag_at(pos - left_origin)
                .or_else(|| row.right.tag_at(pos - right_origin));
            if let Some(tip) = tag.and_then(|t| row.tips.get(t as usize)) {
                r.on_hover_text_at_pointer(tip.as_str());
            }
        }
    };
    if let Some((left, right)) = column_captions(old, new, mode, tracked, single) {
        // Which text each column is: the older on the left.
        let (rect, _) = ui.allocate_exact_size(Vec2::new(width, 20.0), Sense::hover());
        for (text, x) in [(left, gutter), (right, gutter + col + pad)] {
            let at = Rect::from_min_size(rect.min + Vec2::new(x, 0.0), Vec2::new(col, 20.0));
            let text = crate::ui::bidi::message_line(text);
            let label = egui::Label::new(RichText::new(text).color(palette.weak)).truncate();
            ui.scope_builder(egui::UiBuilder::new().max_rect(at), |ui| ui.add(label));
        }
    }
    // Rows out of view are told to a screen reader too, with the ids they have when drawn.
    let describe = |ui: &mut Ui, k: usize, row: Option<&RowLayout>, rect: Rect| {
        let Some(row) = row else { return };
        if row.fold {
            let id = ui.scope_id().with(("compare-fold", k));
            let r = ui.interact(rect, id, Sense::click());
            r.widget_info(|| WidgetInfo::labeled(Role::Button, true, &row.label));
            if r.clicked() {
                unfold.set(Some(k));
            }
        } else if !row.speech.is_empty() {
            let id = ui.scope_id().with(("compare-row", k));
            let r = ui.interact(rect, id, Sense::focusable_noninteractive());
            r.widget_info(|| WidgetInfo::labeled(Role::Row, true, &row.speech));
        }
    };
    list.show_described(ui, "compare-rows", layout, paint, describe);
    if let Some(k) = unfold.get() {
        state.unfold(k);
    }
}

/// What the two columns are, above them: the older and the newer text (with the date each
/// was adopted), the text before and after a Word draft's tracked changes, or the two
/// language versions read in parallel. None when one text is shown across.
fn column_captions(
    old: &Document,
    new: &Document,
    mode: Mode,
    tracked: bool,
    single: bool,
) -> Option<(String, String)> {
    let name = |d: &Document| {
        let mut name = d.display_name();
        if let Some(language) = d.meta.language {
            name.push_str(" · ");
            name.push_str(language.native_name());
        }
        if let Some(date) = d.meta.adopted.as_deref() {
            let date = crate::i18n::date(crate::i18n::locale(), date);
            name.push_str(" · ");
            name.push_str(&crate::logical_t!("header-adopted", date = &date));
        }
        name
    };
    match (mode, tracked) {
        _ if single => None,
        (Mode::Parallel, _) => Some((name(old), name(new))),
        (Mode::Changes, true) => Some((t!("compare-column-before"), t!("compare-column-after"))),
        (Mode::Changes, false) => Some((
            t!("compare-column-older", document = &name(old)),
            t!("compare-column-newer", document = &name(new)),
        )),
    }
}

/// The tracked change of a Word draft that a run of its comparison stands for: in the same
/// paragraph (after the changes for an insertion, before them for a deletion), whose text
/// holds the run's; else the first such change there.
fn tracked_change<'d>(
    doc: &'d Document,
    inserted: bool,
    paragraph: &str,
    text: &str,
) -> Option<&'d TrackedChange> {
    let changes = &doc.revisions.as_ref()?.changes;
    let squeeze = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let wanted = squeeze(text);
    let mut here = changes.iter().filter(|c| {
        let at = if inserted {
            &c.paragraph
        } else {
            &c.original_paragraph
        };
        c.kind.in_final() == inserted && at.as_deref() == Some(paragraph)
    });
    let first = here.clone().next();
    here.find(|c| {
        !wanted.is_empty()
            && !c.text.is_empty()
            && (c.text.contains(&wanted) || wanted.contains(&c.text))
    })
    .or(first)
}

/// What hovering a change says: `Inserted by Austria, 2026-11-23 09:00`.
fn change_tip(change: &TrackedChange) -> String {
    let author = if change.author.is_empty() {
        t!("compare-unnamed-author")
    } else {
        change.author.clone()
    };
    let tip = match change.kind {
        ChangeKind::Inserted => t!("compare-change-inserted", author = &author),
        ChangeKind::Deleted => t!("compare-change-deleted", author = &author),
        ChangeKind::MovedFrom => t!("compare-change-moved-from", author = &author),
        ChangeKind::MovedTo => t!("compare-change-moved-to", author = &author),
    };
    match change.date.as_deref() {
        Some(d) => {
            let date = match (d.get(..10), d.get(11..16)) {
                (Some(day), Some(time)) => format!("{day} {time}"),
                _ => d.to_string(),
            };
            t!("compare-change-dated", change = &tip, date = &date)
        }
        None => tip,
    }
}

/// What changed, as lines a delegate pastes into a report, in the interface's language (in
/// English, word for word [`diff::digest::Digest::to_text`]).
fn digest_text(d: &diff::digest::Digest, old: &Document, new: &Document) -> String {
    let mut out = String::new();
    for (i, line) in d.lines(crate::i18n::locale(), old, new).iter().enumerate() {
        if i > 0 {
            out.push_str("- ");
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// What changed, in a few lines a delegate can paste into a report, with a Copy button.
fn digest_ui(ui: &mut Ui, digest: &str, out: &mut Vec<Command>) {
    egui::CollapsingHeader::new(t!("compare-summary-for-report"))
        .id_salt("compare-digest")
        .default_open(true)
        .show(ui, |ui| {
            // The digest is kept as written (it is copied); shown in the window's direction.
            let shown =
                |line: &str| crate::ui::bidi::visual_line(line, crate::i18n::locale().is_rtl());
            let mut lines = digest.lines();
            if let Some(first) = lines.next() {
                ui.horizontal(|ui| {
                    ui.label(RichText::new(shown(first)).strong());
                    if ui
                        .small_button(t!("compare-copy"))
                        .on_hover_text(t!("compare-copy-tip"))
                        .clicked()
                    {
                        out.push(Command::Copy(digest.to_string()));
                    }
                });
            }
            for line in lines {
                ui.label(shown(line));
            }
        });
}

#[cfg(test)]
mod tests {

    /// A compared paragraph keeps its footnote markers, emphasis and citations, with the
    /// comparison's colours over them.
    #[test]
    fn compared_rows_keep_the_readers_marks() {
        let doc = crate::parse::parse_str(crate::ui::app::SAMPLE, None).unwrap();
        let style = TextStyle {
            language: doc.meta.language,
            size: 14.0,
            line_height: 20.0,
            color: Color32::BLACK,
            strong: Color32::BLACK,
            link: Color32::BLUE,
            match_bg: Color32::TRANSPARENT,
            current_match_bg: Color32::TRANSPARENT,
            highlight_bg: Color32::TRANSPARENT,
        };
        let compared = |p: &crate::document::Paragraph| {
            let cut = p.text.char_indices().nth(4).unwrap().0;
            let runs: Vec<Run> = vec![
                (p.text[..cut].to_string(), Color32::TRANSPARENT, false, None),
                (p.text[cut..].to_string(), Color32::GREEN, false, Some(0)),
            ];
            let segments = rich_runs(p, &runs, &style).expect("the runs spell the paragraph");
            assert!(
                segments
                    .iter()
                    .any(|s| s.format.background == Color32::GREEN && s.tag == Some(0)),
                "the inserted run keeps its colour and its tag"
            );
            segments
        };
        let with_note = doc
            .paragraphs
            .iter()
            .find(|p| !p.footnote_refs.is_empty())
            .unwrap();
        let segments = compared(with_note);
        assert!(
            segments
                .iter()
                .any(|s| s.tag.is_none()
                    && with_note.footnote_refs.iter().any(|r| r.marker == s.text)),
            "footnote markers are kept"
        );
        let citing = doc
            .paragraphs
            .iter()
            .find(|p| !p.citations.is_empty())
            .unwrap();
        assert!(
            compared(citing)
                .iter()
                .any(|s| s.format.color == Color32::BLUE),
            "citations look like links"
        );
        let p = citing;
        // Runs that do not spell the text (spacing ignored by the comparison): plain text.
        let other: Vec<Run> = vec![("something else".into(), Color32::TRANSPARENT, false, None)];
        assert!(rich_runs(p, &other, &style).is_none());
    }
    use super::*;
    use crate::document::{ChangeKind, Format, Revisions};

    fn change(kind: ChangeKind, text: &str, paragraph: &str) -> TrackedChange {
        TrackedChange {
            kind,
            author: "Brazil".into(),
            date: Some("2026-11-23T09:00:00Z".into()),
            text: text.into(),
            paragraph: Some(paragraph.into()),
            original_paragraph: Some(paragraph.into()),
        }
    }

    #[test]
    fn a_run_finds_the_change_it_stands_for_and_says_who_made_it() {
        let mut doc = Document::new(Format::Docx);
        doc.revisions = Some(Box::new(Revisions {
            original: Document::new(Format::Docx),
            changes: vec![
                change(ChangeKind::Deleted, "of last year", "op1"),
                change(ChangeKind::Inserted, "productive and", "op1"),
                change(ChangeKind::Inserted, "of the Secretary-General", "op1"),
            ],
        }));
        let c = tracked_change(&doc, true, "op1", " of the Secretary-General").unwrap();
        assert_eq!(c.text, "of the Secretary-General");
        let c = tracked_change(&doc, false, "op1", "last").unwrap();
        assert_eq!(c.kind, ChangeKind::Deleted);
        assert!(tracked_change(&doc, true, "op2", "anything").is_none());
        assert_eq!(change_tip(c), "Deleted by Brazil, 2026-11-23 09:00");
    }

    #[test]
    fn the_summary_for_a_report_reads_in_english_as_the_digest_does() {
        use crate::diff::digest::{Digest, VerbChange};
        crate::i18n::set_language(crate::document::Language::En);
        let mut old = Document::new(Format::Text);
        old.meta.symbol = Some("A/RES/74/28".into());
        let mut new = Document::new(Format::Text);
        new.meta.symbol = Some("A/RES/75/32".into());
        let full = Digest {
            added: vec!["PP16".into(), "OP5".into(), "OP6".into()],
            deleted: vec!["OP2".into()],
            moved: vec!["OP5 → OP7".into()],
            changed: vec!["PP1".into(), "OP3".into()],
            verbs: vec![
                VerbChange {
                    reference: "OP4".into(),
                    old: "Calls upon".into(),
                    new: "Urges".into(),
                    stronger: true,
                },
                VerbChange {
                    reference: "OP9".into(),
                    old: "Urges".into(),
                    new: "Encourages".into(),
                    stronger: false,
                },
            ],
            vote_then: Some("163–10–7".into()),
            vote_now: Some("without a vote".into()),
        };
        assert_eq!(digest_text(&full, &old, &new), full.to_text(&old, &new));
        let short = Digest {
            changed: vec!["OP1".into()],
            vote_now: Some("170–2–1".into()),
            ..Digest::default()
        };
        assert_eq!(digest_text(&short, &old, &new), short.to_text(&old, &new));
        assert_eq!(
            digest_text(&Digest::default(), &old, &new),
            "What changed from A/RES/74/28 to A/RES/75/32:\n"
        );
    }
}
