//! The library at scale: the shared Akoma Ntoso corpus (about 3,600 files) copied F times
//! with rewritten symbols and sessions, so that copy k holds distinct resolutions (copy k
//! shifts General Assembly and Human Rights Council sessions by 100·k, `A/RES/75/32` ->
//! `A/RES/175/32`, and Security Council numbers by 10,000·k, `S/RES/2532 (2020)` ->
//! `S/RES/12532 (2020)`; titles and agenda items stay, so subject histories still form).
//!
//! For each factor, in a child process of its own (so that its peak memory is its own): first
//! index (open, add the folders, scan), re-open and first query, query latency over about
//! fifty varied searches (p50/p95, warm), `votes_of` and `history`, peak resident memory, and
//! the disk taken by the library's cache and by the corpus. Prints a Markdown table and
//! writes it to `target/scale.md`.
//!
//! ```text
//! PLENARY_SCALE=1,10,100 CARGO_TARGET_DIR=/tmp/target-scale nice -n 10 cargo bench --bench scale
//! ```
//!
//! - `PLENARY_SCALE`: the factors, comma-separated (default `1,10`).
//! - `PLENARY_SCALE_DIR`: where the copies are generated (default `plenary-scale` under the
//!   temporary folder); a complete copy is reused by the next run.
//! - `PLENARY_SCALE_KEEP=1`: keep each factor's library (its data folder, `data-F` in that
//!   folder) instead of a temporary one, and reuse it when it is there: the first index is
//!   then skipped, to time the rest again after a change that leaves the cache as it is.
//! - `PLENARY_SCALE_VERBOSE=1`: print each query's time on the first round.
//! - `PLENARY_SCALE_ANSWERS=FILE`: also write the answers (every query's hits, the votes, and
//!   the history of about 1,100 resolutions: all of them at 1×) to `FILE-F` for factor F, to
//!   check that a change made for speed leaves them as they were (`diff` two runs' files on
//!   one library: `PLENARY_SCALE_KEEP=1`; two indexes built apart may order equal scores
//!   differently).
//!
//! Copy 0 is the shared corpus itself (`../shared/corpus/akn`), never copied.

use plenary::document::{Language, ParagraphKind};
use plenary::library::{Library, SearchFilters};
use regex::{Captures, Regex};
use std::fmt::Write as _;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Set in a child process: the factor it measures.
const CHILD: &str = "PLENARY_SCALE_CHILD";
/// The line a child prints its figures on.
const RESULT: &str = "SCALE-RESULT ";
/// Written into a copy's folder once all of its files are (named after the version of the
/// rewriting, so that a change to it writes the copies anew).
const MARKER: &str = ".complete-2";
/// Session shift per copy (General Assembly, Human Rights Council).
const SESSION_SHIFT: u32 = 100;
/// Number shift per copy (Security Council resolutions, presidential statements, drafts).
const NUMBER_SHIFT: u32 = 10_000;

/// Targets at 100×.
const TARGET_QUERY_P95_MS: f64 = 50.0;
const TARGET_HISTORY_VOTES_MS: f64 = 200.0;
const TARGET_REOPEN_MS: f64 = 1000.0;

fn main() {
    let Some(akn) = corpus() else { return };
    if let Ok(factor) = std::env::var(CHILD) {
        let factor: usize = factor.parse().expect("a factor");
        let figures = measure(&akn, factor);
        println!("{RESULT}{}", serde_json::to_string(&figures).unwrap());
        return;
    }
    let factors: Vec<usize> = std::env::var("PLENARY_SCALE")
        .unwrap_or_else(|_| "1,10".into())
        .split(',')
        .filter_map(|f| f.trim().parse().ok())
        .filter(|&f| f >= 1)
        .collect();
    let max = factors.iter().copied().max().unwrap_or(1);
    let dir = scale_dir();
    let started = Instant::now();
    for k in 1..max {
        generate(&akn, &dir, k);
    }
    if max > 1 {
        eprintln!(
            "corpus: {} copies ready in {} ({:.0} s)",
            max - 1,
            dir.display(),
            started.elapsed().as_secs_f64()
        );
        check_copy(&dir);
    }

    let mut rows = Vec::new();
    for &factor in &factors {
        eprintln!("== {factor}× ==");
        let exe = std::env::current_exe().unwrap();
        let output = Command::new(exe)
            .env(CHILD, factor.to_string())
            .stdin(Stdio::null())
            .stderr(Stdio::inherit())
            .output()
            .expect("run the child");
        let stdout = String::from_utf8_lossy(&output.stdout);
        let Some(line) = stdout.lines().find_map(|l| l.strip_prefix(RESULT)) else {
            eprintln!("{factor}×: the child failed ({}):\n{stdout}", output.status);
            continue;
        };
        let figures: serde_json::Value = serde_json::from_str(line).unwrap();
        rows.push(figures);
    }
    let table = table(&rows);
    println!("{table}");
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/scale.md");
    if std::fs::create_dir_all(out.parent().unwrap()).is_ok()
        && std::fs::write(&out, &table).is_ok()
    {
        eprintln!("written to {}", out.display());
    }
}

/// `../shared/corpus/akn`, or None (with the reason printed).
fn corpus() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/akn");
    if dir.is_dir() {
        Some(dir.canonicalize().unwrap_or(dir))
    } else {
        eprintln!(
            "skipping: ../shared/corpus/akn not found (a fresh clone without the shared corpus)"
        );
        None
    }
}

fn scale_dir() -> PathBuf {
    std::env::var_os("PLENARY_SCALE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("plenary-scale"))
}

/// The folder of copy `k` (copy 0 is the corpus itself).
fn copy_dir(akn: &Path, dir: &Path, k: usize) -> PathBuf {
    if k == 0 {
        akn.to_path_buf()
    } else {
        dir.join(format!("copy-{k:03}"))
    }
}

// ---------------------------------------------------------------------------------------
// The synthetic corpus.

/// How copy `k` rewrites a file's text and its path.
struct Rewrite {
    /// Added to General Assembly and Human Rights Council session numbers.
    session: u32,
    /// Added to Security Council numbers.
    number: u32,
    rules: Rules,
}

/// The patterns, compiled once.
struct Rules {
    /// `A/RES/75/`, `A/75/`, `A/C.1/75/`, `A/HRC/RES/58/`, `A/HRC/58/`, `A/RES/S-32/`: the
    /// session.
    a_series: Regex,
    /// FRBR URIs of the Assembly and the Council: `/unga/2020-12-07/75-32/`.
    frbr_session: Regex,
    /// FRBR URIs of the Security Council: `/unsc/2020-01-10/2504-2020/` (a resolution) or
    /// `/unsc/2023-03-27/2023-212/` (a draft).
    frbr_council: Regex,
    /// `<session refersTo="#generalAssembly" value="75"`.
    session_value: Regex,
    /// Printed numbers and links' texts: `>75/32.`, `>74/28</a>`, `>S-32/1.`.
    printed: Regex,
    /// `S/RES/2504`.
    council_resolution: Regex,
    /// `S/PRST/2020/11`, `S/2023/212`.
    council_document: Regex,
    /// `2504 (2020)`, `2506(2020)`.
    council_number: Regex,
    /// File names: `75_32_E.xml`, `A_HRC_RES_58_10E.xml`.
    file_session: Regex,
    /// File names: `S_RES_2504 (2020)-2000407E.xml`, `S_2023_212-...`, `S_PRST_2020_11.xml`.
    file_council: Regex,
}

impl Rules {
    fn new() -> Rules {
        let re = |p: &str| Regex::new(p).unwrap();
        Rules {
            a_series: re(r"\bA/((?:RES/|C\.[1-6]/|HRC/RES/|HRC/)?(?:S-)?)(\d{1,3})/"),
            frbr_session: re(r"(/(?:unga|unga-hrc)/\d{4}-\d{2}-\d{2}/(?:S-)?)(\d{1,3})-"),
            frbr_council: re(r"(/unsc/\d{4}-\d{2}-\d{2}/)(\d+)-(\d+)"),
            session_value: re(r#"(<session\b[^>]*\bvalue=")(\d{1,3})""#),
            printed: re(r">(\s*(?:S-)?)(\d{1,3})/(\d)"),
            council_resolution: re(r"\bS/RES/(\d+)"),
            council_document: re(r"\bS/((?:PRST/)?)((?:19|20)\d\d)/(\d+)"),
            council_number: re(r"\b(\d{3,4})(\s?)\(((?:19|20)\d\d)\)"),
            file_session: re(r"^((?:A_HRC_RES_)?)(\d{1,3})_"),
            file_council: re(r"^S_(RES_|PRST_\d{4}_|\d{4}_)(\d+)"),
        }
    }
}

fn shifted(text: &str, by: u32) -> String {
    text.parse::<u32>()
        .map(|n| (n + by).to_string())
        .unwrap_or_else(|_| text.to_string())
}

fn is_year(text: &str) -> bool {
    text.len() == 4 && (text.starts_with("19") || text.starts_with("20"))
}

impl Rewrite {
    fn new(k: usize) -> Rewrite {
        let k = u32::try_from(k).unwrap();
        Rewrite {
            session: SESSION_SHIFT * k,
            number: NUMBER_SHIFT * k,
            rules: Rules::new(),
        }
    }

    fn text(&self, xml: &str) -> String {
        let (s, n, r) = (self.session, self.number, &self.rules);
        let xml = r.a_series.replace_all(xml, |c: &Captures| {
            format!("A/{}{}/", &c[1], shifted(&c[2], s))
        });
        let xml = r.frbr_session.replace_all(&xml, |c: &Captures| {
            format!("{}{}-", &c[1], shifted(&c[2], s))
        });
        let xml = r.frbr_council.replace_all(&xml, |c: &Captures| {
            if is_year(&c[3]) {
                format!("{}{}-{}", &c[1], shifted(&c[2], n), &c[3])
            } else {
                format!("{}{}-{}", &c[1], &c[2], shifted(&c[3], n))
            }
        });
        let xml = r.session_value.replace_all(&xml, |c: &Captures| {
            format!("{}{}\"", &c[1], shifted(&c[2], s))
        });
        let xml = r.printed.replace_all(&xml, |c: &Captures| {
            format!(">{}{}/{}", &c[1], shifted(&c[2], s), &c[3])
        });
        let xml = r
            .council_resolution
            .replace_all(&xml, |c: &Captures| format!("S/RES/{}", shifted(&c[1], n)));
        let xml = r.council_document.replace_all(&xml, |c: &Captures| {
            format!("S/{}{}/{}", &c[1], &c[2], shifted(&c[3], n))
        });
        let xml = r.council_number.replace_all(&xml, |c: &Captures| {
            format!("{}{}({})", shifted(&c[1], n), &c[2], &c[3])
        });
        xml.into_owned()
    }

    /// The file's path in the copy, relative to the copy's folder: the session folder
    /// (`ga/75/en` -> `ga/175/en`) and the file name.
    fn path(&self, relative: &Path) -> PathBuf {
        let parts: Vec<String> = relative
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        let mut out = PathBuf::new();
        let last = parts.len().saturating_sub(1);
        for (i, part) in parts.iter().enumerate() {
            let session_folder = i == 1 && matches!(parts[0].as_str(), "ga" | "hrc");
            if session_folder && part.bytes().all(|b| b.is_ascii_digit()) {
                out.push(shifted(part, self.session));
            } else if i == last {
                let r = &self.rules;
                let name = r.file_session.replace(part, |c: &Captures| {
                    format!("{}{}_", &c[1], shifted(&c[2], self.session))
                });
                let name = r.file_council.replace(&name, |c: &Captures| {
                    format!("S_{}{}", &c[1], shifted(&c[2], self.number))
                });
                out.push(name.as_ref());
            } else {
                out.push(part);
            }
        }
        out
    }
}

/// Every file under `dir`, relative to it.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                stack.push(path);
            } else if let Ok(relative) = path.strip_prefix(dir) {
                out.push(relative.to_path_buf());
            }
        }
    }
    out.sort();
    out
}

/// Writes copy `k` unless it is complete already: file by file, on every core.
fn generate(akn: &Path, dir: &Path, k: usize) {
    let target = copy_dir(akn, dir, k);
    if target.join(MARKER).is_file() {
        return;
    }
    let started = Instant::now();
    if target.exists() {
        std::fs::remove_dir_all(&target).unwrap();
    }
    let files = files_under(akn);
    let next = AtomicUsize::new(0);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                let rewrite = Rewrite::new(k);
                while let Some(relative) = files.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let bytes = std::fs::read(akn.join(relative)).unwrap();
                    // Files that are not UTF-8 are copied as they are (none are, today).
                    let out = match std::str::from_utf8(&bytes) {
                        Ok(text) => rewrite.text(text).into_bytes(),
                        Err(_) => bytes,
                    };
                    let to = target.join(rewrite.path(relative));
                    std::fs::create_dir_all(to.parent().unwrap()).unwrap();
                    std::fs::write(&to, out).unwrap();
                }
            });
        }
    });
    std::fs::write(target.join(MARKER), format!("{} files\n", files.len())).unwrap();
    eprintln!(
        "copy {k}: {} files in {:.1} s",
        files.len(),
        started.elapsed().as_secs_f64()
    );
}

/// A copy's files are other resolutions than the corpus's: checked on one file of each kind.
fn check_copy(dir: &Path) {
    let copy = dir.join("copy-001");
    for (file, symbol, session) in [
        ("ga/175/en/175_32_E.xml", "A/RES/175/32", 175),
        ("ga/175/zh/175_32_C.xml", "A/RES/175/32", 175),
        ("hrc/158/en/A_HRC_RES_158_10E.xml", "A/HRC/RES/158/10", 158),
        (
            "sc/2020/en/S_RES_12504 (2020)-2000407E.xml",
            "S/RES/12504 (2020)",
            2020,
        ),
    ] {
        let doc =
            plenary::parse::parse_file(&copy.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(doc.meta.symbol.as_deref(), Some(symbol), "{file}");
        assert_eq!(doc.meta.session, Some(session), "{file}");
    }
    eprintln!("copy 1 checked: A/RES/175/32, A/HRC/RES/158/10, S/RES/12504 (2020)");
}

// ---------------------------------------------------------------------------------------
// The measures, in a child process per factor.

/// Queries a delegate might type, with the filters they might set.
fn queries() -> Vec<(&'static str, SearchFilters)> {
    let any = SearchFilters::default;
    let lang = |l| SearchFilters {
        language: Some(l),
        ..SearchFilters::default()
    };
    let session = |s| SearchFilters {
        session: Some(s),
        ..SearchFilters::default()
    };
    let operative = SearchFilters {
        kinds: vec![ParagraphKind::Operative],
        ..SearchFilters::default()
    };
    let en_operative_75 = SearchFilters {
        language: Some(Language::En),
        session: Some(75),
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
        ("information and telecommunications", session(75)),
        ("cyberspace", en_operative_75.clone()),
        ("Secretary-General", en_operative_75),
        ("refugees", any()),
        ("\"Human Rights Council\"", lang(Language::En)),
        ("small island developing States", any()),
        ("Palestine refugees Near East", any()),
        ("decides to remain seized of the matter", any()),
        ("sanctions committee panel of experts", lang(Language::En)),
        ("landmines", any()),
        ("right to food", any()),
        ("75/32", any()),
        ("A/RES/74/28", any()),
        ("78/220", any()),
        ("S/RES/2532 (2020)", any()),
        ("A/HRC/RES/58/10", any()),
        ("175/32", any()),
        ("ceasefire COVID-19", any()),
        ("pandemic", session(75)),
        ("droits de l'homme", lang(Language::Fr)),
        ("developpement durable", lang(Language::Fr)),
        ("changements climatiques", any()),
        ("\"maintien de la paix\"", any()),
        ("resolucion derechos humanos", lang(Language::Es)),
        ("desarrollo sostenible", any()),
        ("cambio climático", lang(Language::Es)),
        ("устойчивое развитие", lang(Language::Ru)),
        ("права человека", any()),
        ("«международной безопасности»", lang(Language::Ru)),
        ("حقوق الإنسان", lang(Language::Ar)),
        ("التنمية المستدامة", any()),
        ("الأمين العام", any()),
        ("网络空间国家负责任行为", lang(Language::Zh)),
        ("可持续发展", any()),
        ("人权", lang(Language::Zh)),
        ("维持和平行动经费", any()),
        ("气候变化", operative),
        ("安全理事会", any()),
        ("秘书长", session(78)),
        ("the", any()),
        ("General Assembly", any()),
    ]
}

/// Times in milliseconds.
type Ms = f64;

fn since(started: Instant) -> Ms {
    ms(started.elapsed())
}

#[derive(serde::Serialize, serde::Deserialize, Default)]
struct Figures {
    factor: usize,
    files: usize,
    documents: usize,
    resolutions: usize,
    first_index_s: f64,
    reopen: Ms,
    reopen_open: Ms,
    reopen_first_query: Ms,
    query_p50: Ms,
    query_p95: Ms,
    query_max: Ms,
    query_slowest: String,
    cold_p95: Ms,
    /// The first question about votes after opening: it makes the library's table of
    /// votes (the window makes it ahead, on a thread of its own: `Library::warm_up`).
    votes_first: Ms,
    votes_china: Ms,
    votes_china_rows: usize,
    votes_france_75: Ms,
    votes_france_75_rows: usize,
    history: Ms,
    history_entries: usize,
    peak_rss_mb: f64,
    index_mb: f64,
    catalog_mb: f64,
    corpus_mb: f64,
}

fn measure(akn: &Path, factor: usize) -> Figures {
    let dir = scale_dir();
    let folders: Vec<PathBuf> = (0..factor).map(|k| copy_dir(akn, &dir, k)).collect();
    let temporary;
    let data: PathBuf = if std::env::var_os("PLENARY_SCALE_KEEP").is_some() {
        dir.join(format!("data-{factor}"))
    } else {
        temporary = tempfile::Builder::new()
            .prefix("plenary-scale-data-")
            .tempdir_in(std::env::temp_dir())
            .unwrap();
        temporary.path().to_path_buf()
    };
    let mut figures = Figures {
        factor,
        first_index_s: f64::NAN,
        ..Figures::default()
    };
    if data.join("library/cache/catalog.json").is_file() {
        eprintln!("  reusing the library in {}", data.display());
    } else {
        first_index(&data, &folders, &mut figures);
    }

    // Re-open, and the first query.
    let started = Instant::now();
    let library = Library::open(&data).unwrap();
    figures.reopen_open = since(started);
    assert!(!library.needs_scan(), "re-opened library wants a scan");
    let first = Instant::now();
    black_box(
        library
            .search("responsible State behaviour", &SearchFilters::default(), 20)
            .unwrap(),
    );
    figures.reopen_first_query = since(first);
    figures.reopen = since(started);
    let stats = library.stats();
    (figures.files, figures.documents, figures.resolutions) =
        (stats.files, stats.documents, stats.resolutions);
    eprintln!(
        "  re-open {} (open {}, first query {}); {} resolutions",
        show(figures.reopen),
        show(figures.reopen_open),
        show(figures.reopen_first_query),
        figures.resolutions
    );

    // Queries: a first (cold) round, then three warm ones.
    let queries = queries();
    let mut cold = Vec::new();
    let mut warm = Vec::new();
    let mut slowest = (0.0, "");
    for round in 0..4 {
        for (query, filters) in &queries {
            let started = Instant::now();
            let hits = library.search(query, filters, 20).unwrap();
            let took = since(started);
            if round == 0 {
                cold.push(took);
                if std::env::var_os("PLENARY_SCALE_VERBOSE").is_some() {
                    eprintln!("  {:>3} hits {:>22}  {query}", hits.len(), show(took));
                }
            } else {
                warm.push(took);
                if took > slowest.0 {
                    slowest = (took, query);
                }
            }
            black_box(hits);
        }
    }
    figures.query_p50 = percentile(&warm, 0.5);
    figures.query_p95 = percentile(&warm, 0.95);
    figures.cold_p95 = percentile(&cold, 0.95);
    (figures.query_max, figures.query_slowest) = (slowest.0, slowest.1.to_string());
    eprintln!(
        "  queries: p50 {}, p95 {} (first round p95 {}), slowest {} ({})",
        show(figures.query_p50),
        show(figures.query_p95),
        show(figures.cold_p95),
        show(figures.query_max),
        figures.query_slowest
    );

    // Votes and history: the first question about votes, then the median of five runs.
    let started = Instant::now();
    black_box(library.votes_of("Canada", None).unwrap());
    figures.votes_first = since(started);
    (figures.votes_china, figures.votes_china_rows) =
        median_of(5, || library.votes_of("China", None).unwrap().votes.len());
    (figures.votes_france_75, figures.votes_france_75_rows) = median_of(5, || {
        library.votes_of("France", Some(75)).unwrap().votes.len()
    });
    (figures.history, figures.history_entries) =
        median_of(5, || library.history("A/RES/75/32").unwrap().len());
    eprintln!(
        "  votes: first {}, China {} ({} rows), France 75 {} ({} rows), history 75/32 {} ({} entries)",
        show(figures.votes_first),
        show(figures.votes_china),
        figures.votes_china_rows,
        show(figures.votes_france_75),
        figures.votes_france_75_rows,
        show(figures.history),
        figures.history_entries
    );

    if let Some(file) = std::env::var_os("PLENARY_SCALE_ANSWERS") {
        let mut file = file;
        file.push(format!("-{factor}"));
        write_answers(&library, &queries, Path::new(&file));
    }

    figures.peak_rss_mb = peak_rss_kb() as f64 / 1024.0;
    figures.index_mb = size_of(&data.join("library/cache/index")) as f64 / 1e6;
    // The catalog and its files' facts, kept beside it.
    let cache = data.join("library/cache");
    figures.catalog_mb = (size_of(&cache.join("catalog.json"))
        + size_of(&cache.join("catalog-facts.json"))) as f64
        / 1e6;
    figures.corpus_mb = folders.iter().map(|f| size_of(f)).sum::<u64>() as f64 / 1e6;
    eprintln!(
        "  {}; index {:.0} MB, catalog {:.0} MB, corpus {:.0} MB",
        memory(),
        figures.index_mb,
        figures.catalog_mb,
        figures.corpus_mb
    );
    drop(library);
    figures
}

/// `12.3 ms`.
fn show(took: Ms) -> String {
    format!("{took:.1} ms")
}

/// Writes what the library answers: each query's hits, two states' votes, and the history
/// of every resolution (its members' symbols), one line each.
fn write_answers(library: &Library, queries: &[(&str, SearchFilters)], file: &Path) {
    let started = Instant::now();
    let mut out = String::new();
    for (query, filters) in queries {
        let hits = library.search(query, filters, 20).unwrap();
        let _ = writeln!(out, "search {query:?} {filters:?}");
        for hit in hits {
            let _ = writeln!(
                out,
                "  {} {:?} {} {}",
                hit.symbol.as_deref().unwrap_or("-"),
                hit.language,
                hit.reference,
                hit.path.display()
            );
        }
    }
    for (country, session) in [("China", None), ("France", Some(75)), ("Canada", None)] {
        let votes = library.votes_of(country, session).unwrap();
        let _ = writeln!(out, "votes {country} {session:?}: {}", votes.state);
        for vote in votes.votes {
            let _ = writeln!(out, "  {} {:?}", vote.symbol, vote.vote);
        }
    }
    let rows = library.list(
        &plenary::library::RowFilter::default(),
        plenary::library::Sort::default(),
    );
    // Every resolution's history at 1×; at F×, one resolution in F (the same share of each
    // copy), so that writing them takes about as long at every factor.
    let step = (rows.len() / 1100).max(1);
    for symbol in rows
        .iter()
        .filter_map(|r| r.symbol.as_deref())
        .step_by(step)
    {
        let line: Vec<String> = match library.history(symbol) {
            Ok(entries) => entries.into_iter().map(|e| e.symbol).collect(),
            Err(e) => vec![e.to_string()],
        };
        let _ = writeln!(out, "history {symbol}: {}", line.join(" "));
    }
    std::fs::write(file, out).unwrap();
    eprintln!(
        "  answers written to {} ({:.0} s)",
        file.display(),
        started.elapsed().as_secs_f64()
    );
}

/// Opens a new library, adds the folders and scans them.
fn first_index(data: &Path, folders: &[PathBuf], figures: &mut Figures) {
    let started = Instant::now();
    let library = Library::open(data).unwrap();
    library.add_folders(folders).unwrap();
    let mut last = Instant::now();
    let report = library
        .scan(|p| {
            if last.elapsed() > Duration::from_secs(30) {
                last = Instant::now();
                eprintln!(
                    "  {:?} {}/{} ({:.0} s)",
                    p.phase,
                    p.done,
                    p.total,
                    started.elapsed().as_secs_f64()
                );
            }
        })
        .unwrap();
    figures.first_index_s = started.elapsed().as_secs_f64();
    eprintln!(
        "  first index: {} files ({} documents, {} unreadable) in {:.1} s; {}",
        report.files,
        report.documents,
        report.failed,
        figures.first_index_s,
        memory()
    );
    drop(library);
}

/// The median time of `n` runs, with the last run's answer.
fn median_of<T>(n: usize, mut run: impl FnMut() -> T) -> (Ms, T) {
    let mut times = Vec::new();
    let mut answer = None;
    for _ in 0..n {
        let started = Instant::now();
        answer = Some(black_box(run()));
        times.push(since(started));
    }
    (percentile(&times, 0.5), answer.unwrap())
}

/// The `p` percentile of the times.
fn percentile(times: &[Ms], p: f64) -> Ms {
    let mut sorted = times.to_vec();
    sorted.sort_by(f64::total_cmp);
    let last = sorted.len().saturating_sub(1);
    sorted
        .get(((last as f64) * p).round() as usize)
        .copied()
        .unwrap_or(0.0)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn status_kb(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

fn peak_rss_kb() -> u64 {
    status_kb("VmHWM:")
}

fn memory() -> String {
    format!(
        "peak RSS {:.0} MB, now {:.0} MB",
        peak_rss_kb() as f64 / 1024.0,
        status_kb("VmRSS:") as f64 / 1024.0
    )
}

/// Bytes of a file, or of every file under a folder.
fn size_of(path: &Path) -> u64 {
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return 0;
    };
    if !meta.is_dir() {
        return meta.len();
    }
    std::fs::read_dir(path)
        .map(|entries| entries.flatten().map(|e| size_of(&e.path())).sum())
        .unwrap_or(0)
}

// ---------------------------------------------------------------------------------------
// The table.

fn table(rows: &[serde_json::Value]) -> String {
    let mut out = String::new();
    let f = |row: &serde_json::Value, key: &str| row[key].as_f64().unwrap_or(f64::NAN);
    let u = |row: &serde_json::Value, key: &str| row[key].as_u64().unwrap_or(0);
    let t = |row: &serde_json::Value, key: &str| match f(row, key) {
        ms if ms < 10.0 => format!("{ms:.1}"),
        ms => format!("{ms:.0}"),
    };
    let _ = writeln!(
        out,
        "| factor | files | resolutions | first index | re-open, ms | query p50, ms | query p95, ms | first votes question, ms | votes China, ms | votes France 75, ms | history 75/32, ms | peak RSS | index + catalog | corpus |"
    );
    let _ = writeln!(
        out,
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    );
    for row in rows {
        let _ = writeln!(
            out,
            "| {}× | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} ({} entries) | {:.0} MB | {:.0} + {:.0} MB | {:.0} MB |",
            u(row, "factor"),
            u(row, "files"),
            u(row, "resolutions"),
            match f(row, "first_index_s") {
                s if s.is_nan() => "(reused)".to_string(),
                s => format!("{s:.0} s"),
            },
            t(row, "reopen"),
            t(row, "query_p50"),
            t(row, "query_p95"),
            t(row, "votes_first"),
            t(row, "votes_china"),
            t(row, "votes_france_75"),
            t(row, "history"),
            u(row, "history_entries"),
            f(row, "peak_rss_mb"),
            f(row, "index_mb"),
            f(row, "catalog_mb"),
            f(row, "corpus_mb"),
        );
    }
    let _ = writeln!(
        out,
        "| target at 100× | | | | < {TARGET_REOPEN_MS:.0} | | < {TARGET_QUERY_P95_MS:.0} | | < {TARGET_HISTORY_VOTES_MS:.0} | < {TARGET_HISTORY_VOTES_MS:.0} | < {TARGET_HISTORY_VOTES_MS:.0} | | | |"
    );
    out.push('\n');
    out.push_str(
        "Query p50/p95 are over three warm rounds of the 50 queries (the first round is not \
         counted); the first votes question makes the library's table of votes (the window \
         makes it ahead, on a thread of its own), then votes and history are the median of \
         five calls; re-open is `Library::open` and the first query, with the page cache \
         warm from the scan. Wall-clock times, on a machine other work may share.\n",
    );
    out
}
