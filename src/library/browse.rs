//! The browse table: one row per resolution, its language versions together.

use super::analyze::fold_text;
use super::catalog::{DocInfo, FileEntry, Outcome};
use super::symbols::{key_of_canonical, natural_cmp, short_number};
use crate::document::{Body, Format, Language};
use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// A resolution in the library: every language version of one symbol.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Canonical symbol; None for a file that does not say (then the row is that file).
    pub symbol: Option<String>,
    /// The title in English when there is an English version, else in the first language.
    pub title: Option<String>,
    /// The title in each language that has one.
    pub titles: BTreeMap<Language, String>,
    /// ISO 8601 date (`2020-12-07`).
    pub adopted: Option<String>,
    pub body: Option<Body>,
    /// Session number; for the Security Council, the year.
    pub session: Option<u32>,
    /// The languages present, in the UN's order (`ar zh en fr ru es`).
    pub languages: Vec<Language>,
    /// The file to open for each language (Akoma Ntoso preferred over a PDF, a PDF over a
    /// text export).
    pub paths: BTreeMap<Language, PathBuf>,
    /// Every file of the row, including second copies and files of unknown language.
    pub files: Vec<RowFile>,
    pub is_draft: bool,
}

impl Row {
    /// The title in this language if there is one, else [`Row::title`].
    pub fn title_in(&self, language: Language) -> Option<&str> {
        self.titles
            .get(&language)
            .or(self.title.as_ref())
            .map(String::as_str)
    }

    /// The file to open for a reader of `language`: that version, else English, else the
    /// first; with whether it is another language.
    pub fn path_for(&self, language: Option<Language>) -> Option<(&Path, Option<Language>, bool)> {
        if let Some(wanted) = language
            && let Some(path) = self.paths.get(&wanted)
        {
            return Some((path, Some(wanted), false));
        }
        let fallback = self
            .paths
            .get_key_value(&Language::En)
            .or_else(|| self.paths.iter().next());
        if let Some((lang, path)) = fallback {
            return Some((path, Some(*lang), language.is_some()));
        }
        let file = self.files.first()?;
        Some((&file.path, file.language, language.is_some()))
    }
}

/// One file of a row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowFile {
    pub path: PathBuf,
    pub language: Option<Language>,
    pub format: Format,
}

/// Which rows to show. Empty fields do not filter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RowFilter {
    /// Words found in the symbol, a title (any language) or the short number (`75/32`);
    /// case, accents and look-alike letters do not matter.
    pub text: String,
    /// Only resolutions that have this language version.
    pub language: Option<Language>,
    pub body: Option<Body>,
    pub session: Option<u32>,
}

/// A column to sort by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortKey {
    /// Numbers inside compare as numbers (`75/4` before `75/32`).
    #[default]
    Symbol,
    Title,
    Adopted,
    Body,
    Session,
}

/// A sort order; rows missing the value come last either way.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Sort {
    pub key: SortKey,
    pub descending: bool,
}

impl Sort {
    /// Ascending by this column.
    pub fn by(key: SortKey) -> Sort {
        Sort {
            key,
            descending: false,
        }
    }

    /// The same column, descending.
    pub fn descending(self) -> Sort {
        Sort {
            descending: true,
            ..self
        }
    }
}

/// Builds the rows from the catalog's readable files (`files` are the visible ones), and
/// the row of each symbol's key ([`key_of_canonical`]) from the keys that grouped them.
pub(crate) fn build_rows<'a>(
    files: impl Iterator<Item = (&'a str, &'a FileEntry)>,
) -> (Vec<Row>, HashMap<String, usize>) {
    let mut groups: BTreeMap<String, Vec<(&'a str, &'a DocInfo)>> = BTreeMap::new();
    // Each symbol's key, worked out once for the files of its six languages and formats.
    let mut keys: HashMap<&'a str, String> = HashMap::new();
    for (path, entry) in files {
        let Outcome::Document(info) = &entry.outcome else {
            continue;
        };
        let key = match &info.symbol {
            Some(symbol) => keys
                .entry(symbol.as_str())
                .or_insert_with(|| format!("s:{}", key_of_canonical(symbol)))
                .clone(),
            None => format!("p:{path}"),
        };
        groups.entry(key).or_default().push((path, info));
    }
    let mut rows: Vec<(String, Row)> = groups
        .into_iter()
        .map(|(key, docs)| (key, row_of(&docs)))
        .collect();
    rows.sort_by(|a, b| compare(&a.1, &b.1, Sort::default()));
    let mut by_key = HashMap::with_capacity(rows.len());
    let rows = rows
        .into_iter()
        .enumerate()
        .map(|(i, (key, row))| {
            if let Some(key) = key.strip_prefix("s:") {
                by_key.insert(key.to_string(), i);
            }
            row
        })
        .collect();
    (rows, by_key)
}

fn row_of(docs: &[(&str, &DocInfo)]) -> Row {
    // Akoma Ntoso before text exports, then by path, so each language's first file is the one
    // to open.
    let mut docs: Vec<&(&str, &DocInfo)> = docs.iter().collect();
    docs.sort_by(|a, b| {
        // The UN's XML, then the PDF as published, then a text export.
        let rank = |f: Format| match f {
            Format::AkomaNtoso => 0,
            Format::Pdf => 1,
            Format::Docx => 2,
            Format::Text => 3,
        };
        rank(a.1.format)
            .cmp(&rank(b.1.format))
            .then_with(|| a.0.cmp(b.0))
    });
    let mut by_preference = docs.clone();
    by_preference.sort_by_key(|d| d.1.language != Some(Language::En));

    let mut titles = BTreeMap::new();
    let mut paths = BTreeMap::new();
    let mut files = Vec::new();
    for (path, info) in &docs {
        if let Some(lang) = info.language {
            paths.entry(lang).or_insert_with(|| PathBuf::from(path));
            if let Some(title) = &info.title {
                titles.entry(lang).or_insert_with(|| title.clone());
            }
        }
        files.push(RowFile {
            path: PathBuf::from(path),
            language: info.language,
            format: info.format,
        });
    }
    let first = |pick: fn(&DocInfo) -> Option<String>| by_preference.iter().find_map(|d| pick(d.1));
    let symbol = docs
        .iter()
        .filter_map(|d| d.1.symbol.as_ref())
        .max_by_key(|s| s.len())
        .cloned();
    let title = first(|d| d.title.clone()).or_else(|| {
        docs.first()
            .and_then(|d| Path::new(d.0).file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .filter(|_| symbol.is_none())
    });
    Row {
        symbol,
        title,
        titles,
        adopted: first(|d| d.adopted.clone()),
        body: by_preference.iter().find_map(|d| d.1.body),
        session: by_preference.iter().find_map(|d| d.1.session),
        languages: paths.keys().copied().collect(),
        paths,
        files,
        is_draft: docs.iter().any(|d| d.1.is_draft),
    }
}

/// Folded text a row is filtered on, computed once per row.
pub(crate) fn row_haystack(row: &Row) -> String {
    let mut text = String::new();
    if let Some(symbol) = &row.symbol {
        text.push_str(&fold_text(symbol));
        text.push(' ');
        if let Some(short) = short_number(symbol) {
            text.push_str(&fold_text(&short));
            text.push(' ');
        }
    }
    for title in row.titles.values().chain(row.title.iter()) {
        text.push_str(&fold_text(title));
        text.push(' ');
    }
    text
}

/// Whether a row passes the filter (`haystack` from [`row_haystack`]).
pub(crate) fn matches(row: &Row, haystack: &str, filter: &RowFilter) -> bool {
    if filter.language.is_some_and(|l| !row.languages.contains(&l)) {
        return false;
    }
    if filter.body.is_some_and(|b| row.body != Some(b)) {
        return false;
    }
    if filter.session.is_some_and(|s| row.session != Some(s)) {
        return false;
    }
    let wanted = fold_text(&filter.text);
    wanted
        .split(' ')
        .filter(|w| !w.is_empty())
        .all(|word| haystack.contains(word))
}

/// Sorts rows in place.
pub(crate) fn sort_rows(rows: &mut [Row], sort: Sort) {
    rows.sort_by(|a, b| compare(a, b, sort));
}

fn compare(a: &Row, b: &Row, sort: Sort) -> Ordering {
    let by_symbol = || match (&a.symbol, &b.symbol) {
        (Some(x), Some(y)) => natural_cmp(x, y),
        (x, y) => missing_last(x.is_none(), y.is_none()).then_with(|| a.title.cmp(&b.title)),
    };
    let primary = match sort.key {
        SortKey::Symbol => return directed(by_symbol(), sort.descending),
        SortKey::Title => option_cmp(
            a.title.as_deref().map(fold_text),
            b.title.as_deref().map(fold_text),
            sort.descending,
        ),
        SortKey::Adopted => option_cmp(a.adopted.clone(), b.adopted.clone(), sort.descending),
        SortKey::Body => option_cmp(
            a.body.map(Body::name),
            b.body.map(Body::name),
            sort.descending,
        ),
        SortKey::Session => option_cmp(a.session, b.session, sort.descending),
    };
    primary.then_with(by_symbol)
}

/// Compares present values in the wanted direction; missing values last.
fn option_cmp<T: Ord>(a: Option<T>, b: Option<T>, descending: bool) -> Ordering {
    match (a, b) {
        (Some(x), Some(y)) => directed(x.cmp(&y), descending),
        (x, y) => missing_last(x.is_none(), y.is_none()),
    }
}

fn missing_last(a_missing: bool, b_missing: bool) -> Ordering {
    a_missing.cmp(&b_missing)
}

fn directed(order: Ordering, descending: bool) -> Ordering {
    if descending { order.reverse() } else { order }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(symbol: &str, lang: Language, title: &str, format: Format) -> FileEntry {
        FileEntry {
            size: 1,
            modified: 1,
            folder: "/f".into(),
            outcome: Outcome::Document(Box::new(DocInfo {
                symbol: Some(symbol.into()),
                language: Some(lang),
                title: Some(title.into()),
                adopted: Some("2020-12-07".into()),
                body: Some(Body::GeneralAssembly),
                session: Some(75),
                format,
                is_draft: false,
                paragraphs: 3,
                warnings: 0,
                agenda_items: Vec::new(),
                agenda_titles: Vec::new(),
                votes: None,
                sponsors: Default::default(),
                additional_sponsors: Default::default(),
            })),
            why: None,
        }
    }

    fn rows() -> Vec<Row> {
        let files = [
            (
                "/f/75_32_C.xml".to_string(),
                entry(
                    "A/RES/75/32",
                    Language::Zh,
                    "从国际安全角度促进网络空间国家负责任行为",
                    Format::AkomaNtoso,
                ),
            ),
            (
                "/f/75_32_E.xml".to_string(),
                entry(
                    "A/RES/75/32",
                    Language::En,
                    "Advancing responsible State behaviour",
                    Format::AkomaNtoso,
                ),
            ),
            (
                "/f/a.md".to_string(),
                entry("A/RES/75/32", Language::Zh, "从国际安全角度", Format::Text),
            ),
            (
                "/f/75_4_F.xml".to_string(),
                entry(
                    "A/RES/75/4",
                    Language::Fr,
                    "Résolution sur la coopération",
                    Format::AkomaNtoso,
                ),
            ),
            (
                "/f/bad.xml".to_string(),
                FileEntry {
                    size: 1,
                    modified: 1,
                    folder: "/f".into(),
                    outcome: Outcome::Error("is empty".into()),
                    why: None,
                },
            ),
        ];
        let (rows, by_key) = build_rows(files.iter().map(|(p, e)| (p.as_str(), e)));
        // Each row is found by its symbol's key.
        for (i, row) in rows.iter().enumerate() {
            if let Some(symbol) = &row.symbol {
                assert_eq!(by_key.get(&key_of_canonical(symbol)), Some(&i), "{symbol}");
            }
        }
        assert_eq!(
            by_key.len(),
            rows.iter().filter(|r| r.symbol.is_some()).count()
        );
        rows
    }

    #[test]
    fn language_versions_share_a_row() {
        let rows = rows();
        assert_eq!(rows.len(), 2, "{rows:#?}");
        assert_eq!(
            rows[0].symbol.as_deref(),
            Some("A/RES/75/4"),
            "natural order"
        );
        let r = &rows[1];
        assert_eq!(r.languages, vec![Language::Zh, Language::En]);
        assert_eq!(
            r.title.as_deref(),
            Some("Advancing responsible State behaviour")
        );
        assert_eq!(
            r.paths[&Language::Zh],
            PathBuf::from("/f/75_32_C.xml"),
            "XML before text"
        );
        assert_eq!(r.files.len(), 3);
        assert_eq!(
            r.title_in(Language::Zh),
            Some("从国际安全角度促进网络空间国家负责任行为")
        );
        let (path, lang, other) = r.path_for(Some(Language::Fr)).unwrap();
        assert_eq!(
            (path, lang, other),
            (Path::new("/f/75_32_E.xml"), Some(Language::En), true)
        );
    }

    #[test]
    fn filters_fold_and_sorts_keep_missing_last() {
        let rows = rows();
        let find = |text: &str| {
            rows.iter()
                .filter(|r| {
                    matches(
                        r,
                        &row_haystack(r),
                        &RowFilter {
                            text: text.into(),
                            ..Default::default()
                        },
                    )
                })
                .count()
        };
        assert_eq!(find("resolution cooperation"), 1);
        assert_eq!(find("75/32"), 1);
        assert_eq!(find("网络空间"), 1);
        assert_eq!(find("rеsроnsible"), 1, "Cyrillic look-alikes");
        assert_eq!(find(""), 2);
        assert_eq!(find("nothing"), 0);
        let mut sorted = rows.clone();
        sort_rows(&mut sorted, Sort::by(SortKey::Title).descending());
        assert_eq!(sorted[0].symbol.as_deref(), Some("A/RES/75/4"));
    }
}
