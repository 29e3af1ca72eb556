//! How text becomes search terms, the same way for the index and for queries.
//!
//! - Words are runs of letters, digits and combining marks; everything else separates them
//!   (`75/32` is `75` then `32`, `Secretary-General` is two words).
//! - Folding: compatibility decomposition (full-width forms, ligatures), combining marks
//!   dropped (accents in French and Spanish, Arabic vowel signs and the hamza on alef), lower
//!   case, Arabic-Indic digits as ASCII, tatweel dropped, and Cyrillic letters that look like
//!   Latin ones written as those (`А/RES` typed in a Russian layout finds `A/RES`; so does a
//!   Russian word with a stray Latin `o`). `й` keeps its breve so it stays apart from `и`.
//! - Chinese (and Japanese and Korean) is written without spaces: a run of such characters
//!   becomes overlapping character pairs (bigrams); a lone character stays one term.
//!
//! Every term keeps the byte range of the original text it came from, so highlights land on
//! what was printed.

use crate::document::script::is_cjk_letter;
use std::ops::Range;
use tantivy::tokenizer::{Token as TantivyToken, TokenStream, Tokenizer};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Terms longer than this (in bytes) are dropped: no one searches for them, and the index
/// refuses very long terms.
const MAX_TERM_BYTES: usize = 120;

/// The name the tokenizer is registered under in the index.
pub const TOKENIZER_NAME: &str = "plenary";

/// A search term and where it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// The folded term (`resolucion`, `网络`).
    pub text: String,
    /// Byte range in the original text.
    pub range: Range<usize>,
    /// Index of the term in the text (for phrases).
    pub position: usize,
    /// Whether the term is a pair (or lone) of Chinese, Japanese or Korean characters.
    pub cjk: bool,
}

/// Every term of `text`, in order.
pub fn terms(text: &str) -> Vec<Term> {
    let mut out = Vec::new();
    for_each_term(text, |text, range, position, cjk| {
        out.push(Term {
            text: text.to_string(),
            range,
            position,
            cjk,
        })
    });
    out
}

/// Folds one word the way the index does (`Résolución` -> `resolucion`, `А` -> `a`).
pub fn fold_word(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        fold_into(c, &mut out);
    }
    out
}

/// Folds free text for substring matching (titles in the browse filter): every character
/// folded as in [`fold_word`], separators kept as single spaces.
pub fn fold_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_word_char(c) || is_cjk_letter(c) {
            fold_into(c, &mut out);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out
}

/// Calls `sink(term, byte_range, position, is_cjk)` for every term of `text`.
pub fn for_each_term(text: &str, mut sink: impl FnMut(&str, Range<usize>, usize, bool)) {
    let mut position = 0usize;
    let mut buffer = String::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if is_cjk_letter(c) {
            let mut run: Vec<(usize, char)> = vec![(start, c)];
            while let Some(&(i, next)) = chars.peek() {
                if !is_cjk_letter(next) {
                    break;
                }
                run.push((i, next));
                chars.next();
            }
            if let [(i, single)] = run.as_slice() {
                buffer.clear();
                fold_into(*single, &mut buffer);
                sink(&buffer, *i..*i + single.len_utf8(), position, true);
                position += 1;
                continue;
            }
            for pair in run.windows(2) {
                let [(i, a), (j, b)] = pair else { continue };
                buffer.clear();
                fold_into(*a, &mut buffer);
                fold_into(*b, &mut buffer);
                sink(&buffer, *i..*j + b.len_utf8(), position, true);
                position += 1;
            }
        } else if is_word_char(c) {
            let mut end = start + c.len_utf8();
            while let Some(&(i, next)) = chars.peek() {
                if !is_word_char(next) || is_cjk_letter(next) {
                    break;
                }
                end = i + next.len_utf8();
                chars.next();
            }
            buffer.clear();
            for c in text.get(start..end).unwrap_or_default().chars() {
                fold_into(c, &mut buffer);
            }
            if !buffer.is_empty() && buffer.len() <= MAX_TERM_BYTES {
                sink(&buffer, start..end, position, false);
                position += 1;
            }
        }
    }
}

/// Letters, digits, combining marks, and the invisible characters that sit inside words
/// (tatweel, zero-width joiners, soft hyphen).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || is_combining_mark(c)
        || matches!(c, '\u{0640}' | '\u{200C}' | '\u{200D}' | '\u{00AD}')
}

fn fold_into(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match c {
        // Keep the breve: `й` is a letter of its own in Russian, not an accented `и`.
        'й' | 'Й' => {
            out.push('й');
            return;
        }
        '\u{0640}' | '\u{200C}' | '\u{200D}' | '\u{00AD}' => return,
        '٠'..='٩' => {
            out.push(char::from(b'0' + (c as u32 - '٠' as u32) as u8));
            return;
        }
        '۰'..='۹' => {
            out.push(char::from(b'0' + (c as u32 - '۰' as u32) as u8));
            return;
        }
        _ => {}
    }
    for d in std::iter::once(c).nfkd() {
        if is_combining_mark(d) {
            continue;
        }
        for lower in d.to_lowercase() {
            if !is_combining_mark(lower) {
                out.push(latin_look_alike(lower));
            }
        }
    }
}

/// Lower-case Cyrillic letters that look like Latin ones (upper or lower case), as the
/// Latin letter.
fn latin_look_alike(c: char) -> char {
    match c {
        'а' => 'a',
        'в' => 'b',
        'с' => 'c',
        'е' => 'e',
        'н' => 'h',
        'і' => 'i',
        'ј' => 'j',
        'к' => 'k',
        'м' => 'm',
        'о' => 'o',
        'р' => 'p',
        'ѕ' => 's',
        'т' => 't',
        'х' => 'x',
        'у' => 'y',
        _ => c,
    }
}

/// The index's tokenizer: [`for_each_term`] behind the search engine's interface.
#[derive(Clone, Default)]
pub struct PlenaryTokenizer {
    tokens: Vec<TantivyToken>,
}

impl Tokenizer for PlenaryTokenizer {
    type TokenStream<'a> = PlenaryTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> PlenaryTokenStream<'a> {
        self.tokens.clear();
        let tokens = &mut self.tokens;
        for_each_term(text, |term, range, position, _| {
            tokens.push(TantivyToken {
                offset_from: range.start,
                offset_to: range.end,
                position,
                text: term.to_string(),
                position_length: 1,
            });
        });
        PlenaryTokenStream {
            tokens: &mut self.tokens,
            next: 0,
        }
    }
}

/// The terms of one text, handed out one by one.
pub struct PlenaryTokenStream<'a> {
    tokens: &'a mut Vec<TantivyToken>,
    /// Index of the token after the current one.
    next: usize,
}

impl TokenStream for PlenaryTokenStream<'_> {
    fn advance(&mut self) -> bool {
        if self.next < self.tokens.len() {
            self.next += 1;
            true
        } else {
            false
        }
    }

    fn token(&self) -> &TantivyToken {
        // Before the first `advance`, or after the last, the stream shows the nearest token;
        // the engine never asks then, and an empty text has no token to show.
        let index = self.next.saturating_sub(1);
        match self.tokens.get(index) {
            Some(token) => token,
            None => empty_token(),
        }
    }

    fn token_mut(&mut self) -> &mut TantivyToken {
        let index = self.next.saturating_sub(1);
        if self.tokens.is_empty() {
            self.tokens.push(TantivyToken::default());
        }
        let last = self.tokens.len() - 1;
        &mut self.tokens[index.min(last)]
    }
}

fn empty_token() -> &'static TantivyToken {
    static EMPTY: std::sync::OnceLock<TantivyToken> = std::sync::OnceLock::new();
    EMPTY.get_or_init(TantivyToken::default)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        terms(text).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn folds_accents_case_and_look_alikes() {
        assert_eq!(fold_word("Resolución"), "resolucion");
        assert_eq!(fold_word("Assemblée"), "assemblee");
        assert_eq!(fold_word("РЕЗОЛЮЦИЯ"), fold_word("резолюция"));
        // Cyrillic А and Е typed in a symbol are the Latin letters.
        assert_eq!(texts("А/RЕS/75/32"), vec!["a", "res", "75", "32"]);
        // A Russian word with a stray Latin o matches the same word typed correctly.
        assert_eq!(fold_word("резoлюция"), fold_word("резолюция"));
        assert_ne!(fold_word("й"), fold_word("и"));
        assert_eq!(fold_word("ёлка"), fold_word("елка"));
        // Arabic: vowel signs, hamza on alef and tatweel do not count.
        assert_eq!(fold_word("الأُمم"), fold_word("الامم"));
        assert_eq!(fold_word("الـقرار"), fold_word("القرار"));
        assert_eq!(fold_word("٧٥"), "75");
        assert_eq!(fold_word("ＡＢＣ１"), "abc1");
    }

    #[test]
    fn splits_words_and_keeps_ranges() {
        let text = "Recalling its resolution 75/32, the Secretary-General's";
        let found = terms(text);
        let words: Vec<&str> = found.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(
            words,
            vec![
                "recalling",
                "its",
                "resolution",
                "75",
                "32",
                "the",
                "secretary",
                "general",
                "s"
            ]
        );
        for t in &found {
            assert_eq!(fold_word(&text[t.range.clone()]), t.text);
        }
        let positions: Vec<usize> = found.iter().map(|t| t.position).collect();
        assert_eq!(positions, (0..found.len()).collect::<Vec<_>>());
    }

    #[test]
    fn chinese_becomes_bigrams() {
        assert_eq!(texts("网络空间"), vec!["网络", "络空", "空间"]);
        assert_eq!(
            texts("第75/32号决议"),
            vec!["第", "75", "32", "号决", "决议"]
        );
        let found = terms("大会，网络");
        assert_eq!(found[0].range, 0..6);
        assert_eq!(found[1].range, 9..15);
        assert!(found.iter().all(|t| t.cjk));
    }

    #[test]
    fn nothing_to_index_in_punctuation() {
        assert!(terms("  , ; — … ").is_empty());
        assert!(terms("").is_empty());
    }

    #[test]
    fn tokenizer_streams_the_same_terms() {
        let mut tokenizer = PlenaryTokenizer::default();
        let mut stream = tokenizer.token_stream("Advancing 网络空间");
        let mut seen = Vec::new();
        while stream.advance() {
            seen.push(stream.token().text.clone());
        }
        assert_eq!(seen, vec!["advancing", "网络", "络空", "空间"]);
        let mut empty = tokenizer.token_stream("");
        assert!(!empty.advance());
        assert_eq!(empty.token().text, "");
    }
}
