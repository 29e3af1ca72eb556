//! The first pass: walks the XML in reading order and collects blocks of text ([`Item`]s)
//! with what the markup says about them. Numbering and ids come in the second pass
//! ([`super::outline`]), which needs to see neighbours.

use super::inline::Built;
use super::label::{Class, Label};
use crate::cite;
use crate::document::{Division, Footnote, Part, Table, Warning};
use roxmltree::{Document as Xml, Node};
use std::cell::OnceCell;
use std::collections::HashMap;
use std::ops::Range;

/// One block of text in reading order.
#[derive(Debug)]
pub(super) struct Item {
    pub role: Role,
    pub built: Built,
    /// The number or label as printed, from `num` or from the start of the text (removed).
    pub label: Option<Label>,
    pub division: usize,
    pub part: Part,
    pub source_id: Option<String>,
    pub source_range: Option<Range<usize>>,
    /// Byte offset of the element in the input (for warnings).
    pub offset: usize,
    /// Its text starts at the margin, without the tab that the UN's templates put at the start
    /// of every paragraph that Word does not number itself.
    pub flush: bool,
}

#[derive(Debug)]
pub(super) enum Role {
    /// A preambular paragraph (`container` in `preamble`).
    Preambular,
    /// Preambular text inside a section of the operative part (`crossHeading refersTo="#preamble"`).
    SectionPreamble,
    /// A paragraph of the operative part or of an annex; its label decides what it is.
    Body,
    /// A `point`/`item` of a list, below the item at index `parent`.
    Point {
        parent: usize,
        /// 1-based position among its siblings.
        ordinal: u32,
        /// The class shared by the list's labels (ids follow it).
        class: Class,
    },
    Heading {
        level: u8,
    },
    /// An unlabelled line inside a labelled list that titles the points after it
    /// (`Urgent temporary measures:` before `(iii)`), below the item at index `parent`.
    ListHeading {
        parent: usize,
    },
    Table(Table),
    /// Text that is never numbered: table notes, the formula of a later part.
    Text,
}

/// How paragraphs of a division are named.
#[derive(Debug, Clone)]
pub(super) struct DivisionNaming {
    /// Prepended to ids: `a-` in part A of a collection; for annexes the whole stem (`annex`).
    pub id_prefix: String,
    /// Prepended to references: `A ` in part A of a collection.
    pub ref_prefix: String,
    pub annex: bool,
}

/// Where the walker is.
#[derive(Debug, Clone, Copy)]
pub(super) struct Scope {
    pub division: usize,
    pub part: Part,
    /// Nesting of `section`-like containers (0 outside any).
    pub depth: u8,
}

/// Line numbers for byte offsets, indexed on first use (only warnings need them).
pub(super) struct Lines<'input> {
    text: &'input str,
    starts: OnceCell<Vec<usize>>,
}

impl<'input> Lines<'input> {
    pub fn new(text: &'input str) -> Self {
        Lines {
            text,
            starts: OnceCell::new(),
        }
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: usize) -> usize {
        let starts = self.starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        });
        starts.partition_point(|&start| start <= offset).max(1)
    }
}

/// State of the first pass.
pub(super) struct Reader<'a, 'input> {
    pub lines: Lines<'input>,
    pub items: Vec<Item>,
    pub footnotes: Vec<Footnote>,
    pub warnings: Vec<Warning>,
    pub divisions: Vec<Division>,
    pub naming: Vec<DivisionNaming>,
    pub formula: Option<String>,
    pub cite_ctx: cite::Context,
    /// Arabic prints operative numbers inline, sometimes without a dash.
    pub arabic: bool,
    pub in_footnote: bool,
    /// A section number waiting for its heading.
    pub pending_num: Option<(String, Node<'a, 'input>)>,
    /// A paragraph number printed as a paragraph of its own (`1.`), waiting for its text.
    pub pending_label: Option<(Label, Node<'a, 'input>, Scope)>,
    /// The annex being read (a heading `Annex II` inside an attachment opens the next one).
    pub annex_current: usize,
    /// An `Annex` heading in the main body started an annex: what follows belongs to it.
    pub inline_annex: bool,
    /// The latest operative number read, and in which division (a bare number that
    /// follows it is read as the next one).
    pub last_number: Option<(usize, u32)>,
    /// How many points each item has (points are numbered per parent).
    pub child_counts: HashMap<usize, u32>,
    /// Unknown element names already reported (once each).
    unknown: Vec<String>,
}

impl<'a, 'input> Reader<'a, 'input> {
    pub fn new(xml: &'a Xml<'input>, cite_ctx: cite::Context, arabic: bool) -> Self {
        Reader {
            lines: Lines::new(xml.input_text()),
            items: Vec::new(),
            footnotes: Vec::new(),
            warnings: Vec::new(),
            divisions: Vec::new(),
            naming: Vec::new(),
            formula: None,
            cite_ctx,
            arabic,
            in_footnote: false,
            pending_num: None,
            pending_label: None,
            annex_current: 0,
            inline_annex: false,
            last_number: None,
            child_counts: HashMap::new(),
            unknown: Vec::new(),
        }
    }

    /// 1-based line of a node's start.
    pub fn line_of(&self, node: Node) -> usize {
        self.lines.line(node.range().start)
    }

    /// Reports an element the reader does not know, once per element name: inside text its
    /// text is kept, elsewhere it is skipped.
    pub fn warn_unknown(&mut self, node: Node, inside_text: bool) {
        let name = node.tag_name().name();
        if self.unknown.iter().any(|n| n == name) {
            return;
        }
        self.unknown.push(name.to_string());
        let message = if inside_text {
            crate::text!("warning-unknown-element-kept", element = name)
        } else {
            crate::text!("warning-unknown-element-skipped", element = name)
        };
        self.warn_at(node, message);
    }

    /// Adds an item built from `node`.
    pub fn push(
        &mut self,
        role: Role,
        built: Built,
        label: Option<Label>,
        node: Node,
        scope: Scope,
    ) -> usize {
        // A number that no text followed stands as a paragraph of its own.
        if let Some((pending, at, pending_scope)) = self.pending_label.take() {
            self.push(
                Role::Body,
                Built::default(),
                Some(pending),
                at,
                pending_scope,
            );
        }
        let source_id = node
            .attribute("eId")
            .or_else(|| node.attribute("id"))
            .map(str::to_string);
        let (division, part) =
            if scope.part == Part::Annex || (self.inline_annex && scope.part == Part::Operative) {
                (self.annex_current, Part::Annex)
            } else {
                (scope.division, scope.part)
            };
        if matches!(role, Role::Heading { .. })
            && part == Part::Annex
            && let Some(d) = self.divisions.get_mut(division)
            && d.title.is_none()
        {
            d.title = Some(built.text.clone());
        }
        self.items.push(Item {
            role,
            built,
            label,
            division,
            part,
            source_id,
            source_range: Some(node.range()),
            offset: node.range().start,
            flush: starts_flush(node),
        });
        self.items.len() - 1
    }
}

/// Whether the first text of the element's first `p` starts with a visible character (no tab).
fn starts_flush(node: Node) -> bool {
    node.descendants()
        .find(|n| n.tag_name().name() == "p")
        .and_then(|p| p.descendants().find(|n| n.is_text()))
        .and_then(|t| t.text())
        .and_then(|t| t.chars().next())
        .is_some_and(|c| !c.is_whitespace())
}
