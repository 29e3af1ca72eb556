//! YAML front matter of markdown exports (`---`, `key: value` lines, `---`): what the
//! exporting library knew about the document. It is metadata, never text of the resolution.

use super::clean::Line;
use crate::document::Language;

/// How many lines front matter may take: a block that does not close by then is not one.
const MAX_LINES: usize = 64;

/// The keys a reader uses; the others (`record_id`, `source_pdf`, `extract_version`, …) are
/// the exporter's bookkeeping.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct FrontMatter {
    /// Index of the first line after the closing `---`.
    pub end: usize,
    pub symbol: Option<String>,
    pub title: Option<String>,
    /// `YYYY-MM-DD`: the date the library records for the document.
    pub date: Option<String>,
    pub language: Option<Language>,
}

/// Reads front matter at the start of the lines, if there is any.
pub(crate) fn read(lines: &[Line<'_>]) -> Option<FrontMatter> {
    let first = lines.iter().take(8).position(|l| !l.text.is_empty())?;
    if lines.get(first)?.text != "---" {
        return None;
    }
    let mut out = FrontMatter::default();
    let mut keys = 0;
    for (i, line) in lines.iter().enumerate().skip(first + 1).take(MAX_LINES) {
        let text = line.text;
        if text == "---" || text == "..." {
            if keys == 0 {
                return None;
            }
            out.end = i + 1;
            return Some(out);
        }
        if text.is_empty() || text.starts_with('#') || line.indented {
            continue;
        }
        let (key, value) = text.split_once(':')?;
        let key = key.trim();
        if key.is_empty()
            || !key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            return None;
        }
        keys += 1;
        let value = scalar(value);
        if value.is_empty() {
            continue;
        }
        match key.to_ascii_lowercase().as_str() {
            "symbol" => out.symbol = Some(value),
            "title" => out.title = Some(clean_title(&value)).filter(|t| !t.is_empty()),
            "date" => out.date = iso_date(&value),
            "language" | "lang" => out.language = Language::from_code(&value),
            _ => {}
        }
    }
    None
}

/// A YAML scalar: quotes removed, escapes read.
fn scalar(raw: &str) -> String {
    let raw = raw.trim();
    if let Some(inner) = raw.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
        let mut out = String::with_capacity(inner.len());
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') => out.push(' '),
                    Some('t') => out.push(' '),
                    Some(other) => out.push(other),
                    None => {}
                }
            } else {
                out.push(c);
            }
        }
        return out;
    }
    if let Some(inner) = raw.strip_prefix('\'').and_then(|r| r.strip_suffix('\'')) {
        return inner.replace("''", "'");
    }
    raw.to_string()
}

/// Library catalogues write titles with their subtitle separators spaced (`United Nations :
/// requests under Article 19 of the Charter :`): read as printed (`United Nations: requests
/// under Article 19 of the Charter`).
fn clean_title(raw: &str) -> String {
    let mut title = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    loop {
        let trimmed = title.trim_end_matches([' ', ':', '/', ';', ',']);
        if trimmed.len() == title.len() {
            break;
        }
        title.truncate(trimmed.len());
    }
    title.replace(" : ", ": ").replace(" ; ", "; ")
}

/// `2025-09-19`, checked.
fn iso_date(value: &str) -> Option<String> {
    let date = value.get(..10)?;
    let bytes = date.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        bytes
            .get(r)
            .is_some_and(|s| s.iter().all(u8::is_ascii_digit))
    };
    let ok = digits(0..4)
        && bytes.get(4) == Some(&b'-')
        && digits(5..7)
        && bytes.get(7) == Some(&b'-')
        && digits(8..10);
    let month: u32 = date.get(5..7)?.parse().ok()?;
    let day: u32 = date.get(8..10)?.parse().ok()?;
    (ok && (1..=12).contains(&month) && (1..=31).contains(&day)).then(|| date.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::text::clean::split_lines;

    #[test]
    fn reads_the_keys_a_reader_needs() {
        let input = "---\nsymbol: A/RES/80/2\nrecord_id: \"4091275\"\ntitle: \"Scale of assessments : requests under Article 19 of the Charter :\"\ndate: \"2025-10-15\"\nlanguage: EN\nextract_version: \"1.3.0\"\n---\n\nUnited Nations\n";
        let lines = split_lines(input);
        let fm = read(&lines).unwrap();
        assert_eq!(fm.symbol.as_deref(), Some("A/RES/80/2"));
        assert_eq!(
            fm.title.as_deref(),
            Some("Scale of assessments: requests under Article 19 of the Charter")
        );
        assert_eq!(fm.date.as_deref(), Some("2025-10-15"));
        assert_eq!(fm.language, Some(Language::En));
        assert_eq!(lines[fm.end].text, "");
        assert_eq!(lines[fm.end + 1].text, "United Nations");
    }

    #[test]
    fn escaped_quotes_in_titles() {
        let lines = split_lines("---\ntitle: \"Doha \\\"World Social Summit\\\" :\"\n---\n");
        assert_eq!(
            read(&lines).unwrap().title.as_deref(),
            Some("Doha \"World Social Summit\"")
        );
    }

    #[test]
    fn a_thematic_break_is_not_front_matter() {
        // A rule followed by text, or a block that never closes.
        assert_eq!(read(&split_lines("---\n\nThe General Assembly,\n")), None);
        assert_eq!(
            read(&split_lines("---\nsymbol: A/RES/1\n\nRecalling x,\n")),
            None
        );
        assert_eq!(read(&split_lines("Recalling\n---\na: b\n---\n")), None);
        assert_eq!(read(&split_lines("---\n---\n")), None);
    }
}
