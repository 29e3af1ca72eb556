//! Akoma Ntoso (AKN4UN) XML, the UN's own markup of resolutions.
//!
//! Two passes over the tree that `roxmltree` builds: [`reader`] walks it in reading order
//! into items (text with styles, links and footnote markers, and the label printed before
//! it); [`outline`] then decides what each item is and names it (ids, references, parents,
//! sections), which needs the neighbours. Metadata is read in one pass of its own ([`meta`]).

mod body;
mod inline;
mod label;
mod meta;
mod outline;
mod reader;

use super::ParseError;
use crate::cite;
use crate::document::{Division, Document, Format, Language, Warning};
use body::DOCUMENTS;
use reader::{DivisionNaming, Reader};
use roxmltree::Node;

/// How far into the text [`looks_like`] reads before giving up on finding the root element.
const SNIFF_BYTES: usize = 64 * 1024;

/// Nodes one file may hold; the largest resolution in the corpus has about 60,000.
const NODES_LIMIT: u32 = 4_000_000;

/// How many bytes declared entities may add when expanded.
const ENTITY_BUDGET: usize = 8 * 1024 * 1024;

/// Whether the text is Akoma Ntoso XML: its root element is `akomaNtoso`. Reads at most the
/// first 64 KB, past a byte order mark, the XML declaration, comments and a DOCTYPE.
pub fn looks_like(text: &str) -> bool {
    let Some(prolog) = prolog(text, SNIFF_BYTES) else {
        return false;
    };
    let name: &str = prolog
        .root
        .get(1..)
        .unwrap_or_default()
        .split(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .next()
        .unwrap_or_default();
    let local = name.rsplit(':').next().unwrap_or(name);
    local == "akomaNtoso"
}

/// Parses AKN XML into a [`Document`].
///
/// Never resolves external entities: a DOCTYPE is accepted, but entity declarations that are
/// external, nested, or would expand beyond a few megabytes are refused.
pub fn parse(text: &str) -> Result<Document, ParseError> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let base = text.len() - body.len();
    if let Some(prolog) = prolog(body, body.len())
        && let Some(doctype) = prolog.doctype
    {
        check_entities(doctype, body)?;
    }
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        nodes_limit: NODES_LIMIT,
        ..roxmltree::ParsingOptions::default()
    };
    let xml =
        roxmltree::Document::parse_with_options(body, options).map_err(|e| xml_error(&e, body))?;
    let mut doc = read(&xml)?;
    if base > 0 {
        for p in &mut doc.paragraphs {
            if let Some(range) = &mut p.source_range {
                *range = range.start + base..range.end + base;
            }
        }
    }
    super::finish(&mut doc);
    Ok(doc)
}

fn read(xml: &roxmltree::Document) -> Result<Document, ParseError> {
    let root = xml.root_element();
    if root.tag_name().name() != "akomaNtoso" {
        return Err(ParseError::at_file(crate::text!(
            "read-xml-not-akoma-ntoso",
            element = root.tag_name().name()
        )));
    }
    let parts = parts(root);
    if parts.is_empty() {
        return Err(ParseError::at_file(crate::text!(
            "read-akoma-ntoso-no-resolution"
        )));
    }
    let has_text = parts.iter().any(|p| {
        p.children().any(|c| {
            matches!(
                c.tag_name().name(),
                "preamble" | "mainBody" | "body" | "mainContent" | "judgmentBody" | "debateBody"
            )
        })
    });
    if !has_text {
        return Err(ParseError::at_file(crate::text!(
            "read-akoma-ntoso-no-text"
        )));
    }

    let mut doc = Document::new(Format::AkomaNtoso);
    let (meta, meta_warnings) = meta::read(xml);
    doc.meta = meta;
    let lang = doc.meta.language;
    let cite_ctx = cite::Context {
        body: doc.meta.body,
        language: lang,
    };
    let mut reader = Reader::new(xml, cite_ctx, lang == Some(Language::Ar));
    reader.divisions = std::mem::take(&mut doc.divisions);
    reader.naming.push(DivisionNaming {
        id_prefix: String::new(),
        ref_prefix: String::new(),
        annex: false,
    });
    if let Some(preface) = root
        .children()
        .filter(|c| c.tag_name().name() == "documentCollection")
        .flat_map(|c| c.children())
        .find(|c| c.tag_name().name() == "preface")
    {
        reader.preface_notes(preface);
    }
    let several = parts.len() > 1;
    for (i, part) in parts.iter().enumerate() {
        let division = if several {
            add_part(&mut reader, *part, i)
        } else {
            0
        };
        reader.document(*part, division);
    }
    reader.finish_annexes(lang);

    let Reader {
        items,
        footnotes,
        warnings,
        divisions,
        naming,
        formula,
        lines,
        ..
    } = reader;
    let (paragraphs, outline_warnings) =
        outline::Outline::new(&naming, &lines, cite_ctx).run(items);
    doc.paragraphs = paragraphs;
    doc.footnotes = footnotes;
    doc.divisions = divisions;
    doc.formula = formula;
    doc.warnings = meta_warnings;
    doc.warnings.extend(warnings);
    doc.warnings.extend(outline_warnings);
    link_footnotes(&mut doc);
    if doc.paragraphs.is_empty() {
        doc.warnings
            .push(Warning::new(crate::text!("warning-no-paragraphs")));
    }
    Ok(doc)
}

/// The documents that hold the text: the parts of a collection, or the one statement.
fn parts<'a, 'input>(root: Node<'a, 'input>) -> Vec<Node<'a, 'input>> {
    let collection = root
        .children()
        .any(|c| c.tag_name().name() == "documentCollection");
    if collection {
        let components: Vec<Node> = root
            .children()
            .filter(|c| c.tag_name().name() == "components")
            .flat_map(|c| c.children())
            .filter_map(|component| {
                component
                    .children()
                    .find(|c| c.is_element() && DOCUMENTS.contains(&c.tag_name().name()))
            })
            .collect();
        if !components.is_empty() {
            return components;
        }
    }
    root.children()
        .filter(|c| c.is_element() && DOCUMENTS.contains(&c.tag_name().name()))
        .take(1)
        .collect()
}

/// A division for part `index` of a collection: id `a`, label as printed (`A`), its title.
fn add_part(reader: &mut Reader, part: Node, index: usize) -> usize {
    let letter = u8::try_from(index % 26)
        .map(|i| char::from(b'a' + i))
        .unwrap_or('x');
    let id = if index < 26 {
        letter.to_string()
    } else {
        format!("{letter}{}", index / 26 + 1)
    };
    let preface = part.children().find(|c| c.tag_name().name() == "preface");
    let find = |name: &str| {
        preface
            .and_then(|p| p.descendants().find(|d| d.tag_name().name() == name))
            .map(meta::plain_text)
            .filter(|t| !t.is_empty())
    };
    let label = find("docNumber").unwrap_or_else(|| id.to_uppercase());
    let title = find("docTitle").map(|t| meta::clean_title(&t));
    reader.naming.push(DivisionNaming {
        id_prefix: id.clone(),
        ref_prefix: format!("{label} "),
        annex: false,
    });
    reader.divisions.push(Division { id, label, title });
    reader.divisions.len() - 1
}

/// Fills each footnote's `referenced_from` with the paragraphs that mark it.
fn link_footnotes(doc: &mut Document) {
    for p in &doc.paragraphs {
        for r in &p.footnote_refs {
            if let Some(footnote) = doc.footnotes.get_mut(r.footnote)
                && !footnote.referenced_from.contains(&p.id)
            {
                footnote.referenced_from.push(p.id.clone());
            }
        }
    }
}

/// What comes before the root element.
struct Prolog<'t> {
    doctype: Option<&'t str>,
    /// The text from the root element's `<` on.
    root: &'t str,
}

/// Skips a byte order mark, the XML declaration, comments, processing instructions and a
/// DOCTYPE, within the first `limit` bytes.
fn prolog(text: &str, limit: usize) -> Option<Prolog<'_>> {
    let mut rest = text.trim_start_matches('\u{feff}');
    let mut doctype = None;
    loop {
        rest = rest.trim_start();
        if text.len() - rest.len() > limit {
            return None;
        }
        if let Some(after) = rest.strip_prefix("<?") {
            rest = after.split_once("?>")?.1;
        } else if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.split_once("-->")?.1;
        } else if rest.starts_with("<!DOCTYPE") {
            let len = doctype_len(rest)?;
            doctype = rest.get(..len);
            rest = rest.get(len..)?;
        } else if rest.starts_with('<') {
            return Some(Prolog {
                doctype,
                root: rest,
            });
        } else {
            return None;
        }
    }
}

/// Length of a `<!DOCTYPE ...>` declaration, internal subset included.
fn doctype_len(text: &str) -> Option<usize> {
    let mut in_subset = false;
    let mut quote: Option<u8> = None;
    for (i, b) in text.bytes().enumerate() {
        match (quote, b) {
            (Some(q), _) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'[') => in_subset = true,
            (None, b']') => in_subset = false,
            (None, b'>') if !in_subset => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// Refuses entity declarations that could fetch files or expand without bound; plain ones
/// (`<!ENTITY nbsp "&#160;">`) are fine.
fn check_entities(doctype: &str, text: &str) -> Result<(), ParseError> {
    let refuse = |key: &'static str| Err(ParseError::at_file(crate::text!(key)));
    let mut longest = 0usize;
    for declaration in doctype.split("<!ENTITY").skip(1) {
        let declaration = declaration.trim_start();
        if declaration.starts_with('%') {
            return refuse("read-parameter-entities");
        }
        let after_name = declaration
            .trim_start_matches(|c: char| !c.is_whitespace())
            .trim_start();
        if after_name.starts_with("SYSTEM") || after_name.starts_with("PUBLIC") {
            return refuse("read-external-entities");
        }
        let mut chars = after_name.chars();
        let value = match chars.next() {
            Some(q @ ('"' | '\'')) => chars.as_str().split(q).next().unwrap_or_default(),
            _ => "",
        };
        // `&#38;` and `&#x26;` are an ampersand: the replacement text is parsed again, so
        // they make a reference to another entity as surely as `&other;` does.
        let nested = value.match_indices('&').any(|(i, _)| {
            let rest = &value[i..];
            !rest.starts_with("&#")
                || rest.starts_with("&#38;")
                || rest.to_ascii_lowercase().starts_with("&#x26;")
        });
        if nested {
            return refuse("read-nested-entities");
        }
        longest = longest.max(value.len());
    }
    let references = text.bytes().filter(|&b| b == b'&').count();
    if references.saturating_mul(longest) > ENTITY_BUDGET {
        return refuse("read-entities-too-large");
    }
    Ok(())
}

/// A roxmltree error as a [`ParseError`] with the position taken out of the message.
fn xml_error(e: &roxmltree::Error, text: &str) -> ParseError {
    use roxmltree::Error as E;
    let message = e.to_string();
    let pos = e.pos();
    let at = format!(" at {pos}");
    let (what, position) = match message.find(&at) {
        Some(i) => {
            let what = format!("{}{}", &message[..i], &message[i + at.len()..]);
            (what, Some((pos.row as usize, pos.col as usize)))
        }
        None => match e {
            E::UnexpectedEndOfStream | E::UnclosedRootNode => (message, Some(end_position(text))),
            _ => (message, None),
        },
    };
    let reason = match e {
        E::NodesLimitReached => crate::text!("read-too-many-nodes", limit = NODES_LIMIT),
        _ => crate::text!("read-malformed-xml", error = what),
    };
    ParseError::at(reason, position.map(|p| p.0), position.map(|p| p.1))
}

/// Line and column just after the last character.
fn end_position(text: &str) -> (usize, usize) {
    let line = text.bytes().filter(|&b| b == b'\n').count() + 1;
    let last_line = text.rsplit('\n').next().unwrap_or_default();
    (line, last_line.chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_past_bom_declaration_comments_and_doctype() {
        assert!(looks_like("<akomaNtoso><statement/></akomaNtoso>"));
        assert!(looks_like(
            "\u{feff}<?xml version=\"1.0\"?>\n<!-- c -->\n<!DOCTYPE akomaNtoso [<!ENTITY x \"y\">]>\n<akn:akomaNtoso xmlns:akn=\"u\"/>"
        ));
        assert!(!looks_like("<html><body>akomaNtoso</body></html>"));
        assert!(!looks_like("# A/RES/75/32\n<akomaNtoso>"));
        assert!(!looks_like("<!-- never closed"));
        assert!(!looks_like(""));
    }

    /// Entities that expand into entities through an escaped ampersand (`&#38;`): 11 KB of
    /// XML that would expand to gigabytes is refused before it is read.
    #[test]
    fn entities_nested_through_an_escaped_ampersand_are_refused() {
        let mut doctype = String::from("<!DOCTYPE akomaNtoso [<!ENTITY a0 \"laugh\">");
        for i in 1..10 {
            let refs = format!("&#38;a{};", i - 1).repeat(10);
            doctype.push_str(&format!("<!ENTITY a{i} \"{refs}\">"));
        }
        doctype.push(']');
        doctype.push('>');
        for hex in [false, true] {
            let doctype = if hex {
                doctype.replace("&#38;", "&#x26;")
            } else {
                doctype.clone()
            };
            let xml = format!(
                "{doctype}<akomaNtoso><statement><mainBody><p>&a9;</p></mainBody></statement></akomaNtoso>"
            );
            let err = parse(&xml).unwrap_err();
            assert!(
                err.to_string().contains("expand into other entities"),
                "{err}"
            );
        }
    }

    #[test]
    fn doctype_length_skips_the_internal_subset() {
        let text = "<!DOCTYPE a [<!ENTITY b \">\">]><a/>";
        assert_eq!(doctype_len(text), Some(text.len() - 4));
    }
}
