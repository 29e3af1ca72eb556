//! Comparing resolutions: known edits applied programmatically are each reported exactly
//! (statuses, references, inline changes); real draft/adopted and year-over-year pairs from
//! the corpus align sensibly.

mod common;

use plenary::diff::{
    self, Change, Comparison, Op, Options, Status, Target, align_languages, compare, diff_text,
    new_text, old_text,
};
use plenary::document::{
    Document, Footnote, Format, Paragraph, ParagraphKind, Part, letter_label, roman_label,
};
use proptest::prelude::*;

const PREAMBLE: [&str; 6] = [
    "Recalling its resolution 74/28 of 12 December 2019 and all its previous resolutions on the subject",
    "Reaffirming the purposes and principles of the Charter of the United Nations",
    "Noting with appreciation the report of the Secretary-General on the implementation of the present resolution",
    "Deeply concerned at the humanitarian consequences of the use of nuclear weapons",
    "Welcoming the contribution of civil society, including non-governmental organizations, to the process",
    "Bearing in mind the importance of the full and equal participation of women",
];

const OPERATIVE: [&str; 10] = [
    "Calls upon all States to become parties to the Treaty without delay and without conditions",
    "Urges Member States to continue to support the work of the Conference on Disarmament",
    "Encourages all States to cooperate in the exchange of scientific and technical information",
    "Invites the relevant organizations of the United Nations system to provide assistance upon request",
    "Emphasizes the need to strengthen national capacities for the prevention of illicit trafficking",
    "Stresses the importance of regional and subregional cooperation in implementing the Programme of Action",
    "Acknowledges the efforts made by the Office for Disarmament Affairs in supporting Member States",
    "Requests the Secretary-General to seek the views of Member States on ways to enhance cooperation",
    "Also requests the Secretary-General to submit to the General Assembly at its seventy-sixth session a report on the implementation of the present resolution",
    "Decides to include in the provisional agenda of its seventy-sixth session the item entitled \"General and complete disarmament\"",
];

const SUBPARAGRAPHS: [&str; 3] = [
    "To exchange information on national legislation and best practices",
    "To provide training for customs and border officials",
    "To report to the Secretary-General on the measures taken",
];

const FOOTNOTES: [&str; 3] = [
    "United Nations, Treaty Series, vol. 729, No. 10485.",
    "A/75/129.",
    "See Official Records of the General Assembly, Seventy-fifth Session, Supplement No. 27 (A/75/27).",
];

/// A synthetic resolution of realistic paragraphs: 6 preambular, 10 operative, OP3 with
/// three sub-paragraphs, three footnotes.
fn resolution() -> Document {
    let mut doc = Document::new(Format::AkomaNtoso);
    for text in PREAMBLE {
        doc.paragraphs.push(Paragraph::new(
            "",
            ParagraphKind::Preambular,
            Part::Preamble,
            text,
        ));
    }
    for (n, text) in OPERATIVE.iter().enumerate() {
        doc.paragraphs.push(Paragraph::new(
            "",
            ParagraphKind::Operative,
            Part::Operative,
            *text,
        ));
        if n == 2 {
            for sub in SUBPARAGRAPHS {
                let mut p = Paragraph::new("", ParagraphKind::Subparagraph, Part::Operative, sub);
                p.depth = 1;
                doc.paragraphs.push(p);
            }
        }
    }
    for (n, text) in FOOTNOTES.iter().enumerate() {
        doc.footnotes.push(Footnote {
            marker: (n + 1).to_string(),
            text: text.to_string(),
            styles: Vec::new(),
            citations: Vec::new(),
            referenced_from: Vec::new(),
        });
    }
    renumber(&mut doc);
    doc
}

/// Gives paragraphs the ids, numbers and references a parser would give them in their
/// current order (as a drafter's edits renumber the printed text), and footnotes their
/// markers.
fn renumber(doc: &mut Document) {
    let (mut pp, mut op) = (0, 0);
    let mut subs: Vec<u32> = Vec::new();
    let mut parent_ref = String::new();
    let mut parent_id = String::new();
    for p in &mut doc.paragraphs {
        match p.kind {
            ParagraphKind::Preambular => {
                pp += 1;
                p.id = format!("pp{pp}");
                p.reference = format!("PP{pp}");
                p.number = None;
            }
            ParagraphKind::Operative => {
                op += 1;
                subs.clear();
                p.id = format!("op{op}");
                p.reference = format!("OP{op}");
                p.number = Some(op.to_string());
                parent_ref = p.reference.clone();
                parent_id = p.id.clone();
            }
            ParagraphKind::Subparagraph => {
                let depth = usize::from(p.depth.max(1));
                subs.resize(depth, 0);
                *subs.last_mut().unwrap() += 1;
                let labels: Vec<String> = subs
                    .iter()
                    .enumerate()
                    .map(|(d, &n)| {
                        if d == 0 {
                            letter_label(n)
                        } else {
                            roman_label(n)
                        }
                    })
                    .collect();
                let label = labels.last().unwrap().clone();
                p.number = Some(format!("({label})"));
                p.reference = format!(
                    "{parent_ref}{}",
                    labels.iter().map(|l| format!("({l})")).collect::<String>()
                );
                p.id = format!("{parent_id}{}", labels.join("-"));
                p.parent = Some(parent_id.clone());
            }
            ParagraphKind::Other | ParagraphKind::Annex => {}
        }
    }
    for (n, note) in doc.footnotes.iter_mut().enumerate() {
        note.marker = (n + 1).to_string();
    }
}

fn position(doc: &Document, reference: &str) -> usize {
    doc.paragraphs
        .iter()
        .position(|p| p.reference == reference)
        .unwrap_or_else(|| panic!("no {reference}"))
}

/// The rows that are not unchanged, as `(status, old ref, new ref)`.
fn differences(cmp: &Comparison) -> Vec<(Status, Option<&str>, Option<&str>)> {
    cmp.rows
        .iter()
        .filter(|r| r.status != Status::Unchanged)
        .map(|r| (r.status, r.old_ref.as_deref(), r.new_ref.as_deref()))
        .collect()
}

/// Every row, as `old ref -> new ref`.
fn pairs(cmp: &Comparison) -> Vec<(Option<&str>, Option<&str>)> {
    cmp.rows
        .iter()
        .map(|r| (r.old_ref.as_deref(), r.new_ref.as_deref()))
        .collect()
}

fn render(changes: &[Change]) -> String {
    changes
        .iter()
        .map(|c| match c.op {
            Op::Equal => c.text.clone(),
            Op::Delete => format!("[-{}-]", c.text),
            Op::Insert => format!("{{+{}+}}", c.text),
        })
        .collect()
}

#[test]
fn a_document_against_itself_reports_nothing() {
    let doc = resolution();
    let cmp = compare(&doc, &doc, &Options::default());
    assert!(!cmp.summary.has_differences(), "{:?}", cmp.summary);
    assert_eq!(
        cmp.summary.unchanged,
        doc.paragraphs.len() + doc.footnotes.len()
    );
    assert!(
        cmp.rows
            .iter()
            .all(|r| r.changes.is_empty() && r.old == r.new)
    );
    assert_eq!(cmp.notice, None);
    assert!(!cmp.coarse);
    // Paragraph rows in document order, then footnotes.
    let refs: Vec<&str> = cmp
        .rows
        .iter()
        .map(|r| r.new_ref.as_deref().unwrap())
        .collect();
    let mut expected: Vec<String> = doc.paragraphs.iter().map(|p| p.reference.clone()).collect();
    expected.extend(["FN1", "FN2", "FN3"].map(String::from));
    assert_eq!(refs, expected);
}

#[test]
fn an_added_paragraph_is_reported_where_it_is_and_the_rest_renumbers() {
    let old = resolution();
    let mut new = old.clone();
    let at = position(&new, "OP5");
    new.paragraphs.insert(
        at,
        Paragraph::new(
            "",
            ParagraphKind::Operative,
            Part::Operative,
            "Welcomes the adoption of the Political Declaration on strengthening the protection of civilians",
        ),
    );
    renumber(&mut new);
    let cmp = compare(&old, &new, &Options::default());
    assert_eq!(differences(&cmp), vec![(Status::Added, None, Some("OP5"))]);
    assert_eq!(
        cmp.summary.to_string(),
        "1 added, 0 deleted, 0 changed, 0 moved"
    );
    let rows = pairs(&cmp);
    let added = rows.iter().position(|r| *r == (None, Some("OP5"))).unwrap();
    assert_eq!(rows[added - 1], (Some("OP4"), Some("OP4")));
    assert_eq!(
        rows[added + 1],
        (Some("OP5"), Some("OP6")),
        "renumbered, unchanged"
    );
    assert_eq!(rows[added + 6], (Some("OP10"), Some("OP11")));
}

#[test]
fn a_deleted_paragraph_sits_where_it_was_and_op5_becomes_op4() {
    let old = resolution();
    let mut new = old.clone();
    new.paragraphs.remove(position(&new, "OP4"));
    renumber(&mut new);
    let cmp = compare(&old, &new, &Options::default());
    assert_eq!(
        differences(&cmp),
        vec![(Status::Deleted, Some("OP4"), None)]
    );
    let rows = pairs(&cmp);
    let deleted = rows.iter().position(|r| *r == (Some("OP4"), None)).unwrap();
    assert_eq!(rows[deleted - 1], (Some("OP3(c)"), Some("OP3(c)")));
    assert_eq!(rows[deleted + 1], (Some("OP5"), Some("OP4")));
    let renumbered = &cmp.rows[deleted + 1];
    assert_eq!(renumbered.status, Status::Unchanged);
    assert!(renumbered.changes.is_empty());
}

#[test]
fn a_moved_paragraph_is_one_moved_row_not_a_delete_and_an_add() {
    let old = resolution();
    let mut new = old.clone();
    let from = position(&new, "OP9");
    let moved = new.paragraphs.remove(from);
    new.paragraphs.insert(position(&new, "OP2"), moved);
    renumber(&mut new);
    let cmp = compare(&old, &new, &Options::default());
    assert_eq!(
        differences(&cmp),
        vec![(Status::Moved, Some("OP9"), Some("OP2"))]
    );
    let row = cmp.rows.iter().find(|r| r.status == Status::Moved).unwrap();
    assert!(row.changes.is_empty(), "text unchanged");
    assert_eq!(cmp.summary.moved, 1);
    assert_eq!(cmp.summary.unchanged, old.paragraphs.len() - 1 + 3);
}

#[test]
fn a_moved_and_edited_paragraph_is_moved_with_its_changes() {
    let old = resolution();
    let mut new = old.clone();
    let from = position(&new, "PP5");
    let mut moved = new.paragraphs.remove(from);
    moved.text = moved.text.replace("Welcoming", "Recognizing");
    new.paragraphs.insert(position(&new, "PP1"), moved);
    renumber(&mut new);
    let cmp = compare(&old, &new, &Options::default());
    assert_eq!(
        differences(&cmp),
        vec![(Status::Moved, Some("PP5"), Some("PP1"))]
    );
    let row = cmp.rows.iter().find(|r| r.status == Status::Moved).unwrap();
    assert!(row.text_changed());
    assert!(render(&row.changes).starts_with("[-Welcoming-]{+Recognizing+} the contribution"));
}

#[test]
fn a_changed_word_is_reported_inline() {
    let old = resolution();
    let mut new = old.clone();
    let at = position(&new, "OP8");
    new.paragraphs[at].text = new.paragraphs[at]
        .text
        .replace("seek the views", "collect the views");
    let cmp = compare(&old, &new, &Options::default());
    assert_eq!(
        differences(&cmp),
        vec![(Status::Changed, Some("OP8"), Some("OP8"))]
    );
    let row = cmp
        .rows
        .iter()
        .find(|r| r.status == Status::Changed)
        .unwrap();
    assert_eq!(row.target, Target::Paragraph);
    assert_eq!(
        row.changes,
        vec![
            Change::new(Op::Equal, "Requests the Secretary-General to "),
            Change::new(Op::Delete, "seek"),
            Change::new(Op::Insert, "collect"),
            Change::new(
                Op::Equal,
                " the views of Member States on ways to enhance cooperation"
            ),
        ]
    );
}

#[test]
fn edits_together_are_each_reported() {
    let old = resolution();
    let mut new = old.clone();
    // Change a word in PP3, delete OP2, add a sub-paragraph under OP3, move OP10 before OP8.
    let pp3 = position(&new, "PP3");
    new.paragraphs[pp3].text = new.paragraphs[pp3]
        .text
        .replace("Noting with appreciation", "Taking note of");
    new.paragraphs.remove(position(&new, "OP2"));
    let mut sub = Paragraph::new(
        "",
        ParagraphKind::Subparagraph,
        Part::Operative,
        "To designate national points of contact",
    );
    sub.depth = 1;
    new.paragraphs.insert(position(&new, "OP3(c)") + 1, sub);
    let last = new.paragraphs.pop().unwrap();
    new.paragraphs.insert(position(&new, "OP8"), last);
    renumber(&mut new);

    let cmp = compare(&old, &new, &Options::default());
    assert_eq!(
        differences(&cmp),
        vec![
            (Status::Changed, Some("PP3"), Some("PP3")),
            (Status::Deleted, Some("OP2"), None),
            (Status::Added, None, Some("OP2(d)")),
            (Status::Moved, Some("OP10"), Some("OP7")),
        ]
    );
    assert_eq!(
        cmp.summary.to_string(),
        "1 added, 1 deleted, 1 changed, 1 moved"
    );
    let changed = &cmp.rows[2];
    assert_eq!(
        render(&changed.changes),
        "[-Noting with appreciation-]{+Taking note of+} the report of the Secretary-General on the implementation of the present resolution"
    );
    // OP3 is now OP2, with its sub-paragraphs: renumbered, not changed.
    assert!(pairs(&cmp).contains(&(Some("OP3(b)"), Some("OP2(b)"))));
}

#[test]
fn a_preambular_paragraph_that_became_operative_has_moved() {
    let old = resolution();
    let mut new = old.clone();
    // Parts are aligned in order separately, so the sentence is not paired with whatever
    // operative paragraph stands at its old place; it is found again at the end of the
    // operative part, and shown as moved there, not as deleted and added.
    let pp6 = new.paragraphs.remove(position(&new, "PP6"));
    let mut op = Paragraph::new("", ParagraphKind::Operative, Part::Operative, pp6.text);
    op.number = None;
    new.paragraphs.push(op);
    renumber(&mut new);
    let cmp = compare(&old, &new, &Options::default());
    assert_eq!(
        differences(&cmp),
        vec![(Status::Moved, Some("PP6"), Some("OP11"))]
    );
    assert_eq!(
        cmp.summary.to_string(),
        "0 added, 0 deleted, 0 changed, 1 moved"
    );
}

#[test]
fn footnotes_are_compared_as_rows() {
    let old = resolution();
    let mut new = old.clone();
    new.footnotes.remove(0);
    new.footnotes[0].text = "A/75/129 and A/75/129/Add.1.".into();
    renumber(&mut new);
    let cmp = compare(&old, &new, &Options::default());
    assert_eq!(
        differences(&cmp),
        vec![
            (Status::Deleted, Some("FN1"), None),
            (Status::Changed, Some("FN2"), Some("FN1")),
        ]
    );
    let changed = cmp
        .rows
        .iter()
        .find(|r| r.status == Status::Changed)
        .unwrap();
    assert_eq!(changed.target, Target::Footnote);
    assert_eq!(changed.old, Some(1));
    assert_eq!(changed.new, Some(0));
    assert_eq!(render(&changed.changes), "A/75/129{+ and A/75/129/Add.1+}.");
    // The last footnote kept its text and took the next marker.
    assert!(pairs(&cmp).contains(&(Some("FN3"), Some("FN2"))));
}

#[test]
fn any_mix_of_formats_compares() {
    let old = resolution();
    let mut new = old.clone();
    new.format = Format::Text;
    let cmp = compare(&old, &new, &Options::default());
    assert!(!cmp.summary.has_differences());
}

fn chinese_resolution(comma: &str, paren: (&str, &str)) -> Document {
    let mut doc = Document::new(Format::Text);
    let texts = [
        format!("回顾其2019年12月12日第74/28号决议{comma}以及以往关于这一主题的所有决议"),
        format!("注意到秘书长的报告{}A/75/129{}", paren.0, paren.1),
        format!("请秘书长向大会第七十六届会议提交报告{comma}说明本决议的执行情况"),
    ];
    for text in texts {
        doc.paragraphs.push(Paragraph::new(
            "",
            ParagraphKind::Operative,
            Part::Operative,
            text,
        ));
    }
    renumber(&mut doc);
    doc
}

#[test]
fn punctuation_width_is_ignored_only_when_asked() {
    let old = chinese_resolution("，", ("（", "）"));
    let new = chinese_resolution(",", ("(", ")"));
    let strict = compare(&old, &new, &Options::default());
    assert_eq!(strict.summary.changed, 3);
    let row = &strict.rows[1];
    assert_eq!(
        render(&row.changes),
        "注意到秘书长的报告[-（-]{+(+}A/75/129[-）-]{+)+}"
    );
    let folded = compare(
        &old,
        &new,
        &Options {
            ignore_punctuation_width: true,
            ..Options::default()
        },
    );
    assert!(!folded.summary.has_differences(), "{:?}", folded.summary);
    // A real change is still found, character by character.
    let mut edited = new.clone();
    edited.paragraphs[2].text = edited.paragraphs[2]
        .text
        .replace("第七十六届", "第七十七届");
    let cmp = compare(
        &old,
        &edited,
        &Options {
            ignore_punctuation_width: true,
            ..Options::default()
        },
    );
    assert_eq!(
        differences(&cmp),
        vec![(Status::Changed, Some("OP3"), Some("OP3"))]
    );
    let changes = &cmp.rows[2].changes;
    assert_eq!(
        render(changes),
        "请秘书长向大会第七十[-六-]{+七+}届会议提交报告,说明本决议的执行情况"
    );
    // The equal run keeps the old document's full-width comma for rebuilding the old text.
    assert_eq!(old_text(changes), old.paragraphs[2].text);
    assert_eq!(new_text(changes), edited.paragraphs[2].text);
}

#[test]
fn whitespace_is_ignored_only_when_asked() {
    let old = resolution();
    let mut new = old.clone();
    let at = position(&new, "OP9");
    new.paragraphs[at].text = new.paragraphs[at].text.replace(" a report", "  a\nreport");
    assert_eq!(compare(&old, &new, &Options::default()).summary.changed, 1);
    let options = Options {
        ignore_whitespace: true,
        ..Options::default()
    };
    assert!(!compare(&old, &new, &options).summary.has_differences());
}

#[test]
fn comparison_runs_on_a_worker_thread() {
    let old = resolution();
    let mut new = old.clone();
    new.paragraphs.remove(0);
    let handle = std::thread::spawn(move || compare(&old, &new, &Options::default()));
    let cmp = handle.join().unwrap();
    assert_eq!(cmp.summary.deleted, 1);
}

#[test]
fn past_the_deadline_paragraphs_are_still_aligned_but_shown_whole() {
    let old = resolution();
    let mut new = old.clone();
    new.paragraphs.remove(position(&new, "OP1"));
    renumber(&mut new);
    let at = position(&new, "OP8");
    new.paragraphs[at].text.push_str(", and to report thereon");
    let options = Options {
        deadline: Some(std::time::Instant::now()),
        ..Options::default()
    };
    let cmp = compare(&old, &new, &options);
    assert!(cmp.coarse);
    assert!(cmp.notice.is_some());
    assert_eq!(
        differences(&cmp),
        vec![
            (Status::Deleted, Some("OP1"), None),
            (Status::Changed, Some("OP9"), Some("OP8")),
        ]
    );
    let row = cmp
        .rows
        .iter()
        .find(|r| r.status == Status::Changed)
        .unwrap();
    assert_eq!(row.changes.len(), 2);
    assert_eq!(row.changes[0].op, Op::Delete);
    assert_eq!(row.changes[1].op, Op::Insert);
}

#[test]
fn language_versions_align_by_structure() {
    let en = resolution();
    let mut fr = resolution();
    for p in &mut fr.paragraphs {
        p.text = format!("(fr) {}", p.text.len());
    }
    // A version missing a sub-paragraph: the rest still pairs, one for one.
    fr.paragraphs.remove(position(&fr, "OP3(c)"));
    renumber(&mut fr);
    let pairs = align_languages(&en, &fr);
    assert_eq!(pairs.len(), en.paragraphs.len());
    let c = position(&en, "OP3(c)");
    assert_eq!(pairs[c], (Some(c), None));
    assert_eq!(pairs[c - 1], (Some(c - 1), Some(c - 1)));
    assert_eq!(pairs[c + 1], (Some(c + 1), Some(c)), "OP4 with OP4");
    assert_eq!(pairs[0], (Some(0), Some(0)));
}

fn latin_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => "[a-zA-Z]{1,9}",
            2 => Just(" ".to_string()),
            1 => Just("  ".to_string()),
            1 => Just(",".to_string()),
            1 => Just("\n".to_string()),
            1 => Just("(a)".to_string()),
            1 => "[0-9]{1,4}(/[0-9]{1,3})?",
            1 => "[éèçöñßЖжاب]{1,3}",
        ],
        0..40,
    )
    .prop_map(|parts| parts.concat())
}

fn chinese_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            6 => "[大会回顾其决议请秘书长报告注意到第届议程项目]",
            1 => "[，。、（）：；“”]",
            1 => "[,.():; ]",
            1 => "[0-9]{1,4}",
            1 => Just("A/75/1".to_string()),
            1 => Just("\u{3000}".to_string()),
        ],
        0..40,
    )
    .prop_map(|parts| parts.concat())
}

/// `base` with a random stretch replaced: gives pairs that share most of their text.
fn edited(base: String, start: usize, len: usize, insert: String) -> (String, String) {
    let chars: Vec<char> = base.chars().collect();
    let start = start.min(chars.len());
    let end = (start + len).min(chars.len());
    let mut new: String = chars[..start].iter().collect();
    new.push_str(&insert);
    new.extend(&chars[end..]);
    (base, new)
}

fn options_strategy() -> impl Strategy<Value = Options> {
    (any::<bool>(), any::<bool>()).prop_map(|(p, w)| Options {
        ignore_punctuation_width: p,
        ignore_whitespace: w,
        deadline: None,
    })
}

fn check_rebuild(old: &str, new: &str, options: &Options) -> Result<(), TestCaseError> {
    let changes = diff_text(old, new, options);
    prop_assert_eq!(old_text(&changes), old);
    prop_assert_eq!(new_text(&changes), new);
    prop_assert!(changes.iter().all(|c| !c.text.is_empty()));
    if old == new {
        prop_assert!(changes.iter().all(|c| c.op == Op::Equal));
    }
    // The same through a whole comparison.
    let mut a = Document::new(Format::Text);
    a.paragraphs.push(Paragraph::new(
        "op1",
        ParagraphKind::Operative,
        Part::Operative,
        old,
    ));
    let mut b = a.clone();
    b.paragraphs[0].text = new.to_string();
    let cmp = compare(&a, &b, options);
    for row in cmp.rows.iter().filter(|r| !r.changes.is_empty()) {
        prop_assert_eq!(old_text(&row.changes), old);
        prop_assert_eq!(new_text(&row.changes), new);
    }
    Ok(())
}

proptest! {
    #[test]
    fn latin_texts_rebuild_from_their_changes(
        old in latin_text(), new in latin_text(), options in options_strategy()
    ) {
        check_rebuild(&old, &new, &options)?;
    }

    #[test]
    fn edited_latin_texts_rebuild_from_their_changes(
        (old, new) in (latin_text(), 0..200usize, 0..20usize, latin_text())
            .prop_map(|(b, s, l, i)| edited(b, s, l, i)),
        options in options_strategy()
    ) {
        check_rebuild(&old, &new, &options)?;
    }

    #[test]
    fn chinese_texts_rebuild_from_their_changes(
        old in chinese_text(), new in chinese_text(), options in options_strategy()
    ) {
        check_rebuild(&old, &new, &options)?;
    }

    #[test]
    fn edited_chinese_texts_rebuild_from_their_changes(
        (old, new) in (chinese_text(), 0..60usize, 0..8usize, chinese_text())
            .prop_map(|(b, s, l, i)| edited(b, s, l, i)),
        options in options_strategy()
    ) {
        check_rebuild(&old, &new, &options)?;
    }
}

// ---- The real corpus ----------------------------------------------------------------------

fn parse(path: &std::path::Path) -> Document {
    plenary::parse::parse_file(path).unwrap_or_else(|e| panic!("{e}"))
}

/// Prints a comparison the way a reader would skim it.
fn report(label: &str, cmp: &Comparison) {
    eprintln!(
        "{label}: {} ({} unchanged)",
        cmp.summary, cmp.summary.unchanged
    );
    for row in cmp.rows.iter().filter(|r| r.status != Status::Unchanged) {
        let text = render(&row.changes);
        let short: String = text.chars().take(160).collect();
        eprintln!(
            "  {:<9} {:<10} {:<10} {short}",
            row.status.name(),
            row.old_ref.as_deref().unwrap_or("-"),
            row.new_ref.as_deref().unwrap_or("-")
        );
    }
}

#[test]
fn draft_and_adopted_text_align() {
    let Some(draft) = common::corpus_file("text/A_C.3_78_L.41-en.pdftext.txt") else {
        return;
    };
    let Some(adopted) = common::corpus_file_starting("akn/ga/78/en", "A_RES_78_220-") else {
        return;
    };
    let old = parse(&draft);
    let new = parse(&adopted);
    let cmp = compare(&old, &new, &Options::default());
    report("A/C.3/78/L.41 -> A/RES/78/220", &cmp);
    let paragraph_rows = cmp.rows.iter().filter(|r| r.target == Target::Paragraph);
    let paired = paragraph_rows
        .filter(|r| r.old.is_some() && r.new.is_some())
        .count();
    eprintln!(
        "draft {} paragraphs and {} footnotes, adopted {} and {}: {paired} paragraphs paired",
        old.paragraphs.len(),
        old.footnotes.len(),
        new.paragraphs.len(),
        new.footnotes.len()
    );
    // The Third Committee's draft was adopted without amendment: every paragraph pairs, and
    // the only differences are typesetting (no-break spaces, non-breaking hyphens).
    assert!(old.paragraphs.len() > 40);
    assert_eq!(paired, old.paragraphs.len().max(new.paragraphs.len()));
    let s = cmp.summary;
    assert_eq!((s.added, s.deleted, s.moved), (0, 0, 0), "{s:?}");
    assert!(s.changed <= 5, "{s:?}");
    let typeset = Options {
        ignore_whitespace: true,
        ignore_punctuation_width: true,
        ..Options::default()
    };
    let cmp = compare(&old, &new, &typeset);
    assert!(!cmp.summary.has_differences(), "{:?}", cmp.summary);
}

/// Year over year, 74/28 -> 75/32 ("Developments in the field of information and
/// telecommunications in the context of international security"), read side by side: the
/// list of recalled resolutions grows, "the commencement of the work" of the two groups
/// becomes "the productive and ongoing work", a preambular paragraph and two operative
/// paragraphs are new, and the agenda paragraph moves to the seventy-sixth session. The
/// Chinese text also revises a term in PP12 (规范 -> 准则), where the English is unchanged.
#[test]
fn year_over_year_in_english_and_chinese() {
    for (lang, old_name, new_name) in [
        ("en", "74_28.xml", "75_32_E.xml"),
        ("zh", "74_28_C.xml", "75_32_C.xml"),
    ] {
        let Some(a) = common::corpus_file(&format!("akn/ga/74/{lang}/{old_name}")) else {
            return;
        };
        let Some(b) = common::corpus_file(&format!("akn/ga/75/{lang}/{new_name}")) else {
            return;
        };
        let old = parse(&a);
        let new = parse(&b);
        let cmp = compare(&old, &new, &Options::default());
        report(&format!("74/28 -> 75/32 ({lang})"), &cmp);
        let mut expected = vec![(Status::Changed, Some("PP1"), Some("PP1"))];
        if lang == "zh" {
            expected.push((Status::Changed, Some("PP12"), Some("PP12")));
        }
        expected.extend([
            (Status::Added, None, Some("PP16")),
            (Status::Changed, Some("OP3"), Some("OP3")),
            (Status::Changed, Some("OP4"), Some("OP4")),
            (Status::Added, None, Some("OP5")),
            (Status::Added, None, Some("OP6")),
            (Status::Changed, Some("OP5"), Some("OP7")),
        ]);
        assert_eq!(differences(&cmp), expected, "{lang}");
        let agenda = cmp
            .rows
            .iter()
            .find(|r| r.new_ref.as_deref() == Some("OP7"))
            .unwrap();
        let (gone, came) = if lang == "en" {
            ("fifth", "sixth")
        } else {
            ("五", "六")
        };
        assert!(
            agenda.changes.contains(&Change::new(Op::Delete, gone)),
            "{lang}"
        );
        assert!(
            agenda.changes.contains(&Change::new(Op::Insert, came)),
            "{lang}"
        );
        for row in &cmp.rows {
            if !row.changes.is_empty() {
                let (i, j) = (row.old.unwrap(), row.new.unwrap());
                let (a, b) = match row.target {
                    Target::Paragraph => (&old.paragraphs[i].text, &new.paragraphs[j].text),
                    Target::Footnote => (&old.footnotes[i].text, &new.footnotes[j].text),
                };
                assert_eq!(&old_text(&row.changes), a);
                assert_eq!(&new_text(&row.changes), b);
            }
        }
    }
}

#[test]
fn known_edits_to_a_real_resolution_are_each_reported() {
    let Some(path) = common::corpus_file("akn/ga/75/en/75_32_E.xml") else {
        return;
    };
    let old = parse(&path);
    assert!(old.paragraphs.len() > 20);
    let same = compare(&old, &old, &Options::default());
    assert!(!same.summary.has_differences(), "{:?}", same.summary);

    // Change a word in PP3, move PP1 after PP5, delete OP2 with its sub-paragraphs, add an
    // operative paragraph at the end; then number the paragraphs afresh, as a new draft would.
    let mut new = old.clone();
    let pp3 = position(&new, "PP3");
    assert!(new.paragraphs[pp3].text.contains("broadest"));
    new.paragraphs[pp3].text = new.paragraphs[pp3].text.replace("broadest", "widest");
    let pp1 = new.paragraphs.remove(position(&new, "PP1"));
    new.paragraphs.insert(position(&new, "PP5") + 1, pp1);
    for reference in ["OP2(b)", "OP2(a)", "OP2"] {
        new.paragraphs.remove(position(&new, reference));
    }
    let mut added = Paragraph::new(
        "",
        ParagraphKind::Operative,
        Part::Operative,
        "Decides to continue its consideration of the question at its seventy-sixth session",
    );
    added.division = new.paragraphs.last().unwrap().division;
    new.paragraphs.push(added);
    renumber(&mut new);

    let cmp = compare(&old, &new, &Options::default());
    report("75/32 edited", &cmp);
    assert_eq!(
        differences(&cmp),
        vec![
            (Status::Changed, Some("PP3"), Some("PP2")),
            (Status::Moved, Some("PP1"), Some("PP5")),
            (Status::Deleted, Some("OP2"), None),
            (Status::Deleted, Some("OP2(a)"), None),
            (Status::Deleted, Some("OP2(b)"), None),
            (Status::Added, None, Some("OP7")),
        ]
    );
    let changed = cmp
        .rows
        .iter()
        .find(|r| r.status == Status::Changed)
        .unwrap();
    let edits: Vec<&Change> = changed
        .changes
        .iter()
        .filter(|c| c.op != Op::Equal)
        .collect();
    assert_eq!(
        edits,
        [
            &Change::new(Op::Delete, "broadest"),
            &Change::new(Op::Insert, "widest")
        ]
    );
    let moved = cmp.rows.iter().find(|r| r.status == Status::Moved).unwrap();
    assert!(moved.changes.is_empty());
    assert!(pairs(&cmp).contains(&(Some("OP3"), Some("OP2"))));
    assert!(pairs(&cmp).contains(&(Some("OP7"), Some("OP6"))));
    assert_eq!(
        cmp.summary.unchanged,
        old.paragraphs.len() - 5 + old.footnotes.len()
    );
}

/// The largest resolution of session 75 (75/239, oceans and the law of the sea: 464
/// paragraphs, 368 of them operative, 149 footnotes) against itself and an edited copy.
#[test]
fn the_largest_resolution_compares_with_an_edited_copy() {
    let Some(path) = common::corpus_file("akn/ga/75/en/75_239_E.xml") else {
        return;
    };
    let old = parse(&path);
    assert!(old.paragraphs.len() > 400);
    let same = compare(&old, &old, &Options::default());
    assert!(!same.summary.has_differences(), "{:?}", same.summary);
    assert_eq!(
        same.summary.unchanged,
        old.paragraphs.len() + old.footnotes.len()
    );

    let mut new = old.clone();
    let op100 = position(&new, "OP100");
    let op200 = position(&new, "OP200");
    let op300 = position(&new, "OP300");
    new.paragraphs[op100].text.push_str(", as appropriate");
    let moved = new.paragraphs.remove(op300);
    new.paragraphs.insert(op200, moved);
    new.paragraphs.remove(position(&new, "OP150"));
    new.footnotes.remove(10);
    let cmp = compare(&old, &new, &Options::default());
    report("75/239 edited", &cmp);
    // References are not renumbered here: each paragraph keeps its name.
    let fn11 = format!("FN{}", old.footnotes[10].marker);
    assert_eq!(
        differences(&cmp),
        vec![
            (Status::Changed, Some("OP100"), Some("OP100")),
            (Status::Deleted, Some("OP150"), None),
            (Status::Moved, Some("OP300"), Some("OP300")),
            (Status::Deleted, Some(fn11.as_str()), None),
        ]
    );
    let changed = &cmp
        .rows
        .iter()
        .find(|r| r.status == Status::Changed)
        .unwrap();
    assert_eq!(
        changed
            .changes
            .iter()
            .filter(|c| c.op != Op::Equal)
            .collect::<Vec<_>>(),
        [&Change::new(Op::Insert, ", as appropriate")]
    );
}

#[test]
fn english_and_chinese_versions_pair_every_paragraph() {
    for name in ["75_32", "75_239"] {
        let (Some(en), Some(zh)) = (
            common::corpus_file(&format!("akn/ga/75/en/{name}_E.xml")),
            common::corpus_file(&format!("akn/ga/75/zh/{name}_C.xml")),
        ) else {
            return;
        };
        let en = parse(&en);
        let zh = parse(&zh);
        let pairs = align_languages(&en, &zh);
        let both = pairs
            .iter()
            .filter(|p| p.0.is_some() && p.1.is_some())
            .count();
        eprintln!(
            "{name} en {} zh {} paired {both}",
            en.paragraphs.len(),
            zh.paragraphs.len()
        );
        assert!(!en.paragraphs.is_empty());
        // Numbered paragraphs pair one to one, with the same id. Headings may not:
        // the English of 75/239 marks up `I` and `Implementation of the Convention...` as
        // two paragraphs where the Chinese has one.
        assert_eq!(numbered_misfits(&en, &zh, &pairs), 0, "{name}");
        if name == "75_32" {
            assert_eq!(both, en.paragraphs.len());
        }
    }
}

/// Preambular, operative and sub-paragraphs left unpaired, or paired with a paragraph of
/// another kind or id (ids are positional and the same in every language; printed labels are
/// not: Chinese numbers `OP2(a)(㈠)` where English has `OP2(a)(i)`).
fn numbered_misfits(a: &Document, b: &Document, pairs: &[(Option<usize>, Option<usize>)]) -> usize {
    let numbered = |p: &Paragraph| p.kind != ParagraphKind::Other;
    pairs
        .iter()
        .filter(|pair| match **pair {
            (Some(i), Some(j)) => {
                let (x, y) = (&a.paragraphs[i], &b.paragraphs[j]);
                (numbered(x) || numbered(y)) && (x.kind != y.kind || x.id != y.id)
            }
            (Some(i), None) => numbered(&a.paragraphs[i]),
            (None, Some(j)) => numbered(&b.paragraphs[j]),
            (None, None) => false,
        })
        .count()
}

/// The division and kind of each paragraph, in order.
fn kinds(doc: &Document) -> Vec<(usize, ParagraphKind)> {
    doc.paragraphs
        .iter()
        .map(|p| (p.division, p.kind))
        .collect()
}

/// Every English resolution of session 75 with its Chinese version: how many align one to
/// one, and every document compared with itself reports nothing.
#[test]
fn session_75_in_english_and_chinese() {
    let Some(corpus) = common::corpus() else {
        return;
    };
    let en_dir = corpus.join("akn/ga/75/en");
    let mut names: Vec<_> = std::fs::read_dir(&en_dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with("_E.xml"))
        .collect();
    names.sort();
    let (mut files, mut one_to_one, mut unpaired) = (0, 0, 0);
    let mut uneven = Vec::new();
    for name in &names {
        let zh_path = corpus
            .join("akn/ga/75/zh")
            .join(name.replace("_E.xml", "_C.xml"));
        let (Ok(en), Ok(zh)) = (
            plenary::parse::parse_file(&en_dir.join(name)),
            plenary::parse::parse_file(&zh_path),
        ) else {
            continue;
        };
        files += 1;
        let same = compare(&en, &en, &Options::default());
        assert!(!same.summary.has_differences(), "{name} against itself");
        let pairs = align_languages(&en, &zh);
        let lonely = pairs
            .iter()
            .filter(|p| p.0.is_none() || p.1.is_none())
            .count();
        if lonely == 0 {
            one_to_one += 1;
        }
        unpaired += lonely;
        let misfits = numbered_misfits(&en, &zh, &pairs);
        if misfits > 0 {
            // Only where the two versions were parsed into different sequences of kinds (a
            // paragraph read as preambular in one language and as operative in the other).
            assert_ne!(kinds(&en), kinds(&zh), "{name}: {misfits} misaligned");
            uneven.push(format!("{name} ({misfits})"));
        }
    }
    eprintln!(
        "session 75: {files} en/zh pairs, {one_to_one} align one to one, {unpaired} paragraphs \
         unpaired in all; numbered paragraphs misaligned (parsed differently) in {} files: \
         {uneven:?}",
        uneven.len()
    );
    assert!(files > 250);
    assert!(one_to_one * 100 >= files * 90, "{one_to_one} of {files}");
    assert!(uneven.len() * 10 <= files, "{uneven:?}");
}

#[test]
fn the_summary_reads_as_users_expect() {
    let summary = diff::Summary {
        unchanged: 20,
        changed: 3,
        added: 1,
        deleted: 1,
        moved: 1,
    };
    assert_eq!(
        summary.to_string(),
        "1 added, 1 deleted, 3 changed, 1 moved"
    );
}

/// What changed from 74/28 to 75/32, as a delegate pastes it: the paragraphs added and
/// changed, and the vote then and now.
#[test]
fn the_digest_of_74_28_to_75_32() {
    let (Some(old), Some(new)) = (
        common::corpus_file("akn/ga/74/en/74_28.xml"),
        common::corpus_file("akn/ga/75/en/75_32_E.xml"),
    ) else {
        return;
    };
    let old = plenary::parse::parse_file(&old).unwrap();
    let new = plenary::parse::parse_file(&new).unwrap();
    let cmp = plenary::diff::compare(&old, &new, &plenary::diff::Options::default());
    let digest = plenary::diff::digest::digest(&cmp, &old, &new);
    assert_eq!(digest.added, ["PP16", "OP5", "OP6"]);
    assert_eq!(digest.vote_now.as_deref(), Some("163–10–7"));
    let text = digest.to_text(&old, &new);
    eprintln!("{text}");
    assert!(text.starts_with("What changed from A/RES/74/28 to A/RES/75/32:"));
    assert!(
        text.contains("- 3 paragraphs added (PP16, OP5, OP6)"),
        "{text}"
    );
    assert!(text.contains("163–10–7 now"), "{text}");
}
