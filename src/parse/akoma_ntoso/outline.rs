//! The second pass: what each item is (preambular, operative, sub-paragraph, other), its id
//! and reference, its parent and its section, from the order of the items and their labels.
//!
//! Ids count positions, never printed labels, so that they are the same in all six languages:
//! the third preambular paragraph is `pp3` whether or not its number is printed, and the first
//! sub-paragraph of OP1 is `op1a` whether it is printed `(a)`, `а)` or `(أ)`.

use super::inline::Built;
use super::label::{Class, Label};
use super::reader::{DivisionNaming, Item, Role};
use crate::cite;
use crate::document::{Block, Paragraph, ParagraphKind, Warning, subparagraph_id};
use std::collections::HashSet;

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
    /// An operative paragraph with a printed number has been seen since the last heading:
    /// unnumbered text after it continues it rather than being a paragraph of its own.
    numbered_in_section: bool,
    last_number: Option<u32>,
    section: Option<usize>,
    /// Open headings: level and paragraph index.
    headings: Vec<(u8, usize)>,
}

pub(super) struct Outline<'r> {
    naming: &'r [DivisionNaming],
    cite_ctx: cite::Context,
    pub paragraphs: Vec<Paragraph>,
    pub warnings: Vec<Warning>,
    ids: HashSet<String>,
    /// The paragraph each item became.
    item_paragraph: Vec<Option<usize>>,
    state: State,
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

/// The id style of a family: letters are appended (`op1a`), roman numerals and their
/// equivalents follow a dash (`op1a-ii`), anything else is counted (`op3-1`).
fn id_depth(class: Class) -> u8 {
    match family(class) {
        1 => 1,
        2 => 2,
        _ => 3,
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
    pub fn new(naming: &'r [DivisionNaming], cite_ctx: cite::Context) -> Self {
        Outline {
            naming,
            cite_ctx,
            paragraphs: Vec::new(),
            warnings: Vec::new(),
            ids: HashSet::new(),
            item_paragraph: Vec::new(),
            state: State::default(),
        }
    }

    /// Turns the items into paragraphs.
    pub fn run(mut self, mut items: Vec<Item>) -> (Vec<Paragraph>, Vec<Warning>) {
        self.item_paragraph = vec![None; items.len()];
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
            let paragraph = self.item(item, lookahead);
            if let Some(slot) = self.item_paragraph.get_mut(i) {
                *slot = paragraph;
            }
        }
        (self.paragraphs, self.warnings)
    }

    fn item(&mut self, item: &mut Item, lookahead: bool) -> Option<usize> {
        let annex = self
            .naming
            .get(item.division)
            .is_some_and(|naming| naming.annex);
        let role = std::mem::replace(&mut item.role, Role::Text);
        match role {
            Role::Preambular | Role::SectionPreamble if !annex => Some(self.preambular(item)),
            Role::Heading { level } => Some(self.heading(item, level)),
            Role::Table(table) => Some(self.other(item, Block::Table(table))),
            Role::Preambular | Role::SectionPreamble | Role::Text => {
                Some(self.other(item, Block::Text))
            }
            Role::Body if annex => Some(self.other(item, Block::Text)),
            Role::Body => Some(self.body(item, lookahead)),
            Role::Point {
                parent,
                ordinal,
                class,
            } => {
                let parent = self.item_paragraph.get(parent).copied().flatten();
                let parent_kind = parent.and_then(|p| self.paragraphs.get(p)).map(|p| p.kind);
                match (parent, parent_kind) {
                    (Some(parent), Some(kind)) if !annex && kind != ParagraphKind::Other => {
                        let index = self.sub(item, parent, class, ordinal);
                        Some(index)
                    }
                    _ => Some(self.other(item, Block::Text)),
                }
            }
        }
    }

    fn prefix(&self, item: &Item) -> (String, String) {
        match self.naming.get(item.division) {
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

    fn operative(&mut self, item: &mut Item, number: Option<String>) -> usize {
        self.state.op += 1;
        let (id_prefix, ref_prefix) = self.prefix(item);
        let id = format!("{id_prefix}op{}", self.state.op);
        let reference = format!("{ref_prefix}OP{}", self.state.op);
        let index = self.make(
            item,
            id,
            reference,
            ParagraphKind::Operative,
            number,
            None,
            0,
            Block::Text,
        );
        self.state.top = Some(index);
        self.state.stack.clear();
        index
    }

    fn other(&mut self, item: &mut Item, block: Block) -> usize {
        self.state.other += 1;
        let (id_prefix, _) = self.prefix(item);
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
        let index = self.other(item, Block::Heading { level });
        self.state.headings.push((level, index));
        self.state.section = Some(index);
        self.state.numbered_in_section = false;
        index
    }

    /// A paragraph of the operative part: its label decides what it is.
    fn body(&mut self, item: &mut Item, roman_two_follows: bool) -> usize {
        let Some(label) = item.label.clone() else {
            return if self.state.numbered_in_section {
                self.other(item, Block::Text)
            } else {
                self.operative(item, None)
            };
        };
        match label.class {
            Class::Number(n) => {
                self.check_number(n, item.line);
                self.state.last_number = Some(n);
                self.state.numbered_in_section = true;
                self.operative(item, Some(n.to_string()))
            }
            Class::Other => {
                self.state.numbered_in_section = true;
                self.operative(item, Some(label.number()))
            }
            class => {
                let class = self.resolve(class, roman_two_follows);
                match self.state.top {
                    Some(_) => self.flat_sub(item, class),
                    None => {
                        self.warnings.push(Warning::at_line(
                            format!(
                                "sub-paragraph {} comes before any numbered paragraph; read as an operative paragraph",
                                label.printed
                            ),
                            item.line,
                        ));
                        self.operative(item, Some(label.number()))
                    }
                }
            }
        }
    }

    fn check_number(&mut self, n: u32, line: usize) {
        let expected = self.state.last_number.map_or(1, |last| last + 1);
        if n != expected && n != 1 {
            let message = match self.state.last_number {
                Some(last) => format!("operative paragraph {n} follows paragraph {last}"),
                None => format!("operative paragraphs start at {n}"),
            };
            self.warnings.push(Warning::at_line(message, line));
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
            return self.operative(item, None);
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
        self.sub_at(item, parent, class, ordinal, depth)
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
        let id = subparagraph_id(&parent_id, id_depth(class), count);
        let reference = format!(
            "{parent_ref}({})",
            ref_label(item.label.as_ref(), class, count)
        );
        let number = item.label.as_ref().map(|l| l.printed.clone());
        let depth = u8::try_from(depth).unwrap_or(u8::MAX);
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
        let id = self.unique(id, item.line);
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
    fn unique(&mut self, id: String, line: usize) -> String {
        if self.ids.insert(id.clone()) {
            return id;
        }
        let mut n = 2;
        loop {
            let candidate = format!("{id}~{n}");
            if self.ids.insert(candidate.clone()) {
                self.warnings.push(Warning::at_line(
                    format!("paragraph id {id} was already taken; this one is {candidate}"),
                    line,
                ));
                return candidate;
            }
            n += 1;
        }
    }
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
