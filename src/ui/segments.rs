//! Turns the model's text and annotations into styled, tagged segments for layout.
//!
//! Tags name what a click hits: a citation (by index in the paragraph's or footnote's
//! citations), a footnote marker in running text (by index in `footnote_refs`), or the
//! marker at the head of a note (the way back to the text).

use crate::document::{Citation, FootnoteRef, Language, StyleSpan};
use crate::ui::fonts;
use crate::ui::rich_text::Segment;
use egui::{Align, Color32, FontId, Stroke, TextFormat};
use std::collections::BTreeSet;
use std::ops::Range;

const KIND_SHIFT: u32 = 28;
const INDEX_MASK: u32 = (1 << KIND_SHIFT) - 1;

/// What a tag points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    Citation(usize),
    FootnoteRef(usize),
    NoteMarker,
}

impl Tag {
    pub fn encode(self) -> u32 {
        match self {
            Tag::Citation(i) => (1 << KIND_SHIFT) | (i as u32 & INDEX_MASK),
            Tag::FootnoteRef(i) => (2 << KIND_SHIFT) | (i as u32 & INDEX_MASK),
            Tag::NoteMarker => 3 << KIND_SHIFT,
        }
    }

    pub fn decode(tag: u32) -> Option<Tag> {
        let index = (tag & INDEX_MASK) as usize;
        match tag >> KIND_SHIFT {
            1 => Some(Tag::Citation(index)),
            2 => Some(Tag::FootnoteRef(index)),
            3 => Some(Tag::NoteMarker),
            _ => None,
        }
    }
}

/// Colours and sizes for one document's text.
#[derive(Clone, Debug)]
pub struct TextStyle {
    pub language: Option<Language>,
    pub size: f32,
    pub line_height: f32,
    pub color: Color32,
    pub strong: Color32,
    pub link: Color32,
    pub match_bg: Color32,
    pub current_match_bg: Color32,
    pub highlight_bg: Color32,
}

impl TextStyle {
    pub fn format(&self, bold: bool, italic: bool) -> TextFormat {
        let family = fonts::family_for(self.language, bold, italic);
        TextFormat {
            font_id: FontId::new(self.size, family),
            color: if bold { self.strong } else { self.color },
            line_height: Some(self.line_height),
            ..Default::default()
        }
    }

    /// Footnote markers: smaller and raised, so that `2013²` never reads as `20132`. The
    /// marker keeps its own (smaller) line height: with the line's, egui would have nothing
    /// to align it to the top of.
    fn superscript(&self) -> TextFormat {
        TextFormat {
            font_id: FontId::new(
                self.size * 0.68,
                fonts::family_for(self.language, false, false),
            ),
            color: self.link,
            valign: Align::TOP,
            line_height: None,
            ..Default::default()
        }
    }
}

/// Text with everything that colours it.
pub struct Annotated<'a> {
    pub text: &'a str,
    pub styles: &'a [StyleSpan],
    pub citations: &'a [Citation],
    pub footnote_refs: &'a [FootnoteRef],
    /// Find matches: ranges, and which of them is the current one.
    pub matches: &'a [Range<usize>],
    pub current_match: Option<usize>,
    /// Footnote (index into the document's footnotes) whose markers are highlighted.
    pub highlighted_footnote: Option<usize>,
}

/// Builds the segments of a paragraph or a note. `prefix` (a printed number, a note marker)
/// comes first in `prefix_format`.
pub fn build(
    a: &Annotated<'_>,
    style: &TextStyle,
    prefix: Option<(&str, TextFormat, Option<Tag>)>,
) -> Vec<Segment> {
    let mut out = Vec::new();
    if let Some((text, format, tag)) = prefix {
        out.push(Segment {
            text: text.to_string(),
            format,
            tag: tag.map(Tag::encode),
        });
    }
    // A paragraph of megabytes (a broken export, a hostile file) would make the window lay
    // out gigabytes: show its beginning and say how much more there is.
    let cut_at = crate::document::char_boundary_floor(a.text, MAX_SHOWN);
    let text = &a.text[..cut_at];
    let hidden = a.text[cut_at..].chars().count();
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for s in a.styles {
        cuts.extend([s.range.start, s.range.end]);
    }
    for c in a.citations {
        cuts.extend([c.range.start, c.range.end]);
    }
    for m in a.matches {
        cuts.extend([m.start, m.end]);
    }
    for f in a.footnote_refs {
        cuts.push(f.offset);
    }
    cuts.retain(|&c| c <= text.len() && text.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();

    // One sweep over the cuts, with what is open at each (a paragraph with 200,000 italic
    // spans must not cost 200,000 squared).
    let mut events: Vec<(usize, bool, Open)> = Vec::new();
    let mut add = |range: &Range<usize>, what: Open| {
        if range.start < range.end {
            events.push((range.start, true, what));
            events.push((range.end, false, what));
        }
    };
    for s in a.styles {
        if s.bold {
            add(&s.range, Open::Bold);
        }
        if s.italic {
            add(&s.range, Open::Italic);
        }
    }
    for (i, c) in a.citations.iter().enumerate() {
        add(&c.range, Open::Citation(i));
    }
    for (i, m) in a.matches.iter().enumerate() {
        add(m, Open::Match(i));
    }
    events.sort_unstable_by_key(|&(at, _, _)| at);
    let mut events = events.into_iter().peekable();
    let (mut bold, mut italic) = (0usize, 0usize);
    let mut citations: BTreeSet<usize> = BTreeSet::new();
    let mut matches: BTreeSet<usize> = BTreeSet::new();

    let mut refs = a.footnote_refs.iter().enumerate().peekable();
    for pair in cuts.windows(2) {
        let (start, end) = (pair[0], pair[1]);
        while let Some((_, opens, what)) = events.next_if(|&(at, _, _)| at <= start) {
            match (what, opens) {
                (Open::Bold, true) => bold += 1,
                (Open::Bold, false) => bold = bold.saturating_sub(1),
                (Open::Italic, true) => italic += 1,
                (Open::Italic, false) => italic = italic.saturating_sub(1),
                (Open::Citation(i), true) => _ = citations.insert(i),
                (Open::Citation(i), false) => _ = citations.remove(&i),
                (Open::Match(i), true) => _ = matches.insert(i),
                (Open::Match(i), false) => _ = matches.remove(&i),
            }
        }
        push_markers(&mut out, &mut refs, start, a, style);
        if start == end {
            continue;
        }
        let mut format = style.format(bold > 0, italic > 0);
        let citation = citations.first().copied();
        if citation.is_some() {
            format.color = style.link;
            format.underline = Stroke::new(1.0, style.link.gamma_multiply(0.5));
        }
        if let Some(&m) = matches.first() {
            format.background = if Some(m) == a.current_match {
                style.current_match_bg
            } else {
                style.match_bg
            };
        }
        let Some(piece) = text.get(start..end) else {
            continue;
        };
        out.push(Segment {
            text: piece.to_string(),
            format,
            tag: citation.map(|i| Tag::Citation(i).encode()),
        });
    }
    push_markers(&mut out, &mut refs, text.len(), a, style);
    if hidden > 0 {
        let mut format = style.format(false, true);
        format.color = style.color.gamma_multiply(0.6);
        out.push(Segment {
            text: format!(
                " {}",
                crate::logical_t!("reader-more-characters", count = hidden)
            ),
            format,
            tag: None,
        });
    }
    out
}

/// How much of one paragraph's text is laid out (bytes): far more than any resolution's
/// longest paragraph.
pub const MAX_SHOWN: usize = 64 * 1024;

fn push_markers<'r>(
    out: &mut Vec<Segment>,
    refs: &mut std::iter::Peekable<impl Iterator<Item = (usize, &'r FootnoteRef)>>,
    upto: usize,
    a: &Annotated<'_>,
    style: &TextStyle,
) {
    while let Some((i, r)) = refs.next_if(|(_, r)| r.offset <= upto) {
        let mut format = style.superscript();
        if a.highlighted_footnote == Some(r.footnote) {
            format.background = style.highlight_bg;
        }
        out.push(Segment {
            text: r.marker.clone(),
            format,
            tag: Some(Tag::FootnoteRef(i).encode()),
        });
    }
}

/// What a range opens over the text it covers.
#[derive(Clone, Copy, Debug)]
enum Open {
    Bold,
    Italic,
    Citation(usize),
    Match(usize),
}

/// The plain text of a segment list (for tests and accessibility).
pub fn plain(segments: &[Segment]) -> String {
    segments.iter().map(|s| s.text.as_str()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::CitationKind;

    fn style() -> TextStyle {
        TextStyle {
            language: Some(Language::En),
            size: 16.0,
            line_height: 24.0,
            color: Color32::BLACK,
            strong: Color32::BLACK,
            link: Color32::BLUE,
            match_bg: Color32::YELLOW,
            current_match_bg: Color32::RED,
            highlight_bg: Color32::LIGHT_BLUE,
        }
    }

    #[test]
    fn splits_at_styles_citations_and_markers() {
        let text = "Recalling resolution 73/266 and more";
        let citations = [Citation {
            range: 21..27,
            symbol: "A/RES/73/266".into(),
            kind: CitationKind::Resolution,
            pinpoint: None,
        }];
        let styles = [StyleSpan {
            range: 0..9,
            bold: false,
            italic: true,
        }];
        let refs = [FootnoteRef {
            marker: "1".into(),
            offset: 27,
            footnote: 0,
        }];
        let a = Annotated {
            text,
            styles: &styles,
            citations: &citations,
            footnote_refs: &refs,
            matches: &[],
            current_match: None,
            highlighted_footnote: None,
        };
        let segs = build(&a, &style(), None);
        let texts: Vec<&str> = segs.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            texts,
            ["Recalling", " resolution ", "73/266", "1", " and more"]
        );
        assert_eq!(segs[2].tag.and_then(Tag::decode), Some(Tag::Citation(0)));
        assert_eq!(segs[3].tag.and_then(Tag::decode), Some(Tag::FootnoteRef(0)));
        assert_eq!(
            segs[0].format.font_id.family,
            fonts::family_for(Some(Language::En), false, true)
        );
        assert_eq!(plain(&segs), "Recalling resolution 73/2661 and more");
    }

    fn annotated<'a>(text: &'a str, styles: &'a [StyleSpan]) -> Annotated<'a> {
        Annotated {
            text,
            styles,
            citations: &[],
            footnote_refs: &[],
            matches: &[],
            current_match: None,
            highlighted_footnote: None,
        }
    }

    #[test]
    fn overlapping_styles_open_and_close_where_they_are() {
        let text = "one two three";
        let styles = [
            StyleSpan {
                range: 0..7,
                bold: true,
                italic: false,
            },
            StyleSpan {
                range: 4..13,
                bold: false,
                italic: true,
            },
        ];
        let segs = build(&annotated(text, &styles), &style(), None);
        let family = |bold, italic| fonts::family_for(Some(Language::En), bold, italic);
        let got: Vec<(&str, bool)> = segs
            .iter()
            .map(|s| {
                (
                    s.text.as_str(),
                    s.format.font_id.family == family(true, true),
                )
            })
            .collect();
        assert_eq!(got, [("one ", false), ("two", true), (" three", false)]);
        assert_eq!(segs[0].format.font_id.family, family(true, false));
        assert_eq!(segs[2].format.font_id.family, family(false, true));
    }

    /// 200,000 italic words (a hostile file) are split in one sweep, not in 200,000
    /// squared steps: this returned after minutes before. The limit only catches a hang.
    #[test]
    fn a_paragraph_of_many_styles_is_split_at_once() {
        let words = 200_000;
        let text = "ab ".repeat(words);
        let styles: Vec<StyleSpan> = (0..words)
            .map(|i| StyleSpan {
                range: i * 3..i * 3 + 2,
                bold: false,
                italic: true,
            })
            .collect();
        let (done, wait) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let segs = build(&annotated(&text, &styles), &style(), None);
            let _ = done.send(segs.len());
        });
        let count = wait
            .recv_timeout(std::time::Duration::from_secs(60))
            .expect("splitting took more than a minute");
        // Two segments a word as far as the text is shown, and the notice of the rest.
        let shown_words = MAX_SHOWN / 3;
        assert!(count.abs_diff(2 * shown_words + 1) <= 2, "{count}");
    }

    #[test]
    fn a_huge_paragraph_shows_its_beginning_and_says_so() {
        let text = "word ".repeat(1_000_000);
        let segs = build(&annotated(&text, &[]), &style(), None);
        let shown: usize = segs.iter().map(|s| s.text.len()).sum();
        assert!(shown < MAX_SHOWN + 200, "{shown}");
        assert!(
            segs.last()
                .unwrap()
                .text
                .contains("more characters not shown")
        );
    }

    #[test]
    fn tags_round_trip() {
        for tag in [
            Tag::Citation(0),
            Tag::Citation(12345),
            Tag::FootnoteRef(3),
            Tag::NoteMarker,
        ] {
            assert_eq!(Tag::decode(tag.encode()), Some(tag));
        }
        assert_eq!(Tag::decode(0), None);
    }
}
