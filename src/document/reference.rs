//! Paragraph ids and delegate-style references (`PP10`, `OP1(a)`, `OP3(b)(ii)`).
//!
//! Ids are built from positions, not printed labels, so that the first sub-paragraph of OP1
//! is `op1a` in all six languages (Russian prints `а)`, Arabic `(أ)`).

use super::{Paragraph, ParagraphKind};

/// A parsed reference such as `OP3(b)(ii)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParagraphRef {
    /// True for `PP`, false for `OP`.
    pub preambular: bool,
    pub number: u32,
    /// Sub-paragraph labels below the numbered paragraph, as written (`b`, `ii`).
    pub labels: Vec<String>,
}

impl ParagraphRef {
    /// The id this reference points to, following [`subparagraph_id`]'s scheme.
    pub fn to_id(&self) -> String {
        let mut id = format!(
            "{}{}",
            if self.preambular { "pp" } else { "op" },
            self.number
        );
        for (depth, label) in self.labels.iter().enumerate() {
            let depth = depth as u8 + 1;
            let ordinal = ordinal_at_depth(label, depth).unwrap_or(1);
            id = subparagraph_id(&id, depth, ordinal);
        }
        id
    }

    /// Whether the paragraph is the one this reference names.
    pub fn matches(&self, paragraph: &Paragraph) -> bool {
        let kind_ok = match paragraph.kind {
            ParagraphKind::Preambular => self.preambular && self.labels.is_empty(),
            ParagraphKind::Operative => !self.preambular && self.labels.is_empty(),
            ParagraphKind::Subparagraph => !self.labels.is_empty(),
            ParagraphKind::Other => false,
        };
        kind_ok && strip_division_prefix(&paragraph.id) == self.to_id()
    }
}

/// Removes the `a-` prefix that multi-part documents put on ids.
fn strip_division_prefix(id: &str) -> &str {
    match id.split_once('-') {
        Some((prefix, rest))
            if prefix.len() == 1 && prefix.chars().all(|c| c.is_ascii_lowercase()) =>
        {
            rest
        }
        _ => id,
    }
}

/// Parses `PP10`, `op1(a)`, `OP3(b)(ii)`, `OP1(а)`, `OP1(أ)`, `OP3 (b)`. Case-insensitive.
pub fn parse_ref(text: &str) -> Option<ParagraphRef> {
    let trimmed = text.trim();
    let lower = trimmed.to_lowercase();
    let (preambular, rest) = if let Some(rest) = lower.strip_prefix("pp") {
        (true, rest)
    } else if let Some(rest) = lower.strip_prefix("op") {
        (false, rest)
    } else {
        return None;
    };
    let digits_end = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let number: u32 = rest[..digits_end].parse().ok()?;
    let mut labels = Vec::new();
    let mut tail = rest[digits_end..].trim_start();
    while !tail.is_empty() {
        let inner = tail.strip_prefix('(')?;
        let close = inner.find(')')?;
        let label = inner[..close].trim();
        if label.is_empty() {
            return None;
        }
        labels.push(label.to_string());
        tail = inner[close + 1..].trim_start();
    }
    Some(ParagraphRef {
        preambular,
        number,
        labels,
    })
}

/// The id of the `ordinal`-th (1-based) sub-paragraph at `depth` (1 = letters, 2 = roman
/// numerals, deeper = numbers) below `parent_id`: `op1` + 1 -> `op1a`, `op3b` + 2 -> `op3b-ii`.
pub fn subparagraph_id(parent_id: &str, depth: u8, ordinal: u32) -> String {
    match depth {
        0 | 1 => format!("{parent_id}{}", letter_label(ordinal)),
        2 => format!("{parent_id}-{}", roman_label(ordinal)),
        _ => format!("{parent_id}-{ordinal}"),
    }
}

/// `1 -> a`, `26 -> z`, `27 -> aa`, `28 -> bb` (the UN's convention after z).
pub fn letter_label(ordinal: u32) -> String {
    let ordinal = ordinal.max(1);
    let letter = char::from(b'a' + ((ordinal - 1) % 26) as u8);
    let repeat = (ordinal - 1) / 26 + 1;
    std::iter::repeat_n(letter, repeat as usize).collect()
}

/// Lower-case roman numeral: `4 -> iv`.
pub fn roman_label(ordinal: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    let mut n = ordinal.max(1);
    let mut out = String::new();
    for (value, digits) in TABLE {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

/// The 1-based position a printed label stands for: `a`/`(a)`/`а)` (Cyrillic)/`(أ)` -> 1,
/// `ii` -> 2, `aa` -> 27, `3` -> 3. None if the label is not a recognisable counter.
pub fn label_ordinal(label: &str) -> Option<u32> {
    let core: String = label
        .trim()
        .trim_matches(|c: char| c == '(' || c == ')' || c == '.' || c == ' ')
        .to_lowercase();
    if core.is_empty() {
        return None;
    }
    if let Ok(n) = core.parse::<u32>() {
        return Some(n);
    }
    if let Some(n) = roman_value(&core) {
        // Single letters that are also roman numerals (i, v, x) are ambiguous: here they
        // count as letters; callers that know the depth use `ordinal_at_depth`.
        if core.chars().count() > 1 {
            return Some(n);
        }
    }
    letter_ordinal(&core)
}

/// Like [`label_ordinal`], knowing the nesting depth: depth 1 counts letters (`i` is the
/// ninth), depth 2 counts roman numerals (`i` is the first).
pub fn ordinal_at_depth(label: &str, depth: u8) -> Option<u32> {
    let core: String = label
        .trim()
        .trim_matches(|c: char| c == '(' || c == ')' || c == '.' || c == ' ')
        .to_lowercase();
    match depth {
        1 => letter_ordinal(&core).or_else(|| core.parse().ok()),
        2 => roman_value(&core).or_else(|| core.parse().ok()),
        _ => label_ordinal(&core),
    }
}

/// Ordinal of an alphabetic label in Latin, Cyrillic or Arabic (abjad order as used in UN
/// documents: أ ب ج د ه و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ).
pub fn letter_ordinal(label: &str) -> Option<u32> {
    let chars: Vec<char> = label.chars().collect();
    let first = *chars.first()?;
    if !chars.iter().all(|&c| c == first) {
        return None;
    }
    let repeat = chars.len() as u32;
    let base = latin_index(first)
        .or_else(|| cyrillic_index(first))
        .or_else(|| arabic_index(first))?;
    Some(base + 26 * (repeat - 1))
}

fn latin_index(c: char) -> Option<u32> {
    c.is_ascii_lowercase().then(|| c as u32 - 'a' as u32 + 1)
}

/// Russian documents letter sub-paragraphs а б в г д е ж з и к л м н о п р с т у ф х ц ч ш щ э ю я
/// (no ё й ъ ы ь).
fn cyrillic_index(c: char) -> Option<u32> {
    const ORDER: &str = "абвгдежзиклмнопрстуфхцчшщэюя";
    ORDER.chars().position(|x| x == c).map(|i| i as u32 + 1)
}

fn arabic_index(c: char) -> Option<u32> {
    const ORDER: &str = "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ";
    if c == 'ا' || c == 'إ' || c == 'آ' {
        return Some(1);
    }
    ORDER.chars().position(|x| x == c).map(|i| i as u32 + 1)
}

/// Value of a lower-case roman numeral (`i` .. `mmm`), None if it is not one.
pub fn roman_value(s: &str) -> Option<u32> {
    if s.is_empty() || !s.chars().all(|c| "ivxlcdm".contains(c)) {
        return None;
    }
    let value = |c: char| match c {
        'i' => 1,
        'v' => 5,
        'x' => 10,
        'l' => 50,
        'c' => 100,
        'd' => 500,
        _ => 1000,
    };
    let chars: Vec<i64> = s.chars().map(value).collect();
    let mut total = 0i64;
    for (i, &v) in chars.iter().enumerate() {
        if chars.get(i + 1).is_some_and(|&next| next > v) {
            total -= v;
        } else {
            total += v;
        }
    }
    let total = u32::try_from(total).ok().filter(|&t| t > 0)?;
    (roman_label(total) == s).then_some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_references() {
        assert_eq!(
            parse_ref("OP3(b)(ii)"),
            Some(ParagraphRef {
                preambular: false,
                number: 3,
                labels: vec!["b".into(), "ii".into()]
            })
        );
        assert_eq!(parse_ref("pp10").map(|r| r.to_id()), Some("pp10".into()));
        assert_eq!(parse_ref("op1(a)").map(|r| r.to_id()), Some("op1a".into()));
        assert_eq!(
            parse_ref("OP1(а)").map(|r| r.to_id()),
            Some("op1a".into()),
            "Cyrillic а"
        );
        assert_eq!(
            parse_ref("OP1(ب)").map(|r| r.to_id()),
            Some("op1b".into()),
            "Arabic ب"
        );
        assert_eq!(
            parse_ref("OP3(b)(ii)").map(|r| r.to_id()),
            Some("op3b-ii".into())
        );
        assert_eq!(parse_ref("OP 3"), None);
        assert_eq!(parse_ref("OP3(b"), None);
        assert_eq!(parse_ref("annex-p1"), None);
    }

    #[test]
    fn labels_and_ordinals() {
        assert_eq!(letter_label(1), "a");
        assert_eq!(letter_label(27), "aa");
        assert_eq!(roman_label(4), "iv");
        assert_eq!(roman_label(19), "xix");
        assert_eq!(label_ordinal("(aa)"), Some(27));
        assert_eq!(label_ordinal("(iv)"), Some(4));
        assert_eq!(label_ordinal("в)"), Some(3));
        assert_eq!(label_ordinal("(ج)"), Some(3));
        assert_eq!(roman_value("iiii"), None);
        assert_eq!(roman_value("xiv"), Some(14));
        assert_eq!(ordinal_at_depth("(i)", 1), Some(9));
        assert_eq!(ordinal_at_depth("(i)", 2), Some(1));
        assert_eq!(subparagraph_id("op1", 1, 2), "op1b");
        assert_eq!(subparagraph_id("op3b", 2, 2), "op3b-ii");
    }
}
