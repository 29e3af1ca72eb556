//! Paragraph ids and delegate-style references (`PP10`, `OP1(a)`, `OP3(b)(ii)`).
//!
//! Ids are built from positions, not printed labels, so that the first sub-paragraph of OP1
//! is `op1a` in all six languages (Russian prints `а)`, Arabic `(أ)`).

/// The canonical form of a reference, for matching what a user types against what a document
/// says: words upper-cased, `OP 3` joined, sub-paragraph labels replaced by their positions
/// (so `OP1(а)` in Russian, `OP1(أ)` in Arabic and `op1(a)` all read `OP1(1)`).
/// `II OP3(b)` -> `II OP3(2)`, `annex i 12(a)` -> `ANNEX I 12(1)`. None if a bracket is left
/// open or a label is not a counter.
pub fn reference_key(text: &str) -> Option<String> {
    let text = text.trim();
    let (head, tail) = match text.find('(') {
        Some(i) => text.split_at(i),
        None => (text, ""),
    };
    let mut words: Vec<String> = head.split_whitespace().map(str::to_uppercase).collect();
    // `OP 3` as `OP3`.
    if words.len() >= 2
        && words
            .last()
            .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
        && words
            .get(words.len() - 2)
            .is_some_and(|w| w == "OP" || w == "PP")
    {
        let number = words.pop().unwrap_or_default();
        if let Some(kind) = words.last_mut() {
            kind.push_str(&number);
        }
    }
    if words.is_empty() {
        return None;
    }
    let mut key = words.join(" ");
    let mut rest = tail.trim_start();
    let mut depth = 0u8;
    while !rest.is_empty() {
        let inner = rest.strip_prefix('(')?;
        let close = inner.find(')')?;
        let label = inner[..close].trim();
        if label.is_empty() {
            return None;
        }
        depth = depth.saturating_add(1);
        let ordinal = ordinal_at_depth(label, depth)?;
        key.push_str(&format!("({ordinal})"));
        rest = inner[close + 1..].trim_start();
    }
    Some(key)
}

/// Parses a delegate-style reference (`PP10`, `op1(a)`, `II OP3(b)`, `Annex 12`) into its
/// canonical key; see [`reference_key`]. None for anything that is not a reference.
pub fn parse_ref(text: &str) -> Option<String> {
    let key = reference_key(text)?;
    let head = key.split('(').next().unwrap_or_default();
    let last = head.rsplit(' ').next().unwrap_or_default();
    let numbered = |prefix: &str| {
        last.strip_prefix(prefix)
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    let annex = head.starts_with("ANNEX") && last.bytes().all(|b| b.is_ascii_digit());
    (numbered("OP") || numbered("PP") || annex).then_some(key)
}

/// The label of a section heading, as a reference carries it: `II` for a heading printed
/// `II`, `二`, `ثانيا` or `II.`; `B` for `B.`, Cyrillic `Б.` or Arabic `باء`; `3` for `3.`;
/// `Art.5` for an article or rule of an annexed text (`Article 5`, `Rule 5`, `Статья 5`,
/// `المادة 5`, `第5条`), whose paragraphs are numbered from 1 in each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SectionLabel {
    Roman(u32),
    Letter(u32),
    Number(u32),
    Article(u32),
}

impl std::fmt::Display for SectionLabel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            SectionLabel::Roman(n) => f.write_str(&roman_label(n).to_uppercase()),
            SectionLabel::Letter(n) => f.write_str(&letter_label(n).to_uppercase()),
            SectionLabel::Number(n) => write!(f, "{n}"),
            SectionLabel::Article(n) => write!(f, "Art.{n}"),
        }
    }
}

impl SectionLabel {
    /// Whether two labels count in the same way (roman numerals, letters or digits).
    pub fn same_kind(self, other: SectionLabel) -> bool {
        std::mem::discriminant(&self) == std::mem::discriminant(&other)
    }
}

/// Arabic ordinal adverbs that number sections (`أولا` first ... `عشرين` twentieth), and the
/// names of letters that letter them (`ألف` A, `باء` B ...), without diacritics.
const ARABIC_ORDINALS: [&str; 10] = [
    "أولا",
    "ثانيا",
    "ثالثا",
    "رابعا",
    "خامسا",
    "سادسا",
    "سابعا",
    "ثامنا",
    "تاسعا",
    "عاشرا",
];
const ARABIC_TEENS: [&str; 9] = [
    "حادي عشر",
    "ثاني عشر",
    "ثالث عشر",
    "رابع عشر",
    "خامس عشر",
    "سادس عشر",
    "سابع عشر",
    "ثامن عشر",
    "تاسع عشر",
];
const ARABIC_UNITS: [&str; 9] = [
    "حادي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع",
];
const ARABIC_LETTER_NAMES: [&str; 28] = [
    "ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء", "كاف", "لام", "ميم",
    "نون", "سين", "عين", "فاء", "صاد", "قاف", "راء", "شين", "تاء", "ثاء", "خاء", "ذال", "ضاد",
    "ظاء", "غين",
];

/// The section label a heading starts with, and how many bytes of `text` it takes (with the
/// punctuation and space after it). None when the heading starts with words.
pub fn section_label(text: &str) -> Option<(SectionLabel, usize)> {
    let start = text.len() - text.trim_start().len();
    let body = &text[start..];
    if let Some((n, used)) = article_label(body) {
        return Some((SectionLabel::Article(n), start + used));
    }
    // Arabic ordinals and letter names, read without diacritics and tatweel.
    if body.starts_with(|c: char| ('\u{600}'..='\u{6ff}').contains(&c)) {
        return arabic_section_label(body).map(|(label, used)| (label, start + used));
    }
    let token_end = body
        .find(|c: char| c.is_whitespace() || c == '、' || c == '．' || c == '-' || c == '–')
        .unwrap_or(body.len());
    let token = &body[..token_end];
    let core = token.trim_end_matches(['.', ')']);
    if core.is_empty() || core.chars().count() > 7 {
        return None;
    }
    let label = if core.bytes().all(|b| b.is_ascii_digit()) {
        SectionLabel::Number(core.parse().ok()?)
    } else if let Some(n) = chinese_section_numeral(core) {
        SectionLabel::Roman(n)
    } else if core.chars().all(|c| "IVXL".contains(c)) {
        SectionLabel::Roman(roman_value(&core.to_lowercase())?)
    } else {
        let mut chars = core.chars();
        let c = chars.next()?;
        if chars.next().is_some() || !c.is_uppercase() {
            return None;
        }
        let lower: String = c.to_lowercase().collect();
        SectionLabel::Letter(letter_ordinal(&lower)?)
    };
    let mut used = token_end;
    let after = &body[used..];
    let trimmed = after.trim_start_matches(['、', '．', '.', '-', '–', ' ', '\t']);
    used += after.len() - trimmed.len();
    // `I` followed by lower-case words is a pronoun or a word, not a label.
    if trimmed.starts_with(char::is_lowercase) && !token.ends_with('.') {
        return None;
    }
    Some((label, start + used))
}

/// Words that head an article or a rule, in the six languages.
const ARTICLE_WORDS: [&str; 12] = [
    "Article",
    "Rule",
    "Règle",
    "Artículo",
    "Regla",
    "Статья",
    "Правило",
    "المادة",
    "القاعدة",
    "ARTICLE",
    "RULE",
    "Art.",
];

/// `Article 5`, `Rule 12`, `Статья 5`, `المادة 5`, `第5条`, `第五条`: the number, and the bytes
/// used (with the space after).
fn article_label(body: &str) -> Option<(u32, usize)> {
    if let Some(rest) = body.strip_prefix('第') {
        let end = rest.find('条')?;
        let digits = &rest[..end];
        let n = digits
            .parse()
            .ok()
            .or_else(|| chinese_section_numeral(digits))?;
        let used = body.len() - rest.len() + end + '条'.len_utf8();
        let after = &body[used..];
        return Some((n, used + (after.len() - after.trim_start().len())));
    }
    let word = ARTICLE_WORDS.iter().find(|w| body.starts_with(**w))?;
    let rest = body[word.len()..].trim_start();
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let n = rest[..digits].parse().ok()?;
    let after = &rest[digits..];
    // `Article 5 of the Charter` in running text is not a heading's label.
    if !after.is_empty() && !after.starts_with([' ', '.', '\t', ':', '-', '–']) {
        return None;
    }
    let after_label = after.trim_start_matches(['.', ':', '-', '–']);
    let trimmed = after_label.trim_start();
    Some((n, body.len() - trimmed.len()))
}

fn arabic_section_label(body: &str) -> Option<(SectionLabel, usize)> {
    // Bytes of `body` for each character kept, so the length used maps back.
    let mut plain = String::new();
    let mut ends = Vec::new();
    for (i, c) in body.char_indices() {
        if ('\u{64b}'..='\u{652}').contains(&c) || c == '\u{640}' {
            continue;
        }
        plain.push(c);
        ends.push((plain.len(), i + c.len_utf8()));
    }
    let original_end = |plain_len: usize| {
        ends.iter()
            .find(|&&(p, _)| p >= plain_len)
            .map_or(body.len(), |&(_, o)| o)
    };
    let word_ends = |rest: &str| rest.is_empty() || rest.starts_with([' ', '-', '–', '\t', ':']);
    let mut found = None;
    for (i, word) in ARABIC_TEENS.iter().enumerate() {
        if let Some(rest) = plain.strip_prefix(word)
            && word_ends(rest)
        {
            found = Some((SectionLabel::Roman(i as u32 + 11), word.len()));
        }
    }
    // `حادي وعشرون` twenty-first ... `تاسع وعشرون`; `عشرون` twentieth.
    if found.is_none() {
        for (tens, word) in [(20u32, "عشرون"), (30, "ثلاثون")] {
            if let Some(rest) = plain
                .strip_prefix(word)
                .or_else(|| plain.strip_prefix("ال").and_then(|p| p.strip_prefix(word)))
                && word_ends(rest)
            {
                found = Some((SectionLabel::Roman(tens), plain.len() - rest.len()));
            }
            for (i, unit) in ARABIC_UNITS.iter().enumerate() {
                let compound = format!("{unit} و{word}");
                if let Some(rest) = plain.strip_prefix(&compound)
                    && word_ends(rest)
                {
                    found = Some((SectionLabel::Roman(tens + i as u32 + 1), compound.len()));
                }
            }
        }
    }
    if found.is_none() {
        for (i, word) in ARABIC_ORDINALS.iter().enumerate() {
            if let Some(rest) = plain.strip_prefix(word)
                && word_ends(rest)
            {
                found = Some((SectionLabel::Roman(i as u32 + 1), word.len()));
            }
        }
    }
    if found.is_none() {
        for (i, word) in ARABIC_LETTER_NAMES.iter().enumerate() {
            if let Some(rest) = plain.strip_prefix(word)
                && word_ends(rest)
            {
                found = Some((SectionLabel::Letter(i as u32 + 1), word.len()));
            }
        }
    }
    let (label, plain_used) = found?;
    let mut used = original_end(plain_used);
    let after = &body[used..];
    let trimmed = after
        .trim_start_matches(|c: char| ('\u{64b}'..='\u{652}').contains(&c) || c == '\u{640}')
        .trim_start_matches([' ', '-', '–', '\t']);
    used += after.len() - trimmed.len();
    Some((label, used))
}

/// `一` .. `九十九`, as Chinese texts number sections.
fn chinese_section_numeral(s: &str) -> Option<u32> {
    let digit = |c: char| {
        "一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|d| d as u32 + 1)
    };
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        ['十'] => Some(10),
        [c] => digit(*c),
        ['十', c] => Some(10 + digit(*c)?),
        [t, '十'] => Some(digit(*t)? * 10),
        [t, '十', c] => Some(digit(*t)? * 10 + digit(*c)?),
        _ => None,
    }
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
/// documents: أ ب ج د ه و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ), or of the Chinese
/// labels that stand for letters (the earthly branches `子 丑 寅 …` in quoted treaty text, the
/// heavenly stems `甲 乙 丙 …`).
pub fn letter_ordinal(label: &str) -> Option<u32> {
    let chars: Vec<char> = label.chars().collect();
    let first = *chars.first()?;
    if chars.len() == 1
        && let Some(n) = ["子丑寅卯辰巳午未申酉戌亥", "甲乙丙丁戊己庚辛壬癸"]
            .iter()
            .find_map(|order| order.chars().position(|c| c == first))
    {
        return Some(n as u32 + 1);
    }
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
    fn reference_keys() {
        assert_eq!(reference_key("OP3(b)(ii)").as_deref(), Some("OP3(2)(2)"));
        assert_eq!(
            reference_key("op1(а)"),
            reference_key("OP1(a)"),
            "Cyrillic а"
        );
        assert_eq!(
            reference_key("OP1(ب)").as_deref(),
            Some("OP1(2)"),
            "Arabic ب"
        );
        assert_eq!(reference_key("OP 3").as_deref(), Some("OP3"));
        assert_eq!(reference_key("ii op3 (b)").as_deref(), Some("II OP3(2)"));
        assert_eq!(
            reference_key("Annex I 12(a)").as_deref(),
            Some("ANNEX I 12(1)")
        );
        assert_eq!(reference_key("OP3(b"), None);
        assert_eq!(reference_key("  "), None);
        assert_eq!(parse_ref("pp10").as_deref(), Some("PP10"));
        assert_eq!(parse_ref("A II OP3").as_deref(), Some("A II OP3"));
        assert_eq!(parse_ref("annex 12(a)").as_deref(), Some("ANNEX 12(1)"));
        assert_eq!(parse_ref("annex-p1"), None);
        assert_eq!(parse_ref("Annex"), None);
    }

    #[test]
    fn section_labels_in_six_languages() {
        fn label(t: &str) -> Option<(String, &str)> {
            section_label(t).map(|(l, used)| (l.to_string(), &t[used..]))
        }
        assert_eq!(
            label("II Revised estimates"),
            Some(("II".into(), "Revised estimates"))
        );
        assert_eq!(label("IV. Other"), Some(("IV".into(), "Other")));
        assert_eq!(label("B. Budget"), Some(("B".into(), "Budget")));
        assert_eq!(
            label("Б. Бюджет"),
            Some(("B".into(), "Бюджет")),
            "Cyrillic Б is B"
        );
        assert_eq!(
            label("二 经济及社会理事会"),
            Some(("II".into(), "经济及社会理事会"))
        );
        assert_eq!(label("十一、翻修"), Some(("XI".into(), "翻修")));
        assert_eq!(label("ثانيا"), Some(("II".into(), "")));
        assert_eq!(
            label("أولاً - طلب"),
            Some(("I".into(), "طلب")),
            "with tanween"
        );
        assert_eq!(label("حادي عشر"), Some(("XI".into(), "")));
        assert_eq!(label("عشرون"), Some(("XX".into(), "")));
        assert_eq!(label("سادس وعشرون"), Some(("XXVI".into(), "")));
        assert_eq!(label("باء - الميزانية"), Some(("B".into(), "الميزانية")));
        assert_eq!(label("3. Scope"), Some(("3".into(), "Scope")));
        assert_eq!(label("Article 5"), Some(("Art.5".into(), "")));
        assert_eq!(label("Rule 12 Quorum"), Some(("Art.12".into(), "Quorum")));
        assert_eq!(label("Статья 3"), Some(("Art.3".into(), "")));
        assert_eq!(label("المادة 4"), Some(("Art.4".into(), "")));
        assert_eq!(label("第八条 议程"), Some(("Art.8".into(), "议程")));
        assert_eq!(label("Articles"), None);
        assert_eq!(label("Introduction"), None);
        assert_eq!(label("I am"), None);
        assert!(SectionLabel::Roman(2).same_kind(SectionLabel::Roman(5)));
        assert!(!SectionLabel::Roman(2).same_kind(SectionLabel::Letter(2)));
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
        assert_eq!(label_ordinal("(寅)"), Some(3));
        assert_eq!(label_ordinal("(乙)"), Some(2));
        assert_eq!(roman_value("iiii"), None);
        assert_eq!(roman_value("xiv"), Some(14));
        assert_eq!(ordinal_at_depth("(i)", 1), Some(9));
        assert_eq!(ordinal_at_depth("(i)", 2), Some(1));
        assert_eq!(subparagraph_id("op1", 1, 2), "op1b");
        assert_eq!(subparagraph_id("op3b", 2, 2), "op3b-ii");
    }
}
