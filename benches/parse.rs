//! Parsing speed: a whole session of Akoma Ntoso files, one typical resolution, the text
//! exports and PDFs (a 4-page resolution, and A/RES/80/110: 56 pages, 172 footnotes; the
//! target is under 300 ms). Files are read into memory first, so only parsing is measured.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use plenary::parse::{akoma_ntoso, decode, pdf, text};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

// The corpus location, shared with the tests.
#[path = "../tests/common/mod.rs"]
mod common;
use common::corpus;

/// The decoded text of every file with the extension directly inside each folder of `dir`.
fn read_all(dir: &Path, extension: &str) -> Vec<String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .flat_map(|p| {
            if p.is_dir() {
                std::fs::read_dir(&p)
                    .into_iter()
                    .flatten()
                    .flatten()
                    .map(|e| e.path())
                    .collect()
            } else {
                vec![p]
            }
        })
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| decode(&std::fs::read(p).ok()?).ok())
        .collect()
}

fn bytes(texts: &[String]) -> u64 {
    texts.iter().map(|t| t.len() as u64).sum()
}

fn akn_session(c: &mut Criterion) {
    let Some(root) = corpus() else {
        return;
    };
    let files = read_all(&root.join("akn/ga/75"), "xml");
    eprintln!("{} files, {} bytes", files.len(), bytes(&files));
    let mut group = c.benchmark_group("akn");
    group.throughput(Throughput::Bytes(bytes(&files)));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(30));
    group.bench_function("ga-75-all-languages", |b| {
        b.iter(|| {
            for f in &files {
                let _ = black_box(akoma_ntoso::parse(black_box(f)));
            }
        })
    });
    group.finish();
}

fn akn_one(c: &mut Criterion) {
    let Some(root) = corpus() else {
        return;
    };
    let Some(file) = std::fs::read(root.join("akn/ga/75/en/75_32_E.xml"))
        .ok()
        .and_then(|b| decode(&b).ok())
    else {
        eprintln!("skipping: 75_32_E.xml not found");
        return;
    };
    let mut group = c.benchmark_group("akn");
    group.throughput(Throughput::Bytes(file.len() as u64));
    group.bench_function("75_32_E", |b| {
        b.iter(|| akoma_ntoso::parse(black_box(&file)))
    });
    group.finish();
}

fn text_exports(c: &mut Criterion) {
    let Some(root) = corpus() else {
        return;
    };
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root.join("text"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    let mut group = c.benchmark_group("text");
    for path in paths {
        let Some(content) = std::fs::read(&path).ok().and_then(|b| decode(&b).ok()) else {
            continue;
        };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        group.throughput(Throughput::Bytes(content.len() as u64));
        group.bench_function(name, |b| b.iter(|| text::parse(black_box(&content))));
    }
    group.finish();
}

/// Hostile inputs: 97,500 italic words in one paragraph of a markdown export (390 KB; 11 s
/// when merging styles was quadratic).
fn hostile(c: &mut Criterion) {
    let content = format!(
        "75/1. Test\n\nThe General Assembly,\n\n1. {}\n",
        "*a* ".repeat(97_500)
    );
    let mut group = c.benchmark_group("hostile");
    group.throughput(Throughput::Bytes(content.len() as u64));
    group.bench_function("390 KB of *a*", |b| {
        b.iter(|| text::parse(black_box(&content)))
    });
    group.finish();
}

fn pdfs(c: &mut Criterion) {
    let Some(root) = corpus() else {
        return;
    };
    let mut group = c.benchmark_group("pdf");
    group.sample_size(10);
    for name in ["A_RES_80_12.pdf", "A_RES_80_110.pdf"] {
        let Ok(bytes) = std::fs::read(root.join("pdf/ga/80/en").join(name)) else {
            eprintln!("skipping: {name} not found");
            continue;
        };
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_function(name, |b| b.iter(|| pdf::parse(black_box(&bytes))));
        // "Show on page": one page drawn at the panel's scale (the last, fullest page of
        // notes in A/RES/80/110).
        group.bench_function(format!("{name} draw page 2"), |b| {
            b.iter(|| pdf::render_page(black_box(&bytes), 1, 2.0))
        });
    }
    group.finish();
}

/// A Word draft back from negotiation: 200 tracked changes and 50 comments, read before and
/// after its changes (target: under 100 ms); and the three published Word files.
fn word(c: &mut Criterion) {
    let mut group = c.benchmark_group("docx");
    group.sample_size(20);
    let draft = common::word::negotiated_draft(60, 200, 50);
    group.bench_function("200 changes, 50 comments", |b| {
        b.iter(|| plenary::parse::docx::parse(black_box(&draft)))
    });
    if let Some(root) = corpus() {
        for name in ["A_80_590.docx", "A_81_6SECT.13.docx"] {
            let Ok(bytes) = std::fs::read(root.join("docx").join(name)) else {
                continue;
            };
            group.bench_function(name, |b| {
                b.iter(|| plenary::parse::docx::parse(black_box(&bytes)))
            });
        }
    }
    group.finish();
}

criterion_group!(
    benches,
    akn_session,
    akn_one,
    text_exports,
    hostile,
    pdfs,
    word
);
criterion_main!(benches);
