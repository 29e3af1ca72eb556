//! Exports (Markdown, CSV, W3C Web Annotation JSON) and import from the JSON export.
//!
//! The JSON is the W3C Web Annotation model: an `AnnotationCollection` whose first page holds
//! one `Annotation` per note, with a `TextualBody` for the note's text (`purpose:
//! commenting`) and one per tag (`purpose: tagging`), and a `target` naming the document
//! (`https://undocs.org/en/A/RES/75/32`, or `urn:plenary:document:KEY` without a symbol) with
//! two selectors: a `FragmentSelector` holding the paragraph id and a `TextQuoteSelector`.
//! What the model has no term for (paragraph reference, colour, bookmark flag, the document's
//! details) goes in a `plenary` object, so that an export imports back without loss.

use super::StoreError;
use super::key::DocumentKey;
use super::note::{Anchor, Color, DocumentInfo, Note, TextQuote, clean_tags, new_note_id};
use super::notes::NoteStore;
use super::time::Timestamp;
use crate::document::{Language, Warning};
use serde_json::{Value, json};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::Path;

/// The JSON-LD context of the Web Annotation model.
pub const ANNOTATION_CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";
const NOTE_URN: &str = "urn:plenary:note:";
const DOCUMENT_URN: &str = "urn:plenary:document:";

/// Groups notes by document, keeping the order in which documents first appear.
fn grouped<'a>(
    items: impl IntoIterator<Item = (&'a DocumentInfo, &'a Note)>,
) -> Vec<(&'a DocumentInfo, Vec<&'a Note>)> {
    let mut groups: Vec<(&DocumentInfo, Vec<&Note>)> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (info, note) in items {
        let i = *index.entry(info.key.as_str()).or_insert_with(|| {
            groups.push((info, Vec::new()));
            groups.len() - 1
        });
        if let Some((_, notes)) = groups.get_mut(i) {
            notes.push(note);
        }
    }
    groups
}

/// The forms notes are exported in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Grouped by document, each note with a `plenary://` link back to its paragraph.
    Markdown,
    /// The W3C Web Annotation model (imports back).
    WebAnnotation,
    /// One row per note, for a spreadsheet.
    Csv,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Markdown, Format::WebAnnotation, Format::Csv];

    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::WebAnnotation => "json",
            Format::Csv => "csv",
        }
    }

    /// The notes in this form.
    pub fn write<'a>(
        self,
        items: impl IntoIterator<Item = (&'a DocumentInfo, &'a Note)>,
    ) -> String {
        match self {
            Format::Markdown => to_markdown(items),
            Format::Csv => to_csv(items),
            Format::WebAnnotation => {
                let mut text =
                    serde_json::to_string_pretty(&to_web_annotation(items)).unwrap_or_default();
                text.push('\n');
                text
            }
        }
    }
}

/// The note with its quote of a whole paragraph made whole again from `doc` (the store keeps
/// the first 300 characters of a long one), when `doc` has the paragraph and it still starts
/// with the quote: a W3C quote selector then names the whole paragraph.
pub fn with_whole_paragraph(note: &Note, doc: &crate::document::Document) -> Note {
    let mut note = note.clone();
    let quote = &note.anchor.quote;
    if !quote.is_paragraph() || quote.suffix.is_empty() {
        return note;
    }
    let whole = doc
        .paragraphs
        .iter()
        .find(|p| p.id == note.anchor.paragraph_id)
        .map(|p| p.text.as_str())
        .filter(|t| t.starts_with(&note.anchor.quote.exact));
    if let Some(text) = whole {
        note.anchor.quote = super::TextQuote::of_range(text, 0..text.len());
    }
    note
}

/// `A/RES/75/32, OP3`: how a delegate cites a paragraph (just the document for a note on
/// no paragraph in particular, as imported annotations may be).
pub fn citation(info: &DocumentInfo, note: &Note) -> String {
    let reference = if note.anchor.reference.trim().is_empty() {
        note.anchor.paragraph_id.trim()
    } else {
        note.anchor.reference.trim()
    };
    if reference.is_empty() {
        info.display_name()
    } else {
        format!("{}, {reference}", info.display_name())
    }
}

/// Markdown, grouped by document: a heading per document, then per note its citation, the
/// quoted text, what the reader wrote, and its tags and dates.
pub fn to_markdown<'a>(items: impl IntoIterator<Item = (&'a DocumentInfo, &'a Note)>) -> String {
    let mut out = String::from("# Notes\n");
    for (info, notes) in grouped(items) {
        out.push_str("\n## ");
        out.push_str(&info.display_name());
        if let Some(lang) = info.language {
            let _ = write!(out, " ({lang})");
        }
        if let Some(title) = info
            .title
            .as_deref()
            .filter(|t| Some(*t) != info.symbol.as_deref())
        {
            let _ = write!(out, ": {title}");
        }
        out.push('\n');
        for note in notes {
            let _ = write!(out, "\n### {}", citation(info, note));
            if note.bookmark {
                out.push_str(" (bookmark)");
            }
            out.push_str("\n\n");
            let quote = note.anchor.quote.exact.trim();
            if !quote.is_empty() {
                // The words as quoted; "…" only where a paragraph's quote was cut short.
                let q = &note.anchor.quote;
                let ellipsis = if q.is_paragraph() && !q.suffix.is_empty() {
                    "…"
                } else {
                    ""
                };
                for line in format!("{quote}{ellipsis}").lines() {
                    let _ = writeln!(out, "> {line}");
                }
                out.push('\n');
            }
            if !note.text.trim().is_empty() {
                for line in note.text.trim_end().lines() {
                    // A line starting with `#` or `>` is the reader's text, not a heading.
                    if line.starts_with('#') || line.starts_with('>') {
                        out.push('\\');
                    }
                    out.push_str(line);
                    out.push('\n');
                }
                out.push('\n');
            }
            let mut facts = Vec::new();
            if !note.tags.is_empty() {
                facts.push(format!("Tags: {}", note.tags.join(", ")));
            }
            facts.push(format!("colour {}", note.color.name()));
            facts.push(format!("created {}", note.created));
            if note.updated != note.created {
                facts.push(format!("updated {}", note.updated));
            }
            // A link that opens Plenary at the paragraph.
            let link = super::link::ParagraphLink::of_note(info, note).to_url();
            let _ = writeln!(out, "*{}* · [Open in Plenary](<{link}>)", facts.join(" · "));
        }
    }
    out
}

/// One CSV field, quoted when it must be (RFC 4180). A field a spreadsheet would take for a
/// formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return: a note reading
/// `=HYPERLINK(...)`, a quote starting with a dash) gets a `'` in front, inside quotes, as
/// OWASP advises: shown as text, never run.
pub(crate) fn csv_field(out: &mut String, field: &str) {
    if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        out.push_str("\"'");
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else if field.contains([',', '"', '\n', '\r'])
        || field.starts_with(' ')
        || field.ends_with(' ')
    {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

/// The CSV columns, in order.
pub const CSV_COLUMNS: [&str; 13] = [
    "id",
    "document",
    "language",
    "paragraph",
    "paragraph_id",
    "quote",
    "text",
    "bookmark",
    "tags",
    "color",
    "created",
    "updated",
    "path",
];

/// CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted), one row
/// per note; tags joined with `; `; fields that would start a formula made plain text.
pub fn to_csv<'a>(items: impl IntoIterator<Item = (&'a DocumentInfo, &'a Note)>) -> String {
    let mut out = CSV_COLUMNS.join(",");
    out.push_str("\r\n");
    for (info, note) in items {
        let row = [
            note.id.clone(),
            info.display_name(),
            info.language
                .map(|l| l.code().to_string())
                .unwrap_or_default(),
            note.anchor.reference.clone(),
            note.anchor.paragraph_id.clone(),
            note.anchor.quote.exact.clone(),
            note.text.clone(),
            note.bookmark.to_string(),
            note.tags.join("; "),
            note.color.name().to_string(),
            note.created.to_string(),
            note.updated.to_string(),
            info.path.clone().unwrap_or_default(),
        ];
        csv_row(&mut out, &row);
    }
    out
}

/// One CSV record of `fields`, CRLF-ended, each field as [`csv_field`] writes it.
pub(crate) fn csv_row<S: AsRef<str>>(out: &mut String, fields: &[S]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        csv_field(out, field.as_ref());
    }
    out.push_str("\r\n");
}

/// The address of a document for a Web Annotation target.
fn source_of(info: &DocumentInfo) -> String {
    match info.symbol.as_deref().filter(|s| !s.is_empty()) {
        Some(symbol) => {
            let symbol = symbol.replace(' ', "%20");
            match info.language {
                Some(lang) => format!("https://undocs.org/{lang}/{symbol}"),
                None => format!("https://undocs.org/{symbol}"),
            }
        }
        None => format!("{DOCUMENT_URN}{}", info.key),
    }
}

/// One note as a W3C Web Annotation.
pub fn annotation(info: &DocumentInfo, note: &Note) -> Value {
    let mut body = Vec::new();
    if !note.text.is_empty() {
        body.push(json!({
            "type": "TextualBody",
            "value": note.text,
            "format": "text/plain",
            "purpose": "commenting",
        }));
    }
    for tag in &note.tags {
        body.push(json!({ "type": "TextualBody", "value": tag, "purpose": "tagging" }));
    }
    let motivation = if note.bookmark {
        "bookmarking"
    } else if note.text.is_empty() {
        "highlighting"
    } else {
        "commenting"
    };
    let quote = &note.anchor.quote;
    let mut value = json!({
        "@context": ANNOTATION_CONTEXT,
        "id": format!("{NOTE_URN}{}", note.id),
        "type": "Annotation",
        "motivation": motivation,
        "created": note.created,
        "modified": note.updated,
        "target": {
            "source": source_of(info),
            "selector": [
                {
                    "type": "FragmentSelector",
                    "conformsTo": "http://tools.ietf.org/rfc/rfc3986",
                    "value": note.anchor.paragraph_id,
                },
                {
                    "type": "TextQuoteSelector",
                    "exact": quote.exact,
                    "prefix": quote.prefix,
                    "suffix": quote.suffix,
                },
            ],
        },
        "plenary": {
            "paragraph": note.anchor.reference,
            "color": note.color,
            "bookmark": note.bookmark,
            "document": info,
        },
    });
    if !body.is_empty()
        && let Some(map) = value.as_object_mut()
    {
        map.insert("body".into(), Value::Array(body));
    }
    value
}

/// Every note as a W3C `AnnotationCollection` with its annotations on the first page.
pub fn to_web_annotation<'a>(
    items: impl IntoIterator<Item = (&'a DocumentInfo, &'a Note)>,
) -> Value {
    let annotations: Vec<Value> = items
        .into_iter()
        .map(|(info, note)| annotation(info, note))
        .collect();
    json!({
        "@context": ANNOTATION_CONTEXT,
        "type": "AnnotationCollection",
        "label": "Plenary notes",
        "total": annotations.len(),
        "first": {
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": annotations,
        },
    })
}

/// Files to import larger than this are refused (an export of ten thousand notes is a few
/// megabytes).
pub const MAX_IMPORT_SIZE: u64 = 256 * 1024 * 1024;

/// A note read from an import, with the document it belongs to.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedNote {
    pub document: DocumentInfo,
    pub note: Note,
}

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportReport {
    /// Notes added.
    pub added: usize,
    /// Ids already in the store with the same content: skipped.
    pub duplicates: Vec<String>,
    /// Ids already in the store with different content: the store's version is kept.
    pub conflicts: Vec<String>,
    /// Items that were not annotations, and repairs made while saving.
    pub warnings: Vec<Warning>,
}

/// The type (or any of the types) of a JSON-LD object.
fn has_type(value: &Value, wanted: &str) -> bool {
    match value.get("type").or_else(|| value.get("@type")) {
        Some(Value::String(t)) => t == wanted,
        Some(Value::Array(types)) => types.iter().any(|t| t.as_str() == Some(wanted)),
        _ => false,
    }
}

/// A value that may be one object or an array of them, as an iterator.
fn one_or_many(value: Option<&Value>) -> impl Iterator<Item = &Value> {
    let items: Vec<&Value> = match value {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(other) => vec![other],
        None => Vec::new(),
    };
    items.into_iter()
}

fn str_of<'a>(value: &'a Value, key: &str) -> Option<&'a str> {
    value.get(key).and_then(Value::as_str)
}

/// Symbol and language from an undocs.org address (`https://undocs.org/en/A/RES/75/32`).
fn undocs_symbol(source: &str) -> Option<(String, Option<Language>)> {
    let rest = source
        .strip_prefix("https://undocs.org/")
        .or_else(|| source.strip_prefix("http://undocs.org/"))?;
    let rest = rest.replace("%20", " ");
    let (first, tail) = rest.split_once('/')?;
    match Language::from_code(first).filter(|_| first.len() == 2) {
        Some(lang) => Some((tail.to_string(), Some(lang))),
        None => Some((rest.clone(), None)),
    }
}

/// Reads the annotations of a Web Annotation JSON text (a collection, a page, one annotation
/// or an array of them). Items that are not annotations are counted in the warnings.
pub fn parse_web_annotation(
    text: &str,
    path: &Path,
) -> Result<(Vec<ImportedNote>, Vec<Warning>), StoreError> {
    let import_error = |reason: crate::i18n::Text| StoreError::Import {
        reason,
        path: path.to_path_buf(),
    };
    let root: Value = serde_json::from_str(text)
        .map_err(|e| import_error(crate::text!("store-import-not-json", error = e.to_string())))?;
    let items: Vec<&Value> = if let Some(array) = root.as_array() {
        array.iter().collect()
    } else if has_type(&root, "AnnotationCollection") {
        let first = root.get("first");
        one_or_many(
            first
                .and_then(|f| f.get("items"))
                .or_else(|| root.get("items")),
        )
        .collect()
    } else if has_type(&root, "AnnotationPage") {
        one_or_many(root.get("items")).collect()
    } else if has_type(&root, "Annotation") {
        vec![&root]
    } else {
        return Err(import_error(crate::text!("store-import-not-an-export")));
    };
    let mut notes = Vec::new();
    let mut skipped = 0usize;
    for item in items {
        match imported_note(item) {
            Some(note) => notes.push(note),
            None => skipped += 1,
        }
    }
    let mut warnings = Vec::new();
    if skipped > 0 {
        warnings.push(Warning::new(crate::text!(
            "store-warning-import-skipped",
            count = skipped,
            path = crate::printable::path(path)
        )));
    }
    Ok((notes, warnings))
}

/// One annotation as a note; None if it is not an annotation of a document.
fn imported_note(item: &Value) -> Option<ImportedNote> {
    if !has_type(item, "Annotation") {
        return None;
    }
    let extra = item.get("plenary");
    let target = one_or_many(item.get("target")).next()?;
    let source = match target {
        Value::String(s) => s.as_str(),
        other => str_of(other, "source").unwrap_or(""),
    };
    let mut paragraph_id = String::new();
    let mut quote = TextQuote::default();
    for selector in one_or_many(target.get("selector")) {
        if has_type(selector, "FragmentSelector") {
            paragraph_id = str_of(selector, "value").unwrap_or("").to_string();
        } else if has_type(selector, "TextQuoteSelector") {
            quote = TextQuote {
                exact: str_of(selector, "exact").unwrap_or("").to_string(),
                prefix: str_of(selector, "prefix").unwrap_or("").to_string(),
                suffix: str_of(selector, "suffix").unwrap_or("").to_string(),
            };
        }
    }
    let mut text = String::new();
    let mut tags = Vec::new();
    for body in one_or_many(item.get("body").or_else(|| item.get("bodyValue"))) {
        let (value, purpose) = match body {
            Value::String(s) => (s.as_str(), None),
            other => (
                str_of(other, "value").unwrap_or(""),
                str_of(other, "purpose"),
            ),
        };
        match purpose {
            Some("tagging") => tags.push(value.to_string()),
            _ if text.is_empty() => text = value.to_string(),
            _ => {
                text.push_str("\n\n");
                text.push_str(value);
            }
        }
    }
    let motivations: Vec<&str> = one_or_many(item.get("motivation"))
        .filter_map(Value::as_str)
        .collect();
    let bookmark = extra
        .and_then(|e| e.get("bookmark"))
        .and_then(Value::as_bool)
        .unwrap_or_else(|| motivations.contains(&"bookmarking"));
    let color = extra
        .and_then(|e| str_of(e, "color"))
        .and_then(Color::from_name)
        .unwrap_or_default();
    let reference = extra
        .and_then(|e| str_of(e, "paragraph"))
        .map(str::to_string)
        .unwrap_or_else(|| paragraph_id.to_uppercase());
    let id = str_of(item, "id")
        .map(|id| id.strip_prefix(NOTE_URN).unwrap_or(id).trim().to_string())
        .filter(|id| !id.is_empty())
        .unwrap_or_else(new_note_id);
    let now = Timestamp::now();
    let created = str_of(item, "created")
        .and_then(Timestamp::parse)
        .unwrap_or(now);
    let updated = str_of(item, "modified")
        .and_then(Timestamp::parse)
        .unwrap_or(created);

    let mut document = extra
        .and_then(|e| e.get("document"))
        .and_then(|d| serde_json::from_value::<DocumentInfo>(d.clone()).ok())
        .unwrap_or_default();
    if document.key.is_empty() {
        if let Some(key) = source.strip_prefix(DOCUMENT_URN) {
            document.key = key.to_string();
        } else if let Some((symbol, language)) = undocs_symbol(source) {
            document.key = DocumentKey::for_symbol(&symbol, language)
                .as_str()
                .to_string();
            document.symbol = Some(symbol);
            document.language = language;
        } else if !source.is_empty() {
            document.key = source.to_string();
        } else {
            return None;
        }
    }
    Some(ImportedNote {
        document,
        note: Note {
            id,
            anchor: Anchor {
                paragraph_id,
                reference,
                quote,
            },
            text,
            color,
            tags: clean_tags(tags),
            bookmark,
            created,
            updated,
        },
    })
}

impl NoteStore {
    /// Adds imported notes: an id already in the store is a duplicate (same document and
    /// content: skipped) or a conflict (anything different: the store's version is kept and
    /// the id reported). Everything else is added, one write per document.
    pub fn import(&self, items: Vec<ImportedNote>) -> Result<ImportReport, StoreError> {
        let all = self.load_all()?;
        let in_store: HashMap<&str, (&str, &Note)> = all
            .notes()
            .map(|(info, note)| (note.id.as_str(), (info.key.as_str(), note)))
            .collect();
        let mut report = ImportReport::default();
        let mut seen: HashMap<String, ImportedNote> = HashMap::new();
        let mut by_document: BTreeMap<String, (DocumentInfo, Vec<Note>)> = BTreeMap::new();
        for item in items {
            let id = item.note.id.clone();
            let existing = in_store
                .get(id.as_str())
                .map(|(key, note)| (*key, *note))
                .or_else(|| seen.get(&id).map(|s| (s.document.key.as_str(), &s.note)));
            if let Some((key, note)) = existing {
                if key == item.document.key && note.same_content(&item.note) {
                    report.duplicates.push(id);
                } else {
                    report.conflicts.push(id);
                }
                continue;
            }
            seen.insert(id, item.clone());
            let entry = by_document
                .entry(item.document.key.clone())
                .or_insert_with(|| (item.document.clone(), Vec::new()));
            entry.1.push(item.note);
        }
        for (_, (info, notes)) in by_document {
            let count = notes.len();
            let mut document = self.open_info(info)?;
            document.insert_all(notes)?;
            report.added += count;
            report.warnings.extend(document.take_warnings());
        }
        Ok(report)
    }

    /// Reads a Web Annotation JSON file and imports it.
    pub fn import_file(&self, path: &Path) -> Result<ImportReport, StoreError> {
        let import_error = |reason: crate::i18n::Text| StoreError::Import {
            reason,
            path: path.to_path_buf(),
        };
        let bytes = crate::parse::read_user_file(path, MAX_IMPORT_SIZE)
            .map_err(|e| import_error(crate::parse::unreadable_text(&e)))?;
        let text = String::from_utf8(bytes)
            .map_err(|_| import_error(crate::text!("store-import-not-utf8")))?;
        let (items, warnings) = parse_web_annotation(&text, path)?;
        let mut report = self.import(items)?;
        report.warnings.splice(0..0, warnings);
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> (DocumentInfo, Note) {
        let info = DocumentInfo {
            key: "A/RES/75/32@en".into(),
            symbol: Some("A/RES/75/32".into()),
            language: Some(Language::En),
            title: Some("Advancing responsible State behaviour in cyberspace".into()),
            path: Some("/docs/75_32_E.xml".into()),
            content_hash: None,
        };
        let note = Note {
            id: "0193b2c4d5e6-0123456789abcdef".into(),
            anchor: Anchor {
                paragraph_id: "op3".into(),
                reference: "OP3".into(),
                quote: TextQuote {
                    exact: "Welcomes the productive and ongoing work".into(),
                    prefix: String::new(),
                    suffix: " of the Group".into(),
                },
            },
            text: "Ask about \"ongoing\",\nand the timeline.".into(),
            color: Color::Green,
            tags: vec!["cyber".into(), "GGE".into()],
            bookmark: true,
            created: Timestamp::from_millis(1_607_353_445_678),
            updated: Timestamp::from_millis(1_607_353_500_000),
        };
        (info, note)
    }

    #[test]
    fn csv_quotes_what_must_be_quoted() {
        let (info, note) = sample();
        let csv = to_csv([(&info, &note)]);
        let mut lines = csv.split("\r\n");
        assert_eq!(lines.next(), Some(CSV_COLUMNS.join(",").as_str()));
        let row = lines.next().unwrap();
        assert!(row.starts_with("0193b2c4d5e6-0123456789abcdef,A/RES/75/32,en,OP3,op3,"));
        assert!(
            csv.contains("\"Ask about \"\"ongoing\"\",\nand the timeline.\""),
            "{csv}"
        );
        assert!(csv.contains(",true,cyber; GGE,green,2020-12-07T15:04:05.678Z,"));
        assert!(csv.ends_with("/docs/75_32_E.xml\r\n"));
    }

    #[test]
    fn markdown_cites_paragraphs_and_escapes_headings() {
        let (info, mut note) = sample();
        note.text = "# not a heading\nsecond line".into();
        let md = to_markdown([(&info, &note)]);
        assert!(
            md.contains("\n## A/RES/75/32 (en): Advancing responsible"),
            "{md}"
        );
        assert!(md.contains("\n### A/RES/75/32, OP3 (bookmark)\n"), "{md}");
        // The words as the reader quoted them: nothing added.
        assert!(
            md.contains("\n> Welcomes the productive and ongoing work\n"),
            "{md}"
        );
        assert!(md.contains("\n\\# not a heading\nsecond line\n"), "{md}");
        assert!(md.contains("Tags: cyber, GGE"), "{md}");
        // A paragraph's quote cut at the length limit says so.
        let long = "Welcomes the work of the Group ".repeat(20);
        note.anchor.quote = TextQuote::of_paragraph(&long);
        let md = to_markdown([(&info, &note)]);
        let quoted = md.lines().find(|l| l.starts_with("> ")).unwrap();
        assert!(quoted.ends_with('…'), "{quoted}");
        assert!(quoted.chars().count() < long.chars().count());
    }

    #[test]
    fn a_tag_typed_with_its_hash_is_stored_without_it() {
        assert_eq!(
            clean_tags(vec![
                "#cyber".into(),
                " GGE ".into(),
                "cyber".into(),
                "#".into()
            ]),
            vec!["cyber".to_string(), "GGE".to_string()]
        );
    }

    #[test]
    fn web_annotation_round_trips_and_reads_foreign_annotations() {
        let (info, note) = sample();
        let value = to_web_annotation([(&info, &note)]);
        let item = &value["first"]["items"][0];
        assert_eq!(item["type"], "Annotation");
        assert_eq!(item["@context"], ANNOTATION_CONTEXT);
        assert_eq!(
            item["target"]["source"],
            "https://undocs.org/en/A/RES/75/32"
        );
        assert_eq!(item["target"]["selector"][1]["type"], "TextQuoteSelector");
        let text = serde_json::to_string(&value).unwrap();
        let (back, warnings) = parse_web_annotation(&text, Path::new("x.json")).unwrap();
        assert!(warnings.is_empty());
        assert_eq!(
            back,
            vec![ImportedNote {
                document: info,
                note
            }]
        );

        // An annotation from another tool: no plenary extension, body as a plain value.
        let foreign = r#"{ "@context": "http://www.w3.org/ns/anno.jsonld",
            "type": "Annotation", "bodyValue": "check this",
            "target": { "source": "https://undocs.org/S/RES/2532%20(2020)",
                        "selector": { "type": "FragmentSelector", "value": "op1" } } }"#;
        let (items, _) = parse_web_annotation(foreign, Path::new("f.json")).unwrap();
        let item = &items[0];
        assert_eq!(item.document.key, "S/RES/2532 (2020)");
        assert_eq!(item.note.text, "check this");
        assert_eq!(item.note.anchor.reference, "OP1");
        assert!(!item.note.id.is_empty());

        let err = parse_web_annotation("{\"a\": 1}", Path::new("/tmp/n.json")).unwrap_err();
        assert!(err.to_string().ends_with("/tmp/n.json"), "{err}");
        assert!(parse_web_annotation("{", Path::new("n")).is_err());
    }
}
