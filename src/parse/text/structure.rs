//! Paragraph numbering (`1.`, `1 -`, `(a)`, `a)`, `а)`, `(أ)`, `(i)`) and grouping lines into
//! paragraphs.

use super::clean::{self, Line};
use super::header;
use crate::document::{Language, letter_ordinal, roman_value};
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
    /// `Annex`, `Annex II`: starts a division.
    Annex(String),
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
    clean::width(text) <= 100
        && !clean::ends_complete(text)
        && clean::first_content_char(text).is_some_and(|c| !c.is_lowercase())
        && header::formula(text).is_none()
}

/// Groups body lines into paragraphs, taking closing lines (date, meeting) aside.
pub(crate) fn group(
    lines: &[Line<'_>],
    body: &[BodyLine],
    layout: Layout,
    closing: &mut Closing,
) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    // Whether the last group may take more lines.
    let mut open = false;
    // Whether the last group has any text after its label.
    let mut has_text = false;
    let mut in_operative = false;
    let mut expected_op = 1u32;
    let mut prev_line: &str = "";
    for (pos, bl) in body.iter().enumerate() {
        let Some(line) = lines.get(bl.idx) else {
            continue;
        };
        let text = line.text;
        let last = groups.last().filter(|_| open);
        let complete = last.is_none_or(|g| clean::ends_complete(&g.raw));
        let at_boundary = last.is_none() || complete || bl.sep;

        if at_boundary {
            if let Some(iso) = header::date_line(text) {
                closing.adopted.get_or_insert(iso);
                open = false;
                continue;
            }
            if let Some(meeting) = header::meeting_line(text) {
                closing.meeting.get_or_insert(meeting);
                open = false;
                continue;
            }
            if let Some(annex) = annex_heading(text) {
                groups.push(new_group(GroupKind::Annex(annex), line, bl.idx, ""));
                open = false;
                prev_line = text;
                continue;
            }
        }
        if let Some((level, heading)) = markdown_heading(text) {
            groups.push(new_group(GroupKind::Heading(level), line, bl.idx, heading));
            open = false;
            prev_line = text;
            continue;
        }
        if let Some(label) = label(text) {
            let accept = match label.kind {
                LabelKind::Number(n) => at_boundary || n == expected_op,
                _ => at_boundary || (!has_text && last.is_some()),
            };
            if accept {
                if let LabelKind::Number(n) = label.kind {
                    in_operative = true;
                    expected_op = n + 1;
                }
                let rest = text.get(label.rest..).unwrap_or_default();
                has_text = !rest.is_empty();
                groups.push(new_group(GroupKind::Labelled(label), line, bl.idx, rest));
                open = true;
                prev_line = text;
                continue;
            }
        }
        if at_boundary
            && (in_operative || last.is_none())
            && heading_like(text)
            && next_is_numbered(lines, body, pos)
        {
            groups.push(new_group(GroupKind::Heading(2), line, bl.idx, text));
            open = false;
            prev_line = text;
            continue;
        }
        let join = match last {
            None => false,
            Some(_) if !has_text => true,
            Some(_) if !complete => !bl.sep || bl.interrupted || starts_lowercase(text),
            Some(_) if bl.sep => false,
            Some(_) if layout.blank_separated => true,
            Some(g) => {
                // Numbered paragraphs of the operative part end only where the next
                // number (or a heading, or a closing line) starts.
                let numbered = matches!(g.kind, GroupKind::Labelled(_));
                (in_operative && numbered) || !layout.starts_new_unit(prev_line, text)
            }
        };
        if join && let Some(g) = groups.last_mut() {
            let offset = {
                clean::join_line(&mut g.raw, text);
                g.raw.len() - text.len()
            };
            g.pieces.push((offset, bl.idx));
            g.range.end = line.end;
            has_text = true;
        } else {
            groups.push(new_group(GroupKind::Text, line, bl.idx, text));
            has_text = true;
            open = true;
        }
        prev_line = text;
    }
    groups
}

fn next_is_numbered(lines: &[Line<'_>], body: &[BodyLine], pos: usize) -> bool {
    body.get(pos + 1)
        .and_then(|b| lines.get(b.idx))
        .and_then(|l| label(l.text))
        .is_some_and(|l| matches!(l.kind, LabelKind::Number(_)))
}

fn new_group(kind: GroupKind, line: &Line<'_>, idx: usize, text: &str) -> Group {
    Group {
        kind,
        raw: text.to_string(),
        pieces: vec![(0, idx)],
        range: line.start..line.end,
        line: line.number,
    }
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
    fn annex_headings() {
        assert_eq!(annex_heading("Annex"), Some("Annex".into()));
        assert_eq!(annex_heading("Annex II"), Some("Annex II".into()));
        assert_eq!(annex_heading("附件"), Some("附件".into()));
        assert_eq!(annex_heading("Annexed to the present resolution"), None);
    }
}
