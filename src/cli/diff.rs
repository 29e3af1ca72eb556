//! `plenary diff [--json] OLD NEW`: what changed between two resolutions.

use crate::diff::{self, Change, Comparison, Op, Row, Status};
use crate::document::Document;
use crate::parse;
use crate::printable::{excerpt, line};
use clap::Args;
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;
use std::time::{Duration, Instant};

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// Print JSON for scripts instead of text for people.
    #[arg(long)]
    pub json: bool,
    /// Compare as written: whitespace (non-breaking spaces, line breaks), the width of
    /// punctuation and typeset hyphens count as changes. By default they do not, as in the
    /// window.
    #[arg(long)]
    pub exact: bool,
    /// With --exact, still treat full-width and half-width punctuation as the same (`，` and
    /// `,`; `‑` and `-`), as by default.
    #[arg(long)]
    pub ignore_punctuation_width: bool,
    /// With --exact, still treat differences in whitespace as no difference, as by default.
    #[arg(long)]
    pub ignore_whitespace: bool,
    /// Seconds to spend on word-level changes before showing changed paragraphs whole.
    #[arg(long, value_name = "SECONDS", default_value_t = 10.0)]
    pub timeout: f64,
    /// The earlier text (a draft, last year's resolution): Akoma Ntoso XML, a PDF, a Word
    /// file or a text export. A Word file alone: its text before and after its tracked changes.
    pub old: PathBuf,
    /// The later text (the adopted resolution, this year's).
    pub new: Option<PathBuf>,
}

/// Parses both files, compares them and prints the result (text, or JSON with `--json`).
pub fn run(args: &DiffArgs) -> anyhow::Result<()> {
    let (old, new) = match &args.new {
        Some(new) => (parse::parse_file(&args.old)?, parse::parse_file(new)?),
        None => before_and_after(&args.old)?,
    };
    let options = diff::Options {
        ignore_punctuation_width: !args.exact || args.ignore_punctuation_width,
        ignore_whitespace: !args.exact || args.ignore_whitespace,
        deadline: Duration::try_from_secs_f64(args.timeout.max(0.0))
            .ok()
            .and_then(|limit| Instant::now().checked_add(limit)),
    };
    let comparison = diff::compare(&old, &new, &options);
    if comparison.unrelated {
        eprintln!(
            "plenary: warning: {}",
            crate::text!("compare-notice-unrelated").english()
        );
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.json {
        // Serialised first, so a closed pipe (`| head`) surfaces as the I/O error it is.
        let json = serde_json::to_string_pretty(&DiffJson::from(&comparison))?;
        writeln!(out, "{json}")?;
    } else {
        write_text(&mut out, &old, &new, &comparison)?;
    }
    out.flush()?;
    Ok(())
}

/// A Word draft's text before its tracked changes and after them.
fn before_and_after(path: &std::path::Path) -> anyhow::Result<(Document, Document)> {
    let mut doc = parse::parse_file(path)?;
    let Some(revisions) = doc.revisions.take() else {
        anyhow::bail!(
            "has no tracked changes to compare; give a second file to compare it with: {}",
            crate::printable::path(path)
        );
    };
    Ok((revisions.original, doc))
}

/// The `--json` shape of CLI.md. Field names are a contract: add, never rename.
#[derive(Debug, Serialize)]
pub struct DiffJson<'a> {
    /// How many rows have each status.
    pub summary: diff::Summary,
    /// Paragraph rows in the new document's order (deletions where they stood), then
    /// footnote rows.
    pub rows: Vec<RowJson<'a>>,
    /// True when part of the work was cut short (time limit, very large input).
    pub coarse: bool,
    /// Why the result is coarser than usual, or null.
    pub notice: Option<&'a str>,
    /// The two documents look like different texts, not two versions of one.
    pub unrelated: bool,
}

/// One row: `old`/`new` are references (`OP5`, `FN1`) or null.
#[derive(Debug, Serialize)]
pub struct RowJson<'a> {
    /// `unchanged`, `changed`, `added`, `deleted` or `moved`.
    pub status: &'static str,
    /// `paragraph` or `footnote`.
    pub target: diff::Target,
    pub old: Option<&'a str>,
    pub new: Option<&'a str>,
    /// Inline changes of changed (and edited moved) rows, `equal` runs included, so that
    /// both texts can be rebuilt: old = equal + delete, new = equal + insert.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub changes: &'a [Change],
}

impl<'a> From<&'a Comparison> for DiffJson<'a> {
    fn from(c: &'a Comparison) -> Self {
        DiffJson {
            summary: c.summary,
            rows: c.rows.iter().map(RowJson::from).collect(),
            coarse: c.coarse,
            notice: c.notice.as_deref(),
            unrelated: c.unrelated,
        }
    }
}

impl<'a> From<&'a Row> for RowJson<'a> {
    fn from(row: &'a Row) -> Self {
        RowJson {
            status: row.status.name(),
            target: row.target,
            old: row.old_ref.as_deref(),
            new: row.new_ref.as_deref(),
            changes: &row.changes,
        }
    }
}

/// Longest equal run shown whole in the text report; longer ones keep their ends.
const CONTEXT: usize = 40;
/// Longest added or deleted text shown whole in the text report.
const EXCERPT: usize = 160;

fn write_text(
    out: &mut impl Write,
    old: &Document,
    new: &Document,
    c: &Comparison,
) -> std::io::Result<()> {
    writeln!(
        out,
        "{} -> {}",
        line(&old.display_name()),
        line(&new.display_name())
    )?;
    for row in c.rows.iter().filter(|r| r.status != Status::Unchanged) {
        let refs = match (row.old_ref.as_deref(), row.new_ref.as_deref()) {
            (Some(a), Some(b)) if a == b => a.to_string(),
            (Some(a), Some(b)) => format!("{a} -> {b}"),
            (Some(a), None) => a.to_string(),
            (None, Some(b)) => b.to_string(),
            (None, None) => String::new(),
        };
        writeln!(out, "{:<8} {}", row.status.name(), line(&refs))?;
        let text = match row.status {
            Status::Changed | Status::Moved if row.text_changed() => Some(inline(&row.changes)),
            Status::Added => row_text(new, row, row.new).map(|t| excerpt(t, EXCERPT)),
            Status::Deleted => row_text(old, row, row.old).map(|t| excerpt(t, EXCERPT)),
            _ => None,
        };
        if let Some(text) = text {
            writeln!(out, "    {}", line(&text))?;
        }
    }
    if !c.summary.has_differences() {
        writeln!(out, "No differences.")?;
    }
    writeln!(out, "{} ({} unchanged)", c.summary, c.summary.unchanged)?;
    if let Some(notice) = &c.notice {
        writeln!(out, "Note: {}", line(notice))?;
    }
    Ok(())
}

fn row_text<'a>(doc: &'a Document, row: &Row, index: Option<usize>) -> Option<&'a str> {
    let index = index?;
    match row.target {
        diff::Target::Paragraph => doc.paragraphs.get(index).map(|p| p.text.as_str()),
        diff::Target::Footnote => doc.footnotes.get(index).map(|f| f.text.as_str()),
    }
}

/// `Requests the [-Secretary-General-]{+Secretariat+} to report`, long equal runs shortened.
fn inline(changes: &[Change]) -> String {
    let last = changes.len().saturating_sub(1);
    let mut out = String::new();
    for (i, change) in changes.iter().enumerate() {
        match change.op {
            Op::Equal => out.push_str(&elide(&change.text, i == 0, i == last)),
            Op::Delete => {
                out.push_str("[-");
                out.push_str(&change.text);
                out.push_str("-]");
            }
            Op::Insert => {
                out.push_str("{+");
                out.push_str(&change.text);
                out.push_str("+}");
            }
        }
    }
    out
}

/// Keeps the ends of a long equal run that touch a change: the start of a run that follows
/// one, the end of a run that precedes one.
fn elide(text: &str, first: bool, last: bool) -> String {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= CONTEXT * 2 {
        return text.to_string();
    }
    let head: String = chars.iter().take(CONTEXT).collect();
    let tail: String = chars.iter().skip(chars.len() - CONTEXT).collect();
    match (first, last) {
        (true, true) => text.to_string(),
        (true, false) => format!("…{tail}"),
        (false, true) => format!("{head}…"),
        (false, false) => format!("{head}…{tail}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Format, Paragraph, ParagraphKind, Part};

    fn doc(texts: &[&str]) -> Document {
        let mut d = Document::new(Format::Text);
        for (n, text) in texts.iter().enumerate() {
            let mut p = Paragraph::new(
                format!("op{}", n + 1),
                ParagraphKind::Operative,
                Part::Operative,
                *text,
            );
            p.reference = format!("OP{}", n + 1);
            d.paragraphs.push(p);
        }
        d
    }

    fn pair() -> (Document, Document) {
        let old = doc(&[
            "Welcomes the report of the Secretary-General",
            "Requests the Secretary-General to seek the views of Member States",
            "Encourages all States to cooperate in the exchange of information",
            "Decides to remain seized of the matter",
        ]);
        let new = doc(&[
            "Welcomes the report of the Secretary-General",
            "Requests the Secretary-General to collect the views of Member States",
            "Decides to remain seized of the matter",
        ]);
        (old, new)
    }

    #[test]
    fn json_has_the_fields_of_the_contract() {
        let (old, new) = pair();
        let cmp = diff::compare(&old, &new, &diff::Options::default());
        let json = serde_json::to_value(DiffJson::from(&cmp)).unwrap();
        assert_eq!(
            json["summary"],
            serde_json::json!({"unchanged": 2, "changed": 1, "added": 0, "deleted": 1, "moved": 0})
        );
        let rows = json["rows"].as_array().unwrap();
        assert_eq!(rows[1]["status"], "changed");
        assert_eq!(rows[1]["old"], "OP2");
        assert_eq!(rows[1]["new"], "OP2");
        let ops: Vec<&str> = rows[1]["changes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["op"].as_str().unwrap())
            .collect();
        assert_eq!(ops, ["equal", "delete", "insert", "equal"]);
        assert_eq!(rows[1]["changes"][1]["text"], "seek");
        assert_eq!(rows[2]["status"], "deleted");
        assert_eq!(rows[2]["old"], "OP3");
        assert!(rows[2]["new"].is_null());
        assert!(rows[2].get("changes").is_none());
        assert_eq!(rows[3]["status"], "unchanged");
        assert_eq!(
            (rows[3]["old"].as_str(), rows[3]["new"].as_str()),
            (Some("OP4"), Some("OP3"))
        );
        assert_eq!(json["notice"], serde_json::Value::Null);
    }

    #[test]
    fn text_report_lists_differences_then_the_summary() {
        let (old, new) = pair();
        let cmp = diff::compare(&old, &new, &diff::Options::default());
        let mut out = Vec::new();
        write_text(&mut out, &old, &new, &cmp).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines,
            [
                "Untitled -> Untitled",
                "changed  OP2",
                "    Requests the Secretary-General to [-seek-]{+collect+} the views of Member States",
                "deleted  OP3",
                "    Encourages all States to cooperate in the exchange of information",
                "0 added, 1 deleted, 1 changed, 0 moved (2 unchanged)",
            ]
        );
    }

    #[test]
    fn inline_rendering_marks_both_sides_and_shortens_context() {
        let long = "a".repeat(100);
        let changes = vec![
            Change::new(Op::Equal, format!("Requests {long} the ")),
            Change::new(Op::Delete, "Secretary-General"),
            Change::new(Op::Insert, "Secretariat"),
            Change::new(Op::Equal, " to report"),
        ];
        let text = inline(&changes);
        assert!(text.starts_with('…'), "{text}");
        assert!(
            text.ends_with("the [-Secretary-General-]{+Secretariat+} to report"),
            "{text}"
        );
        assert!(text.chars().count() < 100);
    }

    #[test]
    fn excerpts_are_cut_on_characters() {
        assert_eq!(excerpt("大会大会", 2), "大会…");
        assert_eq!(excerpt("short", 10), "short");
    }
}
