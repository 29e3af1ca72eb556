//! `plenary library add|import|scan|remove|list|cited-by|votes|history` and `plenary search`:
//! the offline library from the command line.
//!
//! The library lives under `PLENARY_DATA_DIR` (else the platform's data folder). Progress and
//! warnings go to stderr; files that cannot be read are listed on stderr, never skipped in
//! silence. JSON field names are a contract (CLI.md): add, never rename.

use super::UserError;
use crate::document::{Body, Language, ParagraphKind, Vote};
use crate::library::{
    Citing, CountryVote, FileError, HistoryEntry, Library, LibraryError, Phase, Progress, Row,
    RowFilter, ScanReport, SearchFilters, SearchHit, Sort, SortKey, VoteRecord,
};
use crate::printable::{self, line};
use clap::{Args, Subcommand, ValueEnum};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::{Duration, Instant};

#[derive(Debug, Args)]
pub struct LibraryArgs {
    #[command(subcommand)]
    pub command: LibraryCommand,
}

#[derive(Debug, Subcommand)]
pub enum LibraryCommand {
    /// Add folders of resolution files to the library and scan them (progress on stderr).
    Add(DirsArgs),
    /// Copy files, or the resolution files under folders, into the library and scan them.
    Import(PathsArgs),
    /// Scan every library folder again (only new and changed files are read).
    Scan,
    /// Take folders out of the library (the files themselves are not touched).
    Remove(DirsArgs),
    /// The resolutions in the library, language versions together.
    List(ListArgs),
    /// The paragraphs that cite a document.
    CitedBy(CitedByArgs),
    /// How a member state voted on every resolution in the library adopted by a recorded vote.
    Votes(VotesArgs),
    /// The resolutions on the same subject across sessions, each compared with the one before.
    History(HistoryArgs),
}

#[derive(Debug, Args)]
pub struct VotesArgs {
    /// The state as the records name it, in any case (`Canada`, `CANADA`, `côte d'ivoire`),
    /// or a short form (`UK`, `Russia`).
    #[arg(required = true, value_name = "COUNTRY")]
    pub country: Vec<String>,
    /// Only this session (for the Security Council, the year).
    #[arg(long)]
    pub session: Option<u32>,
    /// Print JSON for scripts instead of text for people.
    #[arg(long, conflicts_with = "csv")]
    pub json: bool,
    /// Print CSV for a spreadsheet (one row per resolution, as the window exports it).
    #[arg(long)]
    pub csv: bool,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// A resolution in the library: `A/RES/75/32`, `S/RES/2532 (2020)`.
    pub symbol: String,
    /// Print JSON for scripts instead of text for people.
    #[arg(long)]
    pub json: bool,
    /// Seconds to spend on word-level changes of each comparison (as `plenary diff`).
    #[arg(long, value_name = "SECONDS", default_value_t = 10.0)]
    pub timeout: f64,
}

#[derive(Debug, Args)]
pub struct DirsArgs {
    /// Folders (their sub-folders are included).
    #[arg(required = true, value_name = "DIR")]
    pub dirs: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct PathsArgs {
    /// Files or folders to copy.
    #[arg(required = true, value_name = "FILE|DIR")]
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Print JSON for scripts instead of text for people.
    #[arg(long)]
    pub json: bool,
    /// Only resolutions with this language version (ar zh en fr ru es).
    #[arg(long, value_parser = parse_language)]
    pub lang: Option<Language>,
    /// Only this body: ga, sc, hrc, ecosoc.
    #[arg(long, value_parser = parse_body)]
    pub body: Option<Body>,
    /// Only this session (for the Security Council, the year).
    #[arg(long)]
    pub session: Option<u32>,
    /// Sort by this column.
    #[arg(long, value_enum, default_value = "symbol")]
    pub sort: SortArg,
    /// Reverse the order.
    #[arg(long)]
    pub descending: bool,
    /// Only resolutions whose symbol or title contains these words.
    #[arg(value_name = "WORDS")]
    pub filter: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SortArg {
    Symbol,
    Title,
    Adopted,
    Body,
    Session,
}

#[derive(Debug, Args)]
pub struct CitedByArgs {
    /// The cited document: `A/RES/74/28`, `S/RES/2532 (2020)`, or the short form a text
    /// cites it by (`74/28`).
    pub symbol: String,
    /// Print JSON for scripts instead of text for people.
    #[arg(long)]
    pub json: bool,
    /// Prefer this language version of each citing document (default: English).
    #[arg(long, value_parser = parse_language)]
    pub lang: Option<Language>,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Print JSON for scripts instead of text for people.
    #[arg(long)]
    pub json: bool,
    /// Only this language (ar zh en fr ru es).
    #[arg(long, value_parser = parse_language)]
    pub lang: Option<Language>,
    /// Only this paragraph kind; repeat for several.
    #[arg(long = "kind", value_enum)]
    pub kinds: Vec<KindArg>,
    /// Only this body: ga, sc, hrc, ecosoc.
    #[arg(long, value_parser = parse_body)]
    pub body: Option<Body>,
    /// Only this session (for the Security Council, the year).
    #[arg(long)]
    pub session: Option<u32>,
    /// At most this many results.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    /// Words, `"quoted phrases"`, or a symbol (`75/32`, `A/RES/75/32`, `S/RES/2532 (2020)`).
    #[arg(required = true, value_name = "QUERY")]
    pub query: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    Preambular,
    Operative,
    Subparagraph,
    Annex,
    Other,
}

impl From<KindArg> for ParagraphKind {
    fn from(kind: KindArg) -> Self {
        match kind {
            KindArg::Preambular => ParagraphKind::Preambular,
            KindArg::Operative => ParagraphKind::Operative,
            KindArg::Subparagraph => ParagraphKind::Subparagraph,
            KindArg::Annex => ParagraphKind::Annex,
            KindArg::Other => ParagraphKind::Other,
        }
    }
}

fn parse_language(code: &str) -> Result<Language, String> {
    Language::from_code(code)
        .ok_or_else(|| format!("unknown language {code:?} (one of ar, zh, en, fr, ru, es)"))
}

fn parse_body(name: &str) -> Result<Body, String> {
    match name.trim().to_ascii_lowercase().as_str() {
        "ga" | "general-assembly" => Ok(Body::GeneralAssembly),
        "sc" | "security-council" => Ok(Body::SecurityCouncil),
        "hrc" | "human-rights-council" => Ok(Body::HumanRightsCouncil),
        "ecosoc" | "economic-and-social-council" => Ok(Body::EconomicAndSocialCouncil),
        _ => Err(format!(
            "unknown body {name:?} (one of ga, sc, hrc, ecosoc)"
        )),
    }
}

pub fn run(args: &LibraryArgs) -> anyhow::Result<()> {
    let library = open()?;
    match &args.command {
        LibraryCommand::Add(a) => {
            library.add_folders(&a.dirs)?;
            scan(&library)
        }
        LibraryCommand::Import(a) => import(&library, a),
        LibraryCommand::Scan => scan(&library),
        LibraryCommand::Remove(a) => {
            for dir in &a.dirs {
                library.remove_folder(dir)?;
            }
            scan(&library)
        }
        LibraryCommand::List(a) => list(&library, a),
        LibraryCommand::CitedBy(a) => cited_by(&library, a),
        LibraryCommand::Votes(a) => votes(&library, a),
        LibraryCommand::History(a) => history(&library, a),
    }
}

/// `plenary search`.
pub fn run_search(args: &SearchArgs) -> anyhow::Result<()> {
    let library = open()?;
    ready(&library)?;
    let query = args.query.join(" ");
    let filters = SearchFilters {
        language: args.lang,
        body: args.body,
        session: args.session,
        kinds: args.kinds.iter().map(|&k| k.into()).collect(),
        preferred_language: args.lang,
    };
    let hits = answer(&library, || library.search(&query, &filters, args.limit))?;
    if library.stats().files == 0 {
        eprintln!("plenary: the library is empty; add folders with `plenary library add DIR`");
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.json {
        let rows: Vec<HitJson> = hits.iter().map(HitJson::from).collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&rows)?)?;
        return Ok(());
    }
    if hits.is_empty() {
        eprintln!("plenary: nothing found for {}", line(&format!("{query:?}")));
    }
    let bold = std::io::stdout().is_terminal();
    for hit in &hits {
        writeln!(
            out,
            "{} {} ({})  {:.2}",
            line(hit.symbol.as_deref().unwrap_or("(no symbol)")),
            line(&hit.reference),
            hit.language.map(Language::code).unwrap_or("?"),
            hit.score
        )?;
        writeln!(out, "  {}", marked(hit, bold))?;
        writeln!(out, "  {}", printable::path(&hit.path))?;
    }
    Ok(())
}

fn open() -> anyhow::Result<Library> {
    let library = Library::open_default()?;
    // A damaged cache is announced by the scan that rebuilds it (`ready`, `scan`), once.
    if !library.needs_scan() {
        warn(&library);
    }
    Ok(library)
}

fn warn(library: &Library) {
    for warning in library.take_warnings() {
        eprintln!("plenary: warning: {}", line(&warning));
    }
}

/// Rebuilds a missing or damaged cache before answering from it.
fn ready(library: &Library) -> anyhow::Result<()> {
    let has_sources = !library.folders().is_empty() || library.import_folder().is_dir();
    if library.needs_scan() && has_sources {
        eprintln!("plenary: updating the library first");
        let report = scan_when_free(library)?;
        warn(library);
        summary(&report);
    } else {
        warn(library);
    }
    Ok(())
}

/// Answers a query; when the query finds the index damaged, rebuilds it from the files
/// (saying so) and asks again.
fn answer<T>(library: &Library, query: impl Fn() -> Result<T, LibraryError>) -> anyhow::Result<T> {
    match query() {
        Err(LibraryError::Index { .. }) if library.needs_scan() => {
            ready(library)?;
            Ok(query()?)
        }
        result => Ok(result?),
    }
}

fn scan(library: &Library) -> anyhow::Result<()> {
    let report = scan_when_free(library)?;
    warn(library);
    summary(&report);
    report_errors(&library.errors());
    Ok(())
}

/// How long a scan waits for another Plenary's scan to end before giving up.
const WAIT_FOR_OTHER_SCAN: Duration = Duration::from_secs(600);

/// Scans, waiting first if another Plenary (a window, another script) is scanning this
/// library: two `library add` at once both end with their folder read.
fn scan_when_free(library: &Library) -> Result<ScanReport, LibraryError> {
    let started = Instant::now();
    let mut told = false;
    loop {
        match library.scan(progress_printer()) {
            Err(LibraryError::Busy(_)) if started.elapsed() < WAIT_FOR_OTHER_SCAN => {
                if !told {
                    eprintln!(
                        "plenary: waiting for another Plenary to finish updating the library"
                    );
                    told = true;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
            result => return result,
        }
    }
}

/// Prints progress on stderr: one updating line on a terminal, a few lines otherwise.
fn progress_printer() -> impl FnMut(&Progress) {
    let terminal = std::io::stderr().is_terminal();
    let mut last = Instant::now() - Duration::from_secs(1);
    let mut last_phase = None;
    move |p: &Progress| {
        let new_phase = last_phase != Some(p.phase);
        last_phase = Some(p.phase);
        let line = match p.phase {
            Phase::Listing => format!(
                "listing {}",
                p.current
                    .as_deref()
                    .map(printable::path)
                    .unwrap_or_default()
            ),
            Phase::Reading => format!(
                "reading {}/{} {}",
                p.done,
                p.total,
                p.current
                    .as_deref()
                    .map(printable::path)
                    .unwrap_or_default()
            ),
            Phase::Saving => "saving the index".to_string(),
        };
        if terminal {
            if new_phase || last.elapsed() >= Duration::from_millis(100) || p.done == p.total {
                last = Instant::now();
                let clipped: String = line.chars().take(110).collect();
                eprint!("\r\x1b[K{clipped}");
                if p.phase == Phase::Saving {
                    eprintln!();
                }
            }
        } else if new_phase || (p.phase == Phase::Reading && p.done.is_multiple_of(500)) {
            eprintln!("plenary: {line}");
        }
    }
}

fn summary(report: &ScanReport) {
    if let Some(reason) = &report.rebuilt {
        eprintln!(
            "plenary: rebuilt the library cache: {}",
            line(&reason.english())
        );
    }
    for folder in &report.missing_folders {
        eprintln!(
            "plenary: warning: folder not found; its documents are kept as they were: {}",
            printable::path(folder)
        );
    }
    eprintln!(
        "plenary: library: {} documents in {} files ({} read, {} unchanged, {} removed) in {:.1} s{}",
        report.documents,
        report.files,
        report.parsed,
        report.unchanged,
        report.removed,
        report.elapsed.as_secs_f64(),
        if report.cancelled {
            ", stopped early"
        } else {
            ""
        }
    );
}

fn report_errors(errors: &[FileError]) {
    if errors.is_empty() {
        return;
    }
    let noun = if errors.len() == 1 { "file" } else { "files" };
    eprintln!("plenary: {} {noun} cannot be read:", errors.len());
    for error in errors {
        eprintln!("  {}", line(&error.to_string()));
    }
}

fn import(library: &Library, args: &PathsArgs) -> anyhow::Result<()> {
    let report = library.import(&args.paths);
    for error in &report.errors {
        eprintln!(
            "plenary: cannot import: {}: {}",
            line(&error.message),
            printable::path(&error.path)
        );
    }
    eprintln!(
        "plenary: imported {} files ({} already there) into {}",
        report.copied.len(),
        report.already_there.len(),
        printable::path(&library.import_folder())
    );
    scan(library)?;
    if report.copied.is_empty() && report.already_there.is_empty() && !report.errors.is_empty() {
        return Err(UserError("nothing could be imported".into()).into());
    }
    Ok(())
}

/// One row of `library list --json`.
#[derive(Serialize)]
struct RowJson<'a> {
    symbol: Option<&'a str>,
    languages: Vec<&'static str>,
    title: Option<&'a str>,
    adopted: Option<&'a str>,
    /// Language code -> file; `und` for a file whose language is unknown.
    paths: BTreeMap<&'static str, String>,
    body: Option<&'static str>,
    session: Option<u32>,
    files: Vec<String>,
}

impl<'a> From<&'a Row> for RowJson<'a> {
    fn from(row: &'a Row) -> Self {
        let mut paths: BTreeMap<&'static str, String> = row
            .paths
            .iter()
            .map(|(lang, path)| (lang.code(), path.display().to_string()))
            .collect();
        if let Some(unknown) = row.files.iter().find(|f| f.language.is_none()) {
            paths
                .entry("und")
                .or_insert_with(|| unknown.path.display().to_string());
        }
        RowJson {
            symbol: row.symbol.as_deref(),
            languages: row.languages.iter().map(|l| l.code()).collect(),
            title: row.title.as_deref(),
            adopted: row.adopted.as_deref(),
            paths,
            body: row.body.map(body_code),
            session: row.session,
            files: row
                .files
                .iter()
                .map(|f| f.path.display().to_string())
                .collect(),
        }
    }
}

fn body_code(body: Body) -> &'static str {
    match body {
        Body::GeneralAssembly => "general-assembly",
        Body::SecurityCouncil => "security-council",
        Body::HumanRightsCouncil => "human-rights-council",
        Body::EconomicAndSocialCouncil => "economic-and-social-council",
    }
}

fn list(library: &Library, args: &ListArgs) -> anyhow::Result<()> {
    ready(library)?;
    let filter = RowFilter {
        text: args.filter.join(" "),
        language: args.lang,
        body: args.body,
        session: args.session,
    };
    let key = match args.sort {
        SortArg::Symbol => SortKey::Symbol,
        SortArg::Title => SortKey::Title,
        SortArg::Adopted => SortKey::Adopted,
        SortArg::Body => SortKey::Body,
        SortArg::Session => SortKey::Session,
    };
    let sort = Sort {
        key,
        descending: args.descending,
    };
    let rows = library.list(&filter, sort);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.json {
        let json: Vec<RowJson> = rows.iter().map(RowJson::from).collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?;
    } else {
        for row in &rows {
            let languages: Vec<&str> = row.languages.iter().map(|l| l.code()).collect();
            writeln!(
                out,
                "{:<22} {:<17} {:<10}  {}",
                line(row.symbol.as_deref().unwrap_or("(no symbol)")),
                languages.join(" "),
                line(row.adopted.as_deref().unwrap_or("-")),
                line(row.title.as_deref().unwrap_or(""))
            )?;
        }
        let stats = library.stats();
        writeln!(
            out,
            "{} resolutions shown; the library holds {} documents in {} files",
            rows.len(),
            stats.documents,
            stats.files
        )?;
        for folder in library.folders() {
            writeln!(out, "folder: {}", printable::path(&folder))?;
        }
    }
    report_errors(&library.errors());
    Ok(())
}

/// One row of `library cited-by --json`.
#[derive(Serialize)]
struct CitingJson<'a> {
    symbol: Option<&'a str>,
    language: Option<&'static str>,
    #[serde(rename = "ref")]
    reference: &'a str,
    path: String,
    /// The citing document's title.
    title: Option<&'a str>,
    /// The words around the citation in the citing paragraph.
    sentence: &'a str,
}

fn cited_by(library: &Library, args: &CitedByArgs) -> anyhow::Result<()> {
    if library.symbols_named(&args.symbol).is_empty() {
        return Err(UserError(format!(
            "not a UN document symbol (expected e.g. A/RES/74/28 or 74/28): {}",
            args.symbol
        ))
        .into());
    }
    ready(library)?;
    let citing: Vec<Citing> = answer(library, || {
        library.cited_by(&args.symbol, args.lang.or(Some(Language::En)))
    })?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.json {
        let json: Vec<CitingJson> = citing
            .iter()
            .map(|c| CitingJson {
                symbol: c.symbol.as_deref(),
                language: c.language.map(Language::code),
                reference: &c.reference,
                path: c.path.display().to_string(),
                title: c.title.as_deref(),
                sentence: &c.sentence,
            })
            .collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?;
        return Ok(());
    }
    if citing.is_empty() {
        eprintln!(
            "plenary: nothing in the library cites {}",
            line(args.symbol.trim())
        );
    }
    for c in &citing {
        writeln!(
            out,
            "{} {} ({})  {}",
            line(c.symbol.as_deref().unwrap_or("(no symbol)")),
            line(&c.reference),
            c.language.map(Language::code).unwrap_or("?"),
            printable::path(&c.path)
        )?;
        if let Some(title) = &c.title {
            writeln!(out, "    {}", line(title))?;
        }
        if !c.sentence.is_empty() {
            writeln!(out, "    {}", line(&c.sentence))?;
        }
    }
    Ok(())
}

/// One row of `library votes --json`.
#[derive(Serialize)]
struct CountryVoteJson<'a> {
    symbol: &'a str,
    adopted: Option<&'a str>,
    title: Option<&'a str>,
    /// `in_favour`, `against`, `abstaining`, or `absent`.
    vote: &'static str,
    session: Option<u32>,
    /// The vote most states cast, or null (no counts, or a tie).
    majority: Option<&'static str>,
}

impl<'a> From<&'a CountryVote> for CountryVoteJson<'a> {
    fn from(v: &'a CountryVote) -> Self {
        CountryVoteJson {
            symbol: &v.symbol,
            adopted: v.adopted.as_deref(),
            title: v.title.as_deref(),
            vote: v.vote.map_or("absent", Vote::name),
            session: v.session,
            majority: v.majority.map(Vote::name),
        }
    }
}

fn votes(library: &Library, args: &VotesArgs) -> anyhow::Result<()> {
    ready(library)?;
    let country = args.country.join(" ");
    let found = match library.votes_of(&country, args.session) {
        Err(LibraryError::UnknownState(name)) if library.stats().documents == 0 => {
            return Err(UserError(format!(
                "the library is empty; add folders with `plenary library add DIR` (asked for {})",
                line(&name)
            ))
            .into());
        }
        result => result?,
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.json {
        let json: Vec<CountryVoteJson> = found.votes.iter().map(CountryVoteJson::from).collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?;
        return Ok(());
    }
    if args.csv {
        out.write_all(found.to_csv(|_| true).as_bytes())?;
        return Ok(());
    }
    let name = line(&found.state).into_owned();
    if found.votes.is_empty() {
        let session = args
            .session
            .map(|s| format!(" in session {s}"))
            .unwrap_or_default();
        eprintln!("plenary: {name} cast no recorded vote in the library{session}");
        return Ok(());
    }
    writeln!(
        out,
        "{:<22} {:<10}  {:<10}  title",
        "symbol", "adopted", "vote"
    )?;
    for v in &found.votes {
        writeln!(
            out,
            "{:<22} {:<10}  {:<10}  {}",
            line(&v.symbol),
            line(v.adopted.as_deref().unwrap_or("-")),
            v.vote.map_or("absent", vote_word),
            line(v.title.as_deref().unwrap_or(""))
        )?;
    }
    let (with, cast) = found.with_majority();
    let absent = found.votes.len() - cast;
    let share = (with * 100 + cast / 2)
        .checked_div(cast)
        .map(|percent| format!(" ({percent}%)"))
        .unwrap_or_default();
    writeln!(
        out,
        "{name} voted with the majority in {with} of the {cast} votes it cast{share}; \
         absent from {absent} of {} recorded votes",
        found.votes.len()
    )?;
    Ok(())
}

/// A vote as the table shows it.
fn vote_word(vote: Vote) -> &'static str {
    match vote {
        Vote::InFavour => "in favour",
        Vote::Against => "against",
        Vote::Abstaining => "abstaining",
    }
}

/// One entry of `library history --json`.
#[derive(Serialize)]
struct HistoryJson<'a> {
    symbol: &'a str,
    adopted: Option<&'a str>,
    title: Option<&'a str>,
    votes: Option<VotesJson<'a>>,
    /// The comparison with the entry before (as `plenary diff --json`'s summary).
    diff: Option<crate::diff::Summary>,
    session: Option<u32>,
    /// The language the texts were compared in.
    diff_language: Option<&'static str>,
    /// Language code -> file.
    paths: BTreeMap<&'static str, String>,
}

/// How a resolution was adopted.
#[derive(Serialize)]
struct VotesJson<'a> {
    outcome: &'a str,
    in_favour: Option<u32>,
    against: Option<u32>,
    abstaining: Option<u32>,
}

impl<'a> From<&'a VoteRecord> for VotesJson<'a> {
    fn from(v: &'a VoteRecord) -> Self {
        VotesJson {
            outcome: &v.outcome,
            in_favour: v.count(Vote::InFavour),
            against: v.count(Vote::Against),
            abstaining: v.count(Vote::Abstaining),
        }
    }
}

impl<'a> From<&'a HistoryEntry> for HistoryJson<'a> {
    fn from(e: &'a HistoryEntry) -> Self {
        HistoryJson {
            symbol: &e.symbol,
            adopted: e.adopted.as_deref(),
            title: e.title.as_deref(),
            votes: e.votes.as_ref().map(VotesJson::from),
            diff: e.diff,
            session: e.session,
            diff_language: e.diff_language.map(Language::code),
            paths: e
                .paths
                .iter()
                .map(|(lang, path)| (lang.code(), path.display().to_string()))
                .collect(),
        }
    }
}

fn history(library: &Library, args: &HistoryArgs) -> anyhow::Result<()> {
    if crate::cite::canonical(&args.symbol).is_none() {
        return Err(UserError(format!(
            "not a UN document symbol (expected e.g. A/RES/75/32): {}",
            args.symbol
        ))
        .into());
    }
    ready(library)?;
    let mut entries = library.history(&args.symbol)?;
    let per_pair = Duration::try_from_secs_f64(args.timeout.max(0.0)).unwrap_or(Duration::MAX);
    crate::library::compare_history(&mut entries, per_pair);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.json {
        let json: Vec<HistoryJson> = entries.iter().map(HistoryJson::from).collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?;
        return Ok(());
    }
    writeln!(
        out,
        "{:<22} {:<10}  {:<14}  title",
        "symbol", "adopted", "votes"
    )?;
    for (i, e) in entries.iter().enumerate() {
        writeln!(
            out,
            "{:<22} {:<10}  {:<14}  {}",
            line(&e.symbol),
            line(e.adopted.as_deref().unwrap_or("-")),
            e.votes.as_ref().map_or("-".into(), votes_word),
            line(e.title.as_deref().unwrap_or(""))
        )?;
        if let (Some(diff), Some(before)) = (e.diff, i.checked_sub(1).map(|b| &entries[b])) {
            writeln!(
                out,
                "{:<22} since {}: {diff} ({} unchanged)",
                "",
                line(&before.symbol),
                diff.unchanged
            )?;
        }
    }
    Ok(())
}

/// How a resolution was adopted, in a word or a tally: `163–10–7`, `without vote`.
fn votes_word(v: &VoteRecord) -> String {
    match v.tally() {
        Some(tally) if v.is_recorded() => tally,
        _ => line(&v.outcome).into_owned(),
    }
}

/// One row of `search --json`.
#[derive(Serialize)]
struct HitJson<'a> {
    symbol: Option<&'a str>,
    language: Option<&'static str>,
    #[serde(rename = "ref")]
    reference: &'a str,
    snippet: &'a str,
    path: String,
    score: f32,
    /// `preambular`, `operative`, `subparagraph`, `other`.
    kind: &'static str,
    /// Byte ranges of the matches in `snippet` (UTF-8).
    highlights: Vec<[usize; 2]>,
    /// Whether the hit is the document the query names by symbol.
    by_symbol: bool,
}

impl<'a> From<&'a SearchHit> for HitJson<'a> {
    fn from(hit: &'a SearchHit) -> Self {
        HitJson {
            symbol: hit.symbol.as_deref(),
            language: hit.language.map(Language::code),
            reference: &hit.reference,
            snippet: &hit.snippet,
            path: hit.path.display().to_string(),
            score: (hit.score * 1000.0).round() / 1000.0,
            kind: hit.kind.name(),
            highlights: hit.highlights.iter().map(|r| [r.start, r.end]).collect(),
            by_symbol: hit.by_symbol,
        }
    }
}

/// The snippet with its matches in bold (on a terminal).
fn marked(hit: &SearchHit, bold: bool) -> String {
    if !bold {
        return line(&hit.snippet).into_owned();
    }
    // The snippet's own text escaped; only the bold this program adds reaches the terminal.
    hit.pieces()
        .into_iter()
        .map(|(text, matched)| {
            if matched {
                format!("\x1b[1m{}\x1b[0m", line(text))
            } else {
                line(text).into_owned()
            }
        })
        .collect()
}
