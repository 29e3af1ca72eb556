//! Inline markup of one paragraph: markdown emphasis (`**bold**`, `*italic*`), links
//! (`[A/65/201](#)`), escapes, and footnote markers (`¹`, `[^1]`, `<sup>1</sup>`, and plain
//! digits the caller has identified). A small scanner rather than pulldown-cmark: the input
//! is a PDF export, not authored markdown, and a markdown parser would read `1.` as a list
//! and drop the printed number, `(a)` lines as paragraphs of a list item, and so on.

use super::clean::{is_edge_noise, superscript_value};
use crate::document::StyleSpan;
use std::ops::Range;

/// Plain text of a paragraph with its annotations.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Inline {
    pub text: String,
    pub styles: Vec<StyleSpan>,
    /// Byte offset in `text` and the marker as printed.
    pub markers: Vec<(usize, String)>,
}

#[derive(Debug)]
struct Delim {
    /// Byte range in the intermediate output.
    start: usize,
    len: usize,
    ch: char,
    can_open: bool,
    can_close: bool,
}

/// How far back a closer looks for its opener: bounds the work on hostile input.
const OPENER_SEARCH: usize = 32;

/// Scans `raw` (joined lines of one paragraph). `plain_markers` are byte ranges of `raw`
/// (sorted) holding plain-digit footnote markers.
pub(crate) fn scan(raw: &str, plain_markers: &[Range<usize>]) -> Inline {
    let mut out = String::with_capacity(raw.len());
    let mut delims: Vec<Delim> = Vec::new();
    let mut markers: Vec<(usize, String)> = Vec::new();
    // `](...)` tails of links, skipped when reached.
    let mut link_tails: Vec<Range<usize>> = Vec::new();
    let mut plain = plain_markers.iter().peekable();
    let bytes = raw.as_bytes();
    let mut space_pending = false;
    let mut i = 0;
    while i < raw.len() {
        if let Some(r) = plain.peek()
            && r.start <= i
        {
            if r.start == i && raw.is_char_boundary(r.end) {
                // A marker set off by a space (`Rights, 1 the`) attaches to what it follows;
                // the space stays pending for the text after it.
                let marker = raw.get(r.start..r.end).unwrap_or_default();
                let marker = marker.trim_matches(['(', ')']).to_string();
                i = push_marker(&mut out, &mut markers, marker, raw, r.end);
                plain.next();
                continue;
            }
            plain.next();
            continue;
        }
        if let Some(tail) = link_tails.last()
            && tail.start == i
        {
            i = tail.end;
            link_tails.pop();
            continue;
        }
        let Some(c) = raw[i..].chars().next() else {
            break;
        };
        let len = c.len_utf8();
        if c.is_whitespace() || is_edge_noise(c) {
            space_pending = true;
            i += len;
            continue;
        }
        if space_pending {
            if !out.is_empty() && !space_after_cjk_marker(&out, &markers) {
                out.push(' ');
            }
            space_pending = false;
        }
        match c {
            '\\' => {
                if let Some(&next) = bytes.get(i + 1)
                    && next.is_ascii_punctuation()
                {
                    out.push(next as char);
                    i += 2;
                    continue;
                }
                out.push('\\');
            }
            '*' | '_' => {
                let run = raw[i..].bytes().take_while(|&b| b == c as u8).count();
                let before = raw[..i].chars().next_back();
                let after = raw[i + run..].chars().next();
                let ws_before = before.is_none_or(|b| b.is_whitespace());
                let ws_after = after.is_none_or(|a| a.is_whitespace());
                let punct_before =
                    before.is_some_and(|b| b.is_ascii_punctuation() || !b.is_alphanumeric());
                let punct_after =
                    after.is_some_and(|a| a.is_ascii_punctuation() || !a.is_alphanumeric());
                let left = !ws_after && (!punct_after || ws_before || punct_before);
                let right = !ws_before && (!punct_before || ws_after || punct_after);
                let (can_open, can_close) = if c == '_' {
                    (
                        left && (!right || punct_before),
                        right && (!left || punct_after),
                    )
                } else {
                    (left, right)
                };
                delims.push(Delim {
                    start: out.len(),
                    len: run,
                    ch: c,
                    can_open,
                    can_close,
                });
                for _ in 0..run {
                    out.push(c);
                }
                i += run;
                continue;
            }
            '[' => {
                if let Some((label, end)) = footnote_ref(raw, i) {
                    i = push_marker(&mut out, &mut markers, label.to_string(), raw, end);
                    continue;
                }
                if let Some(tail) = link_tail(raw, i) {
                    link_tails.push(tail);
                    i += 1;
                    continue;
                }
                out.push('[');
            }
            '<' => {
                if let Some((label, end)) = sup_tag(raw, i) {
                    i = push_marker(&mut out, &mut markers, label, raw, end);
                    continue;
                }
                if let Some(end) = break_tag(raw, i) {
                    space_pending = true;
                    i = end;
                    continue;
                }
                out.push('<');
            }
            c if superscript_value(c).is_some() => {
                let mut marker = String::new();
                let mut j = i;
                while let Some(sc) = raw[j..].chars().next() {
                    let Some(digit) = superscript_value(sc) else {
                        break;
                    };
                    marker.push(digit);
                    j += sc.len_utf8();
                }
                i = push_marker(&mut out, &mut markers, marker, raw, j);
                continue;
            }
            c => out.push(c),
        }
        i += len;
    }
    finish(out, delims, markers)
}

/// Whether a space here would follow a footnote marker that follows Chinese text: the PDF
/// export puts a space after superscripts (`2010 年、¹ 2013 年² 和`), which is not part of
/// the text once the marker is gone.
fn space_after_cjk_marker(out: &str, markers: &[(usize, String)]) -> bool {
    markers
        .last()
        .is_some_and(|(offset, _)| *offset == out.len())
        && out
            .chars()
            .next_back()
            .is_some_and(crate::document::script::is_cjk)
}

/// Records a marker at the end of `out`; returns where scanning goes on. Arabic prints
/// markers in parentheses (`2010(¹)`): the parentheses go with the marker.
fn push_marker(
    out: &mut String,
    markers: &mut Vec<(usize, String)>,
    marker: String,
    raw: &str,
    end: usize,
) -> usize {
    if out.ends_with('(') && raw.get(end..).is_some_and(|r| r.starts_with(')')) {
        out.pop();
        markers.push((out.len(), marker));
        return end + 1;
    }
    markers.push((out.len(), marker));
    end
}

/// `[^label]` at `i`: the label and the end of the reference.
fn footnote_ref(raw: &str, i: usize) -> Option<(&str, usize)> {
    let rest = raw.get(i..)?.strip_prefix("[^")?;
    // Labels are short: the search stays near, so a run of `[^` is not rescanned.
    let window = rest.get(..crate::document::char_boundary_floor(rest, 17))?;
    let close = window.find(']')?;
    let label = rest.get(..close)?;
    (!label.is_empty() && label.len() <= 16 && !label.contains(char::is_whitespace))
        .then_some((label, i + 2 + close + 1))
}

/// For a link `[text](target)` starting at `i`, the byte range of `](target)`.
fn link_tail(raw: &str, i: usize) -> Option<Range<usize>> {
    let window = raw.get(i + 1..)?;
    let window = &window[..crate::document::char_boundary_floor(window, 600)];
    let close = window.find("](")?;
    if window[..close].contains('[') {
        return None;
    }
    let after = &window[close + 2..];
    let end = after.find(')')?;
    if after[..end].contains(char::is_whitespace) {
        return None;
    }
    let start = i + 1 + close;
    Some(start..start + 2 + end + 1)
}

/// `<sup>1</sup>` at `i`.
fn sup_tag(raw: &str, i: usize) -> Option<(String, usize)> {
    let rest = raw.get(i..)?.strip_prefix("<sup>")?;
    let window = rest.get(..crate::document::char_boundary_floor(rest, 22))?;
    let close = window.find("</sup>")?;
    let label = rest.get(..close)?.trim();
    (!label.is_empty() && label.len() <= 16).then(|| (label.to_string(), i + 5 + close + 6))
}

/// `<br>`, `<br/>` or `<br />` at `i`: its end.
fn break_tag(raw: &str, i: usize) -> Option<usize> {
    let rest = raw.get(i..)?;
    ["<br>", "<br/>", "<br />"]
        .iter()
        .find(|t| rest.starts_with(*t))
        .map(|t| i + t.len())
}

/// Pairs emphasis delimiters, removes the used ones and maps styles and markers onto the
/// final text.
fn finish(out: String, mut delims: Vec<Delim>, markers: Vec<(usize, String)>) -> Inline {
    // (range in `out`, bold)
    let mut spans: Vec<(Range<usize>, bool)> = Vec::new();
    let mut removed: Vec<Range<usize>> = Vec::new();
    let mut openers: Vec<usize> = Vec::new();
    for idx in 0..delims.len() {
        let (can_open, can_close) = match delims.get(idx) {
            Some(d) => (d.can_open, d.can_close),
            None => break,
        };
        if can_close {
            while let Some(closer) = delims.get(idx).filter(|c| c.len > 0) {
                let ch = closer.ch;
                let found = openers
                    .iter()
                    .rev()
                    .take(OPENER_SEARCH)
                    .position(|&o| delims.get(o).is_some_and(|d| d.ch == ch && d.len > 0));
                let Some(back) = found else { break };
                let pos = openers.len() - 1 - back;
                let Some(&opener_idx) = openers.get(pos) else {
                    break;
                };
                let (o_len, c_len) = match (delims.get(opener_idx), delims.get(idx)) {
                    (Some(o), Some(c)) => (o.len, c.len),
                    _ => break,
                };
                let used = if o_len >= 2 && c_len >= 2 { 2 } else { 1 };
                let Some(o) = delims.get_mut(opener_idx) else {
                    break;
                };
                o.len -= used;
                // Used delimiters come off the inner end of the opener run.
                let o_end = o.start + o.len + used;
                let Some(c) = delims.get_mut(idx) else {
                    break;
                };
                let c_begin = c.start;
                c.start += used;
                c.len -= used;
                removed.push(o_end - used..o_end);
                removed.push(c_begin..c_begin + used);
                spans.push((o_end..c_begin, used == 2));
                openers.truncate(pos + 1);
                if delims.get(opener_idx).is_some_and(|o| o.len == 0) {
                    openers.pop();
                }
            }
        }
        if can_open && delims.get(idx).is_some_and(|d| d.len > 0) {
            openers.push(idx);
        }
    }
    removed.sort_by_key(|r| r.start);

    // Copy `out` without the removed delimiters; `map` turns an `out` offset into a final one.
    let mut text = String::with_capacity(out.len());
    let mut cursor = 0;
    for r in &removed {
        if r.start >= cursor {
            text.push_str(out.get(cursor..r.start).unwrap_or_default());
            cursor = r.end;
        }
    }
    text.push_str(out.get(cursor..).unwrap_or_default());
    // Removed ranges are sorted and disjoint: a prefix sum makes each lookup a search.
    let mut prefix = Vec::with_capacity(removed.len() + 1);
    prefix.push(0usize);
    for r in &removed {
        prefix.push(prefix.last().copied().unwrap_or(0) + r.len());
    }
    let map = |pos: usize| -> usize {
        let k = removed.partition_point(|r| r.end <= pos);
        let partial = removed
            .get(k)
            .map_or(0, |r| pos.saturating_sub(r.start).min(r.len()));
        pos - prefix.get(k).copied().unwrap_or(0) - partial
    };

    // Trim the end; markers past it move to it.
    let trimmed = text.trim_end().len();
    text.truncate(trimmed);
    let markers = markers
        .into_iter()
        .map(|(pos, m)| (map(pos).min(text.len()), m))
        .collect();
    let styles = merge_styles(
        spans
            .into_iter()
            .map(|(r, bold)| {
                (
                    map(r.start).min(text.len())..map(r.end).min(text.len()),
                    bold,
                )
            })
            .filter(|(r, _)| r.start < r.end)
            .collect(),
    );
    Inline {
        text,
        styles,
        markers,
    }
}

/// Turns possibly nested bold and italic ranges into disjoint spans, in one sweep over
/// their ends (a paragraph of 100,000 italic words must not cost 100,000 squared).
fn merge_styles(spans: Vec<(Range<usize>, bool)>) -> Vec<StyleSpan> {
    // (position, opens, bold)
    let mut events: Vec<(usize, bool, bool)> = spans
        .iter()
        .filter(|(r, _)| r.start < r.end)
        .flat_map(|(r, bold)| [(r.start, true, *bold), (r.end, false, *bold)])
        .collect();
    events.sort_unstable_by_key(|&(at, _, _)| at);
    let (mut bold, mut italic) = (0usize, 0usize);
    let mut out: Vec<StyleSpan> = Vec::new();
    let mut i = 0;
    while i < events.len() {
        let at = events[i].0;
        while let Some(&(pos, opens, is_bold)) = events.get(i)
            && pos == at
        {
            let count = if is_bold { &mut bold } else { &mut italic };
            *count = if opens {
                *count + 1
            } else {
                count.saturating_sub(1)
            };
            i += 1;
        }
        let Some(&(next, _, _)) = events.get(i) else {
            break;
        };
        let (b, it) = (bold > 0, italic > 0);
        if !(b || it) {
            continue;
        }
        match out.last_mut() {
            Some(last) if last.range.end == at && last.bold == b && last.italic == it => {
                last.range.end = next;
            }
            _ => out.push(StyleSpan {
                range: at..next,
                bold: b,
                italic: it,
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_styles_become_disjoint_spans() {
        let spans = merge_styles(vec![
            (0..10, true),
            (4..6, false),
            (8..14, false),
            (20..20, true),
        ]);
        let got: Vec<(Range<usize>, bool, bool)> = spans
            .into_iter()
            .map(|s| (s.range, s.bold, s.italic))
            .collect();
        assert_eq!(
            got,
            [
                (0..4, true, false),
                (4..6, true, true),
                (6..8, true, false),
                (8..10, true, true),
                (10..14, false, true),
            ]
        );
    }

    /// `*a* ` 97,500 times (a 390 KB export) took 11 s to read before the sweep; the limit
    /// only catches a hang.
    #[test]
    fn many_styles_merge_at_once() {
        let spans: Vec<(Range<usize>, bool)> =
            (0..100_000).map(|i| (i * 2..i * 2 + 1, false)).collect();
        let (done, wait) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = done.send(merge_styles(spans).len());
        });
        let merged = wait
            .recv_timeout(std::time::Duration::from_secs(60))
            .expect("merging took more than a minute");
        assert_eq!(merged, 100_000);
    }

    #[test]
    fn bold_and_links() {
        let inline = scan("**促请**会员国：", &[]);
        assert_eq!(inline.text, "促请会员国：");
        assert_eq!(inline.styles.len(), 1);
        assert_eq!(&inline.text[inline.styles[0].range.clone()], "促请");
        assert!(inline.styles[0].bold);
        let inline = scan("¹ [A/65/201](#)。", &[]);
        assert_eq!(inline.text, "A/65/201。");
        assert_eq!(inline.markers, vec![(0, "1".to_string())]);
    }

    #[test]
    fn no_space_is_left_where_a_marker_followed_chinese() {
        let inline = scan("秘书长转递的 2010 年、¹ 2013 年² 和 2015 年报告，³", &[]);
        assert_eq!(inline.text, "秘书长转递的 2010 年、2013 年和 2015 年报告，");
        let markers: Vec<&str> = inline.markers.iter().map(|(_, m)| m.as_str()).collect();
        assert_eq!(markers, ["1", "2", "3"]);
        // Latin text keeps its spaces.
        assert_eq!(
            scan("the 2010,¹ 2013² and 2015", &[]).text,
            "the 2010, 2013 and 2015"
        );
    }

    #[test]
    fn markers_of_every_kind() {
        let inline = scan("2010 年、¹ 2013 年² 和 2015 年报告，³", &[]);
        assert_eq!(inline.text, "2010 年、2013 年和 2015 年报告，");
        let markers: Vec<&str> = inline.markers.iter().map(|(_, m)| m.as_str()).collect();
        assert_eq!(markers, ["1", "2", "3"]);
        assert_eq!(&inline.text[..inline.markers[1].0], "2010 年、2013 年");
        let inline = scan("Rights[^12] and x<sup>3</sup>.", &[]);
        assert_eq!(inline.text, "Rights and x.");
        assert_eq!(inline.markers[0], (6, "12".to_string()));
        // A plain marker set off by spaces leaves one space, not two.
        let raw = "Rights, 1 the Covenant, 2";
        let inline = scan(raw, &[8..9, 24..25]);
        assert_eq!(inline.text, "Rights, the Covenant,");
        assert_eq!(
            inline.markers,
            vec![(7, "1".to_string()), (21, "2".to_string())]
        );
        let raw = "resolution 77/2285 and";
        let marker = 17..18;
        let inline = scan(raw, std::slice::from_ref(&marker));
        assert_eq!(inline.text, "resolution 77/228 and");
        assert_eq!(inline.markers, vec![(17, "5".to_string())]);
    }

    #[test]
    fn emphasis_pairs_and_strays() {
        let inline = scan("***both*** and *it* but 2 * 3 and snake_case_name", &[]);
        assert_eq!(inline.text, "both and it but 2 * 3 and snake_case_name");
        assert_eq!(inline.styles.len(), 2);
        assert!(inline.styles[0].bold && inline.styles[0].italic);
        assert!(!inline.styles[1].bold && inline.styles[1].italic);
        let inline = scan("**unclosed and *x", &[]);
        assert_eq!(inline.text, "**unclosed and *x");
        assert!(inline.styles.is_empty());
        let inline = scan("a\\*b\\* [text] (x)", &[]);
        assert_eq!(inline.text, "a*b* [text] (x)");
    }
}
