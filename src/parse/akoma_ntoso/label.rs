//! Paragraph numbers and sub-paragraph labels as printed: `1.`, `1 -` (Arabic), `(a)`, `a)`,
//! `а)` (Cyrillic), `(أ)`, `(i)`, `㈠` and `(十一)` (Chinese), `’1‘` (Arabic second level), bullets.

use crate::document::{letter_ordinal, roman_value};
use unicode_normalization::UnicodeNormalization;

/// What a printed label says about the paragraph it starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Class {
    /// An operative paragraph number: `1.`, `1 -`.
    Number(u32),
    /// A letter: `(a)`, `b)`, `(аа)`, `(ب)`.
    Letter(u32),
    /// A roman numeral or its equivalents (`㈠`, `(一)`, `’1‘`).
    Roman(u32),
    /// `(i)`, `(v)`, `(x)`...: a letter or a roman numeral, depending on its neighbours.
    LetterOrRoman { letter: u32, roman: u32 },
    /// A number in parentheses: `(1)`, `1)`.
    Numeric(u32),
    /// A dash, bullet or asterisk.
    Bullet,
    /// Something printed as a number that is none of the above (`A.`, `IV.`).
    Other,
}

/// A label as printed, with its class.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Label {
    pub printed: String,
    pub class: Class,
}

impl Label {
    /// The paragraph number to show: `1` for `1.` and `1 -`, the label as printed otherwise.
    pub fn number(&self) -> String {
        match self.class {
            Class::Number(n) => n.to_string(),
            Class::Other => self
                .printed
                .trim_end_matches(['.', '．'])
                .trim()
                .to_string(),
            _ => self.printed.clone(),
        }
    }

    /// The label as it goes inside a reference's parentheses: `(a)`, `a)` and `а)` -> `a`/`а`,
    /// `’1‘` -> `1`.
    pub fn core(&self) -> String {
        let trimmed = self.printed.trim().trim_matches(|c: char| {
            matches!(
                c,
                '(' | ')'
                    | '（'
                    | '）'
                    | '.'
                    | '．'
                    | '’'
                    | '‘'
                    | '\''
                    | ' '
                    | '\u{200f}'
                    | '\u{200e}'
            )
        });
        trimmed.to_string()
    }
}

const BULLETS: [&str; 11] = ["•", "–", "-", "—", "*", "·", "▪", "○", "◦", "‣", "⁃"];

/// Classifies the text of a `num` element.
pub(super) fn classify(printed: &str) -> Class {
    let cleaned: String;
    let mut t = printed.trim();
    if t.contains(is_mark) {
        cleaned = t.chars().filter(|&c| !is_mark(c)).collect();
        t = cleaned.trim();
    }
    if t.is_empty() {
        return Class::Other;
    }
    if BULLETS.contains(&t) {
        return Class::Bullet;
    }
    if let Some(class) = number_like(t, true) {
        return class;
    }
    let mut chars = t.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && ('\u{3220}'..='\u{3229}').contains(&c)
    {
        return Class::Roman(c as u32 - 0x3220 + 1);
    }
    if let Some(inner) = t
        .strip_prefix(['’', '‘', '\''])
        .and_then(|r| r.strip_suffix(['’', '‘', '\'']))
        && let Ok(n) = inner.trim().parse::<u32>()
    {
        return Class::Roman(n);
    }
    if let Some(inner) = t
        .strip_prefix(['(', '（'])
        .and_then(|r| r.strip_suffix([')', '）']))
    {
        return core_class(inner.trim());
    }
    // `)أ)`: an Arabic label whose opening parenthesis was mirrored in conversion.
    if let Some(inner) = t
        .strip_prefix(')')
        .and_then(|r| r.strip_suffix(')'))
        .filter(|inner| !inner.contains(['(', ')']))
    {
        return core_class(inner.trim());
    }
    if let Some(inner) = t.strip_suffix([')', '）']) {
        return core_class(inner.trim());
    }
    if let Some(inner) = t.strip_suffix('.')
        && inner.chars().all(|c| c.is_lowercase())
    {
        return core_class(inner);
    }
    Class::Other
}

/// A label at the start of a paragraph's text (already whitespace-collapsed), and how many
/// bytes it takes, including the space after it. A bare number (`71 `, printed so in Arabic
/// and by mistake elsewhere) counts in Arabic texts, or when it is the `expected` number.
pub(super) fn leading(text: &str, arabic: bool, expected: Option<u32>) -> Option<(Label, usize)> {
    let start = text.len() - strip_marks(text).len();
    let body = &text[start..];
    // `1 -` and `1 –` (Arabic) span a space.
    let digits = body.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let rest = &body[digits..];
        let after_space = rest.strip_prefix(' ').unwrap_or(rest);
        if let Some(tail) = after_space.strip_prefix(['-', '–'])
            && (tail.is_empty() || tail.starts_with(' '))
        {
            let used = body.len() - tail.len();
            let n: u32 = body[..digits].parse().ok()?;
            return Some((
                Label {
                    printed: body[..used].to_string(),
                    class: Class::Number(n),
                },
                start + consume_space(body, used),
            ));
        }
    }
    // `19.在不开创先例` (Chinese): the expected number glued to the text after its point.
    if (1..=3).contains(&digits)
        && let Some(n) = body[..digits]
            .parse::<u32>()
            .ok()
            .filter(|&n| expected == Some(n))
        && let Some(after) = body[digits..].strip_prefix(['.', '．'])
        && after.starts_with(|c: char| !c.is_ascii_digit() && !c.is_whitespace())
    {
        let used = body.len() - after.len();
        return Some((
            Label {
                printed: body[..used].to_string(),
                class: Class::Number(n),
            },
            start + used,
        ));
    }
    // `(أ أ)`: Arabic doubles a letter with a space between.
    if let Some(inner) = body.strip_prefix('(')
        && let Some(close) = inner.find(')')
        && inner[..close].contains(' ')
        && inner[..close].chars().count() <= 5
    {
        let printed = &body[..close + 2];
        let joined: String = printed.chars().filter(|c| *c != ' ').collect();
        let class = classify(&joined);
        if !matches!(class, Class::Other | Class::Bullet) {
            return Some((
                Label {
                    printed: printed.to_string(),
                    class,
                },
                start + consume_space(body, close + 2),
            ));
        }
    }
    let token_end = body.find(' ').unwrap_or(body.len());
    let token = &body[..token_end];
    if token.is_empty() || token.chars().count() > 8 {
        return None;
    }
    let class = if token.bytes().all(|b| b.is_ascii_digit()) {
        let n: u32 = token.parse().ok()?;
        if token.len() > 3 || !(arabic || expected == Some(n)) {
            return None;
        }
        Class::Number(n)
    } else {
        classify(token)
    };
    if class == Class::Other {
        return None;
    }
    // Only a token followed by text (or nothing) is a label: `(a)To` is not one. A mirrored
    // parenthesis is shown as printed on paper: `(أ)`.
    let printed = match token.strip_prefix(')') {
        Some(rest) if token.ends_with(')') => format!("({rest}"),
        _ => token.to_string(),
    };
    Some((
        Label { printed, class },
        start + consume_space(body, token_end),
    ))
}

fn consume_space(text: &str, at: usize) -> usize {
    if text[at..].starts_with(' ') {
        at + 1
    } else {
        at
    }
}

/// Bidirectional marks that some files put around numbers.
fn is_mark(c: char) -> bool {
    matches!(
        c,
        '\u{200e}' | '\u{200f}' | '\u{202a}' | '\u{202b}' | '\u{202c}' | '\u{feff}'
    )
}

fn strip_marks(text: &str) -> &str {
    text.trim_start_matches(is_mark)
}

/// `1.`, `1．`, `1 -`, `1)`, `(1)`; `bare` accepts a number with nothing after it.
fn number_like(t: &str, bare: bool) -> Option<Class> {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 4 {
        if let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')'))
            && !inner.is_empty()
            && inner.len() <= 4
            && inner.bytes().all(|b| b.is_ascii_digit())
        {
            return Some(Class::Numeric(inner.parse().ok()?));
        }
        return None;
    }
    let n: u32 = t[..digits].parse().ok()?;
    match t[digits..].trim() {
        "." | "．" | "-" | "–" => Some(Class::Number(n)),
        ")" => Some(Class::Numeric(n)),
        "" if bare => Some(Class::Number(n)),
        _ => None,
    }
}

/// The class of what sits inside `( )` or before `)`.
fn core_class(core: &str) -> Class {
    // Arabic prints `(هـ)` with a tatweel, and some files use presentation forms (`ﻫ`).
    let core: String = if core.is_ascii() {
        core.to_string()
    } else {
        core.nfkc().filter(|&c| c != '\u{640}').collect()
    };
    if core.is_empty() || core.chars().count() > 5 {
        return Class::Other;
    }
    if core.bytes().all(|b| b.is_ascii_digit()) {
        return core.parse().map(Class::Numeric).unwrap_or(Class::Other);
    }
    if let Some(n) = chinese_numeral(&core) {
        return Class::Roman(n);
    }
    let lower = core.to_lowercase();
    match (letter_ordinal(&lower), roman_value(&lower)) {
        (Some(letter), Some(roman)) => Class::LetterOrRoman { letter, roman },
        (Some(letter), None) => Class::Letter(letter),
        (None, Some(roman)) => Class::Roman(roman),
        (None, None) => Class::Other,
    }
}

/// `一` .. `九十九`.
fn chinese_numeral(s: &str) -> Option<u32> {
    let digit = |c: char| "一二三四五六七八九".chars().position(|d| d == c);
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        [c] if *c == '十' => Some(10),
        [c] => digit(*c).map(|d| d as u32 + 1),
        ['十', c] => digit(*c).map(|d| d as u32 + 11),
        [t, '十'] => digit(*t).map(|d| (d as u32 + 1) * 10),
        [t, '十', c] => Some((digit(*t)? as u32 + 1) * 10 + digit(*c)? as u32 + 1),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_num_elements() {
        assert_eq!(classify("\t1."), Class::Number(1));
        assert_eq!(classify("12 -"), Class::Number(12));
        assert_eq!(classify("(a)"), Class::Letter(1));
        assert_eq!(classify("b)"), Class::Letter(2));
        assert_eq!(classify("(aa)"), Class::Letter(27));
        assert_eq!(classify("(iv)"), Class::Roman(4));
        assert_eq!(
            classify("(iii)"),
            Class::LetterOrRoman {
                letter: 61,
                roman: 3
            }
        );
        assert_eq!(
            classify("(i)"),
            Class::LetterOrRoman {
                letter: 9,
                roman: 1
            }
        );
        assert_eq!(classify("(هـ)"), Class::Letter(5));
        assert_eq!(
            classify("(\u{feeb})"),
            Class::Letter(5),
            "presentation form of heh"
        );
        assert_eq!(classify("(أ)"), Class::Letter(1));
        assert_eq!(classify("к)"), Class::Letter(10));
        assert_eq!(classify("㈢"), Class::Roman(3));
        assert_eq!(classify("(十一)"), Class::Roman(11));
        assert_eq!(classify("’2‘"), Class::Roman(2));
        assert_eq!(classify("(3)"), Class::Numeric(3));
        assert_eq!(classify("3)"), Class::Numeric(3));
        assert_eq!(classify("–"), Class::Bullet);
        assert_eq!(classify("a."), Class::Letter(1));
        assert_eq!(classify("A."), Class::Other);
        assert_eq!(classify("IV."), Class::Other);
        assert_eq!(classify(""), Class::Other);
    }

    #[test]
    fn a_mirrored_parenthesis_still_makes_a_label() {
        // 75/284 in Arabic prints `)أ)` for `(أ)`.
        let (label, used) = leading(")أ) نأسف", true, None).unwrap();
        assert_eq!(label.printed, "(أ)");
        assert_eq!(label.class, Class::Letter(1));
        assert_eq!(used, ")أ) ".len());
    }

    #[test]
    fn finds_labels_at_the_start_of_text() {
        let (label, used) = leading("(a) To be guided", false, None).unwrap();
        assert_eq!(label.printed, "(a)");
        assert_eq!(used, 4);
        let (label, used) = leading("1 - تهيب بالدول", true, None).unwrap();
        assert_eq!(label.class, Class::Number(1));
        assert_eq!(label.number(), "1");
        assert_eq!(&"1 - تهيب بالدول"[used..], "تهيب بالدول");
        let (label, _) = leading("71 تقر بأن", true, None).unwrap();
        assert_eq!(label.class, Class::Number(71));
        assert!(leading("71 Member States", false, None).is_none());
        assert!(leading("3 Calls upon", false, Some(3)).is_some());
        assert_eq!(classify("6.\u{200e}"), Class::Number(6));
        assert!(leading("2030 Agenda", true, None).is_none());
        let (label, _) = leading("(أ أ) القيام", true, None).unwrap();
        assert_eq!(label.class, Class::Letter(27), "aa");
        let glued = "19.在不开创先例的情况下";
        let (label, used) = leading(glued, false, Some(19)).unwrap();
        assert_eq!(label.class, Class::Number(19));
        assert_eq!(&glued[used..], "在不开创先例的情况下");
        assert!(
            leading(glued, false, Some(3)).is_none(),
            "only the expected number"
        );
        assert!(leading("3.5 per cent", false, Some(3)).is_none());
        assert!(leading("Calls upon", false, None).is_none());
        assert!(leading("(a)", false, None).is_some());
        let (label, _) = leading("а) руководствоваться", false, None).unwrap();
        assert_eq!(label.class, Class::Letter(1));
        assert_eq!(label.core(), "а");
    }

    #[test]
    fn numbers_and_cores() {
        let label = Label {
            printed: "1 -".into(),
            class: Class::Number(1),
        };
        assert_eq!(label.number(), "1");
        let label = Label {
            printed: "(أ)".into(),
            class: Class::Letter(1),
        };
        assert_eq!(label.core(), "أ");
        assert_eq!(label.number(), "(أ)");
    }
}
