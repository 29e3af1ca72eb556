//! The interface's words in the six official languages, with Project Fluent: one `.ftl` file
//! per language under `assets/i18n/` (`en.ftl` is the reference and the fallback), plural
//! rules and placeholders as Fluent gives them.
//!
//! The language is chosen per thread ([`set_language`]): the window sets it at the start of
//! every frame from its own setting, so that tests of different languages can run side by
//! side. A message missing in one language is shown in English; a key missing everywhere is
//! shown as the key (and fails the tests, which check every language against `en.ftl`).
//!
//! A few messages speak the language of the document being read rather than the
//! interface's, through [`format`]: dates ([`date`]), the reader's header line (`header-*`)
//! and the citation Copy citation gives (`cite-*`), in the forms the UN's texts in each
//! language use.
//!
//! Adding a seventh language: copy `assets/i18n/en.ftl` to `assets/i18n/<code>.ftl`,
//! translate the text after each `=` (never the keys or the `{ $placeholders }`), and add
//! the file to [`SOURCES`] (see the README).

use crate::document::Language;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::cell::Cell;
use std::sync::LazyLock;

/// Each language's messages, as shipped inside the program.
pub const SOURCES: [(Language, &str); 6] = [
    (Language::En, include_str!("../assets/i18n/en.ftl")),
    (Language::Ar, include_str!("../assets/i18n/ar.ftl")),
    (Language::Zh, include_str!("../assets/i18n/zh.ftl")),
    (Language::Fr, include_str!("../assets/i18n/fr.ftl")),
    (Language::Ru, include_str!("../assets/i18n/ru.ftl")),
    (Language::Es, include_str!("../assets/i18n/es.ftl")),
];

/// The environment variable that sets the interface's language (as `--ui-language` does).
pub const ENV: &str = "PLENARY_UI_LANGUAGE";

/// Makes a message of a right-to-left language ready to show.
type Display = fn(&str) -> String;

thread_local! {
    static CURRENT: Cell<Language> = const { Cell::new(Language::En) };
    static DISPLAY: Cell<Option<Display>> = const { Cell::new(None) };
}

/// Speaks `language` on this thread from now on.
pub fn set_language(language: Language) {
    CURRENT.with(|c| c.set(language));
}

/// How messages of a right-to-left language are made ready to show (the window puts their
/// words in visual order, which its text layout does not do); None: as written.
pub fn set_right_to_left_display(display: Option<Display>) {
    DISPLAY.with(|d| d.set(display));
}

/// A message as the window shows it in the current language.
fn displayed(text: String) -> String {
    match DISPLAY.with(Cell::get) {
        Some(display) if language().is_rtl() => display(&text),
        _ => text,
    }
}

/// The language spoken on this thread.
pub fn language() -> Language {
    CURRENT.with(Cell::get)
}

/// The language of the operating system's locale (`fr_FR.UTF-8`, `zh-Hans-CN`, `ar-EG`),
/// if it is one of the six.
pub fn system_language() -> Option<Language> {
    let locale = sys_locale::get_locale()?;
    let code = locale.split(['-', '_', '.', '@']).next()?;
    Language::from_code(code).filter(|_| code.len() == 2)
}

struct Bundles(Vec<(Language, FluentBundle<FluentResource>)>);

static BUNDLES: LazyLock<Bundles> = LazyLock::new(|| {
    Bundles(
        SOURCES
            .iter()
            .map(|(language, source)| (*language, bundle(*language, source)))
            .collect(),
    )
});

/// A language's bundle. A message Fluent cannot read is left out (the tests name it).
fn bundle(language: Language, source: &str) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = language
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // egui shows text as it is: no invisible isolation marks around placeholders (the
    // reader's own bidi handling places right-to-left runs).
    bundle.set_use_isolating(false);
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    let _ = bundle.add_resource(resource);
    bundle
}

/// A value for a placeholder: a number (which chooses the plural form) or a text.
pub enum Arg<'a> {
    Number(f64),
    Text(&'a str),
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Number(n as f64)
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Number(f64::from(n))
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Number(n as f64)
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(s)
    }
}

/// The message `key` in the current language (else in English, else the key itself).
pub fn tr(key: &str) -> String {
    displayed(format(language(), key, None, &[]))
}

/// The message `key` with its placeholders filled: `tr_args("library-results", &[("count",
/// 3.into())])`.
pub fn tr_args(key: &str, args: &[(&str, Arg)]) -> String {
    displayed(format(language(), key, None, args))
}

/// The attribute `attribute` of the message `key` (`.tip`, a tooltip).
pub fn tr_attr(key: &str, attribute: &str) -> String {
    displayed(format(language(), key, Some(attribute), &[]))
}

/// The message `key` (or its attribute) in `language`, else in English, else the key.
pub fn format(
    language: Language,
    key: &str,
    attribute: Option<&str>,
    args: &[(&str, Arg)],
) -> String {
    let fluent_args = (!args.is_empty()).then(|| {
        let mut out = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Text(s) => FluentValue::from(*s),
            };
            out.set(*name, value);
        }
        out
    });
    for wanted in [language, Language::En] {
        let Some((_, bundle)) = BUNDLES.0.iter().find(|(l, _)| *l == wanted) else {
            continue;
        };
        let Some(message) = bundle.get_message(key) else {
            continue;
        };
        let pattern = match attribute {
            Some(name) => message.get_attribute(name).map(|a| a.value()),
            None => message.value(),
        };
        if let Some(pattern) = pattern {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, fluent_args.as_ref(), &mut errors)
                .into_owned();
        }
    }
    match attribute {
        Some(name) => format!("{key}.{name}"),
        None => key.to_string(),
    }
}

/// A date as the UN's texts in `language` write it: `2020-12-07` is "7 December 2020",
/// "2020年12月7日", "7 décembre 2020", "7 декабря 2020 года", "7 de diciembre de 2020",
/// "7 كانون الأول/ديسمبر 2020" (the pattern and the months are the messages `date` and
/// `date-month`). Anything but a valid ISO 8601 date (`YYYY-MM-DD`) comes back unchanged.
pub fn date(language: Language, iso: &str) -> String {
    let Some((year, month, day)) = iso_date(iso) else {
        return iso.to_string();
    };
    format(
        language,
        "date",
        None,
        &[
            ("day", day.into()),
            ("month", month.into()),
            ("year", Arg::Text(year)),
        ],
    )
}

/// The year (as written), month and day of an ISO 8601 date that exists.
fn iso_date(iso: &str) -> Option<(&str, u32, u32)> {
    let bytes = iso.as_bytes();
    let digits = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    if !digits(0..4) || !digits(5..7) || !digits(8..10) {
        return None;
    }
    let year = &iso[0..4];
    let month: u32 = iso[5..7].parse().ok()?;
    let day: u32 = iso[8..10].parse().ok()?;
    let leap = year
        .parse::<u32>()
        .is_ok_and(|y| y % 4 == 0 && (y % 100 != 0 || y % 400 == 0));
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&day).then_some((year, month, day))
}

/// `t!("menu-file")`, `t!("library-results", count = hits.len())`: a message in the current
/// language.
#[macro_export]
macro_rules! t {
    ($key:expr) => {
        $crate::i18n::tr($key)
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr_args($key, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_follow_the_language_of_the_thread() {
        set_language(Language::En);
        assert_eq!(tr("menu-file"), "File");
        set_language(Language::Fr);
        assert_eq!(tr("menu-file"), "Fichier");
        set_language(Language::Zh);
        assert_eq!(tr("menu-file"), "文件");
        set_language(Language::En);
        assert_eq!(tr("no-such-key"), "no-such-key");
    }

    #[test]
    fn plurals_follow_each_languages_rules() {
        let files =
            |language, n: usize| format(language, "status-footnotes", None, &[("count", n.into())]);
        assert_eq!(files(Language::En, 1), "1 footnote");
        assert_eq!(files(Language::En, 3), "3 footnotes");
        // Russian: one, few, many.
        assert_ne!(files(Language::Ru, 1), files(Language::Ru, 3));
        assert_ne!(files(Language::Ru, 3), files(Language::Ru, 5));
    }

    #[test]
    fn dates_as_each_languages_texts_write_them() {
        let day = "2020-12-07";
        assert_eq!(date(Language::En, day), "7 December 2020");
        assert_eq!(date(Language::Zh, day), "2020年12月7日");
        assert_eq!(date(Language::Fr, day), "7 décembre 2020");
        assert_eq!(date(Language::Ru, day), "7 декабря 2020 года");
        assert_eq!(date(Language::Es, day), "7 de diciembre de 2020");
        assert_eq!(date(Language::Ar, day), "7 كانون الأول/ديسمبر 2020");
    }

    #[test]
    fn the_first_of_the_month_and_every_month() {
        // French alone marks the first day ("1er décembre 2020", A/RES/75/17).
        let first = "2020-12-01";
        assert_eq!(date(Language::Fr, first), "1er décembre 2020");
        assert_eq!(date(Language::En, first), "1 December 2020");
        assert_eq!(date(Language::Es, first), "1 de diciembre de 2020");
        assert_eq!(date(Language::Ru, first), "1 декабря 2020 года");
        assert_eq!(date(Language::Zh, first), "2020年12月1日");
        assert_eq!(date(Language::Ar, first), "1 كانون الأول/ديسمبر 2020");
        assert_eq!(date(Language::Fr, "2021-08-02"), "2 août 2021");
        assert_eq!(date(Language::Ru, "2020-06-01"), "1 июня 2020 года");
        assert_eq!(date(Language::Es, "2021-02-11"), "11 de febrero de 2021");
        assert_eq!(date(Language::Ar, "2021-06-02"), "2 حزيران/يونيه 2021");
        assert_eq!(date(Language::Ar, "2020-09-21"), "21 أيلول/سبتمبر 2020");
        assert_eq!(date(Language::Zh, "2019-10-10"), "2019年10月10日");
        for language in Language::ALL {
            let months: std::collections::BTreeSet<String> = (1..=12)
                .map(|m| date(language, &format!("2021-{m:02}-15")))
                .collect();
            assert_eq!(months.len(), 12, "{language}: {months:?}");
        }
    }

    #[test]
    fn what_is_not_a_date_comes_back_unchanged() {
        for text in [
            "",
            "2020",
            "2020-12",
            "2020-13-01",
            "2020-00-10",
            "2020-12-00",
            "2020-12-32",
            "2021-02-29",
            "2020-1-7",
            "7 December 2020",
            "２０２０-12-07",
        ] {
            assert_eq!(date(Language::Fr, text), text);
        }
        assert_eq!(date(Language::En, "2020-02-29"), "29 February 2020");
    }
}
