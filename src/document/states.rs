//! The names of the UN's Member States and observer States in the six official languages.
//!
//! Akoma Ntoso files list the states of a recorded vote, and the sponsors of a draft, by
//! their English names in every language version (`AFGHANISTAN`, `the Marshall Islands`).
//! A reader of the Chinese text wants `阿富汗` and `马绍尔群岛`: this module gives each
//! state's UN short name in a language, from the table in `assets/states.tsv`.

use super::Language;
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The table: comment lines (`#`), a header, then `key en fr es ru zh ar`, tab-separated.
const TABLE: &str = include_str!("../../assets/states.tsv");

/// A state's names in the table's column order: English, French, Spanish, Russian, Chinese,
/// Arabic.
type Names = [&'static str; 6];

/// Every key of the table, as [`lookup_key`] folds it, with its names.
static STATES: LazyLock<HashMap<String, Names>> = LazyLock::new(|| parse(TABLE));

/// The table's rows by folded key. A line without a key and six names is left out (the tests
/// check that the table has none).
fn parse(table: &'static str) -> HashMap<String, Names> {
    rows(table)
        .filter_map(|(key, names)| Some((lookup_key(key), names?)))
        .collect()
}

/// The table's rows: each key with its six names, or None where the line does not hold six
/// non-empty names.
fn rows(table: &'static str) -> impl Iterator<Item = (&'static str, Option<Names>)> {
    table
        .lines()
        .filter(|line| !line.starts_with('#') && !line.starts_with("key\t"))
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let mut columns = line.split('\t').map(str::trim);
            let key = columns.next().unwrap_or_default();
            let names: Vec<&'static str> = columns.collect();
            let names = <Names>::try_from(names)
                .ok()
                .filter(|names| names.iter().all(|n| !n.is_empty()));
            (key, names)
        })
}

/// The table's column for a language.
fn column(lang: Language) -> usize {
    match lang {
        Language::En => 0,
        Language::Fr => 1,
        Language::Es => 2,
        Language::Ru => 3,
        Language::Zh => 4,
        Language::Ar => 5,
    }
}

/// A state's name as looked up: spaces collapsed, a leading `the` dropped, lower case, then
/// letters and digits only, accents removed (`CÔTE D'IVOIRE`, `Côte d’Ivoire` and
/// `cote divoire` are one key; so are `TÜRKİYE` and `Türkiye`).
fn lookup_key(name: &str) -> String {
    let lower = name
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let name = lower.strip_prefix("the ").unwrap_or(&lower);
    name.nfd()
        .filter(|&c| c.is_alphanumeric() && !is_combining_mark(c))
        .collect()
}

/// The UN short name of the state called `name` (`CHINA`, `China`, `Türkiye`, `TURKEY`,
/// `the Marshall Islands`) in `lang`, or None for a name the table does not know. Case,
/// accents, punctuation, spacing and a leading `the` do not matter.
///
/// ```
/// use plenary::document::Language;
/// use plenary::document::states::state_name;
/// assert_eq!(state_name("CHINA", Language::Fr), Some("Chine"));
/// assert_eq!(state_name("the Marshall Islands", Language::Zh), Some("马绍尔群岛"));
/// assert_eq!(state_name("Atlantis", Language::En), None);
/// ```
pub fn state_name(name: &str, lang: Language) -> Option<&'static str> {
    STATES
        .get(&lookup_key(name))
        .map(|names| names[column(lang)])
}

/// Every name of the table, in each of the six languages, as [`lookup_key`] folds it, with
/// the state's English name.
static BY_ANY_NAME: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    let mut out = HashMap::new();
    for names in STATES.values() {
        for name in names {
            out.entry(lookup_key(name)).or_insert(names[0]);
        }
    }
    out
});

/// The English UN short name of the state that `name` names in any of the six languages
/// (`加拿大`, `Canadá`, `Канада`, `CANADA` → `Canada`), or None for a name the table does
/// not know.
pub fn english_name(name: &str) -> Option<&'static str> {
    let key = lookup_key(name);
    STATES
        .get(&key)
        .map(|names| names[0])
        .or_else(|| BY_ANY_NAME.get(&key).copied())
}

/// The name of the state called `name` in `lang`; for a name the table does not know, `name`
/// itself, in title case if it is all upper case (`BURKINA FASO` → `Burkina Faso`, with
/// `and`, `of` and `the` in lower case after the first word), else as it is.
pub fn localized(name: &str, lang: Language) -> Cow<'_, str> {
    if let Some(known) = state_name(name, lang) {
        return Cow::Borrowed(known);
    }
    let has_letters = name.chars().any(char::is_alphabetic);
    if has_letters && !name.chars().any(char::is_lowercase) {
        Cow::Owned(title_case(name))
    } else {
        Cow::Borrowed(name)
    }
}

/// An upper-case name in title case: each word capitalised, and each part of it after a hyphen,
/// bracket or slash (not after an apostrophe: `PEOPLE'S` → `People's`); the small words `and`,
/// `of` and `the` in lower case except at the start.
fn title_case(name: &str) -> String {
    const SMALL: [&str; 3] = ["and", "of", "the"];
    let mut out = String::with_capacity(name.len());
    for (i, word) in name.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let lower = word.to_lowercase();
        let core = lower.trim_matches(|c: char| !c.is_alphanumeric());
        if i > 0 && SMALL.contains(&core) {
            out.push_str(&lower);
            continue;
        }
        // A capital at the start of each part of the word: `GUINEA-BISSAU`, `(ISLAMIC`, `A/75/L.4`.
        let mut start = true;
        for c in word.chars() {
            if c == 'İ' && !start {
                // Not `i` with a combining dot, as `to_lowercase` would give.
                out.push('i');
                start = false;
            } else if c.is_alphanumeric() {
                if start {
                    out.extend(c.to_uppercase());
                } else {
                    out.extend(c.to_lowercase());
                }
                start = false;
            } else {
                out.push(c);
                start = !matches!(c, '\'' | '’');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_table_has_a_key_and_six_names() {
        let mut count = 0;
        for (key, names) in rows(TABLE) {
            assert!(names.is_some(), "{key}: not six names");
            assert!(!key.is_empty());
            assert_eq!(key, key.to_uppercase(), "keys are upper case");
            count += 1;
        }
        // 193 Member States, 2 observer States, and the corpus's other spellings.
        assert!(count >= 195, "{count} rows");
        assert_eq!(
            STATES.len(),
            count - 1,
            "one key twice: COTE and CÔTE D'IVOIRE"
        );
    }

    #[test]
    fn the_table_is_sorted_by_key() {
        let keys: Vec<&str> = rows(TABLE).map(|(key, _)| key).collect();
        let mut sorted = keys.clone();
        sorted.sort_unstable();
        assert_eq!(keys, sorted);
    }

    #[test]
    fn spellings_of_one_state_give_the_same_names() {
        let mut seen: HashMap<String, (&str, Names)> = HashMap::new();
        for (key, names) in rows(TABLE) {
            let names = names.unwrap();
            if let Some((first, before)) = seen.insert(lookup_key(key), (key, names)) {
                assert_eq!(before, names, "{first} and {key}");
            }
        }
    }

    #[test]
    fn names_look_as_each_script_writes_them() {
        for (key, names) in rows(TABLE) {
            let names = names.unwrap();
            let [en, fr, es, ru, zh, ar] = names;
            for latin in [en, fr, es] {
                assert!(
                    latin.chars().all(|c| !c.is_alphabetic() || c < '\u{250}'),
                    "{key}: {latin:?} is not in Latin letters"
                );
            }
            assert!(
                ru.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
                    && !ru.chars().any(|c| c.is_ascii_alphabetic()),
                "{key}: {ru:?}"
            );
            assert!(!ru.contains('ё'), "{key}: the UN writes е for ё");
            assert!(
                zh.chars().all(crate::document::script::is_cjk_letter),
                "{key}: {zh:?}"
            );
            assert!(
                ar.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c))
                    && !ar.chars().any(|c| c.is_ascii_alphabetic()),
                "{key}: {ar:?}"
            );
            // No straight apostrophe: the UN prints `’`.
            for name in names {
                assert!(!name.contains('\''), "{key}: {name:?}");
            }
        }
    }

    #[test]
    fn names_are_found_whatever_the_case_accents_or_article() {
        let lang = Language::Zh;
        for name in ["China", "CHINA", "china", " China "] {
            assert_eq!(state_name(name, lang), Some("中国"), "{name:?}");
        }
        for name in ["Türkiye", "TÜRKİYE", "Turkiye", "TURKEY", "Turkey"] {
            assert_eq!(state_name(name, Language::Ru), Some("Турция"), "{name:?}");
        }
        assert_eq!(state_name("Türkiye", Language::Fr), Some("Türkiye"));
        assert_eq!(state_name("TURKEY", Language::Fr), Some("Turquie"));
        for name in [
            "CÔTE D'IVOIRE",
            "COTE D'IVOIRE",
            "Côte d’Ivoire",
            "Cote d'Ivoire",
        ] {
            assert_eq!(state_name(name, Language::Zh), Some("科特迪瓦"), "{name:?}");
        }
        assert_eq!(
            state_name("united kingdom of great britain and northern ireland", lang),
            Some("大不列颠及北爱尔兰联合王国")
        );
        assert_eq!(
            state_name("UNITED KINGDOM", Language::Fr),
            Some("Royaume-Uni de Grande-Bretagne et d’Irlande du Nord")
        );
        assert_eq!(
            state_name("UNITED STATES", Language::Ru),
            Some("Соединенные Штаты Америки")
        );
        assert_eq!(state_name("the Marshall Islands", lang), Some("马绍尔群岛"));
        assert_eq!(state_name("The  Gambia", Language::Fr), Some("Gambie"));
        assert_eq!(
            state_name("Democratic People’s Republic of Korea", lang),
            Some("朝鲜民主主义人民共和国")
        );
        assert_eq!(
            state_name("BOLIVIA (PLURINATIONAL STATE OF)", lang),
            Some("多民族玻利维亚国")
        );
        assert_eq!(
            state_name("Netherlands (Kingdom of the)", Language::Es),
            Some("Países Bajos (Reino de los)")
        );
        assert_eq!(
            state_name("NETHERLANDS", Language::Es),
            Some("Países Bajos")
        );
        assert_eq!(
            state_name("State of Palestine", Language::Ar),
            Some("دولة فلسطين")
        );
        assert_eq!(state_name("Holy See", Language::Es), Some("Santa Sede"));
    }

    #[test]
    fn similar_names_stay_apart() {
        let en = |name| state_name(name, Language::En);
        assert_eq!(en("NIGER"), Some("Niger"));
        assert_eq!(en("NIGERIA"), Some("Nigeria"));
        assert_eq!(en("GUINEA"), Some("Guinea"));
        assert_eq!(en("Guinea-Bissau"), Some("Guinea-Bissau"));
        assert_eq!(en("CONGO"), Some("Congo"));
        assert_eq!(
            en("democratic republic of the congo"),
            Some("Democratic Republic of the Congo")
        );
        assert_eq!(en("SUDAN"), Some("Sudan"));
        assert_eq!(en("the Sudan"), Some("Sudan"));
        assert_eq!(en("SOUTH SUDAN"), Some("South Sudan"));
        assert_eq!(en("DOMINICA"), Some("Dominica"));
        assert_eq!(en("DOMINICAN REPUBLIC"), Some("Dominican Republic"));
    }

    #[test]
    fn unknown_names_are_kept_or_put_in_title_case() {
        assert_eq!(state_name("Atlantis", Language::En), None);
        assert_eq!(state_name("", Language::En), None);
        assert_eq!(state_name("the", Language::En), None);
        assert_eq!(localized("ATLANTIS", Language::Fr), "Atlantis");
        assert_eq!(
            localized("REPUBLIC OF THE ISLES AND THE SEA", Language::Fr),
            "Republic of the Isles and the Sea"
        );
        assert_eq!(
            localized("THE NORTH-WEST ISLES", Language::Fr),
            "The North-West Isles"
        );
        assert_eq!(
            localized("NEW ISLES (KINGDOM OF THE)", Language::Fr),
            "New Isles (Kingdom of the)"
        );
        assert_eq!(
            localized("Atlantis (on behalf of the Group)", Language::Zh),
            "Atlantis (on behalf of the Group)"
        );
        assert!(matches!(
            localized("Atlantis", Language::Zh),
            Cow::Borrowed(_)
        ));
        assert_eq!(localized("A/75/L.4", Language::Zh), "A/75/L.4");
        assert_eq!(localized("", Language::Zh), "");
        assert_eq!(localized("42", Language::Zh), "42");
    }

    #[test]
    fn known_names_are_localized() {
        assert_eq!(localized("BURKINA FASO", Language::En), "Burkina Faso");
        assert_eq!(localized("CHINA", Language::Ar), "الصين");
        assert_eq!(localized("GERMANY", Language::Fr), "Allemagne");
        assert_eq!(
            localized("UNITED STATES", Language::Es),
            "Estados Unidos de América"
        );
        assert_eq!(
            localized("VENEZUELA (BOLIVARIAN REPUBLIC OF)", Language::En),
            "Venezuela (Bolivarian Republic of)"
        );
    }

    #[test]
    fn title_case_handles_hyphens_brackets_and_spacing() {
        assert_eq!(title_case("GUINEA-BISSAU"), "Guinea-Bissau");
        assert_eq!(
            title_case("IRAN  (ISLAMIC REPUBLIC OF)"),
            "Iran (Islamic Republic of)"
        );
        assert_eq!(
            title_case("SAINT VINCENT AND THE GRENADINES"),
            "Saint Vincent and the Grenadines"
        );
        assert_eq!(title_case("TÜRKİYE"), "Türkiye");
        assert_eq!(
            title_case("LAO PEOPLE'S DEMOCRATIC REPUBLIC"),
            "Lao People's Democratic Republic"
        );
    }
}
