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
//! Adding a language: copy `assets/i18n/en.ftl` to `assets/i18n/<code>.ftl` (`de.ftl`,
//! `pt-BR.ftl`), translate the text after each `=` (never the keys or the
//! `{ $placeholders }`), including `language-name` (the language's name for itself) and
//! `language-direction` (`rtl` mirrors the window), and build: the build script ships every
//! file of that folder, and the View › Language menu, `--ui-language` and the system's locale
//! find it by its code (see the README).

use crate::document::Language;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::cell::Cell;
use std::collections::HashSet;
use std::sync::LazyLock;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The environment variable that sets the interface's language (as `--ui-language` does).
pub const ENV: &str = "PLENARY_UI_LANGUAGE";

/// A language the interface speaks: one of the `.ftl` files shipped (the six official
/// languages, and any other a translator added). English is always there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Locale(u16);

impl Locale {
    /// English, the reference and the fallback.
    pub const EN: Locale = Locale(0);

    /// Every language the interface speaks: English, the other official languages, then
    /// the others by code.
    pub fn all() -> impl Iterator<Item = Locale> {
        (0..SOURCES.len()).map(|i| Locale(i as u16))
    }

    /// The language of a code (`fr`, `FR`, `pt-BR`, `pt_BR`), if the interface speaks it.
    pub fn from_code(code: &str) -> Option<Locale> {
        let code = code.trim().replace('_', "-");
        SOURCES
            .iter()
            .position(|(c, _)| c.eq_ignore_ascii_case(&code))
            .map(|i| Locale(i as u16))
    }

    /// Its code, as its file is named (`en`, `zh`, `pt-BR`).
    pub fn code(self) -> &'static str {
        SOURCES[usize::from(self.0)].0
    }

    /// Its name for itself (`Français`, `العربية`), as written (logical order).
    pub fn name(self) -> String {
        let bundle = &BUNDLES.0[usize::from(self.0)];
        message(bundle, "language-name", None, None).unwrap_or_else(|| self.code().to_string())
    }

    /// Whether it is written right to left (its `language-direction` is `rtl`): the window
    /// is mirrored.
    pub fn is_rtl(self) -> bool {
        BUNDLES.1[usize::from(self.0)]
    }

    /// The official language it is, if it is one of the six.
    pub fn official(self) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == self.code())
    }
}

impl From<Language> for Locale {
    /// The interface's version of an official language (English if its file is missing).
    fn from(language: Language) -> Self {
        Locale::from_code(language.code()).unwrap_or(Locale::EN)
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Makes a message of a right-to-left language ready to show.
type Display = fn(&str) -> String;

thread_local! {
    static CURRENT: Cell<Locale> = const { Cell::new(Locale::EN) };
    static DISPLAY: Cell<Option<Display>> = const { Cell::new(None) };
}

/// Speaks `locale` on this thread from now on.
pub fn set_language(locale: impl Into<Locale>) {
    CURRENT.with(|c| c.set(locale.into()));
}

/// How messages of a right-to-left language are made ready to show (the window puts their
/// words in visual order, which its text layout does not do); None: as written.
pub fn set_right_to_left_display(display: Option<Display>) {
    DISPLAY.with(|d| d.set(display));
}

/// A message as the window shows it in the current language.
fn displayed(text: String) -> String {
    match DISPLAY.with(Cell::get) {
        Some(display) if locale().is_rtl() => display(&text),
        _ => text,
    }
}

/// The language spoken on this thread.
pub fn locale() -> Locale {
    CURRENT.with(Cell::get)
}

/// The interface language of the operating system's locale (`fr_FR.UTF-8`, `zh-Hans-CN`,
/// `pt-BR`), if the interface speaks it: the whole tag first, then its language alone.
pub fn system_language() -> Option<Locale> {
    locale_of_tag(&sys_locale::get_locale()?)
}

/// The interface language a locale tag asks for, if there is one.
fn locale_of_tag(tag: &str) -> Option<Locale> {
    let tag = tag.split(['.', '@']).next()?.replace('_', "-");
    let mut parts: Vec<&str> = tag.split('-').collect();
    while !parts.is_empty() {
        if let Some(locale) = Locale::from_code(&parts.join("-")) {
            return Some(locale);
        }
        parts.pop();
    }
    None
}

/// Each language's bundle, and whether it is written right to left, by [`Locale`].
struct Bundles(Vec<FluentBundle<FluentResource>>, Vec<bool>);

static BUNDLES: LazyLock<Bundles> = LazyLock::new(|| {
    let bundles: Vec<_> = SOURCES
        .iter()
        .map(|(code, source)| bundle(code, source))
        .collect();
    let rtl: Vec<bool> = bundles
        .iter()
        .map(|b| message(b, "language-direction", None, None).is_some_and(|d| d.trim() == "rtl"))
        .collect();
    let mut bundles = bundles;
    for (bundle, rtl) in bundles.iter_mut().zip(&rtl) {
        // A value (a path, a symbol, a name) is isolated in a right-to-left message, so
        // that the window lays it out whole (`/tmp/x.xml` stayed `tmp/x.xml/` in Arabic);
        // the marks are taken out again of the messages that leave as text ([`format`]).
        bundle.set_use_isolating(*rtl);
    }
    Bundles(bundles, rtl)
});

/// A language's bundle. A message Fluent cannot read is left out (the tests name it).
fn bundle(code: &str, source: &str) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = code
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

/// The message `key` (or its attribute) of one bundle, if it has it.
fn message(
    bundle: &FluentBundle<FluentResource>,
    key: &str,
    attribute: Option<&str>,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let message = bundle.get_message(key)?;
    let pattern = match attribute {
        Some(name) => message.get_attribute(name)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
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
    displayed(format_marked(locale(), key, None, &[]))
}

/// The message `key` with its placeholders filled: `tr_args("library-results", &[("count",
/// 3.into())])`.
pub fn tr_args(key: &str, args: &[(&str, Arg)]) -> String {
    displayed(format_marked(locale(), key, None, args))
}

/// The attribute `attribute` of the message `key` (`.tip`, a tooltip).
pub fn tr_attr(key: &str, attribute: &str) -> String {
    displayed(format_marked(locale(), key, Some(attribute), &[]))
}

/// The message `key` (or its attribute) in `language`, else in English, else the key.
pub fn format(
    language: impl Into<Locale>,
    key: &str,
    attribute: Option<&str>,
    args: &[(&str, Arg)],
) -> String {
    let language = language.into();
    let text = format_marked(language, key, attribute, args);
    if language.is_rtl() {
        text.replace(['\u{2068}', '\u{2069}'], "")
    } else {
        text
    }
}

/// [`format`], with a right-to-left language's values between isolation marks (first strong
/// isolate, pop directional isolate), for the window's bidi layout.
fn format_marked(
    language: impl Into<Locale>,
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
    let language = language.into();
    [language, Locale::EN]
        .into_iter()
        .find_map(|l| {
            message(
                &BUNDLES.0[usize::from(l.0)],
                key,
                attribute,
                fluent_args.as_ref(),
            )
        })
        .unwrap_or_else(|| match attribute {
            Some(name) => format!("{key}.{name}"),
            None => key.to_string(),
        })
}

/// A message kept as its key and values rather than as words, so that the core (a parser, the
/// library, the notes) can say something without choosing a language: the command line
/// prints it in English ([`Text::english`], also its `Display`), the window in its own
/// language ([`Text::localized`]). Names, paths, symbols and the system's own messages are
/// values, shown as they are in every language.
///
/// ```
/// use plenary::i18n::{Locale, Text};
/// let why = plenary::text!("read-empty");
/// assert_eq!(why.english(), "is empty");
/// assert_eq!(why.format(Locale::from_code("fr").unwrap()), "le fichier est vide");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    /// The message's key in the `.ftl` files; empty for words shown as they are.
    key: &'static str,
    args: Vec<(&'static str, TextArg)>,
}

/// What words a message: [`format`], or [`format_marked`] for the window.
type Say = fn(Locale, &str, Option<&str>, &[(&str, Arg)]) -> String;

/// A value of a [`Text`]'s placeholder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextArg {
    /// Shown as it is in every language: a name, a path, a symbol, the system's own words.
    Str(String),
    /// A number, which chooses the plural form.
    Number(i64),
    /// Another message, said in the same language.
    Text(Text),
}

impl Text {
    /// The message `key`, its placeholders filled with [`Text::arg`] (or use [`text!`]).
    pub fn new(key: &'static str) -> Text {
        Text {
            key,
            args: Vec::new(),
        }
    }

    /// Words that are the same in every language (the system's own message).
    pub fn verbatim(words: impl Into<String>) -> Text {
        Text {
            key: "",
            args: vec![("", TextArg::Str(words.into()))],
        }
    }

    /// Fills the placeholder `{ $name }`.
    pub fn arg(mut self, name: &'static str, value: impl Into<TextArg>) -> Text {
        self.args.push((name, value.into()));
        self
    }

    /// Its key (empty for words shown as they are).
    pub fn key(&self) -> &'static str {
        self.key
    }

    /// The message in `language` (else in English), as written: logical order, ready to be
    /// a value of another message.
    pub fn format(&self, language: impl Into<Locale>) -> String {
        self.format_with(language.into(), format)
    }

    /// The message in `language`, each level worded by `say` ([`format`] or
    /// [`format_marked`]).
    fn format_with(&self, language: Locale, say: Say) -> String {
        if self.key.is_empty() {
            return match self.args.first() {
                Some((_, TextArg::Str(words))) => words.clone(),
                _ => String::new(),
            };
        }
        let nested: Vec<Option<String>> = self
            .args
            .iter()
            .map(|(_, value)| match value {
                TextArg::Text(text) => Some(text.format_with(language, say)),
                _ => None,
            })
            .collect();
        let args: Vec<(&str, Arg)> = self
            .args
            .iter()
            .zip(&nested)
            .map(|((name, value), nested)| {
                let value = match (value, nested) {
                    (TextArg::Number(n), _) => Arg::Number(*n as f64),
                    (TextArg::Str(s), _) => Arg::Text(s),
                    (TextArg::Text(_), Some(s)) => Arg::Text(s),
                    (TextArg::Text(_), None) => Arg::Text(""),
                };
                (*name, value)
            })
            .collect();
        say(language, self.key, None, &args)
    }

    /// The message in English: what the command line prints.
    pub fn english(&self) -> String {
        self.format(Locale::EN)
    }

    /// The message in the language spoken on this thread, ready to show (as `t!` gives it).
    pub fn localized(&self) -> String {
        displayed(self.format_with(locale(), format_marked))
    }
}

/// A text displays in English, as the command line prints it.
impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english())
    }
}

impl From<&str> for TextArg {
    fn from(s: &str) -> Self {
        TextArg::Str(s.to_string())
    }
}

impl From<String> for TextArg {
    fn from(s: String) -> Self {
        TextArg::Str(s)
    }
}

impl From<&String> for TextArg {
    fn from(s: &String) -> Self {
        TextArg::Str(s.clone())
    }
}

impl From<std::borrow::Cow<'_, str>> for TextArg {
    fn from(s: std::borrow::Cow<'_, str>) -> Self {
        TextArg::Str(s.into_owned())
    }
}

impl From<usize> for TextArg {
    fn from(n: usize) -> Self {
        TextArg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<u64> for TextArg {
    fn from(n: u64) -> Self {
        TextArg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<u32> for TextArg {
    fn from(n: u32) -> Self {
        TextArg::Number(i64::from(n))
    }
}

impl From<i64> for TextArg {
    fn from(n: i64) -> Self {
        TextArg::Number(n)
    }
}

impl From<Text> for TextArg {
    fn from(text: Text) -> Self {
        TextArg::Text(text)
    }
}

/// A text kept on disk (the library's cache keeps why a file cannot be read this way): its
/// key and its values, `{"key": "read-not-utf8", "args": {"offset": 12}}`, each value a
/// string, a number or another text. It is read back with [`kept`].
impl serde::Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(if self.args.is_empty() { 1 } else { 2 }))?;
        map.serialize_entry("key", self.key)?;
        if !self.args.is_empty() {
            map.serialize_entry("args", &KeptArgs(&self.args))?;
        }
        map.end()
    }
}

/// A text's values, kept as a map in their order.
struct KeptArgs<'a>(&'a [(&'static str, TextArg)]);

impl serde::Serialize for KeptArgs<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(name, value)| (*name, value)))
    }
}

impl serde::Serialize for TextArg {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            TextArg::Str(s) => serializer.serialize_str(s),
            TextArg::Number(n) => serializer.serialize_i64(*n),
            TextArg::Text(text) => text.serialize(serializer),
        }
    }
}

/// The keys and the placeholders' names of `en.ftl`, as that file writes them: a text read
/// back from disk names its message and its values with them.
static ENGLISH_NAMES: LazyLock<(HashSet<&'static str>, HashSet<&'static str>)> =
    LazyLock::new(|| {
        let source: &'static str = SOURCES[usize::from(Locale::EN.0)].1;
        let identifier = |s: &'static str| -> &'static str {
            let end = s
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(s.len());
            &s[..end]
        };
        let (mut keys, mut placeholders) = (HashSet::new(), HashSet::new());
        for line in source.lines().filter(|l| !l.starts_with('#')) {
            if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
                let key = identifier(line);
                if line[key.len()..].trim_start().starts_with('=') {
                    keys.insert(key);
                }
            }
            for (at, _) in line.match_indices('$') {
                let name = identifier(&line[at + 1..]);
                if !name.is_empty() {
                    placeholders.insert(name);
                }
            }
        }
        (keys, placeholders)
    });

/// Reading back a [`Text`] kept on disk, for an `Option<Text>` field: `#[serde(default,
/// skip_serializing_if = "Option::is_none", with = "crate::i18n::kept")]`. A text naming a
/// message or a value this version does not have (kept by another version) is read as None
/// rather than as damage.
pub mod kept {
    use super::{ENGLISH_NAMES, Text, TextArg};
    use serde::de::IgnoredAny;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(text: &Option<Text>, serializer: S) -> Result<S::Ok, S::Error> {
        text.serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Text>, D::Error> {
        Ok(match Option::<Read>::deserialize(deserializer)? {
            Some(Read::Kept(kept)) => kept.known(),
            _ => None,
        })
    }

    /// What is found where a text is kept: a text, or something else another version kept
    /// there (not an error: the English beside it is shown).
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Read {
        Kept(Kept),
        Other(IgnoredAny),
    }

    /// A text as kept, its names not checked yet.
    #[derive(Deserialize)]
    struct Kept {
        key: String,
        #[serde(default)]
        args: Args,
    }

    /// Its values, in their order.
    #[derive(Default)]
    struct Args(Vec<(String, Arg)>);

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Arg {
        Number(i64),
        Str(String),
        Text(Kept),
        Other(IgnoredAny),
    }

    impl<'de> Deserialize<'de> for Args {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct Visitor;
            impl<'de> serde::de::Visitor<'de> for Visitor {
                type Value = Args;
                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("a message's values by name")
                }
                fn visit_map<A: serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> Result<Args, A::Error> {
                    let mut args = Vec::new();
                    while let Some(entry) = map.next_entry()? {
                        args.push(entry);
                    }
                    Ok(Args(args))
                }
            }
            deserializer.deserialize_map(Visitor)
        }
    }

    impl Kept {
        /// The text, if this version has its message and the names of its values.
        fn known(self) -> Option<Text> {
            let (keys, placeholders) = &*ENGLISH_NAMES;
            if self.key.is_empty() {
                return match <[_; 1]>::try_from(self.args.0) {
                    Ok([(name, Arg::Str(words))]) if name.is_empty() => Some(Text::verbatim(words)),
                    _ => None,
                };
            }
            let mut text = Text::new(keys.get(self.key.as_str()).copied()?);
            for (name, value) in self.args.0 {
                let name = placeholders.get(name.as_str()).copied()?;
                let value = match value {
                    Arg::Number(n) => TextArg::Number(n),
                    Arg::Str(s) => TextArg::Str(s),
                    Arg::Text(kept) => TextArg::Text(kept.known()?),
                    Arg::Other(_) => return None,
                };
                text.args.push((name, value));
            }
            Some(text)
        }
    }
}

/// A date as the UN's texts in `language` write it: `2020-12-07` is "7 December 2020",
/// "2020年12月7日", "7 décembre 2020", "7 декабря 2020 года", "7 de diciembre de 2020",
/// "7 كانون الأول/ديسمبر 2020" (the pattern and the months are the messages `date` and
/// `date-month`; an added language writes its own). Anything but a valid ISO 8601 date (`YYYY-MM-DD`) comes back unchanged.
pub fn date(language: impl Into<Locale>, iso: &str) -> String {
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

/// `text!("read-empty")`, `text!("read-not-utf8", offset = 12)`: a [`Text`], said in English
/// or in the window's language later.
#[macro_export]
macro_rules! text {
    ($key:expr) => {
        $crate::i18n::Text::new($key)
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::Text::new($key)$(.arg(stringify!($name), $value))+
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_systems_locale_chooses_a_language_of_the_interface() {
        let code = |tag: &str| locale_of_tag(tag).map(Locale::code);
        assert_eq!(code("fr_FR.UTF-8"), Some("fr"));
        assert_eq!(code("zh-Hans-CN"), Some("zh"));
        assert_eq!(code("ar_EG@latin"), Some("ar"));
        assert_eq!(code("en"), Some("en"));
        assert_eq!(code("C"), None);
        assert_eq!(code(""), None);
        assert!(Locale::from_code("ar").is_some_and(Locale::is_rtl));
        assert!(!Locale::EN.is_rtl());
    }

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
    fn a_text_kept_on_disk_reads_back_the_same() {
        #[derive(serde::Serialize, serde::Deserialize)]
        struct Holder {
            #[serde(default, skip_serializing_if = "Option::is_none", with = "kept")]
            why: Option<Text>,
        }
        let why = crate::text!(
            "read-error-line",
            reason = crate::text!("read-not-utf8", offset = 12usize),
            line = 3usize,
            path = "/tmp/x.xml"
        );
        let json = serde_json::to_string(&Holder {
            why: Some(why.clone()),
        })
        .unwrap();
        assert_eq!(
            json,
            r#"{"why":{"key":"read-error-line","args":{"reason":{"key":"read-not-utf8","args":{"offset":12}},"line":3,"path":"/tmp/x.xml"}}}"#
        );
        let back: Holder = serde_json::from_str(&json).unwrap();
        assert_eq!(back.why.as_ref(), Some(&why));
        let french = back.why.unwrap().format(Language::Fr);
        assert!(
            french.starts_with(
                "lecture impossible : le fichier n’est pas en UTF-8 (octet non valide à la \
                 position 12)"
            ),
            "{french}"
        );

        let words = Text::verbatim("Input/output error (os error 5)");
        let json = serde_json::to_string(&Holder {
            why: Some(words.clone()),
        })
        .unwrap();
        let back: Holder = serde_json::from_str(&json).unwrap();
        assert_eq!(back.why, Some(words));

        // None is not written; a field missing, or a message or value this version does not
        // know (written by another version), reads as None.
        assert_eq!(serde_json::to_string(&Holder { why: None }).unwrap(), "{}");
        for json in [
            "{}",
            r#"{"why":null}"#,
            r#"{"why":{"key":"no-such-message"}}"#,
            r#"{"why":{"key":"read-not-utf8","args":{"no_such_value":1}}}"#,
            r#"{"why":{"key":"read-error","args":{"reason":{"key":"no-such-message"},"path":"/x"}}}"#,
            r#"{"why":{"key":"","args":{"":1}}}"#,
            // What a later version might keep in other shapes.
            r#"{"why":"is empty"}"#,
            r#"{"why":{"key":7}}"#,
            r#"{"why":{"key":"read-not-utf8","args":{"offset":1.5}}}"#,
            r#"{"why":{"key":"read-error","args":{"reason":[1],"path":"/x"}}}"#,
        ] {
            let back: Holder = serde_json::from_str(json).unwrap();
            assert_eq!(back.why, None, "{json}");
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
