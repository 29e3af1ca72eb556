//! `plenary inspect [--json] FILE`.

use crate::document::{Document, Paragraph};
use crate::parse;
use crate::printable::line;
use clap::Args;
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// Print JSON for scripts instead of text for people.
    #[arg(long)]
    pub json: bool,
    /// A resolution file: Akoma Ntoso XML, or a markdown or text export.
    pub file: PathBuf,
}

pub fn run(args: &InspectArgs) -> anyhow::Result<()> {
    let doc = parse::parse_file(&args.file)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &InspectJson::from(&doc))?;
        writeln!(out)?;
    } else {
        write_text(&mut out, &doc)?;
    }
    out.flush()?;
    Ok(())
}

/// The `--json` shape of CLI.md. Field names are a contract: add, never rename.
#[derive(Debug, Serialize)]
pub struct InspectJson<'a> {
    pub format: &'static str,
    pub symbol: Option<&'a str>,
    pub language: Option<&'static str>,
    pub title: Option<&'a str>,
    pub adopted: Option<&'a str>,
    pub number: Option<&'a str>,
    pub body: Option<&'static str>,
    pub session: Option<u32>,
    pub agenda_items: &'a [String],
    pub meeting: Option<&'a str>,
    pub committee_report: Option<&'a str>,
    pub draft_symbol: Option<&'a str>,
    pub is_draft: bool,
    pub formula: Option<&'a str>,
    pub paragraphs: Vec<ParagraphJson<'a>>,
    pub footnotes: Vec<FootnoteJson<'a>>,
    pub warnings: Vec<String>,
    /// How it was adopted: outcome, counts and each state's vote; null when the file has none.
    pub votes: Option<VotesJson<'a>>,
    pub sponsors: &'a [String],
    pub additional_sponsors: &'a [String],
    pub workflow: &'a [crate::document::WorkflowStep],
    /// A Word file's tracked changes (0 when it has none); null for other formats.
    pub tracked_changes: Option<usize>,
    /// A Word file's comments, in the order of the text.
    pub comments: Vec<CommentJson<'a>>,
}

#[derive(Debug, Serialize)]
pub struct VotesJson<'a> {
    /// `recorded`, `without vote`, or the file's own word.
    pub outcome: &'a str,
    pub in_favour: Option<u32>,
    pub against: Option<u32>,
    pub abstaining: Option<u32>,
    pub countries: CountriesJson<'a>,
}

#[derive(Debug, Serialize)]
pub struct CountriesJson<'a> {
    pub in_favour: &'a [String],
    pub against: &'a [String],
    pub abstaining: &'a [String],
}

#[derive(Debug, Serialize)]
pub struct CommentJson<'a> {
    pub author: &'a str,
    pub date: Option<&'a str>,
    /// The reference of the paragraph it is on (`OP3`), or null.
    pub paragraph: Option<&'a str>,
    pub text: &'a str,
}

#[derive(Debug, Serialize)]
pub struct ParagraphJson<'a> {
    pub id: &'a str,
    #[serde(rename = "ref")]
    pub reference: &'a str,
    pub kind: &'static str,
    pub number: Option<&'a str>,
    pub parent: Option<&'a str>,
    pub text: &'a str,
    pub footnotes: Vec<&'a str>,
    pub citations: Vec<&'a str>,
}

#[derive(Debug, Serialize)]
pub struct FootnoteJson<'a> {
    pub marker: &'a str,
    pub text: &'a str,
    pub citations: Vec<&'a str>,
    pub referenced_from: &'a [String],
}

impl<'a> From<&'a Document> for InspectJson<'a> {
    fn from(doc: &'a Document) -> Self {
        let meta = &doc.meta;
        InspectJson {
            format: doc.format.name(),
            symbol: meta.symbol.as_deref(),
            language: meta.language.map(|l| l.code()),
            title: meta.title.as_deref(),
            adopted: meta.adopted.as_deref(),
            number: meta.number.as_deref(),
            body: meta.body.map(|b| b.name()),
            session: meta.session,
            agenda_items: &meta.agenda_items,
            meeting: meta.meeting.as_deref(),
            committee_report: meta.committee_report.as_deref(),
            draft_symbol: meta.draft_symbol.as_deref(),
            is_draft: meta.is_draft,
            formula: doc.formula.as_deref(),
            paragraphs: doc.paragraphs.iter().map(ParagraphJson::from).collect(),
            footnotes: doc
                .footnotes
                .iter()
                .map(|f| FootnoteJson {
                    marker: &f.marker,
                    text: &f.text,
                    citations: crate::cite::distinct_symbols(&f.citations),
                    referenced_from: &f.referenced_from,
                })
                .collect(),
            warnings: doc.warnings.iter().map(|w| w.to_string()).collect(),
            votes: meta.votes.as_ref().map(|v| VotesJson {
                outcome: &v.outcome,
                in_favour: v.count(crate::document::Vote::InFavour),
                against: v.count(crate::document::Vote::Against),
                abstaining: v.count(crate::document::Vote::Abstaining),
                countries: CountriesJson {
                    in_favour: &v.in_favour_states,
                    against: &v.against_states,
                    abstaining: &v.abstaining_states,
                },
            }),
            sponsors: &meta.sponsors,
            additional_sponsors: &meta.additional_sponsors,
            workflow: &meta.workflow,
            tracked_changes: (doc.format == crate::document::Format::Docx)
                .then(|| doc.revisions.as_ref().map_or(0, |r| r.changes.len())),
            comments: doc
                .comments
                .iter()
                .map(|c| CommentJson {
                    author: &c.author,
                    date: c.date.as_deref(),
                    paragraph: c
                        .paragraph
                        .as_deref()
                        .and_then(|id| doc.paragraph(id))
                        .map(|p| p.reference.as_str()),
                    text: &c.text,
                })
                .collect(),
        }
    }
}

impl<'a> From<&'a Paragraph> for ParagraphJson<'a> {
    fn from(p: &'a Paragraph) -> Self {
        ParagraphJson {
            id: &p.id,
            reference: &p.reference,
            kind: p.kind.name(),
            number: p.number.as_deref(),
            parent: p.parent.as_deref(),
            text: &p.text,
            footnotes: p.footnote_markers(),
            citations: crate::cite::distinct_symbols(&p.citations),
        }
    }
}

fn write_text(out: &mut impl Write, doc: &Document) -> std::io::Result<()> {
    use crate::document::ParagraphKind as K;
    let meta = &doc.meta;
    let lang = meta.language.map_or("unknown language", |l| l.code());
    writeln!(
        out,
        "{} · {} · {}",
        line(&doc.display_name()),
        lang,
        doc.format.name()
    )?;
    match (&meta.number, &meta.title) {
        (Some(n), Some(t)) => writeln!(out, "{}. {}", line(n), line(t))?,
        (None, Some(t)) => writeln!(out, "{}", line(t))?,
        _ => {}
    }
    // The symbol is on the first line already.
    let facts = meta.facts_line(false);
    if !facts.is_empty() {
        writeln!(out, "{}", line(&facts))?;
    }
    if let Some(v) = &meta.votes {
        match v.tally() {
            Some(tally) => writeln!(out, "vote: {} {tally}", line(&v.outcome))?,
            None => writeln!(out, "vote: {}", line(&v.outcome))?,
        }
    }
    if !meta.sponsors.is_empty() {
        writeln!(
            out,
            "sponsors ({}): {}",
            meta.sponsors.len(),
            line(&meta.sponsors.join(", "))
        )?;
    }
    if !meta.additional_sponsors.is_empty() {
        writeln!(
            out,
            "additional sponsors ({}): {}",
            meta.additional_sponsors.len(),
            line(&meta.additional_sponsors.join(", "))
        )?;
    }
    let citations = doc.all_citations().count();
    writeln!(
        out,
        "{} preambular, {} operative, {} sub-paragraphs, {} other; {} footnotes; {} citations",
        doc.count(K::Preambular),
        doc.count(K::Operative),
        doc.count(K::Subparagraph),
        doc.count(K::Other),
        doc.footnotes.len(),
        citations
    )?;
    writeln!(out)?;
    let width = doc
        .paragraphs
        .iter()
        .map(|p| p.reference.chars().count())
        .max()
        .unwrap_or(4)
        .min(14);
    for p in &doc.paragraphs {
        let number = p
            .number
            .as_deref()
            .map(|n| format!("{n} "))
            .unwrap_or_default();
        writeln!(
            out,
            "{:<width$}  {}{}",
            line(&p.reference),
            line(&number),
            line(&p.text)
        )?;
        let indent = " ".repeat(width + 2);
        let markers = p.footnote_markers();
        if !markers.is_empty() {
            writeln!(out, "{indent}footnotes: {}", line(&markers.join(", ")))?;
        }
        if !p.citations.is_empty() {
            let list = distinct(p.citations.iter().map(citation_label));
            writeln!(out, "{indent}cites: {}", line(&list.join(", ")))?;
        }
    }
    if !doc.footnotes.is_empty() {
        writeln!(out, "\nFootnotes")?;
        for f in &doc.footnotes {
            let from = if f.referenced_from.is_empty() {
                "not referenced".to_string()
            } else {
                format!("from {}", f.referenced_from.join(", "))
            };
            writeln!(
                out,
                "{:>4}  {}  ({})",
                line(&f.marker),
                line(&f.text),
                line(&from)
            )?;
            if !f.citations.is_empty() {
                let list = distinct(f.citations.iter().map(citation_label));
                writeln!(out, "      cites: {}", line(&list.join(", ")))?;
            }
        }
    }
    if let Some(revisions) = &doc.revisions {
        writeln!(out, "\nTracked changes")?;
        for c in &revisions.changes {
            let place = c
                .paragraph
                .as_deref()
                .and_then(|id| doc.paragraph(id))
                .map(|p| p.reference.clone())
                .or_else(|| {
                    let id = c.original_paragraph.as_deref()?;
                    let p = revisions.original.paragraph(id)?;
                    Some(format!("{} before", p.reference))
                })
                .unwrap_or_else(|| "footnotes".into());
            let date = c.date.as_deref().and_then(|d| d.get(..10)).unwrap_or("");
            writeln!(
                out,
                "  {:<14} {} by {} {}: {}",
                line(&place),
                c.kind.describe(),
                line(&c.author),
                line(date),
                line(&crate::printable::excerpt(&c.text, 120))
            )?;
        }
    }
    if !doc.comments.is_empty() {
        writeln!(out, "\nComments")?;
        for c in &doc.comments {
            let place = c
                .paragraph
                .as_deref()
                .and_then(|id| doc.paragraph(id))
                .map_or("", |p| p.reference.as_str());
            let date = c.date.as_deref().and_then(|d| d.get(..10)).unwrap_or("");
            writeln!(
                out,
                "  {:<14} {} {}: {}",
                line(place),
                line(&c.author),
                line(date),
                line(&c.text)
            )?;
        }
    }
    if !doc.warnings.is_empty() {
        writeln!(out, "\nWarnings")?;
        for w in &doc.warnings {
            writeln!(out, "  {}", line(&w.to_string()))?;
        }
    }
    Ok(())
}

fn citation_label(c: &crate::document::Citation) -> String {
    match &c.pinpoint {
        Some(p) => format!("{} para. {p}", c.symbol),
        None => c.symbol.clone(),
    }
}

/// The labels once each, in order of first appearance.
fn distinct(labels: impl Iterator<Item = String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    labels.filter(|l| seen.insert(l.clone())).collect()
}
