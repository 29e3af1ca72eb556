//! Right-to-left text for a renderer that only lays out left to right.
//!
//! egui shapes each section of a `LayoutJob` with harfrust, which joins Arabic letters and
//! reverses a run whose first strong character is right-to-left, but egui puts sections and
//! font runs side by side left to right, in the order given: it has no bidi reordering. So
//! the reader breaks right-to-left paragraphs into lines itself ([`break_lines`]), runs the
//! Unicode bidi algorithm per line ([`BidiParagraph::visual_pieces`]), and hands egui one
//! line at a time with its pieces in visual order, left to right. Each piece is one font
//! run that the shaper will draw the right way round: harfrust reverses and mirrors runs of
//! right-to-left script itself; pieces it would draw the wrong way (neutrals in a
//! right-to-left run, in a font of their own) are pre-reversed, with brackets mirrored
//! ([`VisualPiece::text`]).
//!
//! This module knows nothing of egui: widths and fonts come from the caller.

use std::ops::Range;

use unicode_bidi::{BidiClass, Level, ParagraphBidiInfo, bidi_class};
use unicode_segmentation::UnicodeSegmentation;

/// Whether `c` is an explicit bidi formatting character (LRM, RLM, ALM, the embeddings,
/// overrides and isolates). They steer the algorithm but have no glyph, so they are
/// dropped from the text handed to the shaper.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// Whether harfrust takes `c` as a character of a right-to-left script when it guesses a
/// run's direction (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms).
/// Arabic punctuation that Unicode assigns to the Common script (comma, semicolon, question
/// mark, tatweel, ornate parentheses) does not count, as it does not for the shaper.
pub fn is_rtl_script(c: char) -> bool {
    matches!(c,
        '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}'
        | '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}')
        && !matches!(
            c,
            '\u{060C}'
                | '\u{061B}'
                | '\u{061C}'
                | '\u{061F}'
                | '\u{0640}'
                | '\u{FD3E}'
                | '\u{FD3F}'
        )
}

/// The mirrored form of a paired bracket or comparison sign (Unicode's Bidi_Mirroring_Glyph
/// for the pairs found in documents), or `c` itself.
pub fn mirror(c: char) -> char {
    const PAIRS: [(char, char); 31] = [
        ('(', ')'),
        ('<', '>'),
        ('[', ']'),
        ('{', '}'),
        ('«', '»'),
        ('‹', '›'),
        ('⁅', '⁆'),
        ('⁽', '⁾'),
        ('₍', '₎'),
        ('≤', '≥'),
        ('≪', '≫'),
        ('⌈', '⌉'),
        ('⌊', '⌋'),
        ('〈', '〉'),
        ('⟨', '⟩'),
        ('〈', '〉'),
        ('《', '》'),
        ('「', '」'),
        ('『', '』'),
        ('【', '】'),
        ('〔', '〕'),
        ('〖', '〗'),
        ('〘', '〙'),
        ('〚', '〛'),
        ('﹙', '﹚'),
        ('﹛', '﹜'),
        ('﹝', '﹞'),
        ('（', '）'),
        ('＜', '＞'),
        ('［', '］'),
        ('｛', '｝'),
    ];
    for (open, close) in PAIRS {
        if c == open {
            return close;
        }
        if c == close {
            return open;
        }
    }
    c
}

/// Whether the shaper reverses `text`: harfrust takes a run's direction from its first
/// character of a script other than Common or Inherited, left to right if there is none.
pub fn shaper_reverses(text: &str) -> bool {
    for c in text.chars() {
        if is_rtl_script(c) {
            return true;
        }
        if c.is_alphabetic() {
            return false;
        }
    }
    false
}

/// Marks, joiners and controls go with the character before them (egui picks a font per
/// grapheme cluster, by its first character).
fn follows_previous(c: char) -> bool {
    c == '\u{200C}'
        || c == '\u{200D}'
        || is_bidi_control(c)
        || matches!(bidi_class(c), BidiClass::NSM | BidiClass::BN)
}

/// A piece of one line, in visual order: a byte range of the paragraph's text that egui
/// shapes as one run (one section, one font).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VisualPiece {
    /// Byte range in the text given to [`BidiParagraph::new`].
    pub range: Range<usize>,
    /// Whether the text must be handed to the shaper reversed (by grapheme) with brackets
    /// mirrored, because the shaper would otherwise draw it in the wrong direction.
    pub reversed: bool,
    /// Whether the bidi algorithm put the piece in a right-to-left run.
    pub rtl: bool,
}

impl VisualPiece {
    /// The text to give the shaper for this piece of `text`: bidi controls dropped and,
    /// where [`Self::reversed`], grapheme clusters in reverse order with brackets mirrored.
    pub fn text(&self, text: &str) -> String {
        let Some(slice) = text.get(self.range.clone()) else {
            return String::new();
        };
        if !self.reversed {
            return slice.chars().filter(|c| !is_bidi_control(*c)).collect();
        }
        slice
            .graphemes(true)
            .rev()
            .flat_map(|cluster| cluster.chars())
            .filter(|c| !is_bidi_control(*c))
            .map(mirror)
            .collect()
    }
}

/// One paragraph (no line feeds) analysed by the Unicode bidi algorithm.
pub struct BidiParagraph<'text> {
    text: &'text str,
    info: ParagraphBidiInfo<'text>,
}

impl<'text> BidiParagraph<'text> {
    /// Analyses `text` with a right-to-left (`rtl`) or left-to-right paragraph level.
    pub fn new(text: &'text str, rtl: bool) -> Self {
        let level = if rtl { Level::rtl() } else { Level::ltr() };
        BidiParagraph {
            text,
            info: ParagraphBidiInfo::new(text, Some(level)),
        }
    }

    /// The pieces of `line` (a byte range of the paragraph, on character boundaries) in
    /// visual order, left to right.
    ///
    /// A piece never crosses one of `splits` (byte offsets, e.g. where the format changes)
    /// nor a change of font: `font_of(offset, c)` names the font egui will draw `c` (at
    /// byte `offset`) with. egui lays out the font runs of a section left to right in
    /// logical order, so a right-to-left stretch drawn in two fonts must be two pieces.
    /// Pieces holding nothing but bidi controls are left out.
    pub fn visual_pieces(
        &self,
        line: Range<usize>,
        splits: &[usize],
        font_of: &mut dyn FnMut(usize, char) -> usize,
    ) -> Vec<VisualPiece> {
        let mut out = Vec::new();
        let len = self.text.len();
        if line.start >= line.end
            || line.end > len
            || !self.text.is_char_boundary(line.start)
            || !self.text.is_char_boundary(line.end)
        {
            return out;
        }
        let (levels, runs) = self.info.visual_runs(line);
        for run in runs {
            let rtl = levels.get(run.start).is_some_and(|level| level.is_rtl());
            let mut pieces = self.split_run(run, splits, font_of);
            if rtl {
                pieces.reverse();
            }
            for range in pieces {
                let shaper_rtl = self.text.get(range.clone()).is_some_and(shaper_reverses);
                out.push(VisualPiece {
                    range,
                    // The shaper reverses (and mirrors) right-to-left script itself; a piece
                    // it would draw in the other direction is reversed here.
                    reversed: rtl != shaper_rtl,
                    rtl,
                });
            }
        }
        out
    }

    /// Splits one level run at `splits` and wherever the font changes.
    fn split_run(
        &self,
        run: Range<usize>,
        splits: &[usize],
        font_of: &mut dyn FnMut(usize, char) -> usize,
    ) -> Vec<Range<usize>> {
        let mut pieces = Vec::new();
        let Some(run_text) = self.text.get(run.clone()) else {
            return pieces;
        };
        let mut start = run.start;
        let mut font: Option<usize> = None;
        let mut visible = false;
        for (offset, c) in run_text.char_indices() {
            let at = run.start + offset;
            let own = if follows_previous(c) {
                None
            } else {
                Some(font_of(at, c))
            };
            let split_here = at > start
                && (splits.binary_search(&at).is_ok()
                    || matches!((font, own), (Some(a), Some(b)) if a != b));
            if split_here {
                if visible {
                    pieces.push(start..at);
                }
                start = at;
                font = None;
                visible = false;
            }
            if font.is_none() {
                font = own;
            }
            visible |= !is_bidi_control(c);
        }
        if visible && start < run.end {
            pieces.push(start..run.end);
        }
        pieces
    }
}

/// A stretch of a paragraph between two break opportunities.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the paragraph.
    pub range: Range<usize>,
    /// Whether it is white space (a place to break), rather than a word.
    pub space: bool,
}

/// Splits `text` into words and the white space between them. Lines break only in white
/// space, never inside a word.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    for (at, c) in text.char_indices() {
        // A no-break space binds the words around it.
        let space = c.is_whitespace() && !matches!(c, '\u{A0}' | '\u{202F}' | '\u{2007}');
        let end = at + c.len_utf8();
        match out.last_mut() {
            Some(last) if last.space == space => last.range.end = end,
            _ => out.push(Token {
                range: at..end,
                space,
            }),
        }
    }
    out
}

/// Greedy line breaking: lines of whole tokens whose words fit in `max_width`, given each
/// token's width. Returns each line's byte range without its trailing white space (a line
/// that would start with white space after a break starts at the next word). A word wider
/// than `max_width` gets a line of its own.
pub fn break_lines(tokens: &[Token], widths: &[f32], max_width: f32) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    // (start, end of last word, width up to that word)
    let mut current: Option<(usize, usize, f32)> = None;
    let mut pending_space = 0.0;
    let mut line_start: Option<usize> = None;
    for (index, token) in tokens.iter().enumerate() {
        let width = widths.get(index).copied().unwrap_or(0.0);
        if token.space {
            match current {
                Some(_) => pending_space += width,
                // White space that opens the paragraph is kept as an indent.
                None if lines.is_empty() && line_start.is_none() => {
                    line_start = Some(token.range.start);
                    pending_space += width;
                }
                None => {}
            }
            continue;
        }
        match current {
            Some((start, end, used)) if used + pending_space + width > max_width => {
                lines.push(start..end);
                current = Some((token.range.start, token.range.end, width));
            }
            Some((start, _, used)) => {
                current = Some((start, token.range.end, used + pending_space + width));
            }
            None => {
                let start = line_start.take().unwrap_or(token.range.start);
                current = Some((start, token.range.end, pending_space + width));
            }
        }
        pending_space = 0.0;
    }
    if let Some((start, end, _)) = current {
        lines.push(start..end);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fonts as in an Arabic family: Naskh with Latin punctuation first, Latin letters from
    /// a fallback (as in the bundled fonts, but with `(` and `)` also in the fallback, to
    /// exercise pieces the shaper would draw the wrong way).
    fn font_of(_: usize, c: char) -> usize {
        usize::from(c.is_ascii_alphabetic() || c == '(' || c == ')')
    }

    /// What the screen shows, left to right: each piece as the shaper draws it (reversed
    /// with mirrored brackets when it shapes right to left).
    fn drawn(text: &str) -> String {
        let para = BidiParagraph::new(text, true);
        para.visual_pieces(0..text.len(), &[], &mut font_of)
            .iter()
            .map(|piece| {
                let shaped = piece.text(text);
                if shaper_reverses(&shaped) {
                    shaped
                        .graphemes(true)
                        .rev()
                        .flat_map(str::chars)
                        .map(mirror)
                        .collect()
                } else {
                    shaped
                }
            })
            .collect()
    }

    fn rev(text: &str) -> String {
        text.chars().rev().collect()
    }

    #[test]
    fn arabic_words_come_out_last_word_first() {
        // "the General Assembly decides": three words, logical order.
        assert_eq!(drawn("إن الجمعية تقرر"), rev("إن الجمعية تقرر"));
        assert_eq!(rev(&drawn("إن الجمعية تقرر")), "إن الجمعية تقرر");
    }

    #[test]
    fn numbers_and_symbols_stay_left_to_right() {
        let expected = format!("2015 {} 73/266 {}", rev("لعام"), rev("القرار"));
        assert_eq!(drawn("القرار 73/266 لعام 2015"), expected);
        let expected = format!("{} A/RES/73/266 {}", rev("المؤرخة"), rev("الوثيقة"));
        assert_eq!(drawn("الوثيقة A/RES/73/266 المؤرخة"), expected);
    }

    #[test]
    fn brackets_in_right_to_left_runs_are_mirrored() {
        // Logical "(أ) تقرر": the opening bracket is rightmost and must look like ")".
        assert_eq!(drawn("(أ) تقرر"), format!("{} (أ)", rev("تقرر")));
        let text = "(أ) تقرر";
        let para = BidiParagraph::new(text, true);
        let last = para
            .visual_pieces(0..text.len(), &[], &mut font_of)
            .pop()
            .unwrap();
        assert!(last.reversed && last.rtl);
        assert_eq!(last.range, 0..1);
        assert_eq!(last.text(text), ")");
        // In one font the shaper reverses and mirrors the whole run itself.
        let pieces = para.visual_pieces(0..text.len(), &[], &mut |_, _| 0);
        assert_eq!(pieces.len(), 1);
        assert!(!pieces[0].reversed);
    }

    #[test]
    fn neutral_runs_are_reversed_as_a_whole() {
        // "word), word" with the bracket in another font: "), " is drawn as ", (".
        assert_eq!(drawn("أ)، ب"), "ب ،(أ");
    }

    #[test]
    fn splits_and_controls() {
        let text = "\u{200F}إن الجمعية";
        let split = text.find(' ').unwrap();
        let para = BidiParagraph::new(text, true);
        let pieces = para.visual_pieces(0..text.len(), &[split], &mut |_, _| 0);
        let texts: Vec<String> = pieces.iter().map(|p| p.text(text)).collect();
        assert_eq!(texts, [" الجمعية", "إن"]);
    }

    #[test]
    fn arabic_indic_digits_are_pre_reversed_for_the_shaper() {
        let text = "عام ٢٠١٥";
        let para = BidiParagraph::new(text, true);
        let pieces = para.visual_pieces(0..text.len(), &[], &mut |_, _| 0);
        let digits = pieces.first().unwrap();
        assert!(!digits.rtl && digits.reversed);
        assert_eq!(digits.text(text), "٥١٠٢");
        assert_eq!(drawn(text), format!("٢٠١٥ {}", rev("عام")));
    }

    #[test]
    fn out_of_range_lines_give_nothing() {
        let para = BidiParagraph::new("abc", true);
        assert!(para.visual_pieces(2..9, &[], &mut font_of).is_empty());
        assert!(para.visual_pieces(2..2, &[], &mut font_of).is_empty());
    }

    #[test]
    fn shaper_direction_guess() {
        assert!(shaper_reverses("(أ)"));
        assert!(shaper_reverses("٢٠"));
        assert!(!shaper_reverses("، ("));
        assert!(!shaper_reverses("A/أ"));
        assert!(!shaper_reverses(""));
    }

    #[test]
    fn tokens_alternate_words_and_spaces() {
        let toks = tokens("  ab c\u{A0}d  e");
        let spaces: Vec<bool> = toks.iter().map(|t| t.space).collect();
        assert_eq!(spaces, [true, false, true, false, true, false]);
        assert_eq!(toks[3].range, 5..9); // "c\u{A0}d" is one word
    }

    #[test]
    fn lines_break_between_words_and_fit() {
        let text = "aa bb cc dd";
        let toks = tokens(text);
        let widths: Vec<f32> = toks
            .iter()
            .map(|t| (t.range.end - t.range.start) as f32)
            .collect();
        let lines = break_lines(&toks, &widths, 5.0);
        let got: Vec<&str> = lines.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(got, ["aa bb", "cc dd"]);
        let lines = break_lines(&toks, &widths, 1.0);
        assert_eq!(lines.len(), 4, "an overlong word gets its own line");
    }

    #[test]
    fn leading_space_is_kept_as_indent() {
        let text = "  aa bb";
        let toks = tokens(text);
        let widths = vec![2.0, 2.0, 1.0, 2.0];
        assert_eq!(
            break_lines(&toks, &widths, 100.0),
            vec![Range { start: 0, end: 7 }]
        );
        assert_eq!(break_lines(&toks, &widths, 4.0), [0..4, 5..7]);
        assert!(break_lines(&tokens("   "), &[3.0], 10.0).is_empty());
    }

    #[test]
    fn mirror_pairs() {
        assert_eq!(mirror('('), ')');
        assert_eq!(mirror('»'), '«');
        assert_eq!(mirror('a'), 'a');
        assert!(is_rtl_script('ب'));
        assert!(!is_rtl_script('،'));
        assert!(!is_rtl_script('a'));
    }
}

/// One line of plain text rearranged so that egui, which lays text out left to right and
/// only reverses right-to-left script within a font run, shows it in the right visual order:
/// for labels (an outline entry, a tab title) drawn with egui's own widgets in the
/// `Proportional` family, where Arabic letters come from a fallback font.
pub fn visual_line(text: &str, rtl: bool) -> String {
    if !text.chars().any(is_rtl_script) {
        return text.to_string();
    }
    let paragraph = BidiParagraph::new(text, rtl);
    let mut font_of = |_: usize, c: char| usize::from(is_rtl_script(c));
    paragraph
        .visual_pieces(0..text.len(), &[], &mut font_of)
        .iter()
        .map(|piece| piece.text(text))
        .collect()
}

/// `logical_t!("compare-status-changed")`, `logical_t!("reader-more-characters", count = n)`:
/// a message in the current language as written (logical order), not laid out for a
/// right-to-left window as `t!` gives it: for text the reader lays out itself (which orders
/// right-to-left runs), for what screen readers are told, and for text that leaves the
/// window (a summary copied into a report). The test that every message asked for exists
/// finds these as it finds `t!`.
#[macro_export]
macro_rules! logical_t {
    ($key:expr) => {
        $crate::i18n::format($crate::i18n::locale(), $key, None, &[])
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::format(
            $crate::i18n::locale(),
            $key,
            None,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

/// A message of the interface (from `t!`) that holds a document's own words (a symbol, a
/// title, a quote), ready to show as a label: in a right-to-left interface `t!` has put the
/// whole message in visual order already; in a left-to-right one, the document's
/// right-to-left words are put in order here.
pub fn message_line(message: String) -> String {
    if crate::i18n::locale().is_rtl() {
        message
    } else {
        visual_line(&message, false)
    }
}

#[cfg(test)]
mod visual_line_tests {
    use super::*;

    #[test]
    fn latin_is_untouched_and_arabic_words_swap_places() {
        assert_eq!(visual_line("PP1 Recalling", true), "PP1 Recalling");
        // A right-to-left line starts at the right: PP1, then إذ, then تشير. Laid out left
        // to right, that is تشير, إذ, PP1 (each word's letters are ordered by the shaper).
        assert_eq!(visual_line("PP1 إذ تشير", true), "تشير إذ PP1");
        assert_eq!(
            visual_line("إذ تشير", false),
            "إذ تشير".split(' ').rev().collect::<Vec<_>>().join(" ")
        );
    }
}
