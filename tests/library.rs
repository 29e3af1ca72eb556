//! The offline library on real UN documents: scanning, browsing, search in six languages,
//! citations both ways, incremental re-scans, damaged caches and unreadable files.
//!
//! Two shared libraries are built once per run (in the target's temp folder): the three
//! folders the issue names (`akn/ga/75/en`, `akn/ga/75/zh`, `akn/ga/74/en`), and the six
//! language versions of A/RES/75/32 with A/RES/74/28. Checks that change a library build
//! their own small one.

use plenary::document::{Body, Language, ParagraphKind};
use plenary::library::{
    HitTarget, Library, Phase, RowFilter, ScanReport, SearchFilters, SearchHit, Sort, SortKey,
};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

mod common;
use common::corpus;

/// A fresh folder under the target's temp folder (cleared first, so runs do not pile up).
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("library-api")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

struct Shared {
    library: Library,
    report: ScanReport,
}

/// The three folders of the issue, scanned once.
fn three_folders() -> Option<&'static Shared> {
    static SHARED: OnceLock<Option<Shared>> = OnceLock::new();
    SHARED
        .get_or_init(|| {
            let corpus = corpus()?;
            let data = scratch("three-folders");
            let library = Library::open(&data).unwrap();
            let dirs: Vec<PathBuf> = ["akn/ga/75/en", "akn/ga/75/zh", "akn/ga/74/en"]
                .iter()
                .map(|d| corpus.join(d))
                .collect();
            library.add_folders(&dirs).unwrap();
            let report = library.scan(|_| {}).unwrap();
            Some(Shared { library, report })
        })
        .as_ref()
}

/// A/RES/75/32 in its six languages (and the Chinese text export), A/RES/74/28 in English
/// and S/RES/2532 (2020) in English and Chinese, copied into a folder.
fn six_languages() -> Option<&'static Shared> {
    static SHARED: OnceLock<Option<Shared>> = OnceLock::new();
    SHARED
        .get_or_init(|| {
            let corpus = corpus()?;
            let root = scratch("six-languages");
            let folder = root.join("files");
            std::fs::create_dir_all(&folder).unwrap();
            for (lang, suffix) in [
                ("ar", "A"),
                ("zh", "C"),
                ("en", "E"),
                ("fr", "F"),
                ("ru", "R"),
                ("es", "S"),
            ] {
                let name = format!("75_32_{suffix}.xml");
                std::fs::copy(
                    corpus.join("akn/ga/75").join(lang).join(&name),
                    folder.join(&name),
                )
                .unwrap();
            }
            std::fs::copy(
                corpus.join("akn/ga/74/en/74_28.xml"),
                folder.join("74_28.xml"),
            )
            .unwrap();
            for sc in [
                "en/S_RES_2532 (2020)-2008831E.xml",
                "zh/S_RES_2532 (2020)-2008831C.xml",
            ] {
                let from = corpus.join("akn/sc/2020").join(sc);
                std::fs::copy(&from, folder.join(from.file_name().unwrap())).unwrap();
            }
            // The client's markdown export of the Chinese text: a second file for one version,
            // named to sort first.
            std::fs::copy(
                corpus.join("text/A_RES_75_32-zh.seed.md"),
                folder.join("0_A_RES_75_32-zh.seed.md"),
            )
            .unwrap();
            let library = Library::open(&root.join("data")).unwrap();
            library.add_folders(&[folder]).unwrap();
            let report = library.scan(|_| {}).unwrap();
            Some(Shared { library, report })
        })
        .as_ref()
}

fn search(library: &Library, query: &str, filters: SearchFilters) -> Vec<SearchHit> {
    library.search(query, &filters, 20).unwrap()
}

fn lang(language: Language) -> SearchFilters {
    SearchFilters {
        language: Some(language),
        ..SearchFilters::default()
    }
}

fn highlighted(hit: &SearchHit) -> Vec<&str> {
    hit.highlights
        .iter()
        .map(|r| hit.snippet.get(r.clone()).unwrap())
        .collect()
}

fn describe(hits: &[SearchHit]) -> String {
    hits.iter()
        .take(5)
        .map(|h| {
            format!(
                "{:?} {:?} {} {:.2}",
                h.symbol, h.language, h.reference, h.score
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn three_folders_scan_reads_every_file() {
    let Some(shared) = three_folders() else {
        return;
    };
    let report = &shared.report;
    assert!(report.files > 900, "{report:?}");
    assert_eq!(report.parsed, report.files, "a first scan reads everything");
    assert_eq!(report.failed, 0, "{:?}", shared.library.errors());
    assert!(report.rebuilt.is_none() && !report.cancelled);
    let stats = shared.library.stats();
    assert_eq!(stats.documents, report.documents);
    assert!(
        stats.resolutions < stats.documents,
        "language versions share rows: {stats:?}"
    );
}

#[test]
fn phrase_in_english_ranks_75_32_first() {
    let Some(shared) = three_folders() else {
        return;
    };
    for query in [
        "responsible State behaviour",
        "\"responsible State behaviour\"",
    ] {
        let hits = search(&shared.library, query, SearchFilters::default());
        let first = hits.first().unwrap();
        assert_eq!(
            first.symbol.as_deref(),
            Some("A/RES/75/32"),
            "{query}: {}",
            describe(&hits)
        );
        assert_eq!(first.language, Some(Language::En));
        assert_eq!(highlighted(first), vec!["responsible State behaviour"]);
        // Its predecessor says the same in its title; the later text comes first.
        assert_eq!(
            hits[1].symbol.as_deref(),
            Some("A/RES/74/28"),
            "{}",
            describe(&hits)
        );
        assert!(first.path.ends_with("75_32_E.xml"));
    }
}

#[test]
fn chinese_without_spaces_ranks_75_32_first() {
    let Some(shared) = three_folders() else {
        return;
    };
    let hits = search(
        &shared.library,
        "网络空间国家负责任行为",
        lang(Language::Zh),
    );
    let first = hits.first().unwrap();
    assert_eq!(
        first.symbol.as_deref(),
        Some("A/RES/75/32"),
        "{}",
        describe(&hits)
    );
    assert_eq!(first.language, Some(Language::Zh));
    assert_eq!(highlighted(first), vec!["网络空间国家负责任行为"]);
    assert!(hits.iter().all(|h| h.language == Some(Language::Zh)));
    // A shorter Chinese query finds paragraphs too, highlighted where they match.
    let hits = search(&shared.library, "信息安全", lang(Language::Zh));
    assert!(hits.len() > 1, "{}", describe(&hits));
    assert_eq!(highlighted(&hits[0]), vec!["信息安全"], "as written first");
    assert!(hits.iter().all(|h| !h.highlights.is_empty()));
}

#[test]
fn symbol_queries_put_the_document_first() {
    let Some(shared) = three_folders() else {
        return;
    };
    for query in [
        "75/32",
        "A/RES/75/32",
        "a/res/75/32",
        "А/RES/75/32",
        "resolution 75/32",
    ] {
        let hits = search(&shared.library, query, SearchFilters::default());
        let first = hits.first().unwrap();
        assert_eq!(
            first.symbol.as_deref(),
            Some("A/RES/75/32"),
            "{query}: {}",
            describe(&hits)
        );
        assert!(first.by_symbol && first.target == HitTarget::Title);
        // Both language versions, before any text hit.
        assert!(
            hits[1].by_symbol && hits[1].symbol.as_deref() == Some("A/RES/75/32"),
            "{query}"
        );
        assert!(
            hits.windows(2).all(|w| w[0].score >= w[1].score),
            "best first"
        );
    }
    // Then the paragraphs citing it, marked where they cite it.
    let hits = search(&shared.library, "A/RES/74/28", SearchFilters::default());
    assert!(hits[0].by_symbol && hits[0].symbol.as_deref() == Some("A/RES/74/28"));
    let citing = hits
        .iter()
        .find(|h| h.symbol.as_deref() == Some("A/RES/75/32"))
        .unwrap_or_else(|| panic!("{}", describe(&hits)));
    assert_eq!(citing.reference, "PP1");
    assert_eq!(highlighted(citing), vec!["74/28"]);
    let hits = search(&shared.library, "75/32", lang(Language::En));
    assert_eq!(hits[0].language, Some(Language::En));
    assert!(!hits[1].by_symbol, "one English version");
}

#[test]
fn cited_by_finds_the_citing_paragraph() {
    let Some(shared) = three_folders() else {
        return;
    };
    let citing = shared
        .library
        .cited_by("A/RES/74/28", Some(Language::En))
        .unwrap();
    let entry = citing
        .iter()
        .find(|c| c.symbol.as_deref() == Some("A/RES/75/32"))
        .unwrap_or_else(|| panic!("{citing:#?}"));
    assert_eq!(entry.reference, "PP1");
    assert_eq!(entry.language, Some(Language::En), "the caller's language");
    assert!(matches!(&entry.target, HitTarget::Paragraph { id, .. } if id == "pp1"));
    // One entry per citing document and paragraph, though 75/32 is there in two languages.
    let count = citing
        .iter()
        .filter(|c| c.symbol.as_deref() == Some("A/RES/75/32") && c.reference == "PP1")
        .count();
    assert_eq!(count, 1);
    let chinese = shared
        .library
        .cited_by("A/RES/74/28", Some(Language::Zh))
        .unwrap();
    let entry = chinese
        .iter()
        .find(|c| c.symbol.as_deref() == Some("A/RES/75/32"))
        .unwrap();
    assert_eq!(entry.language, Some(Language::Zh));
    // Nothing cites a document that does not exist; a non-symbol gives nothing.
    assert!(
        shared
            .library
            .cited_by("A/RES/12/3456", None)
            .unwrap()
            .is_empty()
    );
    assert!(shared.library.cited_by("hello", None).unwrap().is_empty());
}

#[test]
fn rows_join_language_versions_and_resolve_prefers_the_reader() {
    let Some(shared) = three_folders() else {
        return;
    };
    let library = &shared.library;
    let rows = library.list(
        &RowFilter {
            text: "75/32".into(),
            ..RowFilter::default()
        },
        Sort::default(),
    );
    assert_eq!(rows.len(), 1, "{rows:#?}");
    let row = &rows[0];
    assert_eq!(row.symbol.as_deref(), Some("A/RES/75/32"));
    assert_eq!(row.languages, vec![Language::Zh, Language::En]);
    assert!(row.paths[&Language::Zh].ends_with("75_32_C.xml"));
    assert_eq!(row.adopted.as_deref(), Some("2020-12-07"));
    assert_eq!(row.body, Some(Body::GeneralAssembly));
    assert_eq!(row.session, Some(75));

    let found = library.resolve("A/RES/75/32", Some(Language::Zh)).unwrap();
    assert!(found.path.ends_with("75_32_C.xml") && !found.is_other_language);
    let found = library.resolve("A/RES/74/28", Some(Language::Zh)).unwrap();
    assert_eq!(found.language, Some(Language::En));
    assert!(
        found.is_other_language,
        "no Chinese 74/28 here: English, flagged"
    );
    assert!(
        library
            .resolve("A/RES/73/266", Some(Language::En))
            .is_none()
    );

    // Filters and sorts.
    let session_74 = library.list(
        &RowFilter {
            session: Some(74),
            ..RowFilter::default()
        },
        Sort::by(SortKey::Adopted).descending(),
    );
    assert!(session_74.len() > 250);
    assert!(session_74.iter().all(|r| r.session == Some(74)));
    assert!(
        session_74
            .windows(2)
            .all(|w| w[0].adopted >= w[1].adopted || w[1].adopted.is_none())
    );
    let chinese = library.list(
        &RowFilter {
            language: Some(Language::Zh),
            ..RowFilter::default()
        },
        Sort::default(),
    );
    assert!(
        chinese
            .iter()
            .all(|r| r.session == Some(75) || r.languages.contains(&Language::Zh))
    );
    let by_symbol = library.list(&RowFilter::default(), Sort::default());
    let pos = |s: &str| {
        by_symbol
            .iter()
            .position(|r| r.symbol.as_deref() == Some(s))
            .unwrap()
    };
    assert!(pos("A/RES/75/4") < pos("A/RES/75/32") && pos("A/RES/75/32") < pos("A/RES/75/100"));
}

#[test]
fn filters_narrow_the_results() {
    let Some(shared) = three_folders() else {
        return;
    };
    let library = &shared.library;
    let operative = SearchFilters {
        kinds: vec![ParagraphKind::Operative],
        ..SearchFilters::default()
    };
    let hits = search(
        library,
        "information and communications technologies",
        operative,
    );
    assert!(!hits.is_empty());
    assert!(
        hits.iter().all(|h| h.kind == ParagraphKind::Operative),
        "{}",
        describe(&hits)
    );
    assert!(
        hits.iter().all(|h| h.reference.contains("OP")),
        "`OP6`, `B OP6` in part B"
    );

    let session = SearchFilters {
        session: Some(74),
        ..SearchFilters::default()
    };
    let hits = search(library, "cyberspace", session);
    assert!(!hits.is_empty());
    assert!(
        hits.iter()
            .all(|h| h.symbol.as_deref().unwrap().starts_with("A/RES/74/"))
    );

    let council = SearchFilters {
        body: Some(Body::SecurityCouncil),
        ..SearchFilters::default()
    };
    assert!(
        search(library, "cyberspace", council).is_empty(),
        "no Council texts here"
    );
    let assembly = SearchFilters {
        body: Some(Body::GeneralAssembly),
        ..SearchFilters::default()
    };
    assert!(!search(library, "cyberspace", assembly).is_empty());
    // Limits hold.
    assert_eq!(
        library
            .search("the", &SearchFilters::default(), 7)
            .unwrap()
            .len(),
        7
    );
    assert!(
        library
            .search("  ,;  ", &SearchFilters::default(), 7)
            .unwrap()
            .is_empty()
    );
}

#[test]
fn accents_case_and_look_alikes_are_folded() {
    let Some(shared) = six_languages() else {
        return;
    };
    let library = &shared.library;
    assert_eq!(shared.report.failed, 0, "{:?}", library.errors());
    let first = |query: &str, language: Language| {
        let hits = search(library, query, lang(language));
        assert!(!hits.is_empty(), "{query}");
        assert!(hits.iter().all(|h| h.language == Some(language)), "{query}");
        hits
    };
    // Spanish and French without accents.
    let hits = first("resolucion", Language::Es);
    assert!(
        highlighted(&hits[0]).contains(&"resolución"),
        "{:?}",
        highlighted(&hits[0])
    );
    let hits = first("comportamiento responsable de los Estados", Language::Es);
    assert_eq!(hits[0].reference, "title");
    let hits = first("etats cyberespace securite", Language::Fr);
    assert_eq!(hits[0].reference, "title");
    assert!(highlighted(&hits[0]).contains(&"États"));
    // Russian in capitals, and with Latin o typed for Cyrillic о.
    let upper = first("ОТВЕТСТВЕННОГО ПОВЕДЕНИЯ", Language::Ru);
    let mixed = first("ответственнoгo поведения", Language::Ru);
    assert_eq!(upper[0].reference, "title");
    assert_eq!(upper[0].path, mixed[0].path);
    // Arabic: vowel signs and the hamza under alef do not count.
    let hits = first("الفضاء الالكتروني", Language::Ar);
    assert_eq!(hits[0].reference, "title");
    let hits = first("الدُّوَل", Language::Ar);
    assert!(!hits.is_empty());
    // A symbol typed with Cyrillic letters.
    let hits = search(library, "А/RЕS/75/32", SearchFilters::default());
    assert_eq!(
        hits.iter().filter(|h| h.by_symbol).count(),
        6,
        "one per language, though Chinese has two files: {}",
        describe(&hits)
    );
    let chinese = hits
        .iter()
        .find(|h| h.by_symbol && h.language == Some(Language::Zh))
        .unwrap();
    assert!(
        chinese.path.ends_with("75_32_C.xml"),
        "the XML before the text export"
    );
    assert_eq!(
        library.list(&RowFilter::default(), Sort::default()).len(),
        3,
        "75/32, 74/28, S/RES/2532 (2020)"
    );
    // The reader's language first among the versions of the named document.
    let preferred = SearchFilters {
        preferred_language: Some(Language::Ru),
        ..SearchFilters::default()
    };
    assert_eq!(
        search(library, "75/32", preferred)[0].language,
        Some(Language::Ru)
    );
}

#[test]
fn security_council_symbols_with_and_without_the_year() {
    let Some(shared) = six_languages() else {
        return;
    };
    let library = &shared.library;
    for query in [
        "S/RES/2532 (2020)",
        "S/RES/2532",
        "s/res/2532(2020)",
        "2532 (2020)",
    ] {
        let hits = search(library, query, SearchFilters::default());
        assert_eq!(
            hits[0].symbol.as_deref(),
            Some("S/RES/2532 (2020)"),
            "{query}: {}",
            describe(&hits)
        );
        assert_eq!(hits.iter().filter(|h| h.by_symbol).count(), 2, "{query}");
    }
    let found = library.resolve("S/RES/2532", Some(Language::Fr)).unwrap();
    assert_eq!(found.symbol, "S/RES/2532 (2020)");
    assert!(found.is_other_language && found.language == Some(Language::En));
    let council = SearchFilters {
        body: Some(Body::SecurityCouncil),
        ..SearchFilters::default()
    };
    let hits = search(library, "COVID-19", council);
    assert!(!hits.is_empty());
    assert!(
        hits.iter()
            .all(|h| h.symbol.as_deref() == Some("S/RES/2532 (2020)"))
    );
}

#[test]
fn cited_by_prefers_the_xml_over_a_text_export() {
    let Some(shared) = six_languages() else {
        return;
    };
    let citing = shared
        .library
        .cited_by("A/RES/74/28", Some(Language::Zh))
        .unwrap();
    let pp1: Vec<_> = citing.iter().filter(|c| c.reference == "PP1").collect();
    assert_eq!(pp1.len(), 1, "{citing:#?}");
    assert_eq!(pp1[0].language, Some(Language::Zh));
    assert!(pp1[0].path.ends_with("75_32_C.xml"), "{:?}", pp1[0].path);
}

#[test]
fn phrases_must_appear_as_written() {
    let Some(shared) = six_languages() else {
        return;
    };
    let library = &shared.library;
    let english = lang(Language::En);
    assert!(!search(library, "\"responsible State behaviour\"", english.clone()).is_empty());
    assert!(search(library, "\"behaviour State responsible\"", english.clone()).is_empty());
    assert!(
        !search(library, "behaviour State responsible", english.clone()).is_empty(),
        "words in any order"
    );
    // A phrase in Russian guillemets, and one in Chinese.
    assert!(
        !search(
            library,
            "«ответственного поведения государств»",
            lang(Language::Ru)
        )
        .is_empty()
    );
    assert!(
        search(
            library,
            "«поведения ответственного государств»",
            lang(Language::Ru)
        )
        .is_empty()
    );
    assert!(!search(library, "\"国家负责任行为\"", lang(Language::Zh)).is_empty());
    assert!(search(library, "\"行为负责任国家\"", lang(Language::Zh)).is_empty());
}

/// A small library of copies, to change.
fn small_library(corpus: &Path, files: &[&str]) -> (tempfile::TempDir, PathBuf, Library) {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("docs");
    std::fs::create_dir_all(&folder).unwrap();
    for file in files {
        let from = corpus.join(file);
        std::fs::copy(&from, folder.join(from.file_name().unwrap())).unwrap();
    }
    let library = Library::open(&dir.path().join("data")).unwrap();
    library.add_folders(std::slice::from_ref(&folder)).unwrap();
    (dir, folder, library)
}

const SMALL: [&str; 3] = [
    "akn/ga/75/en/75_32_E.xml",
    "akn/ga/74/en/74_28.xml",
    "akn/ga/74/en/74_29.xml",
];

#[test]
fn rescan_reads_only_what_changed() {
    let Some(corpus) = corpus() else { return };
    let (dir, folder, library) = small_library(&corpus, &SMALL);
    let first = library.scan(|_| {}).unwrap();
    assert_eq!((first.parsed, first.unchanged), (3, 0));

    let again = library.scan(|_| {}).unwrap();
    assert_eq!(
        (again.parsed, again.unchanged, again.removed),
        (0, 3, 0),
        "nothing changed"
    );

    // Reopened from the cache: same answers, nothing to rebuild.
    drop(library);
    let library = Library::open(&dir.path().join("data")).unwrap();
    assert!(!library.needs_scan() && library.take_warnings().is_empty());
    assert_eq!(library.stats().documents, 3);
    assert_eq!(library.scan(|_| {}).unwrap().parsed, 0);

    // A changed file is read again, and search sees the change.
    let path = folder.join("75_32_E.xml");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("Advancing responsible State behaviour"));
    std::fs::write(
        &path,
        text.replace(
            "Advancing responsible State behaviour",
            "Fostering accountable State conduct",
        ),
    )
    .unwrap();
    let changed = library.scan(|_| {}).unwrap();
    assert_eq!((changed.parsed, changed.unchanged), (1, 2));
    let hits = search(
        &library,
        "accountable State conduct",
        SearchFilters::default(),
    );
    assert_eq!(hits[0].symbol.as_deref(), Some("A/RES/75/32"));
    let old = search(
        &library,
        "\"Advancing responsible State behaviour\"",
        SearchFilters::default(),
    );
    assert!(
        old.iter()
            .all(|h| h.symbol.as_deref() != Some("A/RES/75/32")),
        "{}",
        describe(&old)
    );

    // A deleted file leaves the library.
    std::fs::remove_file(folder.join("74_29.xml")).unwrap();
    let removed = library.scan(|_| {}).unwrap();
    assert_eq!((removed.parsed, removed.removed, removed.files), (0, 1, 2));
    assert!(library.resolve("A/RES/74/29", None).is_none());
}

#[test]
fn a_damaged_cache_is_rebuilt() {
    let Some(corpus) = corpus() else { return };
    let (dir, _folder, library) = small_library(&corpus, &SMALL);
    library.scan(|_| {}).unwrap();
    drop(library);
    let data = dir.path().join("data");
    let cache = data.join("library/cache");
    let catalog = cache.join("catalog.json");
    let index = cache.join("index");

    type Harm<'a> = Box<dyn Fn() + 'a>;
    let damage: Vec<(&str, Harm)> = vec![
        (
            "catalog truncated",
            Box::new(|| {
                let bytes = std::fs::read(&catalog).unwrap();
                std::fs::write(&catalog, &bytes[..bytes.len() / 2]).unwrap();
            }),
        ),
        (
            "catalog garbled",
            Box::new(|| std::fs::write(&catalog, b"\xff\xfe garbage \x00").unwrap()),
        ),
        (
            "catalog emptied",
            Box::new(|| std::fs::write(&catalog, b"").unwrap()),
        ),
        (
            "index metadata garbled",
            Box::new(|| std::fs::write(index.join("meta.json"), b"{\"segments\": [").unwrap()),
        ),
        (
            "index files truncated",
            Box::new(|| {
                for entry in std::fs::read_dir(&index).unwrap().flatten() {
                    let path = entry.path();
                    if path
                        .extension()
                        .is_some_and(|e| e == "idx" || e == "store" || e == "term")
                    {
                        let bytes = std::fs::read(&path).unwrap();
                        std::fs::write(&path, &bytes[..bytes.len() / 3]).unwrap();
                    }
                }
            }),
        ),
        (
            "index files garbled",
            Box::new(|| {
                for entry in std::fs::read_dir(&index).unwrap().flatten() {
                    let path = entry.path();
                    if path.extension().is_some_and(|e| e == "pos" || e == "idx") {
                        let mut bytes = std::fs::read(&path).unwrap();
                        let middle = bytes.len() / 2;
                        for b in bytes.iter_mut().skip(middle.saturating_sub(8)).take(16) {
                            *b ^= 0x5a;
                        }
                        std::fs::write(&path, &bytes).unwrap();
                    }
                }
            }),
        ),
        (
            "index removed",
            Box::new(|| std::fs::remove_dir_all(&index).unwrap()),
        ),
    ];
    for (what, harm) in damage {
        harm();
        let library = Library::open(&data).unwrap_or_else(|e| panic!("{what}: {e}"));
        // Before the rebuild, queries answer something or fail cleanly.
        let _ = library.search("responsible State behaviour", &SearchFilters::default(), 20);
        let _ = library.cited_by("A/RES/74/28", None);
        let report = library
            .scan(|_| {})
            .unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(
            report.parsed, 3,
            "{what}: everything read again: {report:?}"
        );
        assert_eq!(report.documents, 3, "{what}");
        let hits = search(
            &library,
            "responsible State behaviour",
            SearchFilters::default(),
        );
        assert_eq!(hits[0].symbol.as_deref(), Some("A/RES/75/32"), "{what}");
        let citing = library.cited_by("A/RES/74/28", None).unwrap();
        assert_eq!(
            citing.len(),
            1,
            "{what}: no duplicates after the rebuild: {citing:#?}"
        );
        assert_eq!(
            library.folders().len(),
            1,
            "{what}: the folders are user data, kept"
        );
        // And the rebuilt cache is good as it is.
        drop(library);
        let reopened = Library::open(&data).unwrap();
        assert!(!reopened.needs_scan(), "{what}");
        assert_eq!(reopened.stats().documents, 3, "{what}");
    }
}

#[test]
fn unreadable_files_are_listed_with_their_error() {
    let Some(corpus) = corpus() else { return };
    let (_dir, folder, library) = small_library(
        &corpus,
        &["akn/ga/75/es/75_251_B_S.xml", "akn/ga/75/es/75_32_S.xml"],
    );
    std::fs::write(folder.join("empty.xml"), b"").unwrap();
    std::fs::write(folder.join("notes.txt"), "shopping list: milk, bread").unwrap();
    std::fs::write(folder.join("picture.png"), b"\x89PNG").unwrap();
    let report = library.scan(|_| {}).unwrap();
    assert_eq!(
        (report.files, report.documents, report.failed),
        (4, 1, 3),
        "{report:?}"
    );
    let errors = library.errors();
    let message = |name: &str| {
        errors
            .iter()
            .find(|e| e.path.file_name().unwrap() == name)
            .map(|e| e.message.clone())
            .unwrap_or_else(|| panic!("{name} not listed: {errors:#?}"))
    };
    assert!(
        message("75_251_B_S.xml").contains("malformed XML"),
        "{errors:#?}"
    );
    assert!(
        message("75_251_B_S.xml").contains("line 126"),
        "{errors:#?}"
    );
    assert!(message("empty.xml").contains("empty"));
    assert!(message("notes.txt").contains("not a resolution"));
    assert!(
        errors.iter().all(|e| e.path.extension().unwrap() != "png"),
        "not a resolution file type"
    );
    let shown = errors[0].to_string();
    assert!(shown.starts_with("cannot read: "), "{shown}");
    assert!(
        shown.ends_with(&errors[0].path.display().to_string()),
        "path last: {shown}"
    );
    // The good file is there.
    let rows = library.list(&RowFilter::default(), Sort::default());
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].languages, vec![Language::Es]);
    // Fixing the file brings it in.
    std::fs::copy(
        corpus.join("akn/ga/75/es/75_251_S.xml"),
        folder.join("75_251_B_S.xml"),
    )
    .unwrap();
    let fixed = library.scan(|_| {}).unwrap();
    assert_eq!((fixed.parsed, fixed.failed), (1, 2));
}

#[test]
fn scans_run_on_a_worker_with_progress_and_can_stop() {
    let Some(corpus) = corpus() else { return };
    let (_dir, _folder, library) = small_library(&corpus, &SMALL);
    let mut scan = library.start_scan_with(|| {});
    let mut seen = Vec::new();
    let report = loop {
        if let Some(p) = scan.try_recv() {
            seen.push(p);
        }
        if let Some(result) = scan.finished() {
            break result.as_ref().unwrap().clone();
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    };
    assert_eq!(report.parsed, 3);
    assert!(scan.progress().is_some());
    let last = scan.progress().unwrap();
    assert_eq!(last.phase, Phase::Saving);
    assert_eq!(last.done, 3);
    assert_eq!(library.stats().documents, 3, "swapped in when done");

    // A scan cancelled before it starts reading keeps the library as it was.
    let other = small_library(&corpus, &SMALL);
    let scan = other.2.start_scan();
    scan.cancel();
    let report = scan.wait().unwrap();
    assert!(report.parsed <= 3);
    assert_eq!(report.cancelled, report.parsed < 3);
    let finished = other.2.scan(|_| {}).unwrap();
    assert_eq!(
        finished.parsed + report.parsed,
        3,
        "the rest is read next time"
    );
}

#[test]
fn removing_a_folder_hides_it_and_import_copies_files() {
    let Some(corpus) = corpus() else { return };
    let (dir, folder, library) = small_library(&corpus, &SMALL);
    library.scan(|_| {}).unwrap();
    library.remove_folder(&folder).unwrap();
    assert!(
        library
            .list(&RowFilter::default(), Sort::default())
            .is_empty(),
        "hidden at once"
    );
    assert!(search(&library, "cyberspace", SearchFilters::default()).is_empty());
    assert!(
        library.remove_folder(&folder).is_err(),
        "not a library folder any more"
    );
    let report = library.scan(|_| {}).unwrap();
    assert_eq!((report.removed, report.files), (3, 0));

    let imported = library.import(&[
        folder.join("74_28.xml"),
        corpus.join("akn/ga/75/zh/75_32_C.xml"),
    ]);
    assert_eq!(imported.copied.len(), 2, "{imported:?}");
    assert!(
        imported
            .copied
            .iter()
            .all(|p| p.starts_with(dir.path().join("data")))
    );
    let again = library.import(&[folder.join("74_28.xml")]);
    assert_eq!(again.already_there.len(), 1);
    let missing = library.import(&[dir.path().join("nope.xml")]);
    assert_eq!(missing.errors.len(), 1);
    let report = library.scan(|_| {}).unwrap();
    assert_eq!(report.documents, 2);
    assert!(library.resolve("A/RES/75/32", Some(Language::Zh)).is_some());
    assert!(folder.join("74_28.xml").exists(), "the originals stay");
}

#[test]
fn another_process_scan_is_picked_up_by_refresh() {
    let Some(corpus) = corpus() else { return };
    let (dir, _folder, window) = small_library(&corpus, &SMALL);
    assert!(window.needs_scan());
    assert!(!window.refresh().unwrap());
    let command_line = Library::open(&dir.path().join("data")).unwrap();
    command_line.scan(|_| {}).unwrap();
    assert_eq!(window.stats().documents, 0);
    assert!(window.refresh().unwrap());
    assert_eq!(window.stats().documents, 3);
    assert!(!window.refresh().unwrap(), "nothing new");
}

#[test]
fn a_missing_folder_keeps_its_documents() {
    let Some(corpus) = corpus() else { return };
    let (dir, folder, library) = small_library(&corpus, &SMALL);
    library.scan(|_| {}).unwrap();
    let moved = dir.path().join("unplugged");
    std::fs::rename(&folder, &moved).unwrap();
    let report = library.scan(|_| {}).unwrap();
    assert_eq!(report.missing_folders.len(), 1);
    assert_eq!(
        (report.removed, report.documents),
        (0, 3),
        "kept while the stick is out"
    );
    assert!(library.add_folders(&[dir.path().join("nowhere")]).is_err());
}

/// A library of small hand-made resolutions (75/1 to 75/3), scanned once; with its folders.
fn hand_made_library() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    for (number, title) in [(1, "Alpha"), (2, "Beta"), (3, "Gamma")] {
        std::fs::write(
            docs.join(format!("75_{number}.md")),
            common::small_resolution(number, title),
        )
        .unwrap();
    }
    let data = dir.path().join("data");
    let library = Library::open(&data).unwrap();
    library.add_folders(std::slice::from_ref(&docs)).unwrap();
    let report = library.scan(|_| {}).unwrap();
    assert_eq!(report.documents, 3, "{report:?}");
    (dir, data, docs)
}

#[cfg(unix)]
#[test]
fn folders_and_entries_that_cannot_be_read_are_listed_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let (docs, expected) = common::folder_with_odd_entries(dir.path());
    let library = Library::open(&dir.path().join("data")).unwrap();
    library.add_folders(std::slice::from_ref(&docs)).unwrap();
    // A scan that followed the loop, or opened the pipe, would never end.
    let mut scan = library.start_scan();
    let started = std::time::Instant::now();
    let report = loop {
        match scan.finished() {
            Some(Ok(report)) => break report.clone(),
            Some(Err(e)) => {
                common::unlock(&docs);
                panic!("{e}");
            }
            None => {}
        }
        if started.elapsed() > std::time::Duration::from_secs(60) {
            common::unlock(&docs);
            panic!("the scan was still running after a minute");
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    };
    common::unlock(&docs);
    let errors = library.errors();
    for (path, word) in &expected {
        let error = errors
            .iter()
            .find(|e| e.path == *path)
            .unwrap_or_else(|| panic!("{} is not listed: {errors:#?}", path.display()));
        assert!(
            error.message.contains(word),
            "{}: {:?} should say {word:?}",
            path.display(),
            error.message
        );
    }
    assert_eq!(report.failed, expected.len(), "{report:?} {errors:#?}");
    // The readable ones are all there, the linked folder's included.
    let symbols: Vec<String> = library
        .list(&RowFilter::default(), Sort::default())
        .into_iter()
        .filter_map(|r| r.symbol)
        .collect();
    for symbol in ["A/RES/75/1", "A/RES/75/2", "A/RES/75/3"] {
        assert!(symbols.iter().any(|s| s == symbol), "{symbol}: {symbols:?}");
    }
    assert!(
        library
            .resolve("A/RES/75/3", None)
            .is_some_and(|r| r.path == docs.join("linked/75_3.md")),
        "found through the link"
    );
}

#[cfg(unix)]
#[test]
fn a_sub_folder_that_cannot_be_listed_is_listed_and_keeps_what_was_read_from_it() {
    use std::os::unix::fs::PermissionsExt;
    if !common::permissions_are_enforced() {
        return;
    }
    let (_dir, data, docs) = hand_made_library();
    let sub = docs.join("sub");
    std::fs::create_dir(&sub).unwrap();
    std::fs::rename(docs.join("75_2.md"), sub.join("75_2.md")).unwrap();
    let library = Library::open(&data).unwrap();
    assert_eq!(library.scan(|_| {}).unwrap().documents, 3);

    std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o000)).unwrap();
    let report = library.scan(|_| {});
    let errors = library.errors();
    std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o755)).unwrap();
    let report = report.unwrap();
    assert_eq!((report.documents, report.removed), (3, 0), "{report:?}");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].path, sub);
    assert!(
        errors[0].message.contains("permission denied"),
        "{errors:#?}"
    );
    assert!(
        library.resolve("A/RES/75/2", None).is_some(),
        "kept as it was"
    );

    // Listed again once it can be: nothing to read, nothing listed.
    let report = library.scan(|_| {}).unwrap();
    assert_eq!((report.documents, report.parsed, report.failed), (3, 0, 0));
    assert!(library.errors().is_empty(), "{:#?}", library.errors());
}

#[test]
fn a_damaged_index_segment_is_found_at_open_and_rebuilt() {
    for (ext, harm) in [
        ("idx", common::garble as fn(&[PathBuf])),
        ("store", common::garble),
        ("term", common::garble),
        ("pos", common::garble),
        ("fast", common::garble),
        ("fieldnorm", common::garble),
    ] {
        let (_dir, data, _docs) = hand_made_library();
        harm(&common::index_files(&data, ext));
        let library = Library::open(&data).unwrap();
        assert!(library.needs_scan(), "{ext}: the damage is seen at once");
        let warnings = library.take_warnings();
        assert!(
            warnings.len() == 1 && warnings[0].contains("rebuilt"),
            "{ext}: said once: {warnings:?}"
        );
        let report = library.scan(|_| {}).unwrap();
        assert!(report.rebuilt.is_some(), "{ext}: {report:?}");
        assert_eq!((report.parsed, report.documents), (3, 3), "{ext}");
        let hits = search(&library, "guided", SearchFilters::default());
        assert_eq!(hits.len(), 3, "{ext}: {}", describe(&hits));
        assert_eq!(library.cited_by("A/RES/74/28", None).unwrap().len(), 3);
        drop(library);
        let reopened = Library::open(&data).unwrap();
        assert!(!reopened.needs_scan(), "{ext}: the rebuilt index is good");
        assert!(reopened.take_warnings().is_empty(), "{ext}");
    }
}

#[test]
fn damage_the_index_check_cannot_see_is_rebuilt_when_a_query_meets_it() {
    for ext in ["store", "idx"] {
        let (_dir, data, _docs) = hand_made_library();
        common::garble_keeping_checksums(&common::index_files(&data, ext));
        let library = Library::open(&data).unwrap();
        let _ = library.take_warnings();
        let failed = library.search("guided", &SearchFilters::default(), 20);
        assert!(failed.is_err(), "{ext}: {failed:?}");
        assert!(library.needs_scan(), "{ext}");
        let report = library.scan(|_| {}).unwrap();
        assert!(report.rebuilt.is_some(), "{ext}: {report:?}");
        assert_eq!(report.parsed, 3, "{ext}");
        let hits = search(&library, "guided", SearchFilters::default());
        assert_eq!(hits.len(), 3, "{ext}: {}", describe(&hits));
    }
}

#[test]
fn a_cache_made_by_the_previous_version_is_rebuilt_quietly() {
    let (_dir, data, _docs) = hand_made_library();
    common::make_cache_version(&data, 1);
    let library = Library::open(&data).unwrap();
    assert!(
        library.take_warnings().is_empty(),
        "an older cache is not damage"
    );
    assert!(
        library.needs_scan(),
        "its paragraph references are outdated"
    );
    let report = library.scan(|_| {}).unwrap();
    assert_eq!((report.parsed, report.documents), (3, 3), "{report:?}");
    assert_eq!(
        search(&library, "guided", SearchFilters::default()).len(),
        3
    );
    assert!(library.take_warnings().is_empty());
    drop(library);
    let reopened = Library::open(&data).unwrap();
    assert!(!reopened.needs_scan());
    assert_eq!(reopened.scan(|_| {}).unwrap().parsed, 0, "reused now");
}

/// A resolution in the library as its XML and as its PDF is one document: a phrase of it is
/// found once, in the XML.
#[test]
fn the_pdf_and_the_xml_of_one_resolution_are_one_document() {
    let Some(corpus) = corpus() else {
        return;
    };
    let root = scratch("pdf-and-xml");
    let folder = root.join("files");
    std::fs::create_dir_all(&folder).unwrap();
    let xml = std::fs::read_dir(corpus.join("akn/ga/78/en"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("A_RES_78_12-"))
        })
        .unwrap();
    std::fs::copy(&xml, folder.join("A_RES_78_12.xml")).unwrap();
    std::fs::copy(
        corpus.join("pdf/ga/78/en/A_RES_78_12.pdf"),
        folder.join("A_RES_78_12.pdf"),
    )
    .unwrap();
    let library = Library::open(&root.join("data")).unwrap();
    library.add_folders(&[folder]).unwrap();
    let report = library.scan(|_| {}).unwrap();
    assert_eq!(report.failed, 0, "{:?}", library.errors());
    let hits = search(
        &library,
        "World Duchenne Awareness Day",
        SearchFilters::default(),
    );
    let op1: Vec<&SearchHit> = hits.iter().filter(|h| h.reference == "OP1").collect();
    assert_eq!(op1.len(), 1, "{}", describe(&hits));
    assert_eq!(op1[0].symbol.as_deref(), Some("A/RES/78/12"));
    assert!(
        op1[0].path.ends_with("A_RES_78_12.xml"),
        "{:?}",
        op1[0].path
    );
    // One row in the browse table, which opens the XML and lists both files.
    let rows = library.list(
        &plenary::library::RowFilter::default(),
        plenary::library::Sort::default(),
    );
    let rows: Vec<_> = rows
        .iter()
        .filter(|r| r.symbol.as_deref() == Some("A/RES/78/12"))
        .collect();
    assert_eq!(rows.len(), 1);
    assert!(rows[0].paths[&Language::En].ends_with("A_RES_78_12.xml"));
    assert_eq!(rows[0].files.len(), 2);
}
