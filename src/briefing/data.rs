//! What a briefing's template prints, as the JSON it reads: the title block, each paragraph
//! as runs of text (emphasis, footnotes with their printed markers, insertions and
//! deletions), the notes and bookmarks beside it, and the facts and changes.

use super::Briefing;
use super::world::{FAMILIES_ARABIC_FIRST, FAMILIES_CHINESE_FIRST, FAMILIES_LATIN_FIRST};
use crate::diff::{Comparison, Op, Status, Target};
use crate::document::{Block, Document, Language, Paragraph, ParagraphKind, StyleSpan, Vote};
use crate::i18n::{Arg, Locale};
use serde::Serialize;
use std::collections::HashSet;

/// Everything the template prints.
#[derive(Debug, Serialize)]
pub struct Data {
    lang: &'static str,
    dir: &'static str,
    fonts: [&'static str; 3],
    /// Whether pages keep an outer margin for notes (only when there are any).
    margin: bool,
    /// Whether Plenary's own words (the interface language) run right to left.
    notes_rtl: bool,
    title: String,
    author: String,
    keywords: Vec<String>,
    symbol: String,
    /// The running head's words after the symbol.
    header: String,
    body_name: String,
    session: Option<String>,
    agenda: Option<String>,
    adopted: Option<String>,
    formula: Option<String>,
    labels: Labels,
    facts: Option<Facts>,
    changes: Option<Changes>,
    paragraphs: Vec<Para>,
}

#[derive(Debug, Serialize)]
struct Labels {
    bookmarked: String,
    facts: String,
}

#[derive(Debug, Serialize)]
struct Facts {
    lines: Vec<String>,
    groups: Vec<Group>,
}

#[derive(Debug, Serialize)]
struct Group {
    label: String,
    states: Vec<String>,
}

#[derive(Debug, Serialize)]
struct Changes {
    title: String,
    lines: Vec<String>,
}

#[derive(Debug, Serialize)]
struct Para {
    /// The entry in the PDF's outline (`PP1 Recalling`), for numbered paragraphs.
    outline: Option<String>,
    /// A division's title printed before the paragraph (`Annex`).
    division: Option<String>,
    heading: Option<u8>,
    /// The number as printed, with its punctuation (`3.`, `(a)`).
    number: Option<String>,
    depth: u8,
    runs: Vec<Run>,
    table: Option<Vec<Vec<Cell>>>,
    notes: Vec<NoteOut>,
    bookmark: bool,
    /// What a redline says in the margin (`Added`, `Moved from OP5`).
    status: Option<String>,
}

#[derive(Debug, Serialize)]
struct Cell {
    text: String,
    header: bool,
    span: u16,
}

#[derive(Debug, Serialize)]
struct NoteOut {
    lines: Vec<String>,
    tags: Vec<String>,
    /// Whether the note runs right to left (its first letter is Arabic or Hebrew), whatever
    /// the document's language.
    rtl: bool,
}

/// Whether a text's first letter belongs to a right-to-left script.
fn starts_right_to_left(text: &str) -> bool {
    text.chars().find(|c| c.is_alphabetic()).is_some_and(|c| {
        matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
    })
}

/// A piece of a paragraph.
#[derive(Debug, Serialize)]
#[serde(untagged)]
enum Run {
    Text {
        t: String,
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        b: bool,
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        i: bool,
    },
    /// A footnote: its body where it is first referenced, only its label after that.
    Footnote {
        #[serde(rename = "fn")]
        marker: String,
        key: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        body: Option<Vec<Run>>,
    },
    Inserted {
        ins: String,
    },
    Deleted {
        del: String,
    },
}

/// Text as typst may print it: control characters (which a file can hold, and which mean
/// nothing on paper) become spaces; line feeds are the caller's to split.
fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

fn lines(text: &str) -> Vec<String> {
    text.lines().map(clean).collect()
}

/// The words a message says in `locale`, its values kept in logical order (typst orders
/// right-to-left text itself).
fn say(locale: Locale, key: &str, args: &[(&str, Arg)]) -> String {
    crate::i18n::format(locale, key, None, args).replace(['\u{2068}', '\u{2069}'], "")
}

/// Splits `text` at every style boundary and footnote marker into runs.
fn runs(
    text: &str,
    styles: &[StyleSpan],
    footnotes: Vec<(usize, Run)>,
    strip_leading: bool,
) -> Vec<Run> {
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for s in styles {
        cuts.push(s.range.start.min(text.len()));
        cuts.push(s.range.end.min(text.len()));
    }
    cuts.extend(footnotes.iter().map(|(at, _)| (*at).min(text.len())));
    cuts.retain(|&c| text.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();
    let mut footnotes = footnotes.into_iter().peekable();
    let mut out = Vec::new();
    for pair in cuts.windows(2) {
        let (start, end) = (pair[0], pair[1]);
        while let Some((_, run)) = footnotes.next_if(|(at, _)| *at <= start) {
            out.push(run);
        }
        let piece = &text[start..end];
        let piece = if strip_leading && start == 0 {
            piece.trim_start()
        } else {
            piece
        };
        if piece.is_empty() {
            continue;
        }
        let style = |f: fn(&StyleSpan) -> bool| {
            styles
                .iter()
                .any(|s| f(s) && s.range.start <= start && end <= s.range.end)
        };
        out.push(Run::Text {
            t: clean(piece),
            b: style(|s| s.bold),
            i: style(|s| s.italic),
        });
    }
    out.extend(footnotes.map(|(_, run)| run));
    out
}

/// A paragraph's runs, each footnote's body given where it is first referenced.
fn paragraph_runs(doc: &Document, p: &Paragraph, seen: &mut HashSet<usize>) -> Vec<Run> {
    let footnotes: Vec<(usize, Run)> = p
        .footnote_refs
        .iter()
        .map(|r| {
            let body = seen.insert(r.footnote).then(|| {
                doc.footnotes
                    .get(r.footnote)
                    .map(|f| runs(&f.text, &f.styles, Vec::new(), true))
                    .unwrap_or_default()
            });
            (
                r.offset,
                Run::Footnote {
                    marker: clean(&r.marker),
                    key: r.footnote.to_string(),
                    body,
                },
            )
        })
        .collect();
    runs(&p.text, &p.styles, footnotes, true)
}

fn table_of(block: &Block) -> Option<Vec<Vec<Cell>>> {
    let Block::Table(table) = block else {
        return None;
    };
    Some(
        table
            .rows
            .iter()
            .map(|row| {
                row.cells
                    .iter()
                    .map(|c| Cell {
                        text: clean(&c.text),
                        header: c.header,
                        span: c.colspan.max(1),
                    })
                    .collect()
            })
            .collect(),
    )
}

/// The number before the text, as printed (`3.`, `3 -` in Arabic, `(a)`).
fn number_of(p: &Paragraph, rtl: bool) -> Option<String> {
    p.number.as_ref()?;
    let prefix = p.number_prefix(rtl);
    let prefix = prefix.trim();
    (!prefix.is_empty()).then(|| clean(prefix))
}

fn outline_of(p: &Paragraph) -> Option<String> {
    let listed = matches!(
        p.kind,
        ParagraphKind::Preambular | ParagraphKind::Operative | ParagraphKind::Annex
    );
    listed.then(|| clean(&format!("{} {}", p.reference, p.lead_words())))
}

/// A paragraph laid out for print, without notes.
fn para(doc: &Document, index: usize, rtl: bool, seen: &mut HashSet<usize>) -> Para {
    let p = &doc.paragraphs[index];
    let starts_division = index == 0 || doc.paragraphs[index - 1].division != p.division;
    let division = starts_division
        .then(|| doc.divisions.get(p.division))
        .flatten()
        .filter(|d| !d.label.is_empty())
        .map(|d| match &d.title {
            Some(title) => clean(&format!("{}: {title}", d.label)),
            None => clean(&d.label),
        });
    let heading = match p.block {
        Block::Heading { level } => Some(level.clamp(1, 3)),
        _ => None,
    };
    Para {
        outline: outline_of(p),
        division,
        heading,
        number: number_of(p, rtl),
        depth: p.depth.min(4),
        runs: paragraph_runs(doc, p, seen),
        table: table_of(&p.block),
        notes: Vec::new(),
        bookmark: false,
        status: None,
    }
}

fn fonts_for(language: Option<Language>) -> [&'static str; 3] {
    match language {
        Some(Language::Zh) => FAMILIES_CHINESE_FIRST,
        Some(Language::Ar) => FAMILIES_ARABIC_FIRST,
        _ => FAMILIES_LATIN_FIRST,
    }
}

fn body_name(doc: &Document, locale: Locale) -> String {
    // The body is named in the document's own language, as the page prints it.
    let language = doc
        .meta
        .language
        .and_then(|l| Locale::from_code(l.code()))
        .unwrap_or(locale);
    doc.meta
        .body
        .map(|b| say(language, b.message_key(), &[]))
        .unwrap_or_default()
}

fn facts_of(doc: &Document, locale: Locale) -> Facts {
    let meta = &doc.meta;
    let mut lines = Vec::new();
    if let Some(adopted) = &meta.adopted {
        let mut text = crate::i18n::date(locale, adopted);
        if let Some(meeting) = &meta.meeting {
            text.push_str(&format!(" ({})", clean(meeting)));
        }
        lines.push(format!("{}: {text}", say(locale, "facts-adopted", &[])));
    }
    let mut groups = Vec::new();
    if let Some(votes) = &meta.votes {
        let outcome = match votes.outcome.as_str() {
            "recorded" => say(locale, "facts-adopted-recorded", &[]),
            "without vote" => say(locale, "facts-adopted-without-vote", &[]),
            other => clean(other),
        };
        lines.push(match votes.tally() {
            Some(tally) => say(
                locale,
                "facts-outcome-tally",
                &[
                    ("outcome", Arg::from(outcome.as_str())),
                    ("tally", Arg::from(tally.as_str())),
                ],
            ),
            None => outcome,
        });
        for (vote, states) in [
            (Vote::InFavour, &votes.in_favour_states),
            (Vote::Against, &votes.against_states),
            (Vote::Abstaining, &votes.abstaining_states),
        ] {
            if !states.is_empty() {
                let key = match vote {
                    Vote::InFavour => "vote-in-favour",
                    Vote::Against => "vote-against",
                    Vote::Abstaining => "vote-abstaining",
                };
                groups.push(Group {
                    label: say(locale, key, &[]),
                    states: states.iter().map(|s| clean(s)).collect(),
                });
            }
        }
    } else if meta.is_draft {
        lines.push(say(locale, "facts-draft-not-adopted", &[]));
    }
    if let Some(report) = &meta.committee_report {
        lines.push(format!(
            "{}: {}",
            say(locale, "facts-committee-report", &[]),
            clean(report)
        ));
    }
    for (key, states) in [
        ("facts-sponsors", &meta.sponsors),
        ("facts-additional-sponsors", &meta.additional_sponsors),
    ] {
        if !states.is_empty() {
            groups.push(Group {
                label: say(locale, key, &[]),
                states: states.iter().map(|s| clean(s)).collect(),
            });
        }
    }
    if lines.is_empty() && groups.is_empty() {
        lines.push(say(locale, "facts-no-record", &[]));
    }
    Facts { lines, groups }
}

fn changes_of(cmp: &Comparison, old: &Document, new: &Document, locale: Locale) -> Changes {
    let digest = crate::diff::digest::digest(cmp, old, new);
    let mut lines = digest.lines(locale, old, new);
    let title = if lines.is_empty() {
        String::new()
    } else {
        lines.remove(0)
    };
    if lines.is_empty() {
        lines.push(say(locale, "compare-no-differences", &[]));
    }
    Changes { title, lines }
}

impl Data {
    fn base(doc: &Document, locale: Locale, title: String) -> Data {
        let meta = &doc.meta;
        let language = meta.language;
        let rtl = language.is_some_and(|l| l.is_rtl());
        let symbol = clean(meta.symbol.as_deref().unwrap_or_default());
        let agenda = (!meta.agenda_items.is_empty()).then(|| clean(&meta.agenda_items.join(", ")));
        let adopted = meta.adopted.as_ref().map(|iso| {
            let lang = language
                .and_then(|l| Locale::from_code(l.code()))
                .unwrap_or(locale);
            crate::i18n::date(lang, iso)
        });
        Data {
            lang: language.map_or("en", |l| l.code()),
            dir: if rtl { "rtl" } else { "ltr" },
            fonts: fonts_for(language),
            margin: false,
            notes_rtl: locale.is_rtl(),
            header: clean(&running_head(meta.title.as_deref().unwrap_or_default())),
            keywords: [meta.symbol.clone(), meta.number.clone()]
                .into_iter()
                .flatten()
                .map(|k| clean(&k))
                .collect(),
            title,
            author: "Plenary".to_string(),
            symbol,
            body_name: body_name(doc, locale),
            session: meta.session_text.as_deref().map(clean),
            agenda,
            adopted,
            formula: doc.formula.as_deref().map(clean),
            labels: Labels {
                bookmarked: say(locale, "briefing-bookmarked", &[]),
                facts: say(locale, "facts-facts", &[]),
            },
            facts: None,
            changes: None,
            paragraphs: Vec::new(),
        }
    }

    /// What a briefing prints.
    pub fn briefing(b: &Briefing) -> Data {
        let doc = b.doc;
        let meta = &doc.meta;
        let title = match (&meta.number, &meta.title) {
            (Some(n), Some(t)) if !t.starts_with(n.as_str()) => format!("{n}. {t}"),
            (_, Some(t)) => t.clone(),
            (Some(n), None) => n.clone(),
            (None, None) => doc.display_name(),
        };
        let mut data = Data::base(doc, b.locale, clean(&title));
        let rtl = data.dir == "rtl";
        let mut seen = HashSet::new();
        data.paragraphs = (0..doc.paragraphs.len())
            .map(|i| para(doc, i, rtl, &mut seen))
            .collect();
        for (index, note) in &b.notes {
            let Some(p) = data.paragraphs.get_mut(*index) else {
                continue;
            };
            p.bookmark |= note.bookmark;
            if !note.text.trim().is_empty() || !note.tags.is_empty() {
                p.notes.push(NoteOut {
                    lines: lines(note.text.trim()),
                    tags: note.tags.iter().map(|t| clean(t)).collect(),
                    rtl: starts_right_to_left(&note.text),
                });
            }
        }
        data.margin = data
            .paragraphs
            .iter()
            .any(|p| p.bookmark || !p.notes.is_empty());
        data.facts = b.facts.then(|| facts_of(doc, b.locale));
        data.changes = b
            .previous
            .map(|(old, cmp)| changes_of(cmp, old, doc, b.locale));
        data
    }

    /// What a redline prints: the newer text with the older one's words struck through.
    pub fn redline(cmp: &Comparison, old: &Document, new: &Document, locale: Locale) -> Data {
        let title = say(
            locale,
            "compare-heading-changes",
            &[
                ("old", Arg::from(old.display_name().as_str())),
                ("new", Arg::from(new.display_name().as_str())),
            ],
        );
        let mut data = Data::base(new, locale, clean(&title));
        let rtl = data.dir == "rtl";
        let mut seen_old = HashSet::new();
        let mut seen_new = HashSet::new();
        for row in cmp.rows.iter().filter(|r| r.target == Target::Paragraph) {
            let side = match (row.new, row.old) {
                (Some(i), _) if i < new.paragraphs.len() => Some((new, i, &mut seen_new)),
                (_, Some(i)) if i < old.paragraphs.len() => Some((old, i, &mut seen_old)),
                _ => None,
            };
            let Some((doc, index, seen)) = side else {
                continue;
            };
            let mut p = para(doc, index, rtl, seen);
            p.division = None;
            let text_changed = row.text_changed();
            match row.status {
                Status::Added => {
                    p.runs = vec![Run::Inserted {
                        ins: clean(&doc.paragraphs[index].text),
                    }];
                }
                Status::Deleted => {
                    p.runs = vec![Run::Deleted {
                        del: clean(&doc.paragraphs[index].text),
                    }];
                }
                Status::Changed | Status::Moved if text_changed => {
                    p.runs = row
                        .changes
                        .iter()
                        .filter(|c| !c.text.is_empty())
                        .map(|c| match c.op {
                            Op::Equal => Run::Text {
                                t: clean(&c.text),
                                b: false,
                                i: false,
                            },
                            Op::Insert => Run::Inserted {
                                ins: clean(&c.text),
                            },
                            Op::Delete => Run::Deleted {
                                del: clean(&c.text),
                            },
                        })
                        .collect();
                }
                _ => {}
            }
            p.status = status_of(row, locale);
            data.paragraphs.push(p);
        }
        data.margin = data.paragraphs.iter().any(|p| p.status.is_some());
        data.changes = Some(changes_of(cmp, old, new, locale));
        data
    }
}

/// What the margin says of a redline's row, if anything.
fn status_of(row: &crate::diff::Row, locale: Locale) -> Option<String> {
    let renumbered = match (&row.old_ref, &row.new_ref) {
        (Some(a), Some(b)) if a != b => Some(a.as_str()),
        _ => None,
    };
    match row.status {
        Status::Added => Some(say(locale, "briefing-added", &[])),
        Status::Deleted => Some(say(locale, "briefing-deleted", &[])),
        Status::Moved => Some(say(
            locale,
            "briefing-moved-from",
            &[("paragraph", Arg::from(row.old_ref.as_deref().unwrap_or("")))],
        )),
        Status::Changed | Status::Unchanged => renumbered.map(|was| {
            say(
                locale,
                "briefing-renumbered",
                &[("paragraph", Arg::from(was))],
            )
        }),
    }
}

/// The title as the running head has room for it on one line beside the symbol: about 55
/// Latin letters, a Chinese character counting as two.
fn running_head(title: &str) -> String {
    const ROOM: usize = 55;
    let mut used = 0;
    let mut out = String::new();
    for c in title.chars() {
        used += if crate::document::script::is_cjk(c) {
            2
        } else {
            1
        };
        if used > ROOM {
            out.push('…');
            return out;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{FootnoteRef, Part};

    fn doc() -> Document {
        let source = "United Nations A/RES/75/9\n\nGeneral Assembly\n\n75/9. Oceans\n\n\
                      The General Assembly,\n\nRecalling its resolution 74/9,\n\n\
                      1. Decides to act;\n";
        let mut doc = crate::parse::parse_str(source, None).unwrap();
        // One footnote, referenced from two paragraphs.
        doc.footnotes.push(crate::document::Footnote {
            marker: "1".into(),
            text: "A/75/1.".into(),
            styles: Vec::new(),
            citations: Vec::new(),
            referenced_from: Vec::new(),
        });
        for p in &mut doc.paragraphs {
            if p.part == Part::Preamble || p.part == Part::Operative {
                p.footnote_refs.push(FootnoteRef {
                    marker: "1".into(),
                    offset: p.text.len(),
                    footnote: 0,
                });
            }
        }
        doc
    }

    fn bodies(data: &Data) -> (usize, usize) {
        let mut with_body = 0;
        let mut without = 0;
        for p in &data.paragraphs {
            for r in &p.runs {
                if let Run::Footnote { body, .. } = r {
                    if body.is_some() {
                        with_body += 1;
                    } else {
                        without += 1;
                    }
                }
            }
        }
        (with_body, without)
    }

    #[test]
    fn the_running_head_fits_one_line() {
        assert_eq!(running_head("Oceans"), "Oceans");
        let long = "Advancing responsible State behaviour in cyberspace in the context of \
                    international security";
        assert_eq!(running_head(long).chars().count(), 56);
        assert!(running_head(long).ends_with('…'));
        let chinese =
            "从国际安全角度促进网络空间国家负责任行为从国际安全角度促进网络空间国家负责任行为";
        assert_eq!(running_head(chinese).chars().count(), 28);
    }

    #[test]
    fn a_footnote_referenced_twice_is_printed_once() {
        let doc = doc();
        let data = Data::briefing(&Briefing {
            doc: &doc,
            notes: Vec::new(),
            facts: false,
            previous: None,
            locale: Locale::EN,
        });
        assert_eq!(bodies(&data), (1, 1));
        assert!(!data.margin, "no notes, no margin");
        let json = serde_json::to_string(&data).unwrap();
        assert!(
            json.contains(r#""fn":"1","key":"0","body":[{"t":"A/75/1."}]"#),
            "{json}"
        );
    }

    #[test]
    fn runs_follow_emphasis_and_drop_control_characters() {
        let styles = [StyleSpan {
            range: 0..9,
            bold: false,
            italic: true,
        }];
        let runs = runs(
            "Recalling\u{1b}[2J its\u{0} work",
            &styles,
            Vec::new(),
            true,
        );
        let json = serde_json::to_string(&runs).unwrap();
        assert_eq!(
            json,
            r#"[{"t":"Recalling","i":true},{"t":" [2J its  work"}]"#
        );
    }

    #[test]
    fn a_note_marks_its_paragraph_and_opens_the_margin() {
        let doc = doc();
        let op1 = doc.find_ref("OP1").unwrap();
        let note = crate::store::Note {
            id: "n".into(),
            anchor: crate::store::Anchor {
                paragraph_id: "op1".into(),
                reference: "OP1".into(),
                quote: crate::store::TextQuote::of_paragraph(&doc.paragraphs[op1].text),
            },
            text: "first line\nsecond line".into(),
            color: crate::store::Color::ALL[0],
            tags: vec!["follow-up".into()],
            bookmark: true,
            created: crate::store::Timestamp::from_millis(0),
            updated: crate::store::Timestamp::from_millis(0),
        };
        let data = Data::briefing(&Briefing {
            doc: &doc,
            notes: vec![(op1, &note)],
            facts: true,
            previous: None,
            locale: Locale::EN,
        });
        assert!(data.margin);
        let p = &data.paragraphs[op1];
        assert!(p.bookmark);
        assert_eq!(p.notes[0].lines, ["first line", "second line"]);
        assert_eq!(p.number.as_deref(), Some("1."));
        assert!(
            p.outline
                .as_deref()
                .is_some_and(|o| o.starts_with("OP1 Decides"))
        );
        assert!(data.facts.is_some());
    }
}
