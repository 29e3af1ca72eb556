//! The library on the whole corpus (`akn` and `text`, about 3,600 files): first index,
//! re-scan with nothing changed, re-open, query latency (p50/p95 over realistic queries in
//! the six languages) and peak memory. One-off figures are printed; re-open and a few
//! queries also run under criterion.
//!
//! For comparison it also times the simplest hand-written alternative: every paragraph's
//! folded text in memory, scanned for each query word.

use criterion::{Criterion, criterion_group, criterion_main};
use plenary::document::{Language, ParagraphKind};
use plenary::library::{Library, SearchFilters};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

// The corpus location, shared with the tests.
#[path = "../tests/common/mod.rs"]
mod common;
use common::corpus;

/// Queries a delegate might type, with the filters they might set.
fn queries() -> Vec<(&'static str, SearchFilters)> {
    let any = SearchFilters::default;
    let lang = |l| SearchFilters {
        language: Some(l),
        ..SearchFilters::default()
    };
    let operative = SearchFilters {
        kinds: vec![ParagraphKind::Operative],
        ..SearchFilters::default()
    };
    vec![
        ("responsible State behaviour", any()),
        ("\"responsible State behaviour\"", lang(Language::En)),
        ("\"sustainable development\"", any()),
        ("climate change adaptation", lang(Language::En)),
        ("human rights defenders", any()),
        (
            "requests the Secretary-General to submit a report",
            operative.clone(),
        ),
        ("financing of peacekeeping operations", any()),
        ("nuclear disarmament verification", any()),
        ("women peace security", lang(Language::En)),
        ("75/32", any()),
        ("A/RES/74/28", any()),
        ("S/RES/2532 (2020)", any()),
        ("ceasefire COVID-19", any()),
        ("droits de l'homme", lang(Language::Fr)),
        ("developpement durable", lang(Language::Fr)),
        ("changements climatiques", any()),
        ("resolucion derechos humanos", lang(Language::Es)),
        ("desarrollo sostenible", any()),
        ("устойчивое развитие", lang(Language::Ru)),
        ("права человека", any()),
        ("«международной безопасности»", lang(Language::Ru)),
        ("حقوق الإنسان", lang(Language::Ar)),
        ("التنمية المستدامة", any()),
        ("网络空间国家负责任行为", lang(Language::Zh)),
        ("可持续发展", any()),
        ("人权", lang(Language::Zh)),
        ("维持和平行动经费", any()),
        ("气候变化", operative),
        ("安全理事会", any()),
        ("the", any()),
    ]
}

/// Peak and current resident memory, from `/proc/self/status` (Linux).
fn memory() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .map(|l| l.trim_start_matches(name).trim().to_string())
            .unwrap_or_else(|| "?".into())
    };
    format!(
        "peak RSS (VmHWM) {}, now (VmRSS) {}",
        field("VmHWM:"),
        field("VmRSS:")
    )
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let Some(last) = sorted.len().checked_sub(1) else {
        return Duration::ZERO;
    };
    sorted[((last as f64) * p).round() as usize]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn library(c: &mut Criterion) {
    let Some(root) = corpus() else { return };
    let data = tempfile::tempdir().unwrap();

    // First index.
    let started = Instant::now();
    let library = Library::open(data.path()).unwrap();
    library
        .add_folders(&[root.join("akn"), root.join("text")])
        .unwrap();
    let report = library.scan(|_| {}).unwrap();
    let first = started.elapsed();
    println!(
        "first index: {} files ({} documents, {} unreadable) in {:.1} s; {}",
        report.files,
        report.documents,
        report.failed,
        first.as_secs_f64(),
        memory()
    );
    let index_size: u64 = std::fs::read_dir(data.path().join("library/cache/index"))
        .unwrap()
        .flatten()
        .filter_map(|e| e.metadata().ok())
        .map(|m| m.len())
        .sum();
    let catalog_size = std::fs::metadata(data.path().join("library/cache/catalog.json"))
        .map(|m| m.len())
        .unwrap_or(0);
    println!(
        "cache on disk: index {:.1} MB, catalog {:.1} MB",
        index_size as f64 / 1e6,
        catalog_size as f64 / 1e6
    );

    // Re-scan with nothing changed.
    let started = Instant::now();
    let again = library.scan(|_| {}).unwrap();
    println!(
        "re-scan, nothing changed: {} read, {} unchanged in {:.0} ms",
        again.parsed,
        again.unchanged,
        ms(started.elapsed())
    );
    drop(library);

    // Re-open.
    let started = Instant::now();
    let library = Library::open(data.path()).unwrap();
    println!(
        "re-open: {:.0} ms ({} resolutions, {} documents)",
        ms(started.elapsed()),
        library.stats().resolutions,
        library.stats().documents
    );
    assert!(!library.needs_scan());

    // Query latency.
    let queries = queries();
    let mut samples = Vec::new();
    let mut slowest = (Duration::ZERO, "");
    for round in 0..20 {
        for (query, filters) in &queries {
            let started = Instant::now();
            let hits = library.search(query, filters, 20).unwrap();
            let took = started.elapsed();
            if round == 0 {
                println!("  {:>3} hits  {:>7.2} ms  {query}", hits.len(), ms(took));
            } else {
                samples.push(took);
                if took > slowest.0 {
                    slowest = (took, query);
                }
            }
            black_box(hits);
        }
    }
    samples.sort();
    println!(
        "query latency over {} runs of {} queries: p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms ({})",
        samples.len(),
        queries.len(),
        ms(percentile(&samples, 0.5)),
        ms(percentile(&samples, 0.95)),
        ms(slowest.0),
        slowest.1
    );
    let started = Instant::now();
    let citing = library.cited_by("A/RES/70/1", Some(Language::En)).unwrap();
    println!(
        "cited-by A/RES/70/1: {} paragraphs in {:.1} ms",
        citing.len(),
        ms(started.elapsed())
    );
    println!("after queries: {}", memory());

    baseline(&root, &queries);

    let mut group = c.benchmark_group("library");
    group.sample_size(20);
    group.bench_function("re-open", |b| {
        b.iter(|| black_box(Library::open(data.path()).unwrap()))
    });
    for (name, query, filters) in [
        (
            "phrase",
            "\"responsible State behaviour\"",
            SearchFilters::default(),
        ),
        (
            "chinese",
            "网络空间国家负责任行为",
            SearchFilters::default(),
        ),
        ("symbol", "75/32", SearchFilters::default()),
        ("common word", "the", SearchFilters::default()),
    ] {
        group.bench_function(format!("search {name}"), |b| {
            b.iter(|| black_box(library.search(query, &filters, 20).unwrap()))
        });
    }
    group.finish();
}

/// The hand-written alternative at its simplest: all paragraphs folded in memory, each query
/// word looked for in each paragraph (no ranking, no phrases, no Chinese pairs).
fn baseline(root: &Path, queries: &[(&str, SearchFilters)]) {
    let mut files = Vec::new();
    collect(&root.join("akn"), &mut files);
    collect(&root.join("text"), &mut files);
    let started = Instant::now();
    let mut texts: Vec<String> = Vec::new();
    for file in &files {
        if let Ok(doc) = plenary::parse::parse_file(file) {
            texts.extend(doc.paragraphs.iter().map(|p| fold(&p.text)));
        }
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    println!(
        "baseline (linear scan): {} paragraphs, {:.1} MB folded text, parsed in {:.1} s",
        texts.len(),
        bytes as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    let mut samples = Vec::new();
    for _ in 0..5 {
        for (query, _) in queries {
            let words: Vec<String> = fold(query).split_whitespace().map(str::to_string).collect();
            let started = Instant::now();
            let count = texts
                .iter()
                .filter(|t| words.iter().all(|w| t.contains(w.as_str())))
                .count();
            samples.push(started.elapsed());
            black_box(count);
        }
    }
    samples.sort();
    println!(
        "baseline query latency: p50 {:.2} ms, p95 {:.2} ms; {}",
        ms(percentile(&samples, 0.5)),
        ms(percentile(&samples, 0.95)),
        memory()
    );
}

fn fold(text: &str) -> String {
    plenary::library::terms(text)
        .into_iter()
        .map(|t| t.text)
        .collect::<Vec<_>>()
        .join(" ")
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else {
            out.push(path);
        }
    }
}

criterion_group!(benches, library);
criterion_main!(benches);
