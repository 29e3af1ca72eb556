//! The second pass: what each item is (preambular, operative, sub-paragraph, other), its id
//! and reference, its parent and its section, from the order of the items and their labels.
//!
//! An operative paragraph is named by its printed number (`OP5` is printed `5.`), read with
//! its neighbours ([`numbering`]) so that a misprint or a quotation cannot shift the names of
//! the paragraphs after it; the text's own numbering decides what is operative, not the XML
//! container (a chapeau or the tail of the preamble can sit in the main body). Where numbering
//! restarts in each section, references carry the section (`II OP3`). Numbered paragraphs of
//! an annex are `Annex 12`. Preambular paragraphs, which are not numbered, count positions.
//! Sub-paragraph ids count positions too, so that they are the same in all six languages:
//! the first sub-paragraph of OP1 is `op1a` whether it is printed `(a)`, `а)` or `(أ)`.

use super::inline::Built;
use super::label::{Class, Label};
use super::reader::{DivisionNaming, Item, Lines, Role};
use crate::cite;
use crate::document::{
    Block, Paragraph, ParagraphKind, SectionLabel, Warning, roman_label, section_label,
    subparagraph_id,
};
use crate::parse::numbering::{self, Printed, Reading};
use std::collections::{HashMap, HashSet};

/// One level of lettered or numbered sub-paragraphs below the current PP or OP.
#[derive(Debug)]
struct Level {
    class: Class,
    /// How many have been seen at this level (the id counts these).
    count: u32,
    /// Index of the latest paragraph at this level.
    paragraph: usize,
}

/// Counters and context, reset at each division.
#[derive(Debug, Default)]
struct State {
    pp: u32,
    op: u32,
    other: u32,
    /// The PP or OP that flat sub-paragraphs belong to.
    top: Option<usize>,
    stack: Vec<Level>,
    /// The label of the section whose numbering the paragraphs follow (sectioned divisions).
    section_label: Option<SectionLabel>,
    section: Option<usize>,
    /// Open headings: level and paragraph index.
    headings: Vec<(u8, usize)>,
}

pub(super) struct Outline<'r> {
    naming: &'r [DivisionNaming],
    lines: &'r Lines<'r>,
    cite_ctx: cite::Context,
    pub paragraphs: Vec<Paragraph>,
    pub warnings: Vec<Warning>,
    ids: HashSet<String>,
    /// The paragraph each item became.
    item_paragraph: Vec<Option<usize>>,
    /// What the look over each division decided for each item.
    plans: Vec<Plan>,
    /// Divisions whose numbering restarts in each section: the kind of label sections have.
    sectioned: HashMap<usize, SectionLabel>,
    state: State,
}

/// What the look over a whole division decided for an item of its operative part or annex.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Plan {
    /// The item's role and label decide.
    AsRole,
    /// A paragraph of the printed sequence, known by this number.
    Numbered(u32),
    /// Numbered text quoted inside the resolution: not one of its paragraphs.
    Quoted,
    /// Unnumbered text among the preambular paragraphs that ends like one of them.
    PreambleTail,
    /// A line that reads as a heading (short, without closing punctuation, or a section label).
    Heading,
    /// Unnumbered text where paragraphs are numbered: a chapeau (`Resolves that:`) or a
    /// continuation.
    Unnumbered,
    /// Unlabelled text after a numbered paragraph that ends with a colon: its sub-paragraphs,
    /// printed without their letters.
    UnlabelledSub,
    /// Text marked up as preamble that is the one unnumbered operative paragraph of its
    /// section (it ends as operative paragraphs do, and nothing follows it in the section).
    SoleOperative,
}

/// Which family of labels a class belongs to (sub-paragraph levels are told apart by family).
fn family(class: Class) -> u8 {
    match class {
        Class::Letter(_) => 1,
        Class::Roman(_) | Class::LetterOrRoman { .. } => 2,
        Class::Numeric(_) => 3,
        Class::Bullet => 4,
        Class::Number(_) | Class::Other => 5,
    }
}

/// The value a label counts (letters and numerals), if any.
fn value(class: Class) -> Option<u32> {
    match class {
        Class::Letter(v) | Class::Roman(v) | Class::Numeric(v) | Class::Number(v) => Some(v),
        _ => None,
    }
}

/// What goes inside the parentheses of a reference: the label as printed without its
/// brackets, or the position for bullets.
fn ref_label(label: Option<&Label>, class: Class, count: u32) -> String {
    match label {
        Some(label) if class != Class::Bullet => {
            let core = label.core();
            if core.is_empty() {
                count.to_string()
            } else {
                core
            }
        }
        _ => count.to_string(),
    }
}

impl<'r> Outline<'r> {
    pub fn new(
        naming: &'r [DivisionNaming],
        lines: &'r Lines<'r>,
        cite_ctx: cite::Context,
    ) -> Self {
        Outline {
            naming,
            lines,
            cite_ctx,
            paragraphs: Vec::new(),
            warnings: Vec::new(),
            ids: HashSet::new(),
            item_paragraph: Vec::new(),
            plans: Vec::new(),
            sectioned: HashMap::new(),
            state: State::default(),
        }
    }

    /// Turns the items into paragraphs.
    pub fn run(mut self, mut items: Vec<Item>) -> (Vec<Paragraph>, Vec<Warning>) {
        self.item_paragraph = vec![None; items.len()];
        self.plan(&items);
        let mut division = None;
        for i in 0..items.len() {
            let lookahead = needs_lookahead(items.get(i)) && roman_two_follows(&items, i);
            let Some(item) = items.get_mut(i) else {
                continue;
            };
            if division != Some(item.division) {
                division = Some(item.division);
                self.state = State::default();
            }
            let plan = self.plans.get(i).copied().unwrap_or(Plan::AsRole);
            let paragraph = self.item(item, plan, lookahead);
            if let Some(slot) = self.item_paragraph.get_mut(i) {
                *slot = Some(paragraph);
            }
        }
        (self.paragraphs, self.warnings)
    }

    /// Looks over each division before naming anything: which printed numbers form the
    /// sequence, which unnumbered lines are headings, chapeaux or the tail of the preamble,
    /// and whether numbering restarts in each section.
    fn plan(&mut self, items: &[Item]) {
        self.plans = vec![Plan::AsRole; items.len()];
        let mut order: Vec<usize> = Vec::new();
        let mut by_division: HashMap<usize, Vec<usize>> = HashMap::new();
        for (i, item) in items.iter().enumerate() {
            by_division
                .entry(item.division)
                .or_insert_with(|| {
                    order.push(item.division);
                    Vec::new()
                })
                .push(i);
        }
        for division in order {
            if let Some(indices) = by_division.get(&division) {
                self.plan_division(items, division, indices);
            }
        }
    }

    fn plan_division(&mut self, items: &[Item], division: usize, indices: &[usize]) {
        let annex = self.naming.get(division).is_some_and(|n| n.annex);
        let mut heading_like: HashSet<usize> = HashSet::new();
        let mut candidates: Vec<usize> = Vec::new();
        let mut printed: Vec<Printed> = Vec::new();
        let mut after_heading = false;
        let mut after_colon = false;
        for &i in indices {
            let Some(item) = items.get(i) else { continue };
            let colon = item.built.text.trim_end().ends_with([':', '：']);
            match (&item.role, item.label.as_ref()) {
                (Role::Heading { .. }, _) => after_heading = true,
                (Role::Body, None) if looks_like_heading(&item.built) => {
                    heading_like.insert(i);
                    after_heading = true;
                }
                (Role::Body, Some(label)) => match label.class {
                    Class::Number(number) => {
                        candidates.push(i);
                        printed.push(Printed {
                            number,
                            after_heading,
                            after_colon,
                        });
                        after_heading = false;
                    }
                    Class::Other if section_label(&label.printed).is_some() => {
                        heading_like.insert(i);
                        after_heading = true;
                    }
                    _ => {}
                },
                _ => {}
            }
            after_colon = colon;
        }
        let readings = numbering::read(&printed);
        if !readings
            .iter()
            .any(|r| matches!(r, Reading::Paragraph { .. }))
        {
            // Nothing is numbered: unnumbered paragraphs are the operative ones. A resolution
            // has at least one: where the markup puts its only operative paragraph in the
            // preamble (it does not end with a comma as preambular paragraphs do), it is that.
            let preambular: Vec<usize> = indices
                .iter()
                .copied()
                .filter(|&i| {
                    items
                        .get(i)
                        .is_some_and(|it| matches!(it.role, Role::Preambular))
                })
                .collect();
            // Body text other than sub-paragraphs (`㈠`, `(a)`) that continue the last one.
            let has_body = indices.iter().any(|&i| {
                items.get(i).is_some_and(|it| {
                    matches!(it.role, Role::Body)
                        && it
                            .label
                            .as_ref()
                            .is_none_or(|l| matches!(l.class, Class::Number(_) | Class::Other))
                })
            });
            if !annex
                && !has_body
                && preambular.len() > 1
                && let Some(&last) = preambular.last()
                && items
                    .get(last)
                    .is_some_and(|it| !ends_like_preamble(&it.built.text))
            {
                self.plans[last] = Plan::SoleOperative;
            }
            // A short line without closing punctuation is no operative paragraph even here
            // (a meeting line such as `Primera sesión plenaria` that the markup put in the
            // body), as long as something else is.
            let sentences = indices
                .iter()
                .filter(|&&i| {
                    items.get(i).is_some_and(|it| {
                        matches!(it.role, Role::Body)
                            && it.label.is_none()
                            && !heading_like.contains(&i)
                    })
                })
                .count();
            if annex {
                self.lost_numbers(items, indices, &heading_like);
            }
            if !annex && sentences > 0 {
                for &i in &heading_like {
                    if items
                        .get(i)
                        .is_some_and(|it| matches!(it.role, Role::Body) && it.label.is_none())
                    {
                        self.plans[i] = Plan::Unnumbered;
                    }
                }
            }
            return;
        }
        let is_heading = |j: usize| {
            heading_like.contains(&j)
                || items
                    .get(j)
                    .is_some_and(|it| matches!(it.role, Role::Heading { .. }))
        };
        let mut previous: Option<usize> = None;
        let mut section_kind: Option<SectionLabel> = None;
        let mut unlabelled_restart = None;
        for (&i, reading) in candidates.iter().zip(&readings) {
            let Reading::Paragraph {
                number,
                restart,
                fault,
            } = *reading
            else {
                self.plans[i] = Plan::Quoted;
                continue;
            };
            self.plans[i] = Plan::Numbered(number);
            let offset = items.get(i).map_or(0, |it| it.offset);
            if let Some(fault) = fault {
                self.warnings.push(Warning::at_line(
                    fault.message(number),
                    self.lines.line(offset),
                ));
            }
            if restart {
                let after = previous.unwrap_or(0);
                let label = indices
                    .iter()
                    .filter(|&&j| j > after && j < i && is_heading(j))
                    .find_map(|&j| section_label(&items.get(j)?.built.text).map(|(l, _)| l));
                match label {
                    Some(label) => {
                        section_kind.get_or_insert(label);
                    }
                    None => unlabelled_restart = unlabelled_restart.or(Some(offset)),
                }
            }
            previous = Some(i);
        }
        if let Some(kind) = section_kind {
            self.sectioned.insert(division, kind);
        }
        if let Some(offset) = unlabelled_restart {
            self.warnings.push(Warning::at_line(
                crate::text!("warning-restart-without-heading"),
                self.lines.line(offset),
            ));
        }
        if annex {
            // In an annex whose numbering restarts in each section (`Rule 8`, `第8条`), the
            // section lines name the paragraphs after them, whatever their markup.
            if let Some(kind) = section_kind {
                for &i in indices {
                    let labelled = items.get(i).is_some_and(|it| {
                        matches!(it.role, Role::Body)
                            && section_label(&it.built.text).is_some_and(|(l, _)| l.same_kind(kind))
                    });
                    if labelled && heading_like.contains(&i) && self.plans[i] == Plan::AsRole {
                        self.plans[i] = Plan::Heading;
                    }
                }
                self.lost_section_numbers(items, indices, &heading_like);
            }
            self.unlabelled_points(items, indices, &heading_like);
            return;
        }
        // Where numbering restarts in each section, a section that numbers nothing has its
        // one operative paragraph unnumbered (as a resolution with a single one does).
        let mut segment = 0usize;
        let mut segments: HashMap<usize, usize> = HashMap::new();
        let mut numbered_segments: HashSet<usize> = HashSet::new();
        for &i in indices {
            let Some(item) = items.get(i) else { continue };
            if let Some(kind) = section_kind
                && is_heading(i)
                && section_label(&item.built.text).is_some_and(|(l, _)| l.same_kind(kind))
            {
                segment += 1;
            }
            segments.insert(i, segment);
            if matches!(self.plans[i], Plan::Numbered(_)) {
                numbered_segments.insert(segment);
            }
        }
        // A section that numbers nothing and ends with text marked up as preamble, which ends
        // as an operative paragraph does: that text is the section's operative paragraph.
        for (k, &i) in indices.iter().enumerate() {
            let Some(item) = items.get(i) else { continue };
            let preamble = matches!(item.role, Role::Preambular | Role::SectionPreamble);
            let numbered = segments
                .get(&i)
                .is_some_and(|seg| numbered_segments.contains(seg));
            if !preamble || numbered || !ends_like_operative(&item.built.text) {
                continue;
            }
            let next = indices[k + 1..].iter().find(|&&j| {
                !items
                    .get(j)
                    .is_some_and(|it| matches!(it.role, Role::Point { .. }))
            });
            if next.is_none_or(|&j| is_heading(j)) {
                self.plans[i] = Plan::SoleOperative;
            }
        }
        // The last line of the preamble, when it ends with a colon and numbered paragraphs
        // follow, is their chapeau (`Resolves that:`), as other language versions mark it up.
        let first_body = indices
            .iter()
            .position(|&i| items.get(i).is_some_and(|it| matches!(it.role, Role::Body)));
        if let Some(first_body) = first_body
            && let Some(&last) = indices[..first_body].last()
            && let Some(item) = items.get(last)
            && matches!(item.role, Role::Preambular)
            && item.built.text.trim_end().ends_with([':', '：'])
            && matches!(self.plans.get(indices[first_body]), Some(Plan::Numbered(_)))
        {
            self.plans[last] = Plan::Unnumbered;
        }
        // Unnumbered text where paragraphs are numbered is never an operative paragraph.
        let mut numbered_since_heading = false;
        let mut after_preamble = false;
        // A numbered paragraph ending with a colon, whose list of sub-paragraphs may follow.
        let mut list_open = false;
        for &i in indices {
            let Some(item) = items.get(i) else { continue };
            let colon = item.built.text.trim_end().ends_with([':', '：']);
            if !matches!(item.role, Role::Body) {
                list_open = false;
            }
            match item.role {
                Role::Heading { .. } => numbered_since_heading = false,
                Role::Preambular | Role::SectionPreamble => after_preamble = true,
                Role::Body => match self.plans[i] {
                    Plan::Numbered(_) => {
                        numbered_since_heading = true;
                        after_preamble = false;
                        list_open = colon;
                    }
                    Plan::AsRole
                        if list_open
                            && item.label.is_none()
                            && !heading_like.contains(&i)
                            && !colon =>
                    {
                        self.plans[i] = Plan::UnlabelledSub;
                    }
                    Plan::AsRole if heading_like.contains(&i) => {
                        self.plans[i] = Plan::Heading;
                        numbered_since_heading = false;
                        list_open = false;
                    }
                    Plan::AsRole
                        if item.label.as_ref().is_some_and(|l| l.printed.trim() == "*") =>
                    {
                        // `*` marks a footnote printed as a line of the text.
                        self.plans[i] = Plan::Unnumbered;
                    }
                    Plan::AsRole if item.label.is_none() => {
                        let tail = !numbered_since_heading
                            && after_preamble
                            && ends_like_preamble(&item.built.text);
                        let numbered = segments
                            .get(&i)
                            .is_some_and(|seg| numbered_segments.contains(seg));
                        if tail {
                            self.plans[i] = Plan::PreambleTail;
                        } else if numbered {
                            self.plans[i] = Plan::Unnumbered;
                        }
                        after_preamble = tail;
                    }
                    _ => list_open = false,
                },
                _ => {}
            }
        }
    }

    /// An annex whose paragraphs Word numbered itself, converted without their numbers: no
    /// paragraph carries a number, and the paragraphs start at the margin where the template
    /// indents every paragraph it does not number with a tab. They are counted as printed.
    fn lost_numbers(&mut self, items: &[Item], indices: &[usize], heading_like: &HashSet<usize>) {
        let flush = |i: usize| {
            items.get(i).is_some_and(|it| {
                matches!(it.role, Role::Body)
                    && it.label.is_none()
                    && it.flush
                    && !heading_like.contains(&i)
            })
        };
        let indented = |i: usize| {
            items
                .get(i)
                .is_some_and(|it| matches!(it.role, Role::Body) && it.label.is_none() && !it.flush)
        };
        let paragraphs: Vec<usize> = indices.iter().copied().filter(|&i| flush(i)).collect();
        let others = indices.iter().filter(|&&i| indented(i)).count();
        // Runs of them, not lines each under a heading of its own (a list of posts), and most
        // of the text.
        let run = indices.windows(3).any(|w| w.iter().all(|&i| flush(i)));
        if paragraphs.len() < 3 || !run || others > paragraphs.len() {
            return;
        }
        self.number_as_printed(items, &paragraphs, "warning-annex-numbered-by-word");
    }

    /// Numbers `paragraphs` 1, 2, 3… as Word printed them, saying so (`key`: of an annex's or
    /// a section's paragraphs).
    fn number_as_printed(&mut self, items: &[Item], paragraphs: &[usize], key: &'static str) {
        for (k, &i) in paragraphs.iter().enumerate() {
            if let Some(plan) = self.plans.get_mut(i) {
                *plan = Plan::Numbered(u32::try_from(k + 1).unwrap_or(u32::MAX));
            }
        }
        if let Some(first) = paragraphs.first().and_then(|&i| items.get(i)) {
            let n = paragraphs.len();
            self.warnings.push(Warning::at_line(
                crate::text!(key, count = n),
                self.lines.line(first.offset),
            ));
        }
    }

    /// In an annex: lines without a label after a sub-paragraph that ends with a colon are its
    /// points, printed without their bullets (75/284 in Chinese). After a numbered paragraph
    /// they are text of its own (the timetable below `to be held as follows:`).
    fn unlabelled_points(
        &mut self,
        items: &[Item],
        indices: &[usize],
        heading_like: &HashSet<usize>,
    ) {
        let mut list_open = false;
        for &i in indices {
            let Some(item) = items.get(i) else { continue };
            let colon = item.built.text.trim_end().ends_with([':', '：']);
            if !matches!(item.role, Role::Body) || heading_like.contains(&i) {
                list_open = false;
                continue;
            }
            match (self.plans[i], item.label.as_ref()) {
                (Plan::AsRole, Some(label)) => {
                    list_open = colon && !matches!(label.class, Class::Number(_) | Class::Other);
                }
                (Plan::AsRole, None) if list_open && !colon => {
                    self.plans[i] = Plan::UnlabelledSub;
                }
                _ => list_open = false,
            }
        }
    }

    /// A section of a sectioned annex (`Article 39`) whose two or more paragraphs Word
    /// numbered itself, converted without their numbers, where the other sections keep theirs
    /// (75/212 in French): the paragraphs start at the margin, without the tab of unnumbered
    /// text. Counted as printed.
    fn lost_section_numbers(
        &mut self,
        items: &[Item],
        indices: &[usize],
        heading_like: &HashSet<usize>,
    ) {
        let mut sections: Vec<Vec<usize>> = vec![Vec::new()];
        for &i in indices {
            if self.plans[i] == Plan::Heading
                || items
                    .get(i)
                    .is_some_and(|it| matches!(it.role, Role::Heading { .. }))
            {
                sections.push(Vec::new());
            } else if let Some(section) = sections.last_mut() {
                section.push(i);
            }
        }
        // The last section runs on into the closing lines of an agreement (`Done at [place]…`),
        // which are not numbered: it is left as it is.
        sections.pop();
        for section in sections {
            let body: Vec<usize> = section
                .iter()
                .copied()
                .filter(|&i| {
                    items.get(i).is_some_and(|it| matches!(it.role, Role::Body))
                        && !heading_like.contains(&i)
                })
                .collect();
            let unnumbered = body.iter().all(|&i| {
                self.plans[i] == Plan::AsRole
                    && items
                        .get(i)
                        .is_some_and(|it| it.label.is_none() && it.flush)
            });
            if body.len() < 2 || !unnumbered {
                continue;
            }
            self.number_as_printed(items, &body, "warning-section-numbered-by-word");
        }
    }

    fn item(&mut self, item: &mut Item, plan: Plan, lookahead: bool) -> usize {
        let annex = self
            .naming
            .get(item.division)
            .is_some_and(|naming| naming.annex);
        let role = std::mem::replace(&mut item.role, Role::Text);
        match (role, plan) {
            (Role::Body, Plan::Numbered(n)) if annex => self.annex_paragraph(item, n),
            (Role::Body, Plan::Numbered(n)) => self.operative(item, n),
            (Role::Body, Plan::Quoted | Plan::Unnumbered) => self.other(item, Block::Text),
            (Role::Body, Plan::PreambleTail) => self.preambular(item),
            (Role::Body, Plan::UnlabelledSub) if self.state.top.is_some() => {
                self.flat_sub(item, Class::Bullet)
            }
            (Role::Preambular, Plan::Unnumbered) => self.other(item, Block::Text),
            (Role::Preambular | Role::SectionPreamble, Plan::SoleOperative) => {
                self.unnumbered_operative(item)
            }
            (Role::Body, Plan::Heading) => {
                let level = if self.labelled_section(&item.built.text).is_some() {
                    1
                } else {
                    2
                };
                self.heading(item, level)
            }
            (Role::Preambular | Role::SectionPreamble, _) if !annex => self.preambular(item),
            (Role::Heading { level }, _) => self.heading(item, level),
            (Role::Table(table), _) => self.other(item, Block::Table(table)),
            (Role::Preambular | Role::SectionPreamble | Role::Text, _) => {
                self.other(item, Block::Text)
            }
            (Role::Body, _) => self.body(item, annex, lookahead),
            (Role::ListHeading { parent }, _) => {
                let depth = self
                    .item_paragraph
                    .get(parent)
                    .copied()
                    .flatten()
                    .and_then(|p| self.paragraphs.get(p))
                    .map_or(0, |p| p.depth.saturating_add(1));
                let index = self.other(item, Block::Text);
                if let Some(paragraph) = self.paragraphs.get_mut(index) {
                    paragraph.depth = depth;
                }
                index
            }
            (
                Role::Point {
                    parent,
                    ordinal,
                    class,
                },
                _,
            ) => {
                // Points below unnumbered annex text, or below nothing, are plain text.
                let parent = self.item_paragraph.get(parent).copied().flatten();
                let parent_kind = parent.and_then(|p| self.paragraphs.get(p)).map(|p| p.kind);
                match (parent, parent_kind) {
                    (Some(parent), Some(kind)) if kind != ParagraphKind::Other => {
                        self.sub(item, parent, class, ordinal)
                    }
                    _ => self.other(item, Block::Text),
                }
            }
        }
    }

    /// What ids and references of numbered paragraphs start with in the item's division and
    /// section: (`a-`, `A `) in part A, (`ii-`, `II `) in section II, (`annex-`, `Annex `).
    fn prefix(&self, item: &Item) -> (String, String) {
        let (mut id, mut reference) = self.division_prefix(item);
        if let Some(label) = self.state.section_label {
            let label = label.to_string();
            id.push_str(&label.to_lowercase());
            id.push('-');
            reference.push_str(&label);
            reference.push(' ');
        }
        (id, reference)
    }

    /// The part of [`Self::prefix`] that names the division.
    fn division_prefix(&self, item: &Item) -> (String, String) {
        match self.naming.get(item.division) {
            Some(n) if n.annex => {
                let several = self.naming.iter().filter(|d| d.annex).count() > 1;
                let ordinal = self
                    .naming
                    .iter()
                    .take(item.division + 1)
                    .filter(|d| d.annex)
                    .count();
                let reference = if several {
                    format!("Annex {} ", roman_label(ordinal as u32).to_uppercase())
                } else {
                    "Annex ".to_string()
                };
                (format!("{}-", n.id_prefix), reference)
            }
            Some(n) if !n.id_prefix.is_empty() => {
                (format!("{}-", n.id_prefix), n.ref_prefix.clone())
            }
            Some(n) => (String::new(), n.ref_prefix.clone()),
            None => (String::new(), String::new()),
        }
    }

    fn preambular(&mut self, item: &mut Item) -> usize {
        self.state.pp += 1;
        let (id_prefix, ref_prefix) = self.prefix(item);
        let id = format!("{id_prefix}pp{}", self.state.pp);
        let reference = format!("{ref_prefix}PP{}", self.state.pp);
        let index = self.make(
            item,
            id,
            reference,
            ParagraphKind::Preambular,
            None,
            None,
            0,
            Block::Text,
        );
        self.state.top = Some(index);
        self.state.stack.clear();
        index
    }

    /// An operative paragraph known by `number` (as printed, or as its neighbours show).
    fn operative(&mut self, item: &mut Item, number: u32) -> usize {
        let printed = item
            .label
            .as_ref()
            .map_or_else(|| number.to_string(), Label::number);
        self.top_paragraph(
            item,
            "op",
            "OP",
            number,
            Some(printed),
            ParagraphKind::Operative,
        )
    }

    /// An operative paragraph without a printed number, in a part that numbers none (a
    /// resolution with a single operative paragraph prints no number): named by position.
    fn unnumbered_operative(&mut self, item: &mut Item) -> usize {
        let number = self.state.op + 1;
        let printed = item.label.as_ref().map(Label::number);
        self.top_paragraph(item, "op", "OP", number, printed, ParagraphKind::Operative)
    }

    /// A numbered paragraph of an annex: `Annex 12`.
    fn annex_paragraph(&mut self, item: &mut Item, number: u32) -> usize {
        let printed = item
            .label
            .as_ref()
            .map_or_else(|| number.to_string(), Label::number);
        self.top_paragraph(item, "", "", number, Some(printed), ParagraphKind::Annex)
    }

    #[allow(clippy::too_many_arguments)]
    fn top_paragraph(
        &mut self,
        item: &mut Item,
        id_stem: &str,
        ref_stem: &str,
        number: u32,
        printed: Option<String>,
        kind: ParagraphKind,
    ) -> usize {
        self.state.op = number;
        let (id_prefix, ref_prefix) = self.prefix(item);
        let id = format!("{id_prefix}{id_stem}{number}");
        let reference = format!("{ref_prefix}{ref_stem}{number}");
        let index = self.make(item, id, reference, kind, printed, None, 0, Block::Text);
        self.state.top = Some(index);
        self.state.stack.clear();
        index
    }

    /// A section label that names the sections of this sectioned division.
    fn labelled_section(&self, text: &str) -> Option<SectionLabel> {
        let (label, _) = section_label(text)?;
        self.sectioned
            .values()
            .any(|kind| kind.same_kind(label))
            .then_some(label)
    }

    fn other(&mut self, item: &mut Item, block: Block) -> usize {
        self.state.other += 1;
        let (id_prefix, _) = self.division_prefix(item);
        let id = format!("{id_prefix}p{}", self.state.other);
        let number = item.label.as_ref().map(Label::number);
        self.make(
            item,
            id.clone(),
            id,
            ParagraphKind::Other,
            number,
            None,
            0,
            block,
        )
    }

    fn heading(&mut self, item: &mut Item, level: u8) -> usize {
        while self
            .state
            .headings
            .last()
            .is_some_and(|&(open, _)| open >= level)
        {
            self.state.headings.pop();
        }
        // A heading sits in the section of the heading above it.
        self.state.section = self.state.headings.last().map(|&(_, index)| index);
        // In a division whose numbering restarts in each section, a section heading starts the
        // counting again and names what follows.
        if let Some(kind) = self.sectioned.get(&item.division)
            && let Some((label, _)) = section_label(&item.built.text)
            && label.same_kind(*kind)
        {
            self.state.section_label = Some(label);
            self.state.pp = 0;
            self.state.op = 0;
            self.state.top = None;
            self.state.stack.clear();
        }
        let index = self.other(item, Block::Heading { level });
        self.state.headings.push((level, index));
        self.state.section = Some(index);
        index
    }

    /// A body paragraph that the plan left to its label: unnumbered operative text where no
    /// paragraph is numbered, a sub-paragraph printed as a paragraph of its own, or text.
    fn body(&mut self, item: &mut Item, annex: bool, roman_two_follows: bool) -> usize {
        let Some(label) = item.label.clone() else {
            return if annex {
                self.other(item, Block::Text)
            } else {
                self.unnumbered_operative(item)
            };
        };
        match label.class {
            Class::Number(_) | Class::Other => self.other(item, Block::Text),
            class => {
                let class = self.resolve(class, roman_two_follows);
                match self.state.top {
                    Some(_) => self.flat_sub(item, class),
                    None if annex => self.other(item, Block::Text),
                    None => {
                        self.warnings.push(Warning::at_line(
                            crate::text!("warning-subparagraph-first", label = &label.printed),
                            self.lines.line(item.offset),
                        ));
                        self.unnumbered_operative(item)
                    }
                }
            }
        }
    }

    /// `(i)`, `(v)`, `(x)`: a letter when it continues the letters, a roman numeral when it
    /// continues the numerals or starts them (`(h)` then `(i)` is a letter unless `(ii)` follows).
    fn resolve(&self, class: Class, roman_two_follows: bool) -> Class {
        let Class::LetterOrRoman { letter, roman } = class else {
            return class;
        };
        let last_value = |fam: u8| {
            self.state
                .stack
                .iter()
                .find(|l| family(l.class) == fam)
                .map(|l| value(l.class))
        };
        let letters = last_value(1);
        let romans = last_value(2);
        let roman_continues = romans.flatten().is_some_and(|v| v + 1 == roman);
        let roman_starts = roman == 1 && romans.is_none();
        let letter_continues = letters.flatten().is_some_and(|v| v + 1 == letter);
        if roman_continues {
            Class::Roman(roman)
        } else if letter_continues && roman_starts {
            if roman_two_follows {
                Class::Roman(roman)
            } else {
                Class::Letter(letter)
            }
        } else if letter_continues {
            Class::Letter(letter)
        } else if roman_starts || letters.is_none() {
            Class::Roman(roman)
        } else {
            Class::Letter(letter)
        }
    }

    /// A sub-paragraph printed as a paragraph of its own, nested by the family of its label.
    fn flat_sub(&mut self, item: &mut Item, class: Class) -> usize {
        let Some(top) = self.state.top else {
            return self.unnumbered_operative(item);
        };
        let fam = family(class);
        let position = self.state.stack.iter().position(|l| family(l.class) == fam);
        let (depth, count, parent) = match position {
            Some(k) => {
                self.state.stack.truncate(k + 1);
                let count = self.state.stack.get(k).map_or(1, |l| l.count + 1);
                let parent = match k.checked_sub(1) {
                    Some(above) => self.state.stack.get(above).map_or(top, |l| l.paragraph),
                    None => top,
                };
                (k + 1, count, parent)
            }
            None => {
                let parent = self.state.stack.last().map_or(top, |l| l.paragraph);
                (self.state.stack.len() + 1, 1, parent)
            }
        };
        let index = self.sub_at(item, parent, class, count, depth);
        let level = Level {
            class,
            count,
            paragraph: index,
        };
        match position.and_then(|k| self.state.stack.get_mut(k)) {
            Some(slot) => *slot = level,
            None => self.state.stack.push(level),
        }
        index
    }

    /// A point of a list below the paragraph at `parent`.
    fn sub(&mut self, item: &mut Item, parent: usize, class: Class, ordinal: u32) -> usize {
        let depth = self
            .paragraphs
            .get(parent)
            .map_or(1, |p| usize::from(p.depth) + 1);
        let index = self.sub_at(item, parent, class, ordinal, depth);
        // Sub-paragraphs printed as paragraphs of their own may follow a list (`(e)` in a
        // list, then `㈠` as paragraphs): they nest under the list's last point.
        let under_top = self.paragraphs.get(parent).is_some_and(|p| p.depth == 0)
            && self.state.top == Some(parent);
        if under_top || depth > 1 {
            self.state.stack.truncate(depth - 1);
            if self.state.stack.len() == depth - 1 {
                self.state.stack.push(Level {
                    class,
                    count: ordinal,
                    paragraph: index,
                });
            }
        }
        index
    }

    fn sub_at(
        &mut self,
        item: &mut Item,
        parent: usize,
        class: Class,
        count: u32,
        depth: usize,
    ) -> usize {
        let (parent_id, parent_ref) = self
            .paragraphs
            .get(parent)
            .map(|p| (p.id.clone(), p.reference.clone()))
            .unwrap_or_default();
        let depth = u8::try_from(depth).unwrap_or(u8::MAX);
        // The id follows the depth (letters, then numerals, then numbers), not the label, so
        // that it is the same in every language, whatever each one prints.
        let id = subparagraph_id(&parent_id, depth, count);
        let reference = format!(
            "{parent_ref}({})",
            ref_label(item.label.as_ref(), class, count)
        );
        let number = item.label.as_ref().map(|l| l.printed.clone());
        self.make(
            item,
            id,
            reference,
            ParagraphKind::Subparagraph,
            number,
            Some(parent_id),
            depth,
            Block::Text,
        )
    }

    #[allow(clippy::too_many_arguments)]
    fn make(
        &mut self,
        item: &mut Item,
        id: String,
        reference: String,
        kind: ParagraphKind,
        number: Option<String>,
        parent: Option<String>,
        depth: u8,
        block: Block,
    ) -> usize {
        let Built {
            text,
            styles,
            links,
            notes,
        } = std::mem::take(&mut item.built);
        let citations = cite::merge(links, cite::find(&text, &self.cite_ctx));
        let id = self.unique(id, item.offset);
        let reference = if kind == ParagraphKind::Other {
            id.clone()
        } else {
            reference
        };
        let section = self.state.section;
        self.paragraphs.push(Paragraph {
            id,
            reference,
            kind,
            part: item.part,
            number,
            parent,
            depth,
            text,
            styles,
            footnote_refs: notes,
            citations,
            block,
            section,
            source_id: item.source_id.take(),
            source_range: item.source_range.take(),
            division: item.division,
        });
        self.paragraphs.len() - 1
    }

    /// Ids must be unique; a clash (a document numbered in an unexpected way) gets a suffix.
    fn unique(&mut self, id: String, offset: usize) -> String {
        if self.ids.insert(id.clone()) {
            return id;
        }
        let mut n = 2;
        loop {
            let candidate = format!("{id}~{n}");
            if self.ids.insert(candidate.clone()) {
                self.warnings.push(Warning::at_line(
                    crate::text!("warning-id-taken", id = &id, new = &candidate),
                    self.lines.line(offset),
                ));
                return candidate;
            }
            n += 1;
        }
    }
}

/// Whether unnumbered text reads as a heading: a section label (`II`, `B.`), or a short line
/// that does not end as a sentence does, or a line printed wholly in bold or italics.
fn looks_like_heading(built: &Built) -> bool {
    let text = built.text.trim();
    let Some(last) = text.chars().last() else {
        return false;
    };
    let labelled = section_label(text).is_some();
    let limit = if labelled { 600 } else { 300 };
    if ".,;:!?…。，；：！？،؛".contains(last) || text.chars().count() > limit {
        return false;
    }
    // A line of a timetable (`Thursday, 2 June: from 3 to 6 p.m.`, `6月2日，星期四：…；…`) is
    // not a heading, though it has no closing punctuation.
    if !labelled
        && text.contains([':', ';', '：', '；', '؛'])
        && text.contains(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    let short = if text.is_ascii() || text.contains(' ') {
        text.split_whitespace().count() <= 12
    } else {
        text.chars().count() <= 30
    };
    let styled = built
        .styles
        .iter()
        .any(|s| (s.bold || s.italic) && s.range.start == 0 && s.range.end >= text.len());
    short || styled || labelled
}

/// Whether text ends as an operative paragraph does: with a semicolon or a full stop.
fn ends_like_operative(text: &str) -> bool {
    text.trim_end()
        .chars()
        .last()
        .is_some_and(|c| ";.；。؛".contains(c))
}

/// Whether text ends as a preambular paragraph does: with a comma (operative paragraphs end
/// with a semicolon or a full stop).
fn ends_like_preamble(text: &str) -> bool {
    text.trim_end()
        .chars()
        .last()
        .is_some_and(|c| ",，،".contains(c))
}

/// Only a body paragraph labelled like `(i)` needs to know what follows it.
fn needs_lookahead(item: Option<&Item>) -> bool {
    item.is_some_and(|item| {
        matches!(item.role, Role::Body)
            && item
                .label
                .as_ref()
                .is_some_and(|l| matches!(l.class, Class::LetterOrRoman { .. }))
    })
}

/// Whether the next body paragraph of the same division is labelled `(ii)`.
fn roman_two_follows(items: &[Item], i: usize) -> bool {
    let Some(current) = items.get(i) else {
        return false;
    };
    items
        .iter()
        .skip(i + 1)
        .take_while(|next| next.division == current.division)
        .find(|next| matches!(next.role, Role::Body))
        .and_then(|next| next.label.as_ref())
        .is_some_and(|label| {
            matches!(
                label.class,
                Class::Roman(2) | Class::LetterOrRoman { roman: 2, .. }
            )
        })
}
