//! The notes store: nothing a user wrote is ever lost, whatever happens to the program or its
//! files, and notes find their paragraph again in another edition.

mod common;

use plenary::document::{Document, Format, Language, Paragraph, ParagraphKind, Part};
use plenary::store::{
    AnchorStatus, Color, DocumentKey, DocumentNotes, FORMAT_VERSION, NewNote, Note, NoteChange,
    NoteStore, StoreError, export, reattach,
};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// A small resolution built with the model (the parsers are tested elsewhere).
fn resolution(symbol: &str, paragraphs: &[(&str, &str)]) -> Document {
    let mut doc = Document::new(Format::AkomaNtoso);
    doc.meta.symbol = Some(symbol.to_string());
    doc.meta.language = Some(Language::En);
    doc.meta.title = Some("Advancing responsible State behaviour in cyberspace".into());
    for (reference, text) in paragraphs {
        let id = reference.to_lowercase();
        let kind = if id.starts_with("pp") {
            ParagraphKind::Preambular
        } else {
            ParagraphKind::Operative
        };
        let part = if kind == ParagraphKind::Preambular {
            Part::Preamble
        } else {
            Part::Operative
        };
        let mut p = Paragraph::new(id, kind, part, *text);
        p.reference = reference.to_string();
        doc.paragraphs.push(p);
    }
    doc
}

fn res_75_32() -> Document {
    resolution(
        "A/RES/75/32",
        &[
            ("PP1", "Recalling its resolutions 53/70 of 4 December 1998,"),
            ("OP1", "Calls upon Member States:"),
            (
                "OP3",
                "Welcomes the productive and ongoing work of the Group of Governmental Experts;",
            ),
            (
                "OP5",
                "Notes the interruptions to the meeting schedules on account of the pandemic;",
            ),
        ],
    )
}

fn note_on(doc: &Document, reference: &str, text: &str) -> NewNote {
    let index = doc.find_ref(reference).unwrap();
    NewNote {
        text: text.to_string(),
        ..NewNote::on_paragraph(doc, index).unwrap()
    }
}

fn files_named(dir: &Path, part: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().contains(part))
        .collect();
    found.sort();
    found
}

#[test]
fn add_edit_delete_and_undo_persist() {
    let dir = tempfile::tempdir().unwrap();
    let store = NoteStore::new(dir.path());
    let doc = res_75_32();
    let mut notes = store
        .open(&doc, Some(Path::new("/docs/75_32_E.xml")))
        .unwrap();
    assert!(notes.notes().is_empty());
    assert!(
        !store.file_for(&DocumentKey::of(&doc)).exists(),
        "opening writes nothing"
    );

    let mut new = note_on(&doc, "OP3", "Ask who chairs it.\nSecond line.");
    new.tags = vec!["cyber".into(), " cyber ".into(), "GGE".into()];
    new.color = Color::Blue;
    let first = notes.add(new).unwrap();
    assert_eq!(first.tags, vec!["cyber", "GGE"]);
    assert_eq!(first.anchor.reference, "OP3");
    assert_eq!(first.anchor.quote.exact, doc.paragraphs[2].text);
    let mut mark = note_on(&doc, "OP5", "");
    mark.bookmark = true;
    let bookmark = notes.add(mark).unwrap();

    let before = notes
        .edit(
            &first.id,
            NoteChange {
                text: Some("Ask who chairs it.".into()),
                ..NoteChange::default()
            },
        )
        .unwrap();
    assert_eq!(before, first, "edit returns the note as it was, for undo");
    let edited = notes.note(&first.id).unwrap().clone();
    assert!(edited.updated > first.updated);
    assert_eq!(edited.created, first.created);

    let deleted = notes.delete(&bookmark.id).unwrap();
    assert!(notes.note(&bookmark.id).is_none());
    assert_eq!(notes.tombstones().len(), 1);

    // What is on disk is what the window shows.
    let reopened = store.open(&doc, None).unwrap();
    assert_eq!(reopened.notes(), notes.notes());
    assert_eq!(
        reopened.info().path.as_deref(),
        Some("/docs/75_32_E.xml"),
        "where the document was opened from is remembered"
    );

    notes.restore(deleted).unwrap();
    notes.put_back(before).unwrap();
    let reopened = store.open(&doc, None).unwrap();
    let restored = reopened.note(&bookmark.id).unwrap();
    assert!(restored.bookmark);
    assert_eq!(restored.created, bookmark.created);
    assert_eq!(reopened.note(&first.id).unwrap().text, first.text);
    assert!(reopened.tombstones().is_empty());

    let missing = notes.delete("no-such-id").unwrap_err();
    assert!(
        matches!(missing, StoreError::NoSuchNote { .. }),
        "{missing}"
    );
}

#[test]
fn two_instances_merge_and_deletions_stay_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let store = NoteStore::new(dir.path());
    let doc = res_75_32();
    let mut a = store.open(&doc, None).unwrap();
    let mut b = store.open(&doc, None).unwrap();

    let x = a.add(note_on(&doc, "OP1", "from A")).unwrap();
    // B has not seen X; its own write must keep it.
    let y = b.add(note_on(&doc, "OP3", "from B")).unwrap();
    assert!(b.note(&x.id).is_some(), "B merged A's note when it saved");

    // A deletes X; B still holds X and saves something else: X stays deleted.
    a.reload().unwrap();
    let _ = a.delete(&x.id).unwrap();
    b.edit(
        &y.id,
        NoteChange {
            bookmark: Some(true),
            ..NoteChange::default()
        },
    )
    .unwrap();
    assert!(b.note(&x.id).is_none(), "the deletion reached B");
    let on_disk = store.open(&doc, None).unwrap();
    let ids: Vec<&str> = on_disk.notes().iter().map(|n| n.id.as_str()).collect();
    assert_eq!(ids, vec![y.id.as_str()]);

    // B edits a note A deleted meanwhile: it is told, and nothing comes back.
    let z = b.add(note_on(&doc, "OP5", "short-lived")).unwrap();
    a.reload().unwrap();
    let _ = a.delete(&z.id).unwrap();
    let err = b
        .edit(
            &z.id,
            NoteChange {
                text: Some("too late".into()),
                ..NoteChange::default()
            },
        )
        .unwrap_err();
    assert!(matches!(err, StoreError::NoSuchNote { .. }), "{err}");
    assert!(store.open(&doc, None).unwrap().note(&z.id).is_none());

    // The later edit of the same note wins, whichever instance saves last.
    a.reload().unwrap();
    a.edit(
        &y.id,
        NoteChange {
            text: Some("A's wording".into()),
            ..NoteChange::default()
        },
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(2));
    b.edit(
        &y.id,
        NoteChange {
            text: Some("B's wording".into()),
            ..NoteChange::default()
        },
    )
    .unwrap();
    a.add(note_on(&doc, "PP1", "unrelated")).unwrap();
    assert_eq!(a.note(&y.id).unwrap().text, "B's wording");
}

#[test]
fn a_damaged_file_is_kept_aside_and_the_backup_restored() {
    for damage in ["garbage", "truncated", "empty"] {
        let dir = tempfile::tempdir().unwrap();
        let store = NoteStore::new(dir.path());
        let doc = res_75_32();
        let mut notes = store.open(&doc, None).unwrap();
        let kept = notes.add(note_on(&doc, "OP1", "saved first")).unwrap();
        let lost = notes.add(note_on(&doc, "OP3", "saved second")).unwrap();
        let path = store.file_for(&DocumentKey::of(&doc));
        let good = std::fs::read(&path).unwrap();
        let bad: Vec<u8> = match damage {
            "garbage" => b"\x00\xffnot json at all {{{".to_vec(),
            "truncated" => good[..good.len() / 2].to_vec(),
            _ => Vec::new(),
        };
        std::fs::write(&path, &bad).unwrap();

        let reopened = store.open(&doc, None).unwrap();
        assert_eq!(reopened.warnings().len(), 1, "{damage}");
        let message = reopened.warnings()[0].to_string();
        assert!(message.contains("damaged"), "{message}");
        assert!(message.contains("A/RES/75/32"), "{message}");
        assert!(
            message.contains("restored from the last good copy"),
            "{message}"
        );
        let aside = files_named(dir.path(), ".damaged-");
        assert_eq!(aside.len(), 1, "{damage}: {aside:?}");
        assert!(
            message.ends_with(&aside[0].display().to_string()),
            "{message}"
        );
        assert_eq!(std::fs::read(&aside[0]).unwrap(), bad, "kept byte for byte");
        // The backup is the version before the last save.
        assert_eq!(reopened.notes().len(), 1);
        assert_eq!(reopened.notes()[0], kept);
        assert!(reopened.note(&lost.id).is_none());
        // The restored file is in place: the next open is quiet.
        assert!(store.open(&doc, None).unwrap().warnings().is_empty());

        // The instance that still holds the lost note saves it again; the damaged copy is
        // never touched.
        notes.add(note_on(&doc, "OP5", "third")).unwrap();
        let healed = store.open(&doc, None).unwrap();
        assert_eq!(healed.notes().len(), 3, "{damage}");
        assert_eq!(std::fs::read(&aside[0]).unwrap(), bad);
    }
}

#[test]
fn damaged_file_and_backup_are_both_kept_and_the_store_starts_empty() {
    let dir = tempfile::tempdir().unwrap();
    let store = NoteStore::new(dir.path());
    let doc = res_75_32();
    let mut notes = store.open(&doc, None).unwrap();
    notes.add(note_on(&doc, "OP1", "one")).unwrap();
    notes.add(note_on(&doc, "OP3", "two")).unwrap();
    let path = store.file_for(&DocumentKey::of(&doc));
    let backup = plenary::store::fsio::backup_path(&path);
    std::fs::write(&path, b"{\"version\": 1, \"notes\": [").unwrap();
    std::fs::write(&backup, b"[1, 2").unwrap();

    let reopened = store.open(&doc, None).unwrap();
    assert!(reopened.notes().is_empty());
    let message = reopened.warnings()[0].to_string();
    assert!(message.contains("so was their last copy"), "{message}");
    let aside = files_named(dir.path(), ".damaged-");
    assert_eq!(aside.len(), 2);
    let contents: BTreeSet<Vec<u8>> = aside.iter().map(|p| std::fs::read(p).unwrap()).collect();
    assert!(contents.contains(b"{\"version\": 1, \"notes\": [".as_slice()));
    assert!(contents.contains(b"[1, 2".as_slice()));
    // Writing works again, and the damaged copies stay.
    let mut fresh = store.open(&doc, None).unwrap();
    fresh.add(note_on(&doc, "OP1", "new start")).unwrap();
    assert_eq!(files_named(dir.path(), ".damaged-").len(), 2);
}

#[test]
fn a_file_from_a_newer_version_is_read_only_and_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let store = NoteStore::new(dir.path());
    let doc = res_75_32();
    let path = store.file_for(&DocumentKey::of(&doc));
    std::fs::create_dir_all(dir.path()).unwrap();
    let future = format!(
        r#"{{ "version": {}, "encryption": "none", "document": {{ "key": "A/RES/75/32@en" }},
  "notes": [ {{ "id": "n1", "anchor": {{ "paragraph_id": "op3", "ref": "OP3",
     "quote": {{ "exact": "Welcomes" }} }}, "text": "from the future",
     "created": "2030-01-01T00:00:00.000Z", "updated": "2030-01-01T00:00:00.000Z",
     "reactions": ["+1"] }} ] }}"#,
        FORMAT_VERSION + 1
    );
    std::fs::write(&path, &future).unwrap();

    let mut notes = store.open(&doc, None).unwrap();
    assert!(notes.is_read_only());
    assert_eq!(notes.notes().len(), 1, "still shown");
    assert_eq!(notes.notes()[0].text, "from the future");
    let message = notes.warnings()[0].to_string();
    assert!(message.contains("newer version"), "{message}");
    assert!(message.ends_with(&path.display().to_string()), "{message}");

    let err = notes.add(note_on(&doc, "OP1", "now")).unwrap_err();
    assert!(matches!(err, StoreError::NewerVersion { .. }), "{err}");
    assert!(err.to_string().contains("read-only"), "{err}");
    assert!(notes.delete("n1").is_err());
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        future,
        "not modified"
    );
    assert!(!plenary::store::fsio::backup_path(&path).exists());
    assert!(files_named(dir.path(), ".damaged-").is_empty());

    // A newer shape this version cannot read at all is still not "damaged".
    let strange = format!(
        r#"{{ "version": {}, "notes": {{ "by-paragraph": {{}} }} }}"#,
        FORMAT_VERSION + 5
    );
    std::fs::write(&path, &strange).unwrap();
    let notes = store.open(&doc, None).unwrap();
    assert!(notes.is_read_only());
    assert!(notes.notes().is_empty());
    assert!(notes.warnings()[0].to_string().contains("cannot show them"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), strange);
    assert!(files_named(dir.path(), ".damaged-").is_empty());
}

#[test]
fn older_files_and_unknown_fields_still_read() {
    let dir = tempfile::tempdir().unwrap();
    let store = NoteStore::new(dir.path());
    let doc = res_75_32();
    let path = store.file_for(&DocumentKey::of(&doc));
    std::fs::create_dir_all(dir.path()).unwrap();
    // No version, no timestamps, no colour, an extra field, a note without an id.
    std::fs::write(
        &path,
        r#"{ "notes": [ { "anchor": { "ref": "OP3" }, "text": "bare", "mood": "calm" } ] }"#,
    )
    .unwrap();
    let mut notes = store.open(&doc, None).unwrap();
    assert!(notes.warnings().is_empty());
    assert!(!notes.is_read_only());
    assert_eq!(notes.notes().len(), 1);
    assert!(!notes.notes()[0].id.is_empty(), "given an id");
    assert_eq!(notes.notes()[0].color, Color::Yellow);
    notes.add(note_on(&doc, "OP1", "new")).unwrap();
    let saved: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(saved["version"], FORMAT_VERSION);
    assert_eq!(saved["notes"].as_array().unwrap().len(), 2);
}

#[test]
fn bookmarks_across_documents_and_all_notes() {
    let dir = tempfile::tempdir().unwrap();
    let store = NoteStore::new(dir.path());
    let a = res_75_32();
    let mut b = res_75_32();
    b.meta.symbol = Some("A/RES/74/28".into());
    let mut zh = res_75_32();
    zh.meta.language = Some(Language::Zh);
    let mut notes_a = store.open(&a, None).unwrap();
    let mut notes_b = store.open(&b, None).unwrap();
    let mut notes_zh = store.open(&zh, None).unwrap();
    let mut mark = note_on(&a, "OP3", "speak to this");
    mark.bookmark = true;
    notes_a.add(mark.clone()).unwrap();
    notes_a.add(note_on(&a, "OP1", "plain note")).unwrap();
    notes_b.add(mark.clone()).unwrap();
    notes_zh.add(note_on(&zh, "OP5", "中文笔记")).unwrap();

    assert_eq!(
        files_named(dir.path(), ".json").len() - files_named(dir.path(), ".json.").len(),
        3
    );
    let all = store.load_all().unwrap();
    assert_eq!(all.len(), 4);
    assert_eq!(all.documents.len(), 3, "one file per document and language");
    let marks: Vec<String> = all
        .bookmarks()
        .map(|(info, n)| export::citation(info, n))
        .collect();
    assert_eq!(marks, vec!["A/RES/74/28, OP3", "A/RES/75/32, OP3"]);
    assert!(all.all_warnings().next().is_none());
    assert!(
        NoteStore::new(dir.path().join("nothing-here"))
            .load_all()
            .unwrap()
            .is_empty()
    );
}

/// Builds a store with notes on two documents and returns it with the notes by id.
fn seeded_store(dir: &Path) -> (NoteStore, BTreeMap<String, (String, Note)>) {
    let store = NoteStore::new(dir);
    let a = res_75_32();
    let mut unnamed = res_75_32();
    unnamed.meta.symbol = None;
    unnamed.meta.title = None;
    let mut notes_a = store
        .open(&a, Some(Path::new("/docs/75_32_E.xml")))
        .unwrap();
    let mut notes_u = store.open(&unnamed, None).unwrap();
    let mut first = note_on(&a, "OP3", "Ask about \"ongoing\", and\nthe timeline.");
    first.tags = vec!["cyber".into(), "GGE".into()];
    first.bookmark = true;
    first.color = Color::Pink;
    notes_a.add(first).unwrap();
    notes_a.add(note_on(&a, "PP1", "")).unwrap();
    notes_u
        .add(note_on(&unnamed, "OP5", "多语言 — ça va"))
        .unwrap();
    let all = store.load_all().unwrap();
    let by_id = all
        .notes()
        .map(|(info, n)| (n.id.clone(), (info.key.clone(), n.clone())))
        .collect();
    (store, by_id)
}

#[test]
fn json_export_imports_into_an_empty_store_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let (store, before) = seeded_store(dir.path());
    let all = store.load_all().unwrap();
    let json = serde_json::to_string_pretty(&export::to_web_annotation(all.notes())).unwrap();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(value["total"], 3);
    for item in value["first"]["items"].as_array().unwrap() {
        assert_eq!(item["type"], "Annotation");
        let selectors = item["target"]["selector"].as_array().unwrap();
        assert_eq!(selectors[0]["type"], "FragmentSelector");
        assert_eq!(selectors[1]["type"], "TextQuoteSelector");
        assert!(item["target"]["source"].as_str().unwrap().len() > 10);
    }
    let export_path = dir.path().join("export.json");
    std::fs::write(&export_path, &json).unwrap();

    let empty = tempfile::tempdir().unwrap();
    let other = NoteStore::new(empty.path());
    let report = other.import_file(&export_path).unwrap();
    assert_eq!(report.added, 3);
    assert!(report.duplicates.is_empty() && report.conflicts.is_empty());
    let after: BTreeMap<String, (String, Note)> = other
        .load_all()
        .unwrap()
        .notes()
        .map(|(info, n)| (n.id.clone(), (info.key.clone(), n.clone())))
        .collect();
    assert_eq!(after, before, "same notes, same documents, same times");
    let reimported = other.open(&res_75_32(), None).unwrap();
    assert_eq!(reimported.info().path.as_deref(), Some("/docs/75_32_E.xml"));

    // Importing again: all duplicates. A note changed since: a conflict, and yours is kept.
    let again = other.import_file(&export_path).unwrap();
    assert_eq!((again.added, again.duplicates.len()), (0, 3));
    let (id, _) = before.iter().find(|(_, (_, n))| n.bookmark).unwrap();
    let mut doc_notes = other.open(&res_75_32(), None).unwrap();
    doc_notes
        .edit(
            id,
            NoteChange {
                text: Some("changed here".into()),
                ..NoteChange::default()
            },
        )
        .unwrap();
    let third = other.import_file(&export_path).unwrap();
    assert_eq!(third.conflicts, vec![id.clone()]);
    assert_eq!(third.duplicates.len(), 2);
    assert_eq!(
        other
            .open(&res_75_32(), None)
            .unwrap()
            .note(id)
            .unwrap()
            .text,
        "changed here"
    );

    // A deleted note imported again comes back.
    let _ = doc_notes.delete(id).unwrap();
    let fourth = other.import_file(&export_path).unwrap();
    assert_eq!(fourth.added, 1);
    assert!(other.open(&res_75_32(), None).unwrap().note(id).is_some());
}

#[test]
fn markdown_and_csv_exports_say_what_the_notes_say() {
    let dir = tempfile::tempdir().unwrap();
    let (store, before) = seeded_store(dir.path());
    let all = store.load_all().unwrap();

    let md = export::to_markdown(all.notes());
    assert!(md.starts_with("# Notes\n"));
    assert!(
        md.contains("\n## A/RES/75/32 (en): Advancing responsible"),
        "{md}"
    );
    assert!(md.contains("\n### A/RES/75/32, OP3 (bookmark)\n"), "{md}");
    assert!(md.contains("\n### A/RES/75/32, PP1\n"), "{md}");
    assert!(
        md.contains("> Welcomes the productive and ongoing work"),
        "{md}"
    );
    assert!(
        md.contains("Ask about \"ongoing\", and\nthe timeline.\n"),
        "{md}"
    );
    assert!(md.contains("多语言 — ça va"), "{md}");
    assert!(md.contains("Tags: cyber, GGE"), "{md}");
    // Grouped: one heading per document, each note under its own.
    assert_eq!(md.matches("\n## ").count(), 2);
    let unnamed_heading = md
        .find("\n## content-")
        .or_else(|| md.find("\n## fnv1a64:"));
    assert!(unnamed_heading.is_some(), "{md}");

    let csv = export::to_csv(all.notes());
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(lines[0], export::CSV_COLUMNS.join(","));
    assert_eq!(lines.last(), Some(&""), "ends with a line break");
    assert!(
        csv.contains("\"Ask about \"\"ongoing\"\", and\nthe timeline.\""),
        "{csv}"
    );
    assert!(csv.contains(",true,cyber; GGE,pink,"), "{csv}");
    for (id, (_, note)) in &before {
        // Rows end with CRLF; a line break inside a quoted field is a bare LF.
        let row = csv.split("\r\n").find(|l| l.starts_with(id.as_str()));
        let row = row.unwrap_or_else(|| panic!("no row for {id}"));
        assert!(row.contains(&note.created.to_string()), "{row}");
    }
}

#[test]
fn notes_follow_their_text_to_another_edition() {
    let dir = tempfile::tempdir().unwrap();
    let store = NoteStore::new(dir.path());
    let old = res_75_32();
    let mut notes = store.open(&old, None).unwrap();
    notes.add(note_on(&old, "OP3", "a")).unwrap();
    notes.add(note_on(&old, "OP5", "b")).unwrap();
    notes.add(note_on(&old, "PP1", "c")).unwrap();

    let mut next = resolution(
        "A/RES/76/19",
        &[
            ("PP1", "Recalling its resolutions 53/70 of 4 December 1998,"),
            ("OP1", "Calls upon Member States:"),
            ("OP2", "Decides something new;"),
            (
                "OP4",
                "Welcomes the productive and ongoing work of the Group of Governmental Experts;",
            ),
        ],
    );
    next.meta.title = old.meta.title.clone();
    let related = store.related(&next).unwrap();
    assert_eq!(related.len(), 1);
    assert_eq!(related[0].info().symbol.as_deref(), Some("A/RES/75/32"));

    let statuses: Vec<String> = related[0]
        .placements(&next)
        .iter()
        .map(|p| p.describe(&next))
        .collect();
    assert_eq!(
        statuses,
        vec!["moved (was OP3, now OP4)", "orphaned", "attached"]
    );

    let mut carried = store.open(&next, None).unwrap();
    let copies = carried
        .carry_over(related[0].info(), related[0].notes(), &next)
        .unwrap();
    assert_eq!(copies.len(), 3, "orphans are carried too, never dropped");
    let reopened = store.open(&next, None).unwrap();
    let refs: Vec<&str> = reopened
        .notes()
        .iter()
        .map(|n| n.anchor.reference.as_str())
        .collect();
    assert!(refs.contains(&"OP4") && refs.contains(&"OP5") && refs.contains(&"PP1"));
    let orphan = reopened
        .notes()
        .iter()
        .find(|n| n.anchor.reference == "OP5")
        .unwrap();
    assert!(
        orphan
            .anchor
            .quote
            .exact
            .starts_with("Notes the interruptions")
    );
    // Now placed directly: attached, or orphaned with its quote.
    let now: Vec<&str> = reopened
        .placements(&next)
        .iter()
        .map(|p| p.status.name())
        .collect();
    assert_eq!(now.iter().filter(|s| **s == "attached").count(), 2);
    // The originals are untouched.
    assert_eq!(store.open(&old, None).unwrap().notes().len(), 3);

    // Reanchoring in the same document key (a corrected reissue) updates moved notes.
    let mut reissue = old.clone();
    reissue.paragraphs.insert(
        1,
        Paragraph::new(
            "pp2",
            ParagraphKind::Preambular,
            Part::Preamble,
            "Noting anew,",
        ),
    );
    reissue.paragraphs[3].id = "op4".into();
    reissue.paragraphs[3].reference = "OP4".into();
    let mut same_key = store.open(&reissue, None).unwrap();
    assert_eq!(same_key.reanchor(&reissue).unwrap(), 1);
    let moved = same_key.notes().iter().find(|n| n.text == "a").unwrap();
    assert_eq!(moved.anchor.reference, "OP4");
    assert_eq!(
        reattach(&moved.anchor, &reissue).status,
        AnchorStatus::Attached
    );
}

// ---------------------------------------------------------------------------------------
// Child processes: two instances at once, and a program killed while saving.

const CHILD_ENV: &str = "PLENARY_STORE_TEST_CHILD";

/// Run by the tests below in a child process (`DIR COUNT LABEL` in the environment): adds
/// COUNT notes (forever if 0) to A/RES/75/32 through one instance.
#[test]
#[ignore = "helper: runs in a child process started by other tests"]
fn child_adds_notes() {
    let Ok(spec) = std::env::var(CHILD_ENV) else {
        eprintln!("not started as a child; nothing to do");
        return;
    };
    let mut parts = spec.split('\t');
    let dir = PathBuf::from(parts.next().unwrap());
    let count: usize = parts.next().unwrap().parse().unwrap();
    let label = parts.next().unwrap().to_string();
    let store = NoteStore::new(dir);
    let doc = res_75_32();
    let mut notes = store.open(&doc, None).unwrap();
    let refs = ["PP1", "OP1", "OP3", "OP5"];
    let mut i = 0usize;
    while count == 0 || i < count {
        let reference = refs[i % refs.len()];
        notes
            .add(note_on(&doc, reference, &format!("{label} {i}")))
            .unwrap();
        i += 1;
    }
}

fn spawn_child(dir: &Path, count: usize, label: &str) -> std::process::Child {
    Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "child_adds_notes",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, format!("{}\t{count}\t{label}", dir.display()))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// A temp folder in memory where there is one: this test is about locking and merging, and
/// 2,000 fsyncs on a busy disk would only make it slow (the kill test below uses the disk).
fn memory_tempdir() -> tempfile::TempDir {
    let shm = Path::new("/dev/shm");
    if shm.is_dir()
        && let Ok(dir) = tempfile::tempdir_in(shm)
    {
        return dir;
    }
    tempfile::tempdir().unwrap()
}

#[test]
fn two_processes_adding_500_notes_each_lose_none() {
    let dir = memory_tempdir();
    let mut a = spawn_child(dir.path(), 500, "a");
    let mut b = spawn_child(dir.path(), 500, "b");
    assert!(a.wait().unwrap().success());
    assert!(b.wait().unwrap().success());
    let notes = NoteStore::new(dir.path()).open(&res_75_32(), None).unwrap();
    assert!(notes.warnings().is_empty());
    assert_eq!(notes.notes().len(), 1_000);
    let texts: BTreeSet<&str> = notes.notes().iter().map(|n| n.text.as_str()).collect();
    for i in 0..500 {
        assert!(texts.contains(format!("a {i}").as_str()), "a {i} lost");
        assert!(texts.contains(format!("b {i}").as_str()), "b {i} lost");
    }
    assert!(files_named(dir.path(), ".tmp").is_empty());
}

/// xorshift64*, seeded from the clock: random enough for kill delays.
struct Rng(u64);

impl Rng {
    fn new() -> Rng {
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos() as u64;
        eprintln!("kill delays seeded with {seed}");
        Rng(seed | 1)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n
    }
}

#[test]
fn killing_the_program_while_it_saves_never_loses_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let store = NoteStore::new(dir.path());
    let doc = res_75_32();
    let mut rng = Rng::new();
    let mut previous: BTreeSet<String> = BTreeSet::new();
    let mut grew = 0;
    let mut mid_write = 0;
    for iteration in 0..200 {
        let mut child = spawn_child(dir.path(), 0, &format!("k{iteration}"));
        std::thread::sleep(Duration::from_millis(5 + rng.below(75)));
        child.kill().unwrap();
        let _ = child.wait();
        // A temp file left behind means the kill landed between writing and renaming.
        if !files_named(dir.path(), ".tmp").is_empty() {
            mid_write += 1;
        }

        let notes: DocumentNotes = match store.open(&doc, None) {
            Ok(notes) => notes,
            Err(err) => panic!("iteration {iteration}: the store did not load: {err}"),
        };
        assert!(
            notes.warnings().is_empty(),
            "iteration {iteration}: {:?}",
            notes.warnings()
        );
        let now: BTreeSet<String> = notes.notes().iter().map(|n| n.id.clone()).collect();
        // The old content or the new: everything saved before is still there, and every
        // note is whole.
        assert!(
            now.is_superset(&previous),
            "iteration {iteration} lost notes"
        );
        for note in notes.notes() {
            assert!(
                note.text.starts_with('k') && note.text.contains(' '),
                "{note:?}"
            );
            assert!(!note.anchor.quote.exact.is_empty());
        }
        if now.len() > previous.len() {
            grew += 1;
        }
        previous = now;
    }
    assert!(files_named(dir.path(), ".damaged-").is_empty());
    eprintln!(
        "{grew} of 200 killed children had saved, {mid_write} were killed in the middle of \
         writing; {} notes",
        previous.len()
    );
    assert!(
        grew > 20,
        "the children were killed too early to test anything ({grew})"
    );
}

// ---------------------------------------------------------------------------------------
// Real documents.

/// 75/32 (2020) and 74/28 (2019) are the same resolution a year apart. OP5 of 75/32 ("Notes
/// the interruptions ... (COVID-19) pandemic") is new in 2020: 74/28 has nothing like it, so
/// a note on it is orphaned there. OP7 of 75/32 ("Also decides to include ... seventy-sixth
/// session") is 74/28's OP5 ("Decides to include ... seventy-fifth session"), OP3 was
/// reworded ("Welcomes the commencement of the work" became "the productive and ongoing
/// work") and PP1 grew a longer list of resolutions.
#[test]
fn a_note_on_75_32_is_placed_in_74_28() {
    let (Some(new_path), Some(old_path)) = (
        common::corpus_file("akn/ga/75/en/75_32_E.xml"),
        common::corpus_file("akn/ga/74/en/74_28.xml"),
    ) else {
        return;
    };
    let new = plenary::parse::parse_file(&new_path).unwrap();
    let old = plenary::parse::parse_file(&old_path).unwrap();
    assert!(new.paragraphs.len() > 20 && old.paragraphs.len() > 20);
    let place = |reference: &str| {
        let index = new.find_ref(reference).unwrap();
        let anchor = plenary::store::Anchor::paragraph(&new, index).unwrap();
        let placed = reattach(&anchor, &old);
        (
            placed.describe(&old),
            placed
                .paragraph
                .map(|i| old.paragraphs[i].reference.clone()),
        )
    };
    assert_eq!(place("OP5"), ("orphaned".to_string(), None));
    assert_eq!(place("OP6"), ("orphaned".to_string(), None));
    assert_eq!(
        place("OP7"),
        ("moved (was OP7, now OP5)".to_string(), Some("OP5".into()))
    );
    assert_eq!(place("OP3"), ("attached".to_string(), Some("OP3".into())));
    assert_eq!(
        place("OP1(a)"),
        ("attached".to_string(), Some("OP1(a)".into()))
    );
    assert_eq!(place("PP1"), ("attached".to_string(), Some("PP1".into())));
    // And back: 74/28's OP5 is 75/32's OP7.
    let index = old.find_ref("OP5").unwrap();
    let anchor = plenary::store::Anchor::paragraph(&old, index).unwrap();
    let placed = reattach(&anchor, &new);
    assert_eq!(placed.describe(&new), "moved (was OP5, now OP7)");
}

/// Places a note made on every paragraph of `from` in `to`; returns `REF -> status` lines.
fn place_every_paragraph(from: &Document, to: &Document) -> Vec<String> {
    let placer = plenary::store::Placer::new(to);
    (0..from.paragraphs.len())
        .map(|i| {
            let anchor = plenary::store::Anchor::paragraph(from, i).unwrap();
            format!(
                "{} -> {}",
                anchor.reference,
                placer.place(&anchor).describe(to)
            )
        })
        .collect()
}

fn parse_corpus(relative: &str) -> Option<Document> {
    let path = common::corpus_file(relative)?;
    Some(plenary::parse::parse_file(&path).unwrap())
}

#[test]
fn every_paragraph_of_75_32_in_74_28_and_back() {
    let (Some(en75), Some(en74)) = (
        parse_corpus("akn/ga/75/en/75_32_E.xml"),
        parse_corpus("akn/ga/74/en/74_28.xml"),
    ) else {
        return;
    };
    let placed = place_every_paragraph(&en75, &en74);
    assert_eq!(placed.len(), 27);
    let not_attached: Vec<&str> = placed
        .iter()
        .map(String::as_str)
        .filter(|l| !l.ends_with("-> attached"))
        .collect();
    // PP16 (the Open-ended Working Group's "productive, useful and ongoing discussions"),
    // OP5 (the pandemic) and OP6 (considering the outcomes) are new in 2020.
    assert_eq!(
        not_attached,
        vec![
            "PP16 -> orphaned",
            "OP5 -> orphaned",
            "OP6 -> orphaned",
            "OP7 -> moved (was OP7, now OP5)"
        ]
    );

    // The same in Chinese, from 2019 to 2020: everything is found, 74/28's OP5 as 75/32's OP7.
    let (Some(zh74), Some(zh75)) = (
        parse_corpus("akn/ga/74/zh/74_28_C.xml"),
        parse_corpus("akn/ga/75/zh/75_32_C.xml"),
    ) else {
        return;
    };
    let placed = place_every_paragraph(&zh74, &zh75);
    let not_attached: Vec<&str> = placed
        .iter()
        .map(String::as_str)
        .filter(|l| !l.ends_with("-> attached"))
        .collect();
    assert_eq!(placed.len(), 24);
    assert_eq!(not_attached, vec!["OP5 -> moved (was OP5, now OP7)"]);
}

#[test]
fn notes_on_a_draft_attach_to_the_adopted_resolution() {
    // The draft as raw PDF text, the adopted text as Akoma Ntoso: the same 45 paragraphs.
    let Some(draft) = parse_corpus("text/A_C.3_78_L.41-en.pdftext.txt") else {
        return;
    };
    let Some(adopted) = common::corpus_file_starting("akn/ga/78/en", "A_RES_78_220")
        .map(|p| plenary::parse::parse_file(&p).unwrap())
    else {
        return;
    };
    let placed = place_every_paragraph(&draft, &adopted);
    assert_eq!(placed.len(), 45);
    let attached = placed.iter().filter(|l| l.ends_with("-> attached")).count();
    assert_eq!(attached, 45, "{placed:#?}");
}

#[test]
fn notes_on_the_chinese_text_export_are_found_in_the_chinese_xml() {
    let (Some(seed), Some(xml)) = (
        parse_corpus("text/A_RES_75_32-zh.seed.md"),
        parse_corpus("akn/ga/75/zh/75_32_C.xml"),
    ) else {
        return;
    };
    // Same symbol and language: the same notes file, whichever file is opened.
    assert_eq!(DocumentKey::of(&seed), DocumentKey::of(&xml));
    let dir = tempfile::tempdir().unwrap();
    let store = NoteStore::new(dir.path());
    let mut notes = store.open(&seed, None).unwrap();
    for i in 0..seed.paragraphs.len() {
        notes.add(NewNote::on_paragraph(&seed, i).unwrap()).unwrap();
    }
    let opened = store.open(&xml, None).unwrap();
    assert_eq!(opened.notes().len(), 27);
    let statuses: BTreeSet<&str> = opened
        .placements(&xml)
        .iter()
        .map(|p| p.status.name())
        .collect();
    assert_eq!(statuses, BTreeSet::from(["attached"]));
}

#[test]
fn notes_on_one_language_version_go_to_the_same_paragraph_of_another() {
    let dir = tempfile::tempdir().unwrap();
    let store = NoteStore::new(dir.path());
    let english = res_75_32();
    let mut notes = store.open(&english, None).unwrap();
    // A note on a few words of OP3, and one on the whole of OP5.
    let op3 = english.find_ref("OP3").unwrap();
    let words = english.paragraphs[op3].text.find("productive").unwrap();
    let mut on_words = note_on(&english, "OP3", "a");
    on_words.anchor.quote = plenary::store::TextQuote::of_range(
        &english.paragraphs[op3].text,
        words..words + "productive".len(),
    );
    notes.add(on_words).unwrap();
    notes.add(note_on(&english, "OP5", "b")).unwrap();

    let mut french = resolution(
        "A/RES/75/32",
        &[
            ("PP1", "Rappelant ses résolutions 53/70 du 4 décembre 1998,"),
            ("OP1", "Demande aux États Membres :"),
            (
                "OP3",
                "Se félicite des travaux productifs du Groupe d'experts gouvernementaux ;",
            ),
            (
                "OP5",
                "Prend note des interruptions du calendrier des réunions ;",
            ),
        ],
    );
    french.meta.language = Some(Language::Fr);
    french.meta.title = Some("Favoriser le comportement responsable des États".into());
    let related = store.related(&french).unwrap();
    assert_eq!(related.len(), 1, "the English notes are offered in French");
    assert!(plenary::store::is_translation(related[0].info(), &french));

    let mut carried = store.open(&french, None).unwrap();
    let copies = carried
        .carry_over(related[0].info(), related[0].notes(), &french)
        .unwrap();
    let placed: Vec<(String, String)> = copies
        .iter()
        .map(|(note, placement)| (note.anchor.reference.clone(), placement.describe(&french)))
        .collect();
    assert_eq!(
        placed,
        vec![
            ("OP3".to_string(), "attached".to_string()),
            ("OP5".to_string(), "attached".to_string())
        ]
    );
    // The copies quote the French paragraph, so they stay attached in French.
    let reopened = store.open(&french, None).unwrap();
    for (note, placement) in reopened.notes().iter().zip(reopened.placements(&french)) {
        assert!(note.anchor.quote.exact.contains("ré") || note.anchor.quote.exact.contains("é"));
        assert_eq!(placement.status, plenary::store::AnchorStatus::Attached);
    }
    // Next year's French text gets this year's French notes as another edition, not the
    // English ones: another symbol in another language is neither.
    let mut next_year = french.clone();
    next_year.meta.symbol = Some("A/RES/76/19".into());
    let related = store.related(&next_year).unwrap();
    assert_eq!(related.len(), 1);
    assert_eq!(related[0].info().language, Some(Language::Fr));
    assert!(!plenary::store::is_translation(
        related[0].info(),
        &next_year
    ));
}

#[test]
fn a_file_emptied_to_a_bare_object_is_damaged_and_the_backup_restored() {
    for emptied in [
        "{}",
        "{\"version\": 1}",
        "{\"version\": 1, \"document\": {}}",
    ] {
        let dir = tempfile::tempdir().unwrap();
        let store = NoteStore::new(dir.path());
        let doc = res_75_32();
        let mut ids = Vec::new();
        for i in 1..=5 {
            // One instance per note, as five runs of the command line would be.
            let mut notes = store.open(&doc, None).unwrap();
            ids.push(
                notes
                    .add(note_on(&doc, "OP3", &format!("note {i}")))
                    .unwrap()
                    .id,
            );
        }
        let path = store.file_for(&DocumentKey::of(&doc));
        std::fs::write(&path, emptied).unwrap();

        let mut reopened = store.open(&doc, None).unwrap();
        let message = reopened.warnings().first().map(ToString::to_string);
        let message = message.unwrap_or_else(|| panic!("{emptied}: nothing said"));
        assert!(message.contains("damaged"), "{message}");
        assert!(
            message.contains("restored from the last good copy"),
            "{message}"
        );
        let held: Vec<&str> = reopened.notes().iter().map(|n| n.id.as_str()).collect();
        assert_eq!(held, ids[..4].to_vec(), "{emptied}");
        reopened.add(note_on(&doc, "OP5", "sixth")).unwrap();

        let last = store.open(&doc, None).unwrap();
        assert!(last.warnings().is_empty(), "{:?}", last.warnings());
        assert_eq!(last.notes().len(), 5, "{emptied}");
        let aside = files_named(dir.path(), ".damaged-");
        assert_eq!(aside.len(), 1);
        assert_eq!(std::fs::read_to_string(&aside[0]).unwrap(), emptied);
    }
}

/// Every note id found in any file of `dir`.
fn ids_anywhere(dir: &Path) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let Ok(value) = serde_json::from_slice::<serde_json::Value>(
            &std::fs::read(entry.path()).unwrap_or_default(),
        ) else {
            continue;
        };
        for note in value["notes"].as_array().into_iter().flatten() {
            if let Some(id) = note["id"].as_str() {
                ids.insert(id.to_string());
            }
        }
    }
    ids
}

#[test]
fn a_save_never_drops_a_backup_holding_notes_the_file_has_lost() {
    let dir = tempfile::tempdir().unwrap();
    let store = NoteStore::new(dir.path());
    let doc = res_75_32();
    let mut ids = Vec::new();
    for i in 1..=5 {
        let mut notes = store.open(&doc, None).unwrap();
        ids.push(
            notes
                .add(note_on(&doc, "OP3", &format!("note {i}")))
                .unwrap()
                .id,
        );
    }
    // Another program writes a well-formed file without the notes (a sync tool's conflict
    // copy, an editor): valid, so it is read as it is...
    let path = store.file_for(&DocumentKey::of(&doc));
    std::fs::write(&path, "{\"version\": 1, \"notes\": []}").unwrap();
    let mut fresh = store.open(&doc, None).unwrap();
    assert!(fresh.notes().is_empty());
    // ...but the next save keeps the backup that still holds the first four.
    fresh.add(note_on(&doc, "OP1", "after")).unwrap();
    fresh.add(note_on(&doc, "OP1", "and again")).unwrap();
    let found = ids_anywhere(dir.path());
    for id in &ids[..4] {
        assert!(found.contains(id), "{id} lost: {found:?}");
    }
    let said: Vec<String> = fresh.warnings().iter().map(ToString::to_string).collect();
    assert!(
        said.iter().any(|w| w.contains("kept as")),
        "the user is told where: {said:?}"
    );

    // Ordinary deletions record what went: no copies pile up.
    let before = std::fs::read_dir(dir.path()).unwrap().count();
    let mut notes = store.open(&doc, None).unwrap();
    let all: Vec<String> = notes.notes().iter().map(|n| n.id.clone()).collect();
    for id in all {
        let _ = notes.delete(&id).unwrap();
    }
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), before);
}

#[test]
fn damaged_copies_are_kept_for_the_newest_five_only() {
    let dir = tempfile::tempdir().unwrap();
    let store = NoteStore::new(dir.path());
    let doc = res_75_32();
    let mut notes = store.open(&doc, None).unwrap();
    notes.add(note_on(&doc, "OP1", "one")).unwrap();
    notes.add(note_on(&doc, "OP3", "two")).unwrap();
    let path = store.file_for(&DocumentKey::of(&doc));
    for i in 0..8 {
        std::fs::write(&path, format!("damage {i}")).unwrap();
        let reopened = store.open(&doc, None).unwrap();
        assert_eq!(reopened.notes().len(), 1, "{i}");
    }
    let aside = files_named(dir.path(), ".damaged-");
    assert_eq!(aside.len(), 5, "{aside:?}");
    let kept: BTreeSet<String> = aside
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let newest: BTreeSet<String> = (3..8).map(|i| format!("damage {i}")).collect();
    assert_eq!(kept, newest);
}
