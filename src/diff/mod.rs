//! Comparing two documents: a draft with the adopted text, last year's resolution with this
//! year's, or any two resolutions in any mix of formats.
//!
//! Two layers, as in `similar`: paragraphs are aligned first ([`align`]: by content and
//! order, each part of the document on its own, moves detected), then each changed paragraph
//! is compared word by word, or character by character for Chinese ([`inline`]). Footnotes
//! are compared the same way and come last, as rows with references `FN1`, `FN2`...
//!
//! Everything here is pure and owned: [`compare`] can run on a worker thread and send its
//! [`Comparison`] back. A deadline bounds the work; past it, the comparison falls back to
//! whole paragraphs and says so in [`Comparison::notice`].
//!
//! Two language versions of one resolution are aligned (without comparing their words) by
//! [`align_languages`].

mod align;
pub mod digest;
pub mod export;
mod inline;
mod languages;
pub mod redline;

use crate::document::{Document, Paragraph, ParagraphKind, Part};
use serde::Serialize;
use std::collections::HashSet;
use std::time::Instant;

pub use inline::mostly_cjk;
pub use languages::align_languages;

/// How to compare.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Treat full-width and half-width punctuation as the same (`，` and `,`, `（` and `(`):
    /// punctuation is compared after NFKC folding, and the (non-breaking) hyphens of typeset
    /// text as `-`; letters, digits and dashes are left as written.
    pub ignore_punctuation_width: bool,
    /// Treat any run of whitespace as nothing: `a,b`, `a, b` and `a,\nb` are the same.
    pub ignore_whitespace: bool,
    /// Stop refining after this instant: the remaining changed paragraphs are shown whole
    /// (one `delete` and one `insert`) and [`Comparison::notice`] says so.
    pub deadline: Option<Instant>,
}

impl Options {
    /// How an export compares (a Word or PDF redline, a briefing's changes): whitespace
    /// ignored, punctuation width kept, and refined for at most 30 seconds from now.
    pub fn for_export() -> Options {
        Options {
            ignore_punctuation_width: false,
            ignore_whitespace: true,
            deadline: Instant::now().checked_add(std::time::Duration::from_secs(30)),
        }
    }
}

/// What happened to a paragraph or footnote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// The same text, perhaps under another number (`OP5 -> OP4`).
    Unchanged,
    /// The same paragraph, in the same order, with its text changed.
    Changed,
    /// Only in the new document.
    Added,
    /// Only in the old document.
    Deleted,
    /// Found elsewhere in the order of its part; its text may also have changed (then
    /// [`Row::changes`] holds the inline changes, as for a changed paragraph).
    Moved,
}

impl Status {
    /// The name used in `--json` output.
    pub fn name(self) -> &'static str {
        match self {
            Status::Unchanged => "unchanged",
            Status::Changed => "changed",
            Status::Added => "added",
            Status::Deleted => "deleted",
            Status::Moved => "moved",
        }
    }
}

/// What a row compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Target {
    /// [`Row::old`] and [`Row::new`] index [`Document::paragraphs`].
    Paragraph,
    /// [`Row::old`] and [`Row::new`] index [`Document::footnotes`].
    Footnote,
}

/// The kind of an inline change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    /// In both texts.
    Equal,
    /// Only in the old text.
    Delete,
    /// Only in the new text.
    Insert,
}

impl Op {
    /// The name used in `--json` output.
    pub fn name(self) -> &'static str {
        match self {
            Op::Equal => "equal",
            Op::Delete => "delete",
            Op::Insert => "insert",
        }
    }
}

/// A run of text inside a changed paragraph. The old text is the concatenation of the
/// `equal` and `delete` runs, the new text that of the `equal` and `insert` runs (see
/// [`old_text`] and [`new_text`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Change {
    pub op: Op,
    /// The text; for `equal`, as it stands in the new document.
    pub text: String,
    /// For `equal` runs that differ only in what the options ignore (whitespace, punctuation
    /// width): the old document's text. None when both are the same.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_text: Option<String>,
}

impl Change {
    /// A change whose text is the same in both documents.
    pub fn new(op: Op, text: impl Into<String>) -> Self {
        Change {
            op,
            text: text.into(),
            old_text: None,
        }
    }
}

/// The old text of a changed paragraph, rebuilt from its changes.
pub fn old_text(changes: &[Change]) -> String {
    changes
        .iter()
        .filter_map(|c| match c.op {
            Op::Equal => Some(c.old_text.as_deref().unwrap_or(&c.text)),
            Op::Delete => Some(c.text.as_str()),
            Op::Insert => None,
        })
        .collect()
}

/// The new text of a changed paragraph, rebuilt from its changes.
pub fn new_text(changes: &[Change]) -> String {
    changes
        .iter()
        .filter(|c| c.op != Op::Delete)
        .map(|c| c.text.as_str())
        .collect()
}

/// The inline changes between two texts (words, or characters for Chinese), under the
/// options. Past the options' deadline the texts come back whole: one `delete`, one `insert`.
pub fn diff_text(old: &str, new: &str, options: &Options) -> Vec<Change> {
    if options.deadline.is_some_and(|d| Instant::now() >= d) {
        return whole(old, new);
    }
    inline::changes(old, new, options, options.deadline).0
}

/// One line of a side-by-side comparison.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Row {
    pub status: Status,
    pub target: Target,
    /// Index in the old document (paragraphs or footnotes, see [`Row::target`]).
    pub old: Option<usize>,
    /// Index in the new document.
    pub new: Option<usize>,
    /// How delegates name the old paragraph (`OP5`, `FN2`).
    pub old_ref: Option<String>,
    /// How delegates name the new paragraph (`OP4`, `FN2`).
    pub new_ref: Option<String>,
    /// Inline changes, for `changed` rows and `moved` rows whose text changed; empty
    /// otherwise.
    pub changes: Vec<Change>,
}

impl Row {
    /// Whether the text differs (a changed row, or a moved one that was also edited).
    pub fn text_changed(&self) -> bool {
        self.changes.iter().any(|c| c.op != Op::Equal)
    }
}

/// How many rows have each status.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub unchanged: usize,
    pub changed: usize,
    pub added: usize,
    pub deleted: usize,
    pub moved: usize,
}

impl Summary {
    /// Counts the rows' statuses.
    pub fn of(rows: &[Row]) -> Summary {
        let mut summary = Summary::default();
        for row in rows {
            match row.status {
                Status::Unchanged => summary.unchanged += 1,
                Status::Changed => summary.changed += 1,
                Status::Added => summary.added += 1,
                Status::Deleted => summary.deleted += 1,
                Status::Moved => summary.moved += 1,
            }
        }
        summary
    }

    /// Whether anything differs.
    pub fn has_differences(&self) -> bool {
        self.changed + self.added + self.deleted + self.moved > 0
    }
}

impl std::fmt::Display for Summary {
    /// `1 added, 1 deleted, 3 changed, 1 moved`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} added, {} deleted, {} changed, {} moved",
            self.added, self.deleted, self.changed, self.moved
        )
    }
}

/// The result of comparing two documents.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Comparison {
    /// Paragraph rows in the new document's order, each deleted paragraph placed after the
    /// row of the paragraph that preceded it in the old document; then footnote rows, in the
    /// same way.
    pub rows: Vec<Row>,
    pub summary: Summary,
    /// True when the deadline passed (or the input was too large) and some of the work was
    /// done at paragraph level only.
    pub coarse: bool,
    /// Why the comparison is coarser than usual, for the user, in English.
    pub notice: Option<String>,
    /// The same, each sentence a message of the interface (see [`Comparison::localized_notice`]),
    /// and first, when the documents look unrelated, a warning saying so.
    #[serde(skip)]
    pub notices: Vec<crate::i18n::Text>,
    /// The documents look like two different texts, not two versions of one: few of their
    /// paragraphs have a counterpart.
    pub unrelated: bool,
}

impl Comparison {
    /// Why the comparison is coarser than usual, in the window's language, ready to show.
    pub fn localized_notice(&self) -> Option<String> {
        (!self.notices.is_empty()).then(|| {
            self.notices
                .iter()
                .map(crate::i18n::Text::localized)
                .collect::<Vec<_>>()
                .join(" ")
        })
    }
}

/// The group a paragraph is aligned within: its part of the document.
fn group(part: Part) -> u8 {
    match part {
        Part::Front => 0,
        Part::Preamble => 1,
        Part::Operative => 2,
        Part::Annex => 3,
    }
}

fn paragraph_item(p: &Paragraph) -> align::Item<'_> {
    align::Item {
        text: &p.text,
        group: group(p.part),
        kind: Some(p.kind),
    }
}

fn paragraph_ref(p: &Paragraph) -> String {
    if p.reference.is_empty() {
        p.id.clone()
    } else {
        p.reference.clone()
    }
}

/// Compares two documents paragraph by paragraph, then word by word inside changed ones.
pub fn compare(old: &Document, new: &Document, options: &Options) -> Comparison {
    let mut coarse = false;
    let mut timed_out = false;

    let old_items: Vec<align::Item<'_>> = old.paragraphs.iter().map(paragraph_item).collect();
    let new_items: Vec<align::Item<'_>> = new.paragraphs.iter().map(paragraph_item).collect();
    let paragraphs = align::align(&old_items, &new_items, options);
    coarse |= paragraphs.coarse;

    // A note on the cover (the sponsors of a draft, `* On behalf of …`; `* Reissued for
    // technical reasons`) is not the text: drafts and the adopted text differ there by design.
    let compared = |doc: &Document| -> Vec<usize> {
        (0..doc.footnotes.len())
            .filter(|&i| !is_cover_note(&doc.footnotes[i]))
            .collect()
    };
    let (old_kept, new_kept) = (compared(old), compared(new));
    let old_notes: Vec<align::Item<'_>> = old_kept
        .iter()
        .map(|&i| footnote_item(&old.footnotes[i]))
        .collect();
    let new_notes: Vec<align::Item<'_>> = new_kept
        .iter()
        .map(|&i| footnote_item(&new.footnotes[i]))
        .collect();
    let mut footnotes = align::align(&old_notes, &new_notes, options);
    coarse |= footnotes.coarse;
    for link in &mut footnotes.links {
        link.old = link.old.and_then(|i| old_kept.get(i).copied());
        link.new = link.new.and_then(|j| new_kept.get(j).copied());
    }
    pair_footnotes_by_place(&mut footnotes.links, &paragraphs.links, old, new);
    let unrelated = unrelated(&paragraphs.links, old, new);

    let mut rows = Vec::with_capacity(paragraphs.links.len() + footnotes.links.len());
    let texts = |i: Option<usize>, j: Option<usize>| {
        (
            i.and_then(|i| old.paragraphs.get(i))
                .map(|p| p.text.as_str()),
            j.and_then(|j| new.paragraphs.get(j))
                .map(|p| p.text.as_str()),
        )
    };
    for link in ordered(paragraphs.links, old.paragraphs.len()) {
        let (a, b) = texts(link.old, link.new);
        let mut row = make_row(link, Target::Paragraph, a, b, options, &mut timed_out);
        row.old_ref = link
            .old
            .and_then(|i| old.paragraphs.get(i))
            .map(paragraph_ref);
        row.new_ref = link
            .new
            .and_then(|j| new.paragraphs.get(j))
            .map(paragraph_ref);
        rows.push(row);
    }
    for link in ordered(footnotes.links, old.footnotes.len()) {
        let a = link.old.and_then(|i| old.footnotes.get(i));
        let b = link.new.and_then(|j| new.footnotes.get(j));
        let mut row = make_row(
            link,
            Target::Footnote,
            a.map(|f| f.text.as_str()),
            b.map(|f| f.text.as_str()),
            options,
            &mut timed_out,
        );
        row.old_ref = a.map(|f| format!("FN{}", f.marker));
        row.new_ref = b.map(|f| format!("FN{}", f.marker));
        rows.push(row);
    }

    let mut notices = Vec::new();
    if timed_out {
        notices.push(crate::text!("compare-notice-time-limit"));
    }
    if coarse {
        notices.push(crate::text!("compare-notice-too-large"));
    }
    let notice = (!notices.is_empty()).then(|| {
        notices
            .iter()
            .map(crate::i18n::Text::english)
            .collect::<Vec<_>>()
            .join(" ")
    });
    if unrelated {
        notices.insert(0, crate::text!("compare-notice-unrelated"));
    }
    Comparison {
        summary: Summary::of(&rows),
        rows,
        coarse: coarse || timed_out,
        notice,
        notices,
        unrelated,
    }
}

/// Footnotes whose texts are too different to pair (a short note rewritten: `A/65/201.`
/// became `A/66/152.`) are paired by where they are called from: the k-th footnote of two
/// paired paragraphs, when neither found a partner by its text.
fn pair_footnotes_by_place(
    notes: &mut Vec<align::Link>,
    paragraphs: &[align::Link],
    old: &Document,
    new: &Document,
) {
    let lone_old: HashSet<usize> = notes
        .iter()
        .filter(|l| l.new.is_none())
        .filter_map(|l| l.old)
        .collect();
    let lone_new: HashSet<usize> = notes
        .iter()
        .filter(|l| l.old.is_none())
        .filter_map(|l| l.new)
        .collect();
    if lone_old.is_empty() || lone_new.is_empty() {
        return;
    }
    let (mut used_old, mut used_new) = (HashSet::new(), HashSet::new());
    let mut pairs = Vec::new();
    for link in paragraphs {
        let (Some(a), Some(b)) = (
            link.old.and_then(|i| old.paragraphs.get(i)),
            link.new.and_then(|j| new.paragraphs.get(j)),
        ) else {
            continue;
        };
        for (x, y) in a.footnote_refs.iter().zip(&b.footnote_refs) {
            let (i, j) = (x.footnote, y.footnote);
            if lone_old.contains(&i)
                && lone_new.contains(&j)
                && !used_old.contains(&i)
                && !used_new.contains(&j)
            {
                used_old.insert(i);
                used_new.insert(j);
                pairs.push((i, j));
            }
        }
    }
    notes.retain(|l| match (l.old, l.new) {
        (Some(i), None) => !used_old.contains(&i),
        (None, Some(j)) => !used_new.contains(&j),
        _ => true,
    });
    notes.extend(pairs.into_iter().map(|(i, j)| align::Link {
        old: Some(i),
        new: Some(j),
        same: false,
        moved: false,
    }));
}

/// Whether the two documents look like different texts rather than two versions of one:
/// fewer than a quarter of the shorter one's numbered paragraphs have a counterpart.
fn unrelated(paragraphs: &[align::Link], old: &Document, new: &Document) -> bool {
    let numbered = |doc: &Document| {
        doc.paragraphs
            .iter()
            .filter(|p| p.kind != ParagraphKind::Other)
            .count()
    };
    let shorter = numbered(old).min(numbered(new));
    let paired = paragraphs
        .iter()
        .filter(|l| {
            l.old
                .and_then(|i| old.paragraphs.get(i))
                .is_some_and(|p| p.kind != ParagraphKind::Other)
                && l.new.is_some()
        })
        .count();
    shorter >= 3 && paired * 4 < shorter
}

/// A note called by an asterisk from no paragraph: on the title or the sponsors.
fn is_cover_note(f: &crate::document::Footnote) -> bool {
    f.referenced_from.is_empty() && !f.marker.is_empty() && f.marker.chars().all(|c| c == '*')
}

fn footnote_item(f: &crate::document::Footnote) -> align::Item<'_> {
    align::Item {
        text: &f.text,
        group: 0,
        kind: None,
    }
}

/// Builds a row; `timed_out` is set once the deadline has passed, after which changed texts
/// are no longer refined.
fn make_row(
    link: align::Link,
    target: Target,
    old: Option<&str>,
    new: Option<&str>,
    options: &Options,
    timed_out: &mut bool,
) -> Row {
    let mut status = match (link.old, link.new) {
        (Some(_), None) => Status::Deleted,
        (None, Some(_)) => Status::Added,
        _ if link.moved => Status::Moved,
        _ if link.same => Status::Unchanged,
        _ => Status::Changed,
    };
    let mut changes = Vec::new();
    if let (Some(a), Some(b)) = (old, new)
        && !link.same
    {
        if *timed_out || options.deadline.is_some_and(|d| Instant::now() >= d) {
            *timed_out = true;
            changes = whole(a, b);
        } else {
            let (found, late) = inline::changes(a, b, options, options.deadline);
            *timed_out |= late;
            changes = found;
        }
        if !changes.iter().any(|c| c.op != Op::Equal) {
            // Different only in what the options ignore.
            changes.clear();
            if status == Status::Changed {
                status = Status::Unchanged;
            }
        }
    }
    Row {
        status,
        target,
        old: link.old,
        new: link.new,
        old_ref: None,
        new_ref: None,
        changes,
    }
}

/// A changed paragraph shown whole: all of the old text deleted, all of the new inserted.
fn whole(old: &str, new: &str) -> Vec<Change> {
    let mut out = Vec::new();
    if !old.is_empty() {
        out.push(Change::new(Op::Delete, old));
    }
    if !new.is_empty() {
        out.push(Change::new(Op::Insert, new));
    }
    out
}

/// Puts links in display order: the new document's order, each deleted item right after the
/// row of the nearest preceding old item that kept its place.
fn ordered(links: Vec<align::Link>, old_len: usize) -> Vec<align::Link> {
    // Where each old item landed in the new document, for items that kept their order.
    let mut landed: Vec<Option<usize>> = vec![None; old_len];
    for link in &links {
        if let (Some(i), Some(j)) = (link.old, link.new)
            && !link.moved
            && let Some(slot) = landed.get_mut(i)
        {
            *slot = Some(j);
        }
    }
    let mut anchor_after: Vec<Option<usize>> = Vec::with_capacity(old_len);
    let mut last = None;
    for slot in &landed {
        anchor_after.push(last);
        if slot.is_some() {
            last = *slot;
        }
    }
    let mut keyed: Vec<((usize, u8, usize), align::Link)> = links
        .into_iter()
        .map(|link| {
            let key = match (link.old, link.new) {
                (_, Some(j)) => (j + 1, 0, 0),
                (Some(i), None) => {
                    let anchor = anchor_after.get(i).copied().flatten().map_or(0, |j| j + 1);
                    (anchor, 1, i)
                }
                (None, None) => (usize::MAX, 2, 0),
            };
            (key, link)
        })
        .collect();
    keyed.sort_by_key(|(key, _)| *key);
    keyed.into_iter().map(|(_, link)| link).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Format, ParagraphKind};

    fn op(n: usize, text: &str) -> Paragraph {
        let mut p = Paragraph::new(
            format!("op{n}"),
            ParagraphKind::Operative,
            Part::Operative,
            text,
        );
        p.reference = format!("OP{n}");
        p.number = Some(n.to_string());
        p
    }

    /// A document whose paragraphs each call one footnote, of these texts.
    fn with_notes(texts: &[&str], notes: &[&str]) -> Document {
        let mut d = doc(texts);
        for (k, (p, note)) in d.paragraphs.iter_mut().zip(notes).enumerate() {
            p.footnote_refs.push(crate::document::FootnoteRef {
                marker: (k + 1).to_string(),
                offset: p.text.len(),
                footnote: k,
            });
            d.footnotes.push(crate::document::Footnote {
                marker: (k + 1).to_string(),
                text: note.to_string(),
                styles: Vec::new(),
                citations: Vec::new(),
                referenced_from: vec![p.id.clone()],
            });
        }
        d
    }

    #[test]
    fn a_rewritten_short_footnote_is_changed_not_deleted_and_added() {
        let texts = [
            "Recalling its resolution on the subject, and the report of the Secretary-General,",
            "Decides to remain seized of the matter.",
        ];
        let old = with_notes(&texts, &["A/65/201.", "See A/74/120, annex."]);
        let new = with_notes(&texts, &["A/66/152.", "See A/74/120, annex."]);
        let cmp = compare(&old, &new, &Options::default());
        let notes: Vec<(Status, Option<&str>, Option<&str>)> = cmp
            .rows
            .iter()
            .filter(|r| r.target == Target::Footnote)
            .map(|r| (r.status, r.old_ref.as_deref(), r.new_ref.as_deref()))
            .collect();
        assert_eq!(
            notes,
            vec![
                (Status::Changed, Some("FN1"), Some("FN1")),
                (Status::Unchanged, Some("FN2"), Some("FN2")),
            ]
        );
        assert!(!cmp.unrelated);
    }

    #[test]
    fn two_unrelated_texts_are_said_to_be_so() {
        let old = doc(&[
            "Calls upon Member States to support the work of the Group of Governmental Experts,",
            "Requests the Secretary-General to report on information security,",
            "Decides to include in its provisional agenda the item on cyberspace,",
            "Invites Member States to inform the Secretary-General of their views,",
        ]);
        let new = doc(&[
            "Welcomes the progress made in the eradication of poverty in rural areas,",
            "Encourages donors to increase funding for agricultural development,",
            "Stresses the importance of sustainable food systems and nutrition,",
            "Decides to consider the question of food security at its next session,",
        ]);
        let cmp = compare(&old, &new, &Options::default());
        assert!(cmp.unrelated);
        assert_eq!(
            cmp.notices.first().map(|t| t.english()),
            Some(crate::text!("compare-notice-unrelated").english())
        );
        let mut edited = old.clone();
        edited.paragraphs[1].text =
            "Requests the Secretary-General to report to it on information security,".into();
        assert!(!compare(&old, &edited, &Options::default()).unrelated);
    }

    fn doc(texts: &[&str]) -> Document {
        let mut d = Document::new(Format::Text);
        d.paragraphs = texts
            .iter()
            .enumerate()
            .map(|(i, t)| op(i + 1, t))
            .collect();
        d
    }

    #[test]
    fn comparison_can_be_sent_to_another_thread() {
        fn assert_send<T: Send + Sync + 'static>() {}
        assert_send::<Comparison>();
        assert_send::<Options>();
    }

    #[test]
    fn deletion_sits_where_it_was_and_later_paragraphs_renumber() {
        let old = doc(&[
            "Welcomes the report of the Secretary-General",
            "Calls upon all States to become parties to the Convention",
            "Decides to remain seized of the matter",
        ]);
        let new = doc(&[
            "Welcomes the report of the Secretary-General",
            "Decides to remain seized of the matter",
        ]);
        let cmp = compare(&old, &new, &Options::default());
        let rows: Vec<(Status, Option<&str>, Option<&str>)> = cmp
            .rows
            .iter()
            .map(|r| (r.status, r.old_ref.as_deref(), r.new_ref.as_deref()))
            .collect();
        assert_eq!(
            rows,
            vec![
                (Status::Unchanged, Some("OP1"), Some("OP1")),
                (Status::Deleted, Some("OP2"), None),
                (Status::Unchanged, Some("OP3"), Some("OP2")),
            ]
        );
        assert_eq!(
            cmp.summary.to_string(),
            "0 added, 1 deleted, 0 changed, 0 moved"
        );
        assert_eq!(cmp.notice, None);
    }

    #[test]
    fn a_past_deadline_gives_whole_paragraphs_and_a_notice() {
        let old = doc(&["Requests the Secretary-General to report to the Assembly"]);
        let new = doc(&["Requests the Secretariat to report to the Assembly"]);
        let options = Options {
            deadline: Some(Instant::now()),
            ..Options::default()
        };
        let cmp = compare(&old, &new, &options);
        assert!(cmp.coarse);
        assert!(
            cmp.notice
                .as_deref()
                .is_some_and(|n| n.contains("time limit"))
        );
        assert_eq!(
            cmp.notice.as_deref(),
            Some(
                "The comparison ran past its time limit: some changed paragraphs are shown \
                 whole, without word-level changes."
            )
        );
        // The window says it in its language.
        crate::i18n::set_language(crate::document::Language::Zh);
        let chinese = cmp.localized_notice().unwrap_or_default();
        crate::i18n::set_language(crate::document::Language::En);
        assert!(chinese.contains("比较"), "{chinese}");
        assert_eq!(cmp.localized_notice(), cmp.notice);
        // Paragraphs are still aligned; only the word-level pass is cut short.
        assert_eq!(cmp.rows.len(), 1);
        assert_eq!(cmp.rows[0].status, Status::Changed);
        assert_eq!(
            cmp.rows[0].changes,
            vec![
                Change::new(Op::Delete, &old.paragraphs[0].text),
                Change::new(Op::Insert, &new.paragraphs[0].text)
            ]
        );
        assert_eq!(old_text(&cmp.rows[0].changes), old.paragraphs[0].text);
        assert_eq!(new_text(&cmp.rows[0].changes), new.paragraphs[0].text);
    }
}
