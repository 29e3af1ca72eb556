//! A comparison as a file staff can circulate: a self-contained HTML page (side by side,
//! insertions and deletions marked) or Markdown.

use super::{Change, Comparison, Op, Row, Status, Target};
use crate::document::Document;
use std::fmt::Write;

fn name(doc: &Document) -> String {
    let mut n = doc.display_name();
    if let Some(lang) = doc.meta.language {
        n.push_str(&format!(" ({})", lang.code()));
    }
    n
}

/// The text a row's side stands for: a paragraph's or a footnote's, empty where there is none.
pub fn text_of(doc: &Document, target: Target, index: Option<usize>) -> &str {
    match (target, index) {
        (Target::Paragraph, Some(i)) => doc.paragraphs.get(i).map_or("", |p| p.text.as_str()),
        (Target::Footnote, Some(i)) => doc.footnotes.get(i).map_or("", |f| f.text.as_str()),
        _ => "",
    }
}

/// How the row's refs read: `OP5 -> OP4`, `OP3`, `PP2 (deleted)`.
pub fn refs(row: &Row) -> String {
    match (&row.old_ref, &row.new_ref) {
        (Some(a), Some(b)) if a != b => format!("{a} -> {b}"),
        (Some(a), _) => a.clone(),
        (None, Some(b)) => b.clone(),
        (None, None) => String::new(),
    }
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

fn html_side(changes: &[Change], old_side: bool) -> String {
    let mut out = String::new();
    for c in changes {
        match (c.op, old_side) {
            (Op::Equal, true) => out.push_str(&escape(c.old_text.as_deref().unwrap_or(&c.text))),
            (Op::Equal, false) => out.push_str(&escape(&c.text)),
            (Op::Delete, true) => {
                let _ = write!(out, "<del>{}</del>", escape(&c.text));
            }
            (Op::Insert, false) => {
                let _ = write!(out, "<ins>{}</ins>", escape(&c.text));
            }
            _ => {}
        }
    }
    out
}

/// A self-contained HTML page: a summary, then a table with the two texts side by side.
pub fn to_html(cmp: &Comparison, old: &Document, new: &Document) -> String {
    let dir = |d: &Document| {
        if d.meta.language.is_some_and(|l| l.is_rtl()) {
            "rtl"
        } else {
            "ltr"
        }
    };
    let mut out = String::new();
    let title = format!("{} compared with {}", name(old), name(new));
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{}</title>\n<style>\n\
         body{{font-family:'Noto Sans','Noto Sans SC','Noto Naskh Arabic',sans-serif;margin:2em;color:#222}}\n\
         table{{border-collapse:collapse;width:100%}} td,th{{vertical-align:top;padding:.4em .6em;border-top:1px solid #ddd}}\n\
         th{{text-align:start;background:#f4f4f4}} td.ref{{white-space:nowrap;color:#666;font-size:90%}}\n\
         ins{{background:#d4f8d4;text-decoration:none}} del{{background:#ffd6d6}}\n\
         tr.added td.new{{background:#eefbee}} tr.deleted td.old{{background:#fdeeee}} tr.moved td.ref{{color:#6a3fb5}}\n\
         tr.unchanged td{{color:#555}} .notice{{background:#fff6d6;padding:.5em}}\n\
         </style></head><body>\n<h1>{}</h1>\n<p>{}</p>\n",
        escape(&title),
        escape(&title),
        escape(&cmp.summary.to_string())
    );
    if let Some(notice) = &cmp.notice {
        let _ = writeln!(out, "<p class=\"notice\">{}</p>", escape(notice));
    }
    let _ = writeln!(
        out,
        "<table>\n<tr><th></th><th>{}</th><th>{}</th></tr>",
        escape(&name(old)),
        escape(&name(new))
    );
    for row in &cmp.rows {
        let status = row.status.name();
        let (a, b) = if row.changes.is_empty() {
            (
                escape(text_of(old, row.target, row.old)),
                escape(text_of(new, row.target, row.new)),
            )
        } else {
            (
                html_side(&row.changes, true),
                html_side(&row.changes, false),
            )
        };
        let _ = writeln!(
            out,
            "<tr class=\"{status}\"><td class=\"ref\">{}<br>{status}</td><td class=\"old\" dir=\"{}\">{a}</td><td class=\"new\" dir=\"{}\">{b}</td></tr>",
            escape(&refs(row)),
            dir(old),
            dir(new)
        );
    }
    out.push_str("</table>\n</body></html>\n");
    out
}

/// Markdown: the summary, then every row that differs with `~~deleted~~` and `**inserted**`
/// text; unchanged rows are listed by reference only.
pub fn to_markdown(cmp: &Comparison, old: &Document, new: &Document) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {} compared with {}\n", name(old), name(new));
    let _ = writeln!(out, "{}\n", cmp.summary);
    if let Some(notice) = &cmp.notice {
        let _ = writeln!(out, "> {notice}\n");
    }
    let mut unchanged = Vec::new();
    for row in &cmp.rows {
        if row.status == Status::Unchanged {
            unchanged.push(refs(row));
            continue;
        }
        let _ = writeln!(out, "## {} ({})\n", refs(row), row.status.name());
        let body = match row.status {
            Status::Added => format!("**{}**", text_of(new, row.target, row.new)),
            Status::Deleted => format!("~~{}~~", text_of(old, row.target, row.old)),
            _ if row.changes.is_empty() => text_of(new, row.target, row.new).to_string(),
            _ => row
                .changes
                .iter()
                .map(|c| match c.op {
                    Op::Equal => c.text.clone(),
                    Op::Delete if c.text.trim().is_empty() => c.text.clone(),
                    Op::Insert if c.text.trim().is_empty() => c.text.clone(),
                    Op::Delete => format!("~~{}~~", c.text),
                    Op::Insert => format!("**{}**", c.text),
                })
                .collect(),
        };
        let _ = writeln!(out, "{body}\n");
    }
    if !unchanged.is_empty() {
        let _ = writeln!(out, "Unchanged: {}", unchanged.join(", "));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Format, Paragraph, ParagraphKind, Part};

    fn doc(texts: &[&str]) -> Document {
        let mut d = Document::new(Format::Text);
        d.meta.symbol = Some("A/RES/1/1".into());
        for (i, t) in texts.iter().enumerate() {
            let mut p = Paragraph::new(
                format!("op{}", i + 1),
                ParagraphKind::Operative,
                Part::Operative,
                *t,
            );
            p.reference = format!("OP{}", i + 1);
            p.number = Some((i + 1).to_string());
            d.paragraphs.push(p);
        }
        d
    }

    #[test]
    fn html_marks_changes_and_escapes() {
        let old = doc(&["Decides to <continue> the work", "Requests a report"]);
        let new = doc(&[
            "Decides to <continue> the important work",
            "Requests a report",
        ]);
        let cmp = crate::diff::compare(&old, &new, &Default::default());
        let html = to_html(&cmp, &old, &new);
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("<ins>"), "{html}");
        assert!(html.contains("important"));
        assert!(html.contains("&lt;continue&gt;"));
        assert!(!html.contains("<continue>"));
        assert!(html.contains("0 added, 0 deleted, 1 changed, 0 moved"));
    }

    #[test]
    fn markdown_lists_what_changed() {
        let old = doc(&[
            "Decides to continue",
            "Requests a report",
            "Notes with concern",
        ]);
        let new = doc(&[
            "Decides to continue",
            "Notes with concern",
            "Invites States to act",
        ]);
        let cmp = crate::diff::compare(&old, &new, &Default::default());
        let md = to_markdown(&cmp, &old, &new);
        assert!(md.contains("~~Requests a report~~"), "{md}");
        assert!(md.contains("**Invites States to act**"), "{md}");
        assert!(md.contains("Unchanged: OP1"), "{md}");
    }
}
