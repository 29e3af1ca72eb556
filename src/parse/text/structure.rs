//! Paragraph numbering (`1.`, `1 -`, `(a)`, `a)`, `а)`, `(أ)`, `(i)`) and grouping lines into
//! paragraphs.

use super::clean::{self, Line};
use super::header;
use crate::document::{Language, letter_ordinal, roman_value};
use std::collections::HashMap;
use std::ops::Range;

/// What a printed label counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LabelKind {
    /// `1.`, `1 -`: an operative (or annex) paragraph.
    Number(u32),
    /// `(a)`, `a)`, `а)`, `(أ)`, `(aa)`.
    Letter(u32),
    /// `(ii)`, `(iv)`.
    Roman(u32),
    /// `(i)`, `(v)`, `(x)`: a letter after `(h)`, `(u)`, `(w)`, a roman numeral otherwise.
    Ambiguous { letter: u32, roman: u32 },
}

/// A label at the start of a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Label {
    pub kind: LabelKind,
    /// As printed: `1` (without the dot), `(a)`, `а)`, `(أ)`.
    pub printed: String,
    /// The counter alone: `1`, `a`, `а`, `أ`.
    pub core: String,
    /// Byte offset in the line where the paragraph's text begins.
    pub rest: usize,
}

/// The numbering label a line starts with, if any.
pub(crate) fn label(text: &str) -> Option<Label> {
    let bytes = text.as_bytes();
    let first = *bytes.first()?;
    if first.is_ascii_digit() {
        return number_label(text);
    }
    if text.starts_with(['’', '‘']) {
        return arabic_roman_label(text);
    }
    // `㈠` .. `㈩`: (一) .. (十) in one character.
    let c = text.chars().next()?;
    if ('\u{3220}'..='\u{3229}').contains(&c) {
        let rest = text.get(c.len_utf8()..)?;
        if !(rest.is_empty() || rest.starts_with(char::is_whitespace)) {
            return None;
        }
        return Some(Label {
            kind: LabelKind::Roman(c as u32 - 0x3220 + 1),
            printed: c.to_string(),
            core: c.to_string(),
            rest: text.len() - rest.trim_start().len(),
        });
    }
    let (inner_start, open) = if first == b'(' {
        (1, true)
    } else if text.starts_with('（') {
        ('（'.len_utf8(), true)
    } else {
        (0, false)
    };
    let (close, close_char) = text
        .get(inner_start..)?
        .char_indices()
        .take(5)
        .find(|&(_, c)| c == ')' || c == '）')?;
    let close = close + inner_start;
    let core = text.get(inner_start..close)?;
    if core.is_empty() || core.chars().count() > 4 {
        return None;
    }
    let after = close + close_char.len_utf8();
    let rest = text.get(after..)?;
    if !(rest.is_empty() || rest.starts_with(char::is_whitespace)) {
        return None;
    }
    let kind = counter_kind(core, open)?;
    let printed = text.get(..after)?.to_string();
    Some(Label {
        kind,
        printed,
        core: core.to_string(),
        rest: text.len() - rest.trim_start().len(),
    })
}

fn number_label(text: &str) -> Option<Label> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 4 {
        return None;
    }
    let number: u32 = text.get(..digits)?.parse().ok()?;
    let after = text.get(digits..)?;
    let after_escape = after.strip_prefix('\\').unwrap_or(after);
    let rest = if let Some(rest) = after_escape.strip_prefix('.') {
        // `1.` then a space, a tab or the end; `4.5 million` is not a label.
        if !(rest.is_empty() || rest.starts_with(char::is_whitespace)) {
            return None;
        }
        rest
    } else {
        // Arabic documents number `1 -` (never in the thousands: `2022 - 2023` is a range).
        if digits > 3 {
            return None;
        }
        let spaced = after.trim_start_matches([' ', '\u{a0}', '\t']);
        let rest = spaced.strip_prefix(['-', '–', '‐'])?;
        if !(rest.is_empty() || rest.starts_with(char::is_whitespace)) {
            return None;
        }
        rest
    };
    (number > 0).then(|| Label {
        kind: LabelKind::Number(number),
        printed: number.to_string(),
        core: number.to_string(),
        rest: text.len() - rest.trim_start().len(),
    })
}

/// Arabic numbers the third level `’1‘`, `’2‘` where other languages print `(i)`, `(ii)`.
fn arabic_roman_label(text: &str) -> Option<Label> {
    let open = text.chars().next()?.len_utf8();
    let digits = text
        .get(open..)?
        .bytes()
        .take_while(u8::is_ascii_digit)
        .count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let after_digits = text.get(open + digits..)?;
    let close = after_digits
        .chars()
        .next()
        .filter(|c| matches!(c, '‘' | '’'))?;
    let end = open + digits + close.len_utf8();
    let rest = text.get(end..)?;
    if !(rest.is_empty() || rest.starts_with(char::is_whitespace)) {
        return None;
    }
    let n: u32 = text.get(open..open + digits)?.parse().ok()?;
    Some(Label {
        kind: LabelKind::Roman(n),
        printed: text.get(..end)?.to_string(),
        core: text.get(..end)?.to_string(),
        rest: text.len() - rest.trim_start().len(),
    })
}

fn counter_kind(core: &str, parenthesized: bool) -> Option<LabelKind> {
    let first = core.chars().next()?;
    let is_latin = core.chars().all(|c| c.is_ascii_lowercase());
    if is_latin {
        let roman = roman_value(core);
        let letter = letter_ordinal(core);
        return match (letter, roman) {
            (Some(letter), Some(roman)) if core.len() == 1 && matches!(first, 'i' | 'v' | 'x') => {
                Some(LabelKind::Ambiguous { letter, roman })
            }
            (Some(letter), _) if core.len() == 1 || !core.chars().all(|c| "ivxlc".contains(c)) => {
                Some(LabelKind::Letter(letter))
            }
            (_, Some(roman)) => Some(LabelKind::Roman(roman)),
            (Some(letter), None) => Some(LabelKind::Letter(letter)),
            (None, None) => None,
        };
    }
    // Chinese numbers the third level (一), (二) where other languages print (i), (ii).
    if parenthesized && core.chars().all(|c| "一二三四五六七八九十".contains(c)) {
        return header::chinese_number(core).map(LabelKind::Roman);
    }
    // Cyrillic and Arabic letters; Arabic labels are always parenthesized.
    let cyrillic = core.chars().all(|c| ('а'..='я').contains(&c));
    let arabic = parenthesized && core.chars().all(|c| ('\u{621}'..='\u{64a}').contains(&c));
    if cyrillic || arabic {
        return letter_ordinal(core).map(LabelKind::Letter);
    }
    None
}

/// Whether a line starts with a paragraph label: it then cannot continue a footnote.
pub(crate) fn starts_paragraph(text: &str) -> bool {
    label(text).is_some()
}

/// A body line after classification, with what separated it from the line before.
#[derive(Clone, Copy, Debug)]
pub(crate) struct BodyLine {
    /// Index into the lines.
    pub idx: usize,
    /// A blank line came before it.
    pub sep: bool,
    /// Page furniture or footnotes came between it and the line before.
    pub interrupted: bool,
}

/// What kind of group of lines a paragraph is.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum GroupKind {
    Text,
    Labelled(Label),
    /// A markdown heading or a short unpunctuated line before a numbered paragraph.
    Heading(u8),
    /// `Annex`, `Annex II`: starts a division; an export may print the annex's title on the
    /// same line.
    Annex {
        label: String,
        title: Option<String>,
    },
}

/// Lines that make one paragraph, joined.
#[derive(Clone, Debug)]
pub(crate) struct Group {
    pub kind: GroupKind,
    /// The joined text, markdown and markers still in it, label removed.
    pub raw: String,
    /// Where each line starts in `raw`, and its index in the lines.
    pub pieces: Vec<(usize, usize)>,
    /// Byte range in the input.
    pub range: Range<usize>,
    /// 1-based line number of the first line.
    pub line: usize,
}

impl Group {
    /// Index of the source line holding byte `offset` of `raw`.
    pub(crate) fn line_at(&self, offset: usize) -> usize {
        let i = self.pieces.partition_point(|&(start, _)| start <= offset);
        self.pieces
            .get(i.saturating_sub(1))
            .map_or(0, |&(_, line)| line)
    }
}

/// Closing lines: adoption date and meeting.
#[derive(Clone, Debug, Default)]
pub(crate) struct Closing {
    pub adopted: Option<String>,
    pub meeting: Option<String>,
}

/// Settings of the grouping, from the whole body.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Layout {
    pub language: Option<Language>,
    /// Typical line width in characters when lines were hard-wrapped (PDF text).
    pub wrap: Option<usize>,
    /// Paragraphs are separated by blank lines (markdown).
    pub blank_separated: bool,
}

impl Layout {
    /// Looks at the body lines to decide how paragraphs are separated.
    pub(crate) fn measure(
        lines: &[Line<'_>],
        body: &[BodyLine],
        language: Option<Language>,
    ) -> Layout {
        let blank_separated =
            body.len() >= 2 && body.iter().skip(1).filter(|b| b.sep).count() * 2 >= body.len() - 1;
        let mut widths: Vec<usize> = body
            .iter()
            .filter_map(|b| lines.get(b.idx))
            .map(|l| clean::width(l.text))
            .collect();
        let mut wrap = None;
        if !blank_separated && widths.len() >= 8 {
            widths.sort_unstable();
            let p90 = widths.get(widths.len() * 9 / 10).copied().unwrap_or(0);
            let near = widths
                .iter()
                .filter(|&&w| w * 100 >= p90 * 80 && w * 100 <= p90 * 110)
                .count();
            if p90 >= 20 && near * 2 >= widths.len() {
                wrap = Some(p90);
            }
        }
        Layout {
            language,
            wrap,
            blank_separated,
        }
    }

    /// Whether a line may begin a new unnumbered paragraph after a complete one.
    fn starts_new_unit(&self, prev_line: &str, line: &str) -> bool {
        let Some(first) = clean::first_content_char(line) else {
            return false;
        };
        let cased = matches!(
            self.language,
            None | Some(Language::En | Language::Fr | Language::Es)
        );
        if cased && first.is_alphabetic() && (first.is_lowercase() || first.is_uppercase()) {
            // A capital after a full-width line ending in a comma is as often a name
            // (`...on the Prohibition of the Use,` / `Stockpiling, Production and ...`) as a
            // new paragraph: then only the words preambular paragraphs open with count.
            let full = self
                .wrap
                .is_some_and(|width| clean::width(prev_line) * 100 >= width * 85);
            return first.is_uppercase()
                && (!full || preamble_opener(line, self.language.or(Some(Language::En))));
        }
        if first.is_ascii_digit() {
            return false;
        }
        // Scripts without capitals (and Russian preambles, which start in lower case): a
        // paragraph's last line is shorter than the full width of the page, or the line
        // opens as preambular paragraphs open.
        match self.wrap {
            Some(width) => {
                clean::width(prev_line) * 100 < width * 85 || preamble_opener(line, self.language)
            }
            None => true,
        }
    }
}

/// Words that open preambular paragraphs where there are no capitals to tell.
const RU_OPENERS: &[&str] = &[
    "ссылаясь",
    "отмечая",
    "подтверждая",
    "признавая",
    "приветствуя",
    "выражая",
    "подчеркивая",
    "учитывая",
    "сознавая",
    "будучи",
    "принимая",
    "напоминая",
    "руководствуясь",
    "считая",
    "констатируя",
    "памятуя",
    "рассмотрев",
    "вновь",
    "особо",
    "глубоко",
    "осуждая",
    "исходя",
    "желая",
    "стремясь",
    "полагая",
    "вспоминая",
    "заявляя",
    "одобряя",
    "поддерживая",
    "опасаясь",
    "решительно",
    "высоко",
    "твердо",
    "настоятельно",
];
const ZH_OPENERS: &[&str] = &[
    "回顾",
    "重申",
    "注意到",
    "申明",
    "确认",
    "强调",
    "表示",
    "欢迎",
    "认识到",
    "意识到",
    "铭记",
    "深信",
    "深为",
    "关切",
    "考虑到",
    "念及",
    "赞赏",
    "满意地",
    "遗憾地",
    "忆及",
    "决心",
    "承认",
    "鼓励",
    "特别",
    "着重",
    "审议了",
    "感到",
    "重视",
    "指出",
    "坚信",
    "肯定",
    "深感",
    "又",
    "还",
    "并",
    "进一步",
    "严重关切",
    "深切关注",
    "关注",
    "震惊",
];

const EN_OPENERS: &[&str] = &[
    "aware",
    "mindful",
    "conscious",
    "convinced",
    "concerned",
    "cognizant",
    "desirous",
    "guided",
    "deeply",
    "gravely",
    "seriously",
    "profoundly",
    "strongly",
    "further",
    "also",
    "having",
    "bearing",
    "taking",
    "determined",
    "alarmed",
    "recalling",
    "reaffirming",
    "noting",
    "welcoming",
    "recognizing",
    "stressing",
    "emphasizing",
    "underlining",
    "acknowledging",
    "expressing",
    "considering",
    "affirming",
    "reiterating",
    "encouraging",
    "urging",
    "appreciating",
    "commending",
    "desiring",
    "believing",
    "observing",
    "highlighting",
    "underscoring",
    "regretting",
    "deploring",
    "condemning",
    "realizing",
    "acting",
    "endorsing",
    "pursuant",
    "in",
    "re-emphasizing",
    "reemphasizing",
    "looking",
    "viewing",
    "resolved",
];

const FR_OPENERS: &[&str] = &[
    "se",
    "ayant",
    "consciente",
    "profondément",
    "vivement",
    "gravement",
    "rappelant",
    "réaffirmant",
    "notant",
    "prenant",
    "saluant",
    "soulignant",
    "constatant",
    "convaincue",
    "guidée",
    "gardant",
    "sachant",
    "tenant",
    "réitérant",
    "estimant",
    "reconnaissant",
    "affirmant",
    "insistant",
    "exprimant",
    "alarmée",
    "préoccupée",
    "inquiète",
    "déterminée",
    "encourageant",
    "accueillant",
    "considérant",
    "déplorant",
    "condamnant",
    "résolue",
    "soucieuse",
    "sérieusement",
    "réaffirmant",
    "mettant",
];
const ES_OPENERS: &[&str] = &[
    "consciente",
    "conscientes",
    "teniendo",
    "tomando",
    "habiendo",
    "recordando",
    "reafirmando",
    "observando",
    "reconociendo",
    "acogiendo",
    "destacando",
    "subrayando",
    "expresando",
    "poniendo",
    "haciendo",
    "profundamente",
    "preocupada",
    "alarmada",
    "convencida",
    "guiada",
    "decidida",
    "deplorando",
    "condenando",
    "instando",
    "alentando",
    "afirmando",
    "reiterando",
    "considerando",
    "señalando",
    "resaltando",
    "gravemente",
    "seriamente",
];

/// Whether a line opens as a preambular paragraph does in its language.
fn preamble_opener(line: &str, language: Option<Language>) -> bool {
    let line = line.trim_start_matches(['*', '_', ' ']);
    let word_end = line
        .find(|c: char| !(c.is_alphabetic() || c == '-'))
        .unwrap_or(line.len());
    let word = line.get(..word_end).unwrap_or_default().to_lowercase();
    // Participles followed by a space (`Stockpiling,` is a name in a list).
    let then_space = line.get(word_end..).is_some_and(|r| r.starts_with(' '));
    match language {
        Some(Language::En) => {
            EN_OPENERS.contains(&word.as_str()) || (then_space && word.ends_with("ing"))
        }
        Some(Language::Fr) => {
            FR_OPENERS.contains(&word.as_str())
                || (then_space
                    && (word.ends_with("ant") || word.ends_with("ée") || word.ends_with("ées")))
        }
        Some(Language::Es) => {
            ES_OPENERS.contains(&word.as_str())
                || (then_space
                    && ["ando", "endo", "ada", "ida", "mente"]
                        .iter()
                        .any(|suffix| word.ends_with(suffix)))
        }
        Some(Language::Ru) => RU_OPENERS.contains(&word.as_str()),
        Some(Language::Ar) => line.starts_with("إذ ") || line.starts_with("وإذ "),
        Some(Language::Zh) => ZH_OPENERS.iter().any(|o| line.starts_with(o)),
        _ => false,
    }
}

fn starts_lowercase(line: &str) -> bool {
    clean::first_content_char(line).is_some_and(char::is_lowercase)
}

/// A markdown heading (`## Title`): its level and text.
fn markdown_heading(text: &str) -> Option<(u8, &str)> {
    let hashes = text.bytes().take_while(|&b| b == b'#').count();
    if hashes == 0 || hashes > 6 {
        return None;
    }
    let rest = text.get(hashes..)?;
    if !(rest.is_empty() || rest.starts_with(' ')) {
        return None;
    }
    Some((hashes as u8, rest.trim().trim_end_matches('#').trim()))
}

const ANNEX_WORDS: &[&str] = &["annex", "annexe", "anexo", "приложение", "المرفق", "附件"];

/// `Annex`, `Annex II`, `附件一`: the label of an annex heading.
pub(crate) fn annex_heading(text: &str) -> Option<String> {
    let plain = text.replace(['*', '#'], "");
    let plain = plain.trim();
    if plain.chars().count() > 20 {
        return None;
    }
    let lower = plain.to_lowercase();
    let word = ANNEX_WORDS.iter().find(|w| lower.starts_with(*w))?;
    let tail = lower.get(word.len()..)?.trim();
    let ok = tail.is_empty()
        || tail.chars().all(|c| c.is_ascii_digit())
        || roman_value(tail).is_some()
        || tail.chars().all(|c| "一二三四五六七八九十".contains(c))
        || (tail.chars().count() == 1 && tail.chars().all(char::is_alphabetic));
    ok.then(|| plain.to_string())
}

/// A short line without final punctuation: a heading when a numbered paragraph follows.
fn heading_like(text: &str) -> bool {
    // A numbered section's heading (`II. Implementation of the … for the Decade 2024–2034`)
    // may run longer.
    let limit = if crate::document::section_label(text).is_some() {
        200
    } else {
        100
    };
    clean::width(text) <= limit
        && !clean::ends_complete(text)
        && clean::first_content_char(text).is_some_and(|c| !c.is_lowercase())
        && header::formula(text).is_none()
}

/// The annex heading and title an export printed on one line (`Annex 2025 Political
/// Declaration on …`): an annex word, then a title without closing punctuation.
fn annex_with_title(text: &str) -> Option<(String, String)> {
    let plain = text.replace(['*', '#'], "");
    let plain = plain.trim();
    let (word, title) = plain.split_once(' ')?;
    annex_heading(word)?;
    let title = title.trim();
    let first = title.chars().next()?;
    (clean::width(title) <= 250
        && !clean::ends_complete(title)
        && (first.is_uppercase() || first.is_ascii_digit()))
    .then(|| (word.to_string(), title.to_string()))
}

/// Words before a number that make it a reference (`paragraph 5.`, `resolution 1.`), not
/// the start of a numbered paragraph.
const REFERRING_WORDS: &[&str] = &[
    "paragraph",
    "paragraphs",
    "para",
    "paras",
    "subparagraph",
    "resolution",
    "resolutions",
    "decision",
    "decisions",
    "article",
    "articles",
    "art",
    "item",
    "items",
    "rule",
    "rules",
    "section",
    "sections",
    "chapter",
    "chapters",
    "chap",
    "annex",
    "annexes",
    "part",
    "parts",
    "principle",
    "principles",
    "goal",
    "goals",
    "target",
    "targets",
    "no",
    "nos",
    "vol",
    "vols",
    "volume",
    "page",
    "pages",
    "p",
    "pp",
    "footnote",
    "note",
    "table",
    "figure",
    "recommendation",
    "recommendations",
    "and",
    "or",
    "to",
    "through",
];

/// Where, in a line of numbered paragraphs, the paragraph numbered `number` begins when the
/// export ran it on after the previous one (`… Agenda for Sustainable Development.2 2. We
/// acknowledge …`, `… facility for 15. We emphasize …`): ` 15. ` then a capital, after a word
/// that does not make the number a reference. Searches from byte `from`.
pub(crate) fn midline_number(text: &str, from: usize, number: u32) -> Option<usize> {
    let needle = number.to_string();
    let haystack = text.get(from..)?;
    for (i, _) in haystack.match_indices(&needle) {
        let at = from + i;
        let before = text.get(..at)?;
        if !before.ends_with([' ', '\u{a0}', '\t']) {
            continue;
        }
        let Some(after) = text
            .get(at + needle.len()..)
            .and_then(|a| a.strip_prefix('.'))
        else {
            continue;
        };
        let rest = after.trim_start_matches([' ', '\u{a0}', '\t']);
        if rest.len() == after.len() {
            continue;
        }
        let opens = rest
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || matches!(c, '“' | '"' | '‘'));
        if !opens {
            continue;
        }
        let word = before
            .trim_end()
            .rsplit([' ', '\u{a0}', '\t'])
            .next()
            .unwrap_or_default()
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if REFERRING_WORDS.contains(&word.as_str()) {
            continue;
        }
        return Some(at);
    }
    None
}

/// The first place paragraph `number`, or the one after it, begins in `text`.
fn next_or_after(text: &str, from: usize, number: u32) -> Option<usize> {
    let next = midline_number(text, from, number);
    let after = midline_number(text, from, number + 1);
    match (next, after) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// A line that names a section (`I.`, `II.`) and nothing else: the heading's words follow on
/// the next line.
pub(crate) fn bare_section_label(text: &str) -> bool {
    let text = text.trim();
    crate::document::section_label(text).is_some_and(|(_, used)| used >= text.len())
}

/// Groups body lines into paragraphs, taking closing lines (date, meeting) aside.
pub(crate) fn group(
    lines: &[Line<'_>],
    body: &[BodyLine],
    layout: Layout,
    closing: &mut Closing,
) -> Vec<Group> {
    let mut grouper = Grouper {
        groups: Vec::new(),
        open: false,
        has_text: false,
        in_operative: false,
        expected_op: 1,
        numbered_in_division: false,
        after_annex: false,
        prev_line: "",
        layout,
        closing,
    };
    for (pos, bl) in body.iter().enumerate() {
        let Some(line) = lines.get(bl.idx) else {
            continue;
        };
        // A line may hold the end of one numbered paragraph and the start of the next.
        let mut offset = 0;
        let mut seg_bl = *bl;
        loop {
            let text = line.text.get(offset..).unwrap_or_default();
            let split = grouper.split_at(text);
            let segment = match split {
                Some(k) => text.get(..k).unwrap_or_default().trim_end(),
                None => text,
            };
            let numbered_follows = split.is_some() || next_is_numbered(lines, body, pos);
            let start = line.start + offset;
            let piece = Piece {
                text: segment,
                range: start..start + segment.len(),
                idx: bl.idx,
                number: line.number,
                bl: seg_bl,
                numbered_follows,
            };
            if !segment.is_empty() {
                grouper.segment(piece);
            }
            match split {
                Some(k) if k > 0 => {
                    offset += k;
                    seg_bl = BodyLine {
                        sep: false,
                        interrupted: false,
                        ..*bl
                    };
                }
                _ => break,
            }
        }
    }
    grouper.groups
}

/// A line, or the part of one that makes a paragraph.
struct Piece<'a> {
    text: &'a str,
    range: Range<usize>,
    /// Index of the line.
    idx: usize,
    /// 1-based line number.
    number: usize,
    bl: BodyLine,
    /// A numbered paragraph comes next.
    numbered_follows: bool,
}

struct Grouper<'a, 'c> {
    groups: Vec<Group>,
    /// Whether the last group may take more lines.
    open: bool,
    /// Whether the last group has any text after its label.
    has_text: bool,
    in_operative: bool,
    expected_op: u32,
    /// A numbered paragraph was seen since the last annex heading.
    numbered_in_division: bool,
    /// The last group is an annex heading.
    after_annex: bool,
    prev_line: &'a str,
    layout: Layout,
    closing: &'c mut Closing,
}

impl<'a> Grouper<'a, '_> {
    /// Where in `text` a numbered paragraph begins that the export ran on after text: the
    /// number after the one the line starts with, or the next expected one (or the one after
    /// it, where the export lost a number with the end of the paragraph before).
    fn split_at(&self, text: &str) -> Option<usize> {
        match label(text) {
            Some(Label {
                kind: LabelKind::Number(n),
                rest,
                ..
            }) => next_or_after(text, rest, n + 1),
            _ if self.numbered_in_division => next_or_after(text, 0, self.expected_op),
            _ => None,
        }
    }

    /// Whether a line may open a paragraph of its own, rather than go on with a sentence
    /// that a page break cut.
    fn opens_paragraph(&self, text: &str) -> bool {
        label(text).is_some()
            || preamble_opener(text, self.layout.language)
            || annex_heading(text).is_some()
            || header::formula(text).is_some()
    }

    fn start_division(&mut self) {
        self.open = false;
        self.expected_op = 1;
        self.numbered_in_division = false;
    }

    fn segment(&mut self, piece: Piece<'a>) {
        let text = piece.text;
        let bl = piece.bl;
        let after_annex = std::mem::take(&mut self.after_annex);
        let last = self.groups.last().filter(|_| self.open);
        let complete = last.is_none_or(|g| clean::ends_complete(&g.raw));
        let at_boundary = last.is_none() || complete || bl.sep;

        if at_boundary {
            if let Some(iso) = header::date_line(text) {
                self.closing.adopted.get_or_insert(iso);
                self.open = false;
                return;
            }
            if let Some(meeting) = header::meeting_line(text) {
                self.closing.meeting.get_or_insert(meeting);
                self.open = false;
                return;
            }
            if let Some((meeting, iso)) = header::meeting_and_date(text) {
                self.closing.meeting.get_or_insert(meeting);
                self.closing.adopted.get_or_insert(iso);
                self.open = false;
                return;
            }
            let annex = annex_heading(text).map(|label| (label, None)).or_else(|| {
                annex_with_title(text)
                    .filter(|_| piece.numbered_follows)
                    .map(|(label, title)| (label, Some(title)))
            });
            if let Some((label, title)) = annex {
                self.after_annex = title.is_none();
                self.groups
                    .push(piece_group(GroupKind::Annex { label, title }, &piece, ""));
                self.start_division();
                self.prev_line = text;
                return;
            }
        }
        if let Some((level, heading)) = markdown_heading(text) {
            self.groups
                .push(piece_group(GroupKind::Heading(level), &piece, heading));
            self.open = false;
            self.prev_line = text;
            return;
        }
        // The annex's title, printed under its heading.
        if after_annex && title_like(text) {
            self.groups
                .push(piece_group(GroupKind::Heading(2), &piece, text));
            self.open = false;
            self.prev_line = text;
            return;
        }
        if let Some(label) = label(text) {
            let accept = match label.kind {
                LabelKind::Number(n) => at_boundary || n == self.expected_op,
                _ => at_boundary || (!self.has_text && last.is_some()),
            };
            if accept {
                if let LabelKind::Number(n) = label.kind {
                    self.in_operative = true;
                    self.numbered_in_division = true;
                    self.expected_op = n + 1;
                }
                let rest = text.get(label.rest..).unwrap_or_default();
                self.has_text = !rest.is_empty();
                self.groups
                    .push(piece_group(GroupKind::Labelled(label), &piece, rest));
                self.open = true;
                self.prev_line = text;
                return;
            }
        }
        // A heading in the operative part, or one whose section number stands on the line
        // before (`I`, then `International Convention on …`, before operative paragraph 1).
        let after_section_number = self
            .groups
            .last()
            .is_some_and(|g| g.kind == GroupKind::Text && bare_section_label(&g.raw));
        if at_boundary
            && (self.in_operative || last.is_none() || after_section_number)
            && heading_like(text)
            && piece.numbered_follows
        {
            let mut heading = piece_group(GroupKind::Heading(2), &piece, text);
            // `I.` on a line of its own, the heading's words on the next.
            if let Some(previous) = self.groups.last()
                && previous.kind == GroupKind::Text
                && bare_section_label(&previous.raw)
                && let Some(previous) = self.groups.pop()
            {
                let mut raw = previous.raw;
                clean::join_line(&mut raw, text);
                heading.pieces = vec![(0, previous.pieces.first().map_or(piece.idx, |p| p.1))];
                heading.pieces.push((raw.len() - text.len(), piece.idx));
                heading.raw = raw;
                heading.range.start = previous.range.start;
                heading.line = previous.line;
            }
            self.groups.push(heading);
            self.open = false;
            self.prev_line = text;
            return;
        }
        let layout = self.layout;
        let join = match last {
            None => false,
            Some(_) if !self.has_text => true,
            // A paragraph that stops mid-sentence goes on after a page break: in markdown
            // exports a blank line is all that is left of it.
            Some(_) if !complete => {
                !bl.sep
                    || bl.interrupted
                    || starts_lowercase(text)
                    || ((layout.blank_separated || layout.wrap.is_none())
                        && !self.opens_paragraph(text))
            }
            // A list item cut after a comma by a page break goes on in lower case; in the
            // languages with capitals no paragraph starts in lower case.
            Some(g)
                if bl.sep
                    && clean::final_punct(&g.raw) == Some(',')
                    && matches!(
                        layout.language,
                        Some(Language::En | Language::Fr | Language::Es)
                    )
                    && starts_lowercase(text) =>
            {
                true
            }
            Some(_) if bl.sep => false,
            Some(_) if layout.blank_separated => true,
            Some(g) => {
                // Numbered paragraphs of the operative part end only where the next
                // number (or a heading, or a closing line) starts.
                let numbered = matches!(g.kind, GroupKind::Labelled(_));
                (self.in_operative && numbered) || !layout.starts_new_unit(self.prev_line, text)
            }
        };
        if join && let Some(g) = self.groups.last_mut() {
            let offset = {
                clean::join_line(&mut g.raw, text);
                g.raw.len() - text.len()
            };
            g.pieces.push((offset, piece.idx));
            g.range.end = piece.range.end;
            self.has_text = true;
        } else {
            self.groups.push(piece_group(GroupKind::Text, &piece, text));
            self.has_text = true;
            self.open = true;
        }
        self.prev_line = text;
    }
}

/// A title line: no closing punctuation, not too long, not starting in lower case.
fn title_like(text: &str) -> bool {
    clean::width(text) <= 250
        && !clean::ends_complete(text)
        && clean::first_content_char(text).is_some_and(|c| !c.is_lowercase())
        && label(text).is_none()
}

fn next_is_numbered(lines: &[Line<'_>], body: &[BodyLine], pos: usize) -> bool {
    body.get(pos + 1)
        .and_then(|b| lines.get(b.idx))
        .and_then(|l| label(l.text))
        .is_some_and(|l| matches!(l.kind, LabelKind::Number(_)))
}

fn piece_group(kind: GroupKind, piece: &Piece<'_>, text: &str) -> Group {
    Group {
        kind,
        raw: text.to_string(),
        pieces: vec![(0, piece.idx)],
        range: piece.range.clone(),
        line: piece.number,
    }
}

/// How many numbered paragraphs must open with the same word before a lost number is looked
/// for in the text of its neighbour.
const OPENER_MIN: usize = 3;

/// Numbers the export lost together with the end of the sentence before them: in a
/// declaration whose paragraphs open with the same word (`We …`), paragraph 1 followed by
/// paragraph 3 holds paragraph 2, which starts where that word stands mid-sentence (`… the
/// development agenda of the We welcome …`). Returns warnings (line, message).
pub(crate) fn restore_lost_numbers(
    groups: &mut Vec<Group>,
    lines: &[Line<'_>],
) -> Vec<(usize, crate::i18n::Text)> {
    let first_word = |raw: &str| -> String {
        raw.split_whitespace()
            .next()
            .unwrap_or_default()
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_string()
    };
    let number = |g: &Group| match &g.kind {
        GroupKind::Labelled(Label {
            kind: LabelKind::Number(n),
            ..
        }) => Some(*n),
        _ => None,
    };
    // The word most numbered paragraphs of each division open with.
    let mut openers: Vec<Option<String>> = Vec::new();
    let mut counts: HashMap<String, usize> = HashMap::new();
    let mut total = 0;
    let close = |counts: &mut HashMap<String, usize>, total: usize| -> Option<String> {
        let best = counts
            .drain()
            .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))?;
        (best.1 >= OPENER_MIN && best.1 * 3 >= total * 2 && !best.0.is_empty()).then_some(best.0)
    };
    for g in groups.iter() {
        if matches!(g.kind, GroupKind::Annex { .. }) {
            openers.push(close(&mut counts, total));
            total = 0;
        } else if number(g).is_some() {
            *counts.entry(first_word(&g.raw)).or_default() += 1;
            total += 1;
        }
    }
    openers.push(close(&mut counts, total));

    // The next numbered paragraph of the same division after each group.
    let mut next_number: Vec<Option<u32>> = vec![None; groups.len()];
    let mut upcoming = None;
    for (i, g) in groups.iter().enumerate().rev() {
        next_number[i] = upcoming;
        if matches!(g.kind, GroupKind::Annex { .. }) {
            upcoming = None;
        } else if let Some(n) = number(g) {
            upcoming = Some(n);
        }
    }

    let mut warnings = Vec::new();
    let mut division = 0;
    let mut out: Vec<Group> = Vec::with_capacity(groups.len());
    for (i, g) in std::mem::take(groups).into_iter().enumerate() {
        if matches!(g.kind, GroupKind::Annex { .. }) {
            division += 1;
        }
        let opener = openers.get(division).cloned().flatten();
        let lost = match (number(&g), next_number.get(i).copied().flatten(), opener) {
            (Some(n), Some(next), Some(word)) if next == n + 2 => {
                opener_mid_sentence(&g.raw, &word).map(|at| (n + 1, at))
            }
            _ => None,
        };
        match lost.and_then(|(n, at)| split_group(&g, at, n, lines).map(|parts| (n, parts))) {
            Some((n, (left, right))) => {
                warnings.push((
                    right.line,
                    crate::text!("warning-number-restored", number = n),
                ));
                out.push(left);
                out.push(right);
            }
            None => out.push(g),
        }
    }
    *groups = out;
    warnings
}

/// The last place in `raw` where `word` opens a sentence in the middle of another: after a
/// space that follows a lower-case letter.
fn opener_mid_sentence(raw: &str, word: &str) -> Option<usize> {
    let pattern = format!(" {word} ");
    raw.match_indices(pattern.as_str())
        .filter(|&(i, _)| {
            raw.get(..i)
                .and_then(|b| b.chars().next_back())
                .is_some_and(char::is_lowercase)
        })
        .map(|(i, _)| i + 1)
        .last()
}

/// Splits a group at byte `at` of its raw text: the second part is paragraph `n`, with no
/// printed number.
fn split_group(g: &Group, at: usize, n: u32, lines: &[Line<'_>]) -> Option<(Group, Group)> {
    let k = g
        .pieces
        .partition_point(|&(start, _)| start <= at)
        .checked_sub(1)?;
    let &(piece_start, line_idx) = g.pieces.get(k)?;
    let line = lines.get(line_idx)?;
    let source = line.start + (at - piece_start);
    let left_raw = g.raw.get(..at)?.trim_end().to_string();
    let right_raw = g.raw.get(at..)?.to_string();
    let mut right_pieces = vec![(0, line_idx)];
    right_pieces.extend(
        g.pieces
            .iter()
            .skip(k + 1)
            .map(|&(start, idx)| (start - at, idx)),
    );
    let left = Group {
        kind: g.kind.clone(),
        raw: left_raw,
        pieces: g.pieces.get(..=k)?.to_vec(),
        range: g.range.start..source.min(g.range.end),
        line: g.line,
    };
    let right = Group {
        kind: GroupKind::Labelled(Label {
            kind: LabelKind::Number(n),
            printed: String::new(),
            core: n.to_string(),
            rest: 0,
        }),
        raw: right_raw,
        pieces: right_pieces,
        range: source.min(g.range.end)..g.range.end,
        line: line.number,
    };
    Some((left, right))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str) -> Option<LabelKind> {
        label(text).map(|l| l.kind)
    }

    #[test]
    fn labels() {
        assert_eq!(kind("1. Takes note"), Some(LabelKind::Number(1)));
        assert_eq!(kind("12.\tDecides"), Some(LabelKind::Number(12)));
        assert_eq!(kind("1 -\tتهيب"), Some(LabelKind::Number(1)));
        assert_eq!(kind("1\\. escaped"), Some(LabelKind::Number(1)));
        assert_eq!(kind("4.5 million"), None);
        assert_eq!(kind("2022 unrests"), None);
        assert_eq!(kind("(a) Cooperating"), Some(LabelKind::Letter(1)));
        assert_eq!(kind("b) de contribuer"), Some(LabelKind::Letter(2)));
        assert_eq!(kind("а)\tруководствоваться"), Some(LabelKind::Letter(1)));
        assert_eq!(kind("(ب)\tأن تدعم"), Some(LabelKind::Letter(2)));
        assert_eq!(kind("(ii) text"), Some(LabelKind::Roman(2)));
        assert_eq!(
            kind("(i) text"),
            Some(LabelKind::Ambiguous {
                letter: 9,
                roman: 1
            })
        );
        assert_eq!(kind("(c) text"), Some(LabelKind::Letter(3)));
        assert_eq!(kind("’2‘ وجود"), Some(LabelKind::Roman(2)));
        assert_eq!(kind("(十三) 暴力"), Some(LabelKind::Roman(13)));
        assert_eq!(kind("（二）　朝鲜"), Some(LabelKind::Roman(2)));
        assert_eq!(kind("㈢ 通过"), Some(LabelKind::Roman(3)));
        assert_eq!(kind("(A/78/53), chap. III."), None);
        assert_eq!(kind("(COVID-19)"), None);
        let l = label("(a) 将从").unwrap();
        assert_eq!(l.printed, "(a)");
        assert_eq!(&"(a) 将从"[l.rest..], "将从");
        assert_eq!(label("1 -\tتهيب").unwrap().printed, "1");
    }

    #[test]
    fn numbered_paragraphs_run_on_in_a_line() {
        let line = "Agenda for Sustainable Development.2 2. We acknowledge the need";
        assert_eq!(midline_number(line, 0, 2), line.find("2. We"));
        let line = "a finance facility for 15. We emphasize the significance";
        assert_eq!(midline_number(line, 0, 15), line.find("15."));
        let line = "Global context and shared commitments 3. We gather";
        assert_eq!(next_or_after(line, 0, 2), line.find("3."));
        // References and figures are not paragraph numbers.
        assert_eq!(
            midline_number("as set out in paragraph 5. The Assembly", 0, 5),
            None
        );
        assert_eq!(midline_number("adopted in 2025. We recall", 0, 25), None);
        assert_eq!(midline_number("resolution 2. it", 0, 2), None);
        assert_eq!(midline_number("from 1 to 3. We", 0, 3), None);
    }

    #[test]
    fn an_annex_heading_with_its_title() {
        assert_eq!(
            annex_with_title("Annex 2025 Political Declaration on Trafficking in Persons"),
            Some((
                "Annex".into(),
                "2025 Political Declaration on Trafficking in Persons".into()
            ))
        );
        assert_eq!(annex_with_title("Annex to the present resolution."), None);
        assert_eq!(annex_with_title("Annexed documents are listed below"), None);
        assert!(bare_section_label("II."));
        assert!(!bare_section_label("II. Implementation"));
    }

    #[test]
    fn annex_headings() {
        assert_eq!(annex_heading("Annex"), Some("Annex".into()));
        assert_eq!(annex_heading("Annex II"), Some("Annex II".into()));
        assert_eq!(annex_heading("附件"), Some("附件".into()));
        assert_eq!(annex_heading("Annexed to the present resolution"), None);
    }
}
