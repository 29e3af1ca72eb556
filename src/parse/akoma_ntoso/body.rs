//! Walking the document in reading order: preamble, operative part (sections, paragraphs,
//! lists, tables) and attachments (annexes).

use super::inline::{Builder, Built};
use super::label::{self, Class, Label};
use super::meta::plain_text;
use super::reader::{DivisionNaming, Reader, Role, Scope};
use crate::document::{Division, Language, Part, Table, TableCell, TableRow, section_label};
use roxmltree::Node;

/// Containers that group paragraphs under a number and heading.
const SECTIONS: &[&str] = &[
    "section",
    "subsection",
    "chapter",
    "subchapter",
    "part",
    "subpart",
    "title",
    "subtitle",
    "division",
    "subdivision",
    "book",
    "article",
    "clause",
    "subclause",
    "hcontainer",
    "tblock",
    "level",
    "transitional",
    "rule",
    "subrule",
];

/// Elements that hold a whole document (the main text, a part of a collection, an annex).
pub(super) const DOCUMENTS: &[&str] = &[
    "statement",
    "doc",
    "act",
    "bill",
    "debateReport",
    "debate",
    "judgment",
    "amendment",
    "amendmentList",
    "officialGazette",
    "portion",
];

/// Elements that are items of a list.
const POINTS: &[&str] = &["point", "item", "indent", "subparagraph", "paragraph"];

/// Elements read separately from a paragraph's own text.
const NOT_OWN_TEXT: &[&str] = &[
    "num",
    "heading",
    "subheading",
    "list",
    "sublist",
    "blockList",
    "point",
    "item",
    "indent",
    "subparagraph",
    "paragraph",
    "wrapUp",
    "listWrapUp",
];

/// How deep sections and lists may nest before the rest is skipped (a stack guard).
const MAX_DEPTH: u8 = 24;

/// A label's family (letters 1, numerals 2, numbers 3) and the value it counts.
fn counted(class: Class) -> Option<(u8, u32)> {
    match class {
        Class::Letter(v) => Some((1, v)),
        Class::Roman(v) | Class::LetterOrRoman { roman: v, .. } => Some((2, v)),
        Class::Numeric(v) => Some((3, v)),
        _ => None,
    }
}

/// A short line that ends with a colon or without a sentence's punctuation: the title of the
/// points that follow it (`Urgent temporary measures:`, `Security Sector Reform (SSR)`).
fn titles_points(text: &str) -> bool {
    let text = text.trim();
    let ends_sentence = text.ends_with(['.', ';', ',', '،', '؛', '。', '；', '，', '．']);
    // Chinese says in 40 characters what English says in 80.
    let width: usize = text
        .chars()
        .map(|c| {
            if crate::document::script::is_cjk(c) {
                2
            } else {
                1
            }
        })
        .sum();
    // A title starts with a capital (in scripts that have them); a point without its bullet
    // does not (`strengthened reporting on human rights issues, and`).
    let capital = text
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| !c.is_lowercase());
    capital && !ends_sentence && width <= 80
}

/// Whether any point of the list `container`, or of its sublists, has a printed label (`num`)
/// that counts (a bullet does not: a point that lost its bullet is no title).
fn has_labelled_point(container: Node) -> bool {
    let labelled = |point: Node| {
        POINTS.contains(&name(&point))
            && child_named(point, &["num"])
                .and_then(|num| num.text())
                .is_some_and(|t| !matches!(label::classify(t), Class::Bullet | Class::Other))
    };
    container.children().any(|child| {
        labelled(child) || (name(&child) == "sublist" && child.children().any(labelled))
    })
}

/// The printed label of the point that follows `point` in reading order, within its list or
/// just after the sublist that holds it.
fn next_point_label<'a>(point: Node<'a, '_>) -> Option<&'a str> {
    let first_point = |node: Node<'a, '_>| -> Option<Node<'a, '_>> {
        if POINTS.contains(&name(&node)) {
            Some(node)
        } else if name(&node) == "sublist" {
            node.children().find(|c| POINTS.contains(&name(c)))
        } else {
            None
        }
    };
    let next = match point.next_sibling_element() {
        Some(next) => first_point(next)?,
        None => first_point(point.parent_element()?.next_sibling_element()?)?,
    };
    child_named(next, &["num"])?.text()
}

fn name<'a>(node: &Node<'a, '_>) -> &'a str {
    node.tag_name().name()
}

fn child_named<'a, 'input>(node: Node<'a, 'input>, names: &[&str]) -> Option<Node<'a, 'input>> {
    node.children()
        .find(|c| c.is_element() && names.contains(&name(c)))
}

/// Heading level from the UN's paragraph styles: `HCh` (chapter) and `H1` highest.
fn heading_level(class: &str) -> Option<u8> {
    match class {
        "HCh" | "HCH" | "H1" | "TitleH1" => Some(1),
        "H23" | "H2" | "TitleH2" | "AgendaTitleH2" => Some(2),
        "H3" => Some(3),
        "H4" => Some(4),
        c if c.starts_with("Title") => Some(1),
        _ => None,
    }
}

/// Words that open an annex heading (`Annex I`, `Annexe`, `Anexo`, `Приложение`, `المرفق`, `附件一`).
const ANNEX_WORDS: [&str; 7] = [
    "Annex",
    "Annexe",
    "Anexo",
    "Приложение",
    "المرفق",
    "مرفق",
    "附件",
];

fn is_annex_label(text: &str) -> bool {
    let t = text.trim();
    t.chars().count() <= 30 && ANNEX_WORDS.iter().any(|w| t.starts_with(w))
}

/// A heading that is only a number: `I`, `B.`, `3`, `二`, `ثانيا`.
fn is_heading_label(text: &str) -> bool {
    let t = text.trim();
    t.chars().count() <= 12
        && section_label(t).is_some_and(|(_, used)| t.get(used..).is_some_and(str::is_empty))
}

/// What an unlabelled annex is called in each language.
fn annex_word(lang: Option<Language>) -> &'static str {
    match lang {
        Some(Language::Fr) => "Annexe",
        Some(Language::Es) => "Anexo",
        Some(Language::Ru) => "Приложение",
        Some(Language::Ar) => "المرفق",
        Some(Language::Zh) => "附件",
        _ => "Annex",
    }
}

impl<'a, 'input> Reader<'a, 'input> {
    /// Reads one document (a statement, or one part of a collection) into `division`.
    pub fn document(&mut self, node: Node<'a, 'input>, division: usize) {
        let scope = Scope {
            division,
            part: Part::Operative,
            depth: 0,
        };
        for child in node.children().filter(Node::is_element) {
            match name(&child) {
                "preface" => self.preface_notes(child),
                "meta" | "coverPage" | "conclusions" | "collectionBody" | "components" => {}
                "preamble" => self.preamble(
                    child,
                    Scope {
                        part: Part::Preamble,
                        ..scope
                    },
                ),
                "mainBody" | "body" | "mainContent" | "judgmentBody" | "debateBody" => {
                    self.blocks(child, scope)
                }
                "attachments" => {
                    self.inline_annex = false;
                    self.attachments(child)
                }
                _ => self.warn_unknown(child, false),
            }
        }
        self.flush_num(scope);
        if let Some((label, at, pending_scope)) = self.pending_label.take() {
            self.push(Role::Body, Built::default(), Some(label), at, pending_scope);
        }
        self.inline_annex = false;
    }

    /// Footnotes on the title or the part letter: kept, though no paragraph refers to them.
    pub fn preface_notes(&mut self, preface: Node<'a, 'input>) {
        let notes: Vec<Node<'a, 'input>> = preface
            .descendants()
            .filter(|n| n.tag_name().name() == "authorialNote")
            .filter(|n| {
                !n.ancestors()
                    .skip(1)
                    .any(|a| a.tag_name().name() == "authorialNote")
            })
            .collect();
        for note in notes {
            self.footnote(note);
        }
    }

    fn preamble(&mut self, node: Node<'a, 'input>, scope: Scope) {
        for child in node.children().filter(Node::is_element) {
            match name(&child) {
                "formula" => self.formula(child, scope),
                "container" | "recital" | "citation" => self.preambular(child, scope),
                "recitals" | "citations" => self.preamble(child, scope),
                "blockList" | "list" => {
                    let parent = self.last_item(scope.division, |r| matches!(r, Role::Preambular));
                    self.points(child, parent, scope, 1);
                }
                "p" => {
                    let built = self.read_text(child);
                    if !built.text.is_empty() {
                        self.push(Role::Preambular, built, None, child, scope);
                    }
                }
                "decoration" | "eol" | "img" => {}
                _ => self.warn_unknown(child, false),
            }
        }
    }

    fn formula(&mut self, node: Node<'a, 'input>, scope: Scope) {
        let built = self.read_text(node);
        if built.text.is_empty() {
            return;
        }
        if self.formula.is_none() {
            self.formula = Some(built.text);
        } else {
            // A later part of a collection repeats it: keep it where it is printed.
            let front = Scope {
                part: Part::Front,
                ..scope
            };
            self.push(Role::Text, built, None, node, front);
        }
    }

    /// A preambular paragraph, possibly with a list (`blockList`) of sub-paragraphs.
    fn preambular(&mut self, node: Node<'a, 'input>, scope: Scope) {
        let mut built = self.read_children(node, &["blockList", "list"]);
        if let Some(label) = self.next_number_in(&mut built, scope) {
            // Marked up as preamble but printed with the next operative number (a `preamble`
            // element after the main body, as some language versions have it).
            let body = Scope {
                part: Part::Operative,
                ..scope
            };
            let index = self.push(Role::Body, built, Some(label), node, body);
            for list in node
                .children()
                .filter(|c| matches!(name(c), "blockList" | "list"))
            {
                self.points(list, Some(index), body, 1);
            }
            return;
        }
        let lists: Vec<Node<'a, 'input>> = node
            .children()
            .filter(|c| matches!(name(c), "blockList" | "list"))
            .collect();
        for list in &lists {
            if let Some(intro) = child_named(*list, &["listIntroduction", "intro"]) {
                let intro = self.read_text(intro);
                built.append(intro, " ");
            }
        }
        let index = self.push(Role::Preambular, built, None, node, scope);
        for list in lists {
            self.points(list, Some(index), scope, 1);
        }
    }

    /// The children of a body container, in order.
    fn blocks(&mut self, node: Node<'a, 'input>, scope: Scope) {
        if scope.depth > MAX_DEPTH {
            self.warn_at(node, crate::text!("warning-sections-too-deep"));
            return;
        }
        for child in node.children().filter(Node::is_element) {
            self.block(child, scope);
        }
    }

    fn block(&mut self, node: Node<'a, 'input>, scope: Scope) {
        let tag = name(&node);
        if !matches!(tag, "num" | "heading" | "subheading" | "subhheading") {
            self.flush_num(scope);
        }
        match tag {
            "paragraph" | "alinea" | "subparagraph" | "point" | "item" => {
                self.paragraph(node, scope)
            }
            t if SECTIONS.contains(&t) => {
                let inner = Scope {
                    depth: scope.depth.saturating_add(1),
                    ..scope
                };
                self.blocks(node, inner);
                self.flush_num(inner);
            }
            "num" => {
                self.flush_num(scope);
                let printed = plain_text(node);
                if !printed.is_empty() {
                    self.pending_num = Some((printed, node));
                }
            }
            "heading" | "subheading" | "subhheading" => {
                let level = scope.depth.max(1) + u8::from(tag != "heading");
                let num = self.pending_num.take().map(|(printed, _)| printed);
                self.heading(node, num, level, scope);
            }
            "crossHeading" => {
                if node.attribute("refersTo") == Some("#preamble") {
                    let mut built = self.read_text(node);
                    match self.next_number_in(&mut built, scope) {
                        Some(label) => self.push(Role::Body, built, Some(label), node, scope),
                        None => self.push(Role::SectionPreamble, built, None, node, scope),
                    };
                } else {
                    self.heading(node, None, scope.depth.max(1) + 1, scope);
                }
            }
            "container" => self.container(node, scope),
            "table" => self.table(node, scope),
            "list" | "blockList" | "sublist" => {
                let parent = self.last_item(scope.division, |r| {
                    matches!(r, Role::Body | Role::Point { .. } | Role::Preambular)
                });
                self.points(node, parent, scope, 1);
            }
            "p" => {
                let only_num = node.children().all(|c| {
                    (c.is_text() && c.text().unwrap_or_default().trim().is_empty())
                        || (c.is_element() && name(&c) == "num")
                });
                if only_num {
                    let printed = plain_text(node);
                    if !printed.is_empty() {
                        self.pending_num = Some((printed, node));
                    }
                } else {
                    self.body_text(node, scope);
                }
            }
            "intro" | "wrapUp" | "content" | "blockContainer" => self.body_text(node, scope),
            "decoration" | "eol" | "img" | "toc" => {}
            _ => self.warn_unknown(node, false),
        }
    }

    /// A `paragraph`: a heading, a note under a table, or running text with its number and
    /// any list of points.
    fn paragraph(&mut self, node: Node<'a, 'input>, scope: Scope) {
        let class = node.attribute("class").unwrap_or_default();
        let num = child_named(node, &["num"]);
        let headings: Vec<Node<'a, 'input>> = node
            .children()
            .filter(|c| matches!(name(c), "heading" | "subheading" | "subhheading"))
            .collect();
        if !headings.is_empty() {
            let level = heading_level(class).unwrap_or(scope.depth.max(1));
            let mut num_text = num.map(plain_text);
            for h in headings {
                let sub = name(&h) != "heading" && heading_level(class).is_none();
                self.heading(h, num_text.take(), level + u8::from(sub), scope);
            }
            if let Some(content) = child_named(node, &["content"]) {
                let built = self.read_text(content);
                if !built.text.is_empty() {
                    self.push(Role::Text, built, None, content, scope);
                }
            }
            return;
        }
        if let Some(level) = heading_level(class) {
            let built = self.read_children(node, NOT_OWN_TEXT);
            let num = num.map(plain_text);
            self.heading_built(built, num, level, node, scope, true);
            return;
        }
        if class == "FootnoteText" {
            let built = self.read_children(node, NOT_OWN_TEXT);
            self.push(Role::Text, built, None, node, scope);
            return;
        }
        let mut built = self.read_children(node, NOT_OWN_TEXT);
        // With a list, the paragraph's own words are the list's introduction.
        if let Some(list) = child_named(node, &["list", "blockList"])
            && let Some(intro) = child_named(list, &["intro", "listIntroduction"])
        {
            let intro = self.read_text(intro);
            built.append(intro, " ");
        }
        if num.is_none() && self.annex_line(&built, node, scope) {
            return;
        }
        let label = self.label_for(num, &mut built, scope);
        let Some(label) = self.with_pending_label(label, &built, node, scope) else {
            return;
        };
        let index = self.push(Role::Body, built, label, node, scope);
        self.points(node, Some(index), scope, 1);
    }

    /// Some language versions print a paragraph's number as a paragraph of its own, and its
    /// text as the next one: the number waits for the text. Returns the label the paragraph
    /// being read has, or None when it is such a number (it is then kept for the next text).
    fn with_pending_label(
        &mut self,
        label: Option<Label>,
        built: &Built,
        node: Node<'a, 'input>,
        scope: Scope,
    ) -> Option<Option<Label>> {
        let bare = built.text.trim().is_empty() && built.notes.is_empty();
        match label {
            Some(label) if bare && matches!(label.class, Class::Number(_)) => {
                if let Some((earlier, at, earlier_scope)) = self.pending_label.take() {
                    self.push(
                        Role::Body,
                        Built::default(),
                        Some(earlier),
                        at,
                        earlier_scope,
                    );
                }
                self.pending_label = Some((label, node, scope));
                None
            }
            None if !bare => Some(self.pending_label.take().map(|(label, _, _)| label)),
            label => Some(label),
        }
    }

    /// A line of an annex that only says which annex this is (`附件一`, `Annexe II`), printed
    /// as plain text in some language versions: it labels the annex, or starts the next one.
    fn annex_line(&mut self, built: &Built, node: Node<'a, 'input>, scope: Scope) -> bool {
        let in_annex = scope.part == Part::Annex || self.inline_annex;
        if !in_annex || !built.notes.is_empty() || !is_annex_label(&built.text) {
            return false;
        }
        self.annex_label(built.text.trim().to_string(), node);
        true
    }

    /// Running text that is not a `paragraph` (a `p` or `container` directly in the body).
    fn body_text(&mut self, node: Node<'a, 'input>, scope: Scope) {
        let mut built = self.read_text(node);
        if built.text.is_empty() && built.notes.is_empty() {
            return;
        }
        if self.annex_line(&built, node, scope) {
            return;
        }
        let label = self.label_for(None, &mut built, scope);
        let Some(label) = self.with_pending_label(label, &built, node, scope) else {
            return;
        };
        self.push(Role::Body, built, label, node, scope);
    }

    /// The points of a list (`point`, `item`...) inside `container`, as children of the item
    /// at `parent`. A `sublist` that follows a point belongs to that point.
    ///
    /// Returns the last point that the markup put one level too deep: `(iii)` inside the
    /// sublist of `(ii)`, after its `a.` and `b.`. It is a sibling of `(ii)`, and the caller
    /// takes it as its own.
    fn points(
        &mut self,
        container: Node<'a, 'input>,
        parent: Option<usize>,
        scope: Scope,
        depth: u8,
    ) -> Option<usize> {
        if depth > MAX_DEPTH {
            self.warn_at(container, crate::text!("warning-lists-too-deep"));
            return None;
        }
        let mut siblings: Vec<usize> = Vec::new();
        let mut last_point = parent;
        let mut lifted = None;
        for child in container.children().filter(Node::is_element) {
            let tag = name(&child);
            if POINTS.contains(&tag) {
                let (built, label) = self.point_text(child, scope);
                if label
                    .as_ref()
                    .is_some_and(|l| matches!(l.class, Class::Number(_)))
                {
                    // `1.`, `2.`: numbered paragraphs that the markup lists under a chapeau
                    // (`Resolves that:`), not sub-paragraphs.
                    let body = Scope {
                        part: match scope.part {
                            Part::Preamble => Part::Operative,
                            part => part,
                        },
                        ..scope
                    };
                    let index = self.push(Role::Body, built, label, child, body);
                    last_point = Some(index);
                    self.points(child, Some(index), body, depth + 1);
                    continue;
                }
                if let Some(grandparent) = self.continued_parent(parent, &siblings, label.as_ref())
                {
                    let count = self.child_counts.entry(grandparent).or_insert(0);
                    *count += 1;
                    let role = Role::Point {
                        parent: grandparent,
                        ordinal: *count,
                        class: Class::Bullet,
                    };
                    let index = self.push(role, built, label, child, scope);
                    lifted = Some(index);
                    last_point = Some(index);
                    if let Some(inner) = self.points(child, Some(index), scope, depth + 1) {
                        lifted = Some(inner);
                    }
                    continue;
                }
                // An unlabelled title in a labelled list, or a title that the markup gave the
                // label of the point after it.
                let title = titles_points(&built.text)
                    && match &label {
                        None => has_labelled_point(container),
                        Some(label) => {
                            label.class != Class::Bullet
                                && next_point_label(child)
                                    .is_some_and(|next| next.trim() == label.printed.trim())
                        }
                    };
                if let Some(parent) = parent
                    && title
                {
                    // Its points (in the sublist that follows, or inside it) are the list's.
                    self.push(Role::ListHeading { parent }, built, None, child, scope);
                    last_point = Some(parent);
                    if let Some(up) = self.points(child, Some(parent), scope, depth + 1) {
                        siblings.push(up);
                        last_point = Some(up);
                    }
                    continue;
                }
                let role = match parent {
                    Some(parent) => {
                        // Counted per parent: some lists split their points into sublists.
                        let count = self.child_counts.entry(parent).or_insert(0);
                        *count += 1;
                        Role::Point {
                            parent,
                            ordinal: *count,
                            class: Class::Bullet,
                        }
                    }
                    None => Role::Body,
                };
                let index = self.push(role, built, label, child, scope);
                siblings.push(index);
                last_point = Some(index);
                if let Some(up) = self.points(child, Some(index), scope, depth + 1) {
                    siblings.push(up);
                    last_point = Some(up);
                }
            } else if tag == "sublist" {
                if let Some(up) = self.points(child, last_point, scope, depth + 1) {
                    siblings.push(up);
                    last_point = Some(up);
                }
            } else if matches!(tag, "list" | "blockList") {
                if let Some(up) = self.points(child, parent, scope, depth + 1) {
                    siblings.push(up);
                    last_point = Some(up);
                }
            } else if matches!(tag, "wrapUp" | "listWrapUp") {
                let built = self.read_text(child);
                self.push(Role::Text, built, None, child, scope);
            }
        }
        // The siblings share one numbering: that of the first label that says what it is.
        let class = siblings
            .iter()
            .filter_map(|&i| self.items.get(i)?.label.as_ref())
            .map(|l| match l.class {
                Class::LetterOrRoman { roman: 1, .. } => Class::Roman(1),
                Class::LetterOrRoman { letter, .. } => Class::Letter(letter),
                class => class,
            })
            .find(|c| !matches!(c, Class::Other))
            .unwrap_or(Class::Bullet);
        for &i in &siblings {
            if let Some(item) = self.items.get_mut(i)
                && let Role::Point { class: c, .. } = &mut item.role
            {
                *c = class;
            }
        }
        lifted
    }

    /// The parent of the point at `parent`, when a point labelled `label` continues that
    /// point's own numbering (`(iii)` after `(ii)`) and not that of the points before it in
    /// the same list (`a.`, `b.`, or none): the markup nested it one level too deep.
    fn continued_parent(
        &self,
        parent: Option<usize>,
        siblings: &[usize],
        label: Option<&Label>,
    ) -> Option<usize> {
        let item = self.items.get(parent?)?;
        let Role::Point {
            parent: grandparent,
            ..
        } = item.role
        else {
            return None;
        };
        let (fam, value) = counted(label?.class)?;
        let (parent_fam, parent_value) = counted(item.label.as_ref()?.class)?;
        // A list never starts at its second number, so a first point may continue its parent.
        let sibling_fam = siblings
            .last()
            .and_then(|&i| self.items.get(i)?.label.as_ref())
            .and_then(|l| counted(l.class))
            .map(|(f, _)| f);
        let continues = fam == parent_fam && value == parent_value + 1 && value > 1;
        (continues && sibling_fam.is_none_or(|f| f != fam)).then_some(grandparent)
    }

    /// A point's label and text (its `intro` if it has one, otherwise its content).
    fn point_text(&mut self, node: Node<'a, 'input>, scope: Scope) -> (Built, Option<Label>) {
        let num = child_named(node, &["num"]);
        let mut built = match child_named(node, &["intro", "listIntroduction"]) {
            Some(intro) => self.read_text(intro),
            None => self.read_children(node, NOT_OWN_TEXT),
        };
        if built.text.is_empty()
            && let Some(list) = child_named(node, &["list", "blockList"])
            && let Some(intro) = child_named(list, &["intro", "listIntroduction"])
        {
            built = self.read_text(intro);
        }
        let label = self.label_for(num, &mut built, scope);
        (built, label)
    }

    /// A `container` in the body: a table (with notes), or running text.
    fn container(&mut self, node: Node<'a, 'input>, scope: Scope) {
        if child_named(node, &["table"]).is_none() {
            self.body_text(node, scope);
            return;
        }
        for child in node.children().filter(Node::is_element) {
            match name(&child) {
                "table" => self.table(child, scope),
                _ => {
                    let built = self.read_text(child);
                    if !built.text.is_empty() {
                        self.push(Role::Text, built, None, child, scope);
                    }
                }
            }
        }
    }

    fn table(&mut self, node: Node<'a, 'input>, scope: Scope) {
        let mut table = Table::default();
        let mut all = Built::default();
        let rows = node.children().flat_map(|c| match name(&c) {
            "thead" | "tbody" | "tfoot" => c.children().collect::<Vec<_>>(),
            _ => vec![c],
        });
        for row in rows.filter(|r| name(r) == "tr") {
            let mut cells = Vec::new();
            let mut row_built = Built::default();
            for cell in row.children().filter(|c| matches!(name(c), "th" | "td")) {
                let built = self.read_text(cell);
                let span = |attr: &str| {
                    cell.attribute(attr)
                        .and_then(|v| v.trim().parse::<u16>().ok())
                        .filter(|&n| n > 0)
                        .unwrap_or(1)
                };
                cells.push(TableCell {
                    text: built.text.clone(),
                    header: name(&cell) == "th",
                    colspan: span("colspan"),
                    rowspan: span("rowspan"),
                });
                row_built.append(built, " ");
            }
            table.rows.push(TableRow { cells });
            all.append(row_built, "\n");
        }
        self.push(Role::Table(table), all, None, node, scope);
    }

    /// A heading element, with a section number printed before it.
    fn heading(&mut self, node: Node<'a, 'input>, num: Option<String>, level: u8, scope: Scope) {
        let built = self.read_text(node);
        self.heading_built(built, num, level, node, scope, true);
    }

    #[allow(clippy::too_many_arguments)]
    fn heading_built(
        &mut self,
        built: Built,
        num: Option<String>,
        level: u8,
        node: Node<'a, 'input>,
        scope: Scope,
        defer: bool,
    ) {
        let num = num.filter(|n| !n.is_empty());
        // `I` then `Introduction` as two headings: the first is the second's number.
        if num.is_none() && defer && built.notes.is_empty() && is_heading_label(&built.text) {
            self.flush_num(scope);
            self.pending_num = Some((built.text, node));
            return;
        }
        let built = match num {
            Some(num) if !built.text.starts_with(num.trim_end_matches('.')) => {
                let mut with_num = Built {
                    text: num,
                    ..Built::default()
                };
                with_num.append(built, " ");
                with_num
            }
            _ => built,
        };
        if built.text.is_empty() {
            return;
        }
        if is_annex_label(&built.text) {
            if scope.part == Part::Annex || self.inline_annex {
                self.annex_label(built.text, node);
                return;
            }
            if scope.part == Part::Operative {
                // An annex printed in the main body, as some language versions do.
                self.open_annex();
                self.annex_label(built.text, node);
                self.inline_annex = true;
                return;
            }
        }
        let level = level.clamp(1, 6);
        self.push(Role::Heading { level }, built, None, node, scope);
    }

    /// A section number that no heading followed becomes a heading of its own.
    pub fn flush_num(&mut self, scope: Scope) {
        if let Some((printed, node)) = self.pending_num.take() {
            let built = Built {
                text: printed,
                ..Built::default()
            };
            self.heading_built(built, None, scope.depth.max(1), node, scope, false);
        }
    }

    fn attachments(&mut self, node: Node<'a, 'input>) {
        for attachment in node.children().filter(Node::is_element) {
            // `attachment/doc`, or the document directly.
            let doc = attachment
                .children()
                .find(|c| c.is_element() && DOCUMENTS.contains(&name(c)))
                .unwrap_or(attachment);
            // Some language versions print the annex's label and title at the end of the main
            // body and its text in the attachment: one annex, not two.
            let current = self.annex_current;
            let labelled_only = self.naming.get(current).is_some_and(|n| n.annex)
                && self
                    .items
                    .iter()
                    .filter(|i| i.division == current)
                    .all(|i| matches!(i.role, Role::Heading { .. }));
            if !labelled_only {
                self.open_annex();
            }
            let scope = Scope {
                division: self.annex_current,
                part: Part::Annex,
                depth: 0,
            };
            for child in doc.children().filter(Node::is_element) {
                match name(&child) {
                    "meta" | "coverPage" | "preface" | "conclusions" => {}
                    "preamble" => self.preamble(child, scope),
                    "mainBody" | "body" | "mainContent" => self.blocks(child, scope),
                    "attachments" => self.attachments(child),
                    _ => self.block(child, scope),
                }
            }
            self.flush_num(scope);
        }
    }

    /// Starts a new annex division.
    fn open_annex(&mut self) {
        let n = self.naming.iter().filter(|d| d.annex).count() + 1;
        let (id, stem) = if n == 1 {
            ("annex".to_string(), "annex".to_string())
        } else {
            (format!("annex-{n}"), format!("annex{n}"))
        };
        self.divisions.push(Division {
            id,
            label: String::new(),
            title: None,
        });
        self.naming.push(DivisionNaming {
            id_prefix: stem,
            ref_prefix: String::new(),
            annex: true,
        });
        self.annex_current = self.divisions.len() - 1;
    }

    /// An `Annex I` heading: the label of the current annex if nothing has been read into it
    /// yet, otherwise the start of the next one.
    fn annex_label(&mut self, label: String, node: Node) {
        let current = self.annex_current;
        let has_items = self.items.iter().any(|i| i.division == current);
        let labelled = self
            .divisions
            .get(current)
            .is_some_and(|d| !d.label.is_empty());
        if has_items || labelled {
            self.open_annex();
        }
        let current = self.annex_current;
        if let Some(division) = self.divisions.get_mut(current) {
            division.label = label;
        } else {
            self.warn_at(node, crate::text!("warning-annex-heading-outside"));
        }
    }

    /// Gives every annex without a printed label the language's word for it.
    pub fn finish_annexes(&mut self, lang: Option<Language>) {
        for (division, naming) in self.divisions.iter_mut().zip(&self.naming) {
            if naming.annex && division.label.is_empty() {
                division.label = annex_word(lang).to_string();
            }
        }
    }

    /// The number or label of a paragraph: its `num`, or a label at the start of its text
    /// (then removed from the text).
    fn label_for(&mut self, num: Option<Node>, built: &mut Built, scope: Scope) -> Option<Label> {
        let label = match num.map(plain_text).filter(|p| !p.is_empty()) {
            Some(printed) => {
                let class = label::classify(&printed);
                Label { printed, class }
            }
            None => {
                let expected = match self.last_number {
                    Some((division, n)) if division == scope.division => n + 1,
                    _ => 1,
                };
                match label::leading(&built.text, self.arabic, Some(expected)) {
                    Some((label, used)) => {
                        built.strip_front(used);
                        label
                    }
                    None => self.label_after_links(built, expected)?,
                }
            }
        };
        if let Class::Number(n) = label.class {
            self.last_number = Some((scope.division, n));
        }
        Some(label)
    }

    /// The next operative number, printed at the start of text that the markup does not
    /// call an operative paragraph (then removed from the text). Only once the operative
    /// paragraphs of the division have started, and only the number that continues them.
    /// The expected number printed after links that the conversion moved out of the text to
    /// its start (`2254 (2015) 2268 (2016) 59. подтверждает…`, 75/193 in Russian): the number
    /// names the paragraph; the links stay where the file has them.
    fn label_after_links(&mut self, built: &mut Built, expected: u32) -> Option<Label> {
        let links_end = built.leading_links_end()?;
        let rest = built.text.get(links_end..)?;
        let start = links_end + (rest.len() - rest.trim_start_matches(' ').len());
        let (label, used) = label::leading(built.text.get(start..)?, self.arabic, Some(expected))?;
        if label.class != Class::Number(expected) {
            return None;
        }
        built.remove(start..start + used);
        self.warnings
            .push(crate::document::Warning::new(crate::text!(
                "warning-number-after-links",
                number = expected
            )));
        Some(label)
    }

    fn next_number_in(&mut self, built: &mut Built, scope: Scope) -> Option<Label> {
        let (division, last) = self.last_number?;
        if division != scope.division || scope.part == Part::Annex || self.inline_annex {
            return None;
        }
        let (label, used) = label::leading(&built.text, false, Some(last + 1))?;
        if label.class != Class::Number(last + 1) {
            return None;
        }
        built.strip_front(used);
        self.last_number = Some((division, last + 1));
        Some(label)
    }

    /// The text of an element.
    pub fn read_text(&mut self, node: Node) -> Built {
        let mut b = Builder::default();
        self.inline(node, &mut b);
        b.finish()
    }

    /// The text of an element's children, leaving out elements named in `skip`.
    fn read_children(&mut self, node: Node, skip: &[&str]) -> Built {
        let mut b = Builder::default();
        for child in node.children() {
            if child.is_element() && skip.contains(&name(&child)) {
                b.space();
                continue;
            }
            self.inline_one(child, &mut b, 1);
        }
        b.finish()
    }

    /// Index of the latest item of the division that matches.
    fn last_item(&self, division: usize, pred: impl Fn(&Role) -> bool) -> Option<usize> {
        self.items
            .iter()
            .rposition(|i| i.division == division && pred(&i.role))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annex_labels() {
        assert!(is_annex_label("Annex I"));
        assert!(is_annex_label("Annexe"));
        assert!(is_annex_label("المرفق الأول"));
        assert!(is_annex_label("附件一"));
        assert!(!is_annex_label(
            "Annex to the political declaration on the fight against tuberculosis"
        ));
        assert!(!is_annex_label("Terms of reference"));
    }

    #[test]
    fn heading_labels() {
        assert!(is_heading_label("IV"));
        assert!(is_heading_label("B."));
        assert!(is_heading_label("二"));
        assert!(is_heading_label("ثانيا"));
        assert!(!is_heading_label("Introduction"));
        assert!(!is_heading_label("I am"));
    }

    #[test]
    fn heading_levels_follow_styles() {
        assert_eq!(heading_level("HCh"), Some(1));
        assert_eq!(heading_level("H23"), Some(2));
        assert_eq!(heading_level("SingleTxt"), None);
    }

    /// A resolution whose operative paragraph 2 holds the given list markup.
    fn with_list(list: &str) -> crate::document::Document {
        let xml = format!(
            "<akomaNtoso><statement name=\"resolution\"><preamble><container eId=\"p1\"><p>Recalling its resolutions,</p></container></preamble>\
             <mainBody><paragraph eId=\"para_1\"><num>1.</num><content><p>Decides one thing;</p></content></paragraph>\
             <paragraph eId=\"para_2\"><num>2.</num><list><intro><p>Decides that the mandate shall include:</p></intro>{list}</list></paragraph>\
             <paragraph eId=\"para_3\"><num>3.</num><content><p>Decides to remain seized of the matter.</p></content></paragraph>\
             </mainBody></statement></akomaNtoso>"
        );
        super::super::parse(&xml).unwrap_or_else(|e| panic!("{e}"))
    }

    fn point(num: &str, text: &str) -> String {
        let num = if num.is_empty() {
            String::new()
        } else {
            format!("<num>{num}</num>")
        };
        format!("<point>{num}<content><p>{text}</p></content></point>")
    }

    /// The ids of the sub-paragraphs and text below paragraph 2.
    fn listed(doc: &crate::document::Document) -> Vec<String> {
        doc.paragraphs
            .iter()
            .skip_while(|p| p.id != "op2")
            .skip(1)
            .take_while(|p| p.id != "op3")
            .map(|p| p.id.clone())
            .collect()
    }

    /// S/RES/2524 (2020) in Russian nests `(iii)` inside the sublist of `ii)`, after its `a.`
    /// and `b.`; 75/325 in Russian nests `ii)` as the only point below `i)`.
    #[test]
    fn a_point_that_continues_its_parent_is_its_sibling() {
        let doc = with_list(&format!(
            "{}<sublist>{}</sublist>{}<sublist>{}{}{}</sublist><sublist>{}</sublist>{}",
            point("i)", "Protection of civilians:"),
            point("a.", "to protect;"),
            point("ii)", "Support to the peace process:"),
            point("a.", "to offer good offices;"),
            point("b.", "to advise;"),
            point("(iii)", "Assistance to the authorities:"),
            point("a.", "to support elections;"),
            point("iv)", "Support to the mission."),
        ));
        let ids = listed(&doc);
        assert_eq!(
            ids,
            [
                "op2a", "op2a-i", "op2b", "op2b-i", "op2b-ii", "op2c", "op2c-i", "op2d"
            ],
            "{ids:?}"
        );
        let doc = with_list(&format!(
            "{}<sublist>{}</sublist>",
            point("i)", "to mediate;"),
            point("ii)", "to report."),
        ));
        let ids = listed(&doc);
        assert_eq!(ids, ["op2a", "op2b"]);
    }

    /// S/RES/2552 (2020): unlabelled titles among the numbered points (`Urgent temporary
    /// measures:`), marked up as points with sublists, in some languages one level deeper.
    /// S/RES/2556 (2020) in Arabic gives a title the label of the point after it.
    #[test]
    fn titles_inside_a_list_are_text_not_points() {
        let doc = with_list(&format!(
            "{}{}<sublist>{}{}</sublist>{}{}",
            point("(i)", "To help reinforce the courts;"),
            point("", "Urgent temporary measures:"),
            point("(ii)", "To adopt measures;"),
            point("", "Special Criminal Court (SCC):"),
            point("(iii)", "To provide assistance;"),
            point("(iii)", "To coordinate support."),
        ));
        let ids = listed(&doc);
        assert_eq!(ids, ["op2a", "p1", "op2b", "p2", "op2c", "op2d"], "{ids:?}");
        let doc = with_list(&format!(
            "{}{}{}{}",
            point("(a)", "Provide coordination;"),
            point("(b)", "Disarmament, demobilization and reintegration"),
            point("(b)", "Provide good offices;"),
            point("(c)", "Coordinate with civil society."),
        ));
        let ids = listed(&doc);
        assert_eq!(ids, ["op2a", "p1", "op2b", "op2c"]);
        // A point that lost its bullet, or a lower-case point, stays a point.
        let doc = with_list(&format!(
            "{}{}{}",
            point("•", "Reporting on protection,"),
            point("•", "Improved reporting on human rights, and"),
            point("•", "Reporting on progress."),
        ));
        let ids = listed(&doc);
        assert_eq!(ids, ["op2a", "op2b", "op2c"]);
        let doc = with_list(&format!(
            "{}{}{}",
            point("(a)", "reporting on protection,"),
            point("", "strengthened reporting on human rights, and"),
            point("(b)", "reporting on progress."),
        ));
        let ids = listed(&doc);
        assert_eq!(ids, ["op2a", "op2b", "op2c"]);
    }

    /// 75/193 in Russian: the links of paragraph 59 were moved before its number.
    #[test]
    fn a_number_after_links_names_the_paragraph() {
        let xml = "<akomaNtoso><statement name=\"resolution\"><mainBody>\
             <paragraph eId=\"para_1\"><num>1.</num><content><p>Decides one thing;</p></content></paragraph>\
             <paragraph eId=\"para_2\"><content><p><a href=\"https://undocs.org/S/RES/2254(2015)\">2254 (2015)</a>\t2.\tReaffirms resolution ;</p></content></paragraph>\
             </mainBody></statement></akomaNtoso>";
        let doc = super::super::parse(xml).unwrap_or_else(|e| panic!("{e}"));
        let p = doc.paragraphs.iter().find(|p| p.id == "op2").expect("op2");
        assert_eq!(p.number.as_deref(), Some("2"));
        assert_eq!(p.text, "2254 (2015) Reaffirms resolution ;");
        assert_eq!(p.citations.first().map(|c| c.range.clone()), Some(0..11));
    }

    /// A resolution with one annex whose body is `annex`.
    fn with_annex(annex: &str) -> crate::document::Document {
        let xml = format!(
            "<akomaNtoso><statement name=\"resolution\"><mainBody>\
             <paragraph eId=\"para_1\"><num>1.</num><content><p>\tApproves the annex.</p></content></paragraph>\
             </mainBody><attachments><attachment><doc name=\"annex\"><mainBody>\
             <paragraph class=\"HCh\"><heading>Annex</heading></paragraph>{annex}\
             </mainBody></doc></attachment></attachments></statement></akomaNtoso>"
        );
        super::super::parse(&xml).unwrap_or_else(|e| panic!("{e}"))
    }

    fn para(text: &str) -> String {
        format!(
            "<paragraph class=\"SingleTxt\"><content><p xml:space=\"preserve\">{text}</p></content></paragraph>"
        )
    }

    fn annex_refs(doc: &crate::document::Document) -> Vec<String> {
        doc.paragraphs
            .iter()
            .filter(|p| {
                p.id.starts_with("annex") && p.kind != crate::document::ParagraphKind::Other
            })
            .map(|p| p.reference.clone())
            .collect()
    }

    /// 75/129 in Spanish: the annex's paragraphs lost the numbers Word gave them; they start
    /// at the margin, where unnumbered lines start with a tab.
    #[test]
    fn an_annex_whose_numbers_were_lost_is_numbered_as_printed() {
        let doc = with_annex(
            &[
                para("The trust fund is established."),
                para("The Court is the principal judicial organ."),
                para("Its role is to settle disputes."),
                para("\tMonday, 1 March: from 10 a.m. to 1 p.m."),
                para("The fund will be administered by the Secretary-General."),
            ]
            .concat(),
        );
        assert_eq!(
            annex_refs(&doc),
            ["Annex 1", "Annex 2", "Annex 3", "Annex 4"]
        );
        assert!(
            doc.warnings
                .iter()
                .any(|w| w.message.contains("Word numbered"))
        );
        // Lines each under a heading of their own (a list of posts) are not numbered.
        let doc = with_annex(&[
            "<paragraph class=\"H4\"><heading>Department of Operational Support</heading></paragraph>",
            &para("Redeployment of 2 posts"),
            "<paragraph class=\"H4\"><heading>Office of Military Affairs</heading></paragraph>",
            &para("Reassignment of 1 post"),
            "<paragraph class=\"H4\"><heading>Procurement Division</heading></paragraph>",
            &para("Transfer of 2 posts"),
        ].concat());
        assert!(annex_refs(&doc).is_empty(), "{:?}", annex_refs(&doc));
    }

    /// 75/212 in Chinese: rules of procedure whose numbering restarts under each `第N条`,
    /// marked up as plain paragraphs; in Chinese, lines after a sub-paragraph's colon are its
    /// points without bullets (75/284).
    #[test]
    fn rules_in_chinese_name_their_paragraphs() {
        let doc = with_annex(&[
            &para("\t\t第7条"),
            &para("\t\t主持会议主席的一般权力"),
            "<paragraph class=\"SingleTxt\"><num>1.</num><content><p>\t两主席应轮流主持会议。</p></content></paragraph>",
            "<paragraph class=\"SingleTxt\"><num>2.</num><content><p>\t主持会议的主席始终在会议授权下履行职务。</p></content></paragraph>",
            &para("\t\t第8条"),
            &para("\t\t代理主席"),
            "<paragraph class=\"SingleTxt\"><num>1.</num><content><p>\t可指定副主席一人主持会议：</p></content></paragraph>",
            "<paragraph class=\"SingleTxt\"><num>(a)</num><content><p>\t提供：</p></content></paragraph>",
            &para("\t30%的检测和治疗服务；"),
            &para("\t60%支持实现社会推进手段的方案。"),
        ].concat());
        let ids: Vec<String> = doc
            .paragraphs
            .iter()
            .filter(|p| p.id.starts_with("annex-art"))
            .map(|p| p.id.clone())
            .collect();
        assert_eq!(
            ids,
            [
                "annex-art.7-1",
                "annex-art.7-2",
                "annex-art.8-1",
                "annex-art.8-1a",
                "annex-art.8-1a-i",
                "annex-art.8-1a-ii"
            ],
            "{ids:?}"
        );
    }
}
