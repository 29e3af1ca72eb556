//! The words around a cited number, in the six languages, as compiled patterns.
//!
//! One set of patterns serves all six languages at once: their words do not collide, a text
//! with an unknown language still works, and an English title quoted in a French text is
//! read as well.

use regex::Regex;
use std::sync::LazyLock;

/// A pattern that never matches: the fallback should a fixed pattern fail to compile.
pub fn never() -> Regex {
    #[allow(clippy::expect_used)]
    Regex::new(r"[^\s\S]").expect("the empty class compiles")
}

/// Compiles a pattern written in this file; they are fixed, so failure is a bug caught by
/// the unit tests, and the fallback (a pattern that never matches) keeps users safe.
fn compile(pattern: &str) -> Regex {
    match Regex::new(pattern) {
        Ok(re) => re,
        Err(err) => {
            debug_assert!(false, "bad pattern: {err}");
            never()
        }
    }
}

/// Something that may be cited: a full symbol, or a number in one of the forms resolutions
/// are cited by. Boundaries are checked by the caller (the regex crate has no look-behind).
pub static CANDIDATE: LazyLock<Regex> = LazyLock::new(|| compile(&candidates()));

/// [`CANDIDATE`] and, for Security Council texts, a number with no year
/// (`paragraph 13 of resolution 2391`), which the rest of the document dates.
pub static CANDIDATE_SC: LazyLock<Regex> =
    LazyLock::new(|| compile(&format!("{}|(?P<bare>[0-9０-９]{{3,4}})", candidates())));

/// What may stand between two Security Council numbers printed without their years in one
/// list: a comma or `and` in the six languages.
pub static BARE_LIST_GLUE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^\s*(?:[,،、]\s*)?(?:(?:and|et|y|и|و|和|及)\s*)?$"));

fn candidates() -> String {
    format!(
        concat!(
            // A full symbol: `A/RES/75/32`, `S/RES/2334 (2016)`, `A/75/6 (Sect. 29G)/Corr.1`,
            // `ICCD/COP(14)/23`, `Ａ／７５／３９４`. Dashes only in `S-`/`ES-` session parts, so
            // joint symbols (`A/75/84–E/2020/61`) split.
            r"(?P<sym>[A-ZАВЕКМНОРСТХＡ-Ｚ]{{1,10}}(?:[/／](?:E?S[-‑])?[A-Za-z0-9АВЕКМНОРСТХаеорсх０-９Ａ-Ｚ]",
            r"[A-Za-z0-9АВЕКМНОРСТХаеорсх０-９Ａ-Ｚ.]*",
            r"(?:(?:\s[A-H])?\s?[(（](?:[0-9０-９]{{1,4}}|(?:E?S-)?[IVXL]{{1,7}}|",
            r"(?i:sect|parts?|vol|supp)[^()（）/]{{0,20}})[)）])?)+)",
            // Security Council: `2334 (2016)`.
            r"|(?P<sc>[0-9０-９]{{1,4}}\s?[(（][0-9０-９]{{4}}[)）])",
            // Old General Assembly style: `217 A (III)`, `1874 (S-IV)`, Arabic `1514 (د-15)`,
            // `2200 ألف (د-21)`.
            r"|(?P<old>[0-9０-９]{{1,4}}(?:\s?[A-HАВС]|\s(?:{parts}))?\s?[(（](?:(?:E?S[-‑])?[IVXLХ]{{1,7}}|دإ?ط?[-‑][0-9]{{1,2}})[)）])",
            // Session and number: `73/266`, `S-35/1`, `ES-11/1`, `61/250 B`, `53/77 AA`,
            // `46/36 واو`, `دإ-27/1`, `2020/1`; a space may slip in (`ES- 10/17`, `د إ-23/2`).
            r"|(?P<nm>(?:(?:E?[SС]|د\s?إط?)[-‑]\s?)?[0-9０-９]{{1,4}}[/／][0-9０-９]{{1,4}}",
            r"(?:\s?(?:[A-Z]{{1,2}}|[АВСЕНКМОРТХ])(?:[-‑][A-Z])?号?|\s(?:{parts}))?)",
        ),
        parts = ARABIC_PARTS.join("|")
    )
}

/// Part letters of Arabic resolutions, spelled out (`ألف` is A, `باء` B...), in order.
pub const ARABIC_PARTS: [&str; 26] = [
    "ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء", "كاف", "لام", "ميم",
    "نون", "سين", "عين", "فاء", "صاد", "قاف", "راء", "شين", "تاء", "ثاء", "خاء", "ذال", "ضاد",
];

/// A word that opens a citation, at the end of the text before a number, with an organ
/// named between (Russian and Arabic put it there) and an optional `No.`.
pub static TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        &[
            r"(?i)(?:^|[^\p{L}\p{N}])(?P<word>(?:resolutions?|decisions?|résolutions?|décisions?|resoluci(?:ón|ones)|",
            r"decisi(?:ón|ones)|резолюци\p{L}*|решени\p{L}*)|",
            // Arabic: prefixes (و ف ب ل, ال), then any ending (قراراتها, قراري, مقررها).
            r"(?:[وفبل]|وب|ول|فب)?(?:ال|لل)?(?:قرار|مقرر)[\p{Arabic}\p{Mn}]*)",
            r"(?P<between>\s+(?:",
            BETWEEN,
            r")(?:\s+(?:و|and|et|y|и)\s*(?:",
            BETWEEN,
            r"))?)?",
            // `resolutions on the question, including 2178 (2014)`.
            r"(?P<including>\s[^.;:。；]*?(?:including|in\s+particular|notably|especially|",
            r"notamment|en\s+particulier|en\s+particular|en\s+especial|incluidas|",
            r"в\s+частности|включая|ولا\s+سيما|بما\s+في\s+ذلك)\s*,?)?",
            r"\s*(?:(?:No|n°|№)\.?\s*)?$",
        ]
        .concat(),
    )
});

/// Organs named between a trigger word and its number (`резолюции Совета Безопасности`,
/// `قرار مجلس الأمن`, `résolutions du Conseil`).
const BETWEEN: &str = concat!(
    r"Генеральной\s+Ассамблеи|Совета\s+Безопасности|Совета\s+по\s+правам\s+человека|",
    r"Экономического\s+и\s+Социального\s+Совета|Комиссии\s+по\s+правам\s+человека|Совета|",
    r"Ассамблеи|الجمعية\s+العامة|مجلس\s+الأمن|مجلس\s+حقوق\s+الإنسان|",
    r"المجلس\s+الاقتصادي\s+والاجتماعي|لجنة\s+حقوق\s+الإنسان|المجلس|الجمعية|",
    r"du\s+Conseil(?:\s+de\s+sécurité|\s+des\s+droits\s+de\s+l['’]homme|\s+économique\s+et\s+social)?|",
    r"de\s+l['’]Assemblée\s+générale|de\s+la\s+Asamblea\s+General|",
    r"del\s+Consejo(?:\s+de\s+Seguridad|\s+de\s+Derechos\s+Humanos|\s+Económico\s+y\s+Social)?",
);

/// Dates as they sit inside lists of citations, in the six languages.
const DATE: &str = concat!(
    r"(?:[0-9]{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|",
    r"November|December)\s+[0-9]{4}",
    r"|(?:1er|[0-9]{1,2})\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|",
    r"octobre|novembre|décembre)\s+[0-9]{4}",
    r"|[0-9]{1,2}\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|",
    r"setiembre|octubre|noviembre|diciembre)\s+de\s+[0-9]{4}",
    r"|[0-9]{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|",
    r"ноября|декабря)\s+[0-9]{4}(?:\s*(?:года|г\.))?",
    r"|[0-9]{1,2}\s+[\p{Arabic}\p{Mn}]+(?:\s+[\p{Arabic}\p{Mn}]+)?\s*/\s*[\p{Arabic}\p{Mn}]+\s+[0-9]{4}",
    r"|[0-9]{4}\s*年(?:\s*[0-9]{1,2}\s*月(?:\s*[0-9]{1,2}\s*日)?)?)",
);

/// Text that may stand between two numbers of one list (`, `, ` and `, ` of 4 December
/// 1998, `, `, y `, ` و `) without ending it.
pub static GLUE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        concat!(
            r"(?i)^(?:\s|[,;،؛]|\(\s*\)|{date}|(?:and|or|as\s+well\s+as|of|on|dated|the|its|respectively|",
            r"et|ou|ainsi\s+que|en\s+date\s+du|du|de|des|ses|respectivement|",
            r"y|o|así\s+como|del|de\s+fecha|sus|respectivamente|",
            r"и|или|а\s+также|от|года|свои\p{{L}}*|соответственно|",
            r"و|أو|وكذلك|المؤرخ\p{{Arabic}}*|على\s+التوالي)|و)*$"
        ),
        date = DATE
    ))
});

/// Looser list continuation: anything within one sentence (titles, topics, `para. 9`),
/// with abbreviations' full stops allowed. Used after a trigger word, never to start a list.
pub static LOOSE_GLUE: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"^(?:[^.;:!?。；]|(?i:(?:paras?|pp?|п|пп|par|párrs?|sect|chap|nos?|núm|vol|т|гл|разд|",
        r"art|arts|add|rev|corr|supp|ch|cap|secc)\.)|[0-9]\.[0-9])*$",
    ))
});

/// Text between numbers of a Chinese list (`号、1999 年 12 月 1 日第`, `号和第`, ` 和 `).
pub static ZH_GLUE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"^(?:\s|号|、|，|,|和|及|以及|与|第|其|的|通过的|题为“[^”]*”|关于[^，。；、]*|{date}|{organs})*$",
        organs = ZH_ORGANS,
        date = DATE
    ))
});

/// Organs named before each number of a Chinese list (`大会第60/180号和安理会第1645(2005)号`).
const ZH_ORGANS: &str = "大会|安理会|安全理事会|人权理事会|经济及社会理事会|经社理事会";

/// What follows a number in a Chinese citation: `号决议`, `号决定` (also with the subject
/// between: `号关于国际合作的决议`), or a list separator.
pub static ZH_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^\s*(?:(?P<close>(?:号\s*关于[^，。；、“”]{1,60}?的\s*|号?\s*)(?P<kind>决议|决定)(?:\s*第\s*(?P<pin>[0-9]{1,3}(?:\s*\(\s*[a-z]{1,4}\s*\))?)\s*段)?)|(?P<more>号?\s*(?:、|和|及|与|以及|至|，\s*第?\s*[0-9])))",
    )
});

/// The organ named before a Chinese citation: `大会第`, `安全理事会 2020 年 ... 第`.
pub static ZH_BODY: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?P<body>\p{{Han}}{{0,6}}(?:大会|理事会|安理会|委员会|执行局))\s*(?:关于[^，。；、]*的)?\s*(?:{date})?\s*(?:通过的)?\s*(?:的)?\s*第?\s*$",
        date = DATE
    ))
});

/// A trailing run of title-case words before an English trigger: `General Assembly`,
/// `Recalling Human Rights Council`, `Commission on Narcotic Drugs`.
pub static EN_TITLE_RUN: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?P<run>[A-Z][A-Za-z’'\-]*(?:\s+(?:(?:and|on|of|the|for|in)\s+)*[A-Z][A-Za-z’'\-]*)*)\s+$",
    )
});

/// The organ named right after a number in French, Spanish and Russian (`73/266 de
/// l'Assemblée générale`, `52/27 del Consejo de Derechos Humanos`, `60/251 Генеральной
/// Ассамблеи`). Alternatives are tried in order: known organs first, then ones the model does
/// not know (their numbers are not General Assembly ones), then a bare "Council".
pub static BODY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(&[
        r"^\s*[,،]?\s*(?:(?:(?i:of|du|de|del|от|dated|en\s+date\s+du)|المؤرخ\p{Arabic}*)\s+",
        DATE_FOR_BODY,
        r"\s*[,،]?\s*)?",
        // A title (`, entitled “...”,`) and `adopted by` between the number and the organ.
        r#"(?:(?i:entitled|intitulée?s?|titulada|titled|on|sur|sobre)\s*[“"«][^”"»]{0,300}[”"»]\s*,?\s*)?"#,
        r"(?:(?i:adopted|taken|adoptée?s?|prises?|aprobad[ao]s?|adoptad[ao]s?|принят\p{L}*)\s+",
        r"(?:(?i:at\s+its\s+[\p{L}\-]+\s+session|lors\s+de\s+sa\s+[\p{L}\-]+\s+session)\s*,?\s*)?",
        r"(?:(?i:by|par|por)\s+)?)?(?:",
        r"(?P<unknown_first>Ассамблеи\s+Организации\s+Объединенных\s+Наций\s+по|Всемирной)",
        r"|(?P<ga>(?:de|par)\s+l['’]Assemblée\s+générale|(?:de|por)\s+la\s+Asamblea\s+General|Генеральной\s+Ассамблеи|",
        r"Ассамблеи|(?:of|by)\s+the\s+(?:United\s+Nations\s+)?(?:General\s+)?Assembly)",
        r"|(?P<sc>(?:du|par\s+le)\s+Conseil\s+de\s+sécurité|(?:del|por\s+el)\s+Consejo\s+de\s+Seguridad|Совета\s+Безопасности|",
        r"(?:of|by)\s+the\s+(?:United\s+Nations\s+)?Security\s+Council)",
        r"|(?P<hrc>(?:du|par\s+le)\s+Conseil\s+des\s+droits\s+de\s+l['’]homme|(?:del|por\s+el)\s+Consejo\s+de\s+Derechos\s+Humanos|",
        r"Совета\s+по\s+правам\s+человека|(?:of|by)\s+the\s+(?:United\s+Nations\s+)?Human\s+Rights\s+Council)",
        r"|(?P<ecosoc>du\s+Conseil\s+économique\s+et\s+social|del\s+Consejo\s+Económico\s+y\s+Social|",
        r"Экономического\s+и\s+Социального\s+Совета|(?:of|by)\s+the\s+Economic\s+and\s+Social\s+Council)",
        r"|(?P<chr>de\s+la\s+Commission\s+des\s+droits\s+de\s+l['’]homme|de\s+la\s+Comisión\s+de\s+",
        r"Derechos\s+Humanos|Комиссии\s+по\s+правам\s+человека)",
        r"|(?P<unknown>du\s+Conseil\s+(?:d['’]administration|exécutif|de\s+tutelle)|",
        r"del\s+Consejo\s+(?:de\s+Administración|Ejecutivo)|Совета\s+управляющих|",
        r"de\s+l['’](?:Assemblée|Organisation)|de\s+la\s+(?:Commission|Conférence|Comisión|",
        r"Conferencia|Asamblea|Organización)|du\s+Comité|del\s+Comité|",
        r"Комиссии|Конференции|Организации|Исполнительного|",
        r"(?:of|by)\s+the\s+(?:[A-Z][a-z]+\s+){0,5}(?:Assembly|Commission|Conference|Board|Committee|Organization|Programme|Forum)|",
        r"(?:of|by)\s+the\s+(?:[A-Z][a-z]+\s+){1,5}Council|",
        r"par\s+(?:la|l['’])\s*(?:Commission|Conférence|Organisation|Assemblée\s+des\s+Nations\s+Unies\s+pour)|",
        r"por\s+la\s+(?:Comisión|Conferencia|Organización|Asamblea\s+de\s+las\s+Naciones\s+Unidas\s+sobre)|",
        // Arabic: `الصادر عن مؤتمر الأطراف`, `لمؤتمر الأطراف`, `لجمعية الأمم المتحدة للبيئة`.
        r"(?:(?:الصادر\p{Arabic}*|المتخذ\p{Arabic}*)\s+(?:عن|من)\s+|(?:الذي|التي)\s+(?:اتخذ|اعتمد)\p{Arabic}*\s+)?",
        r"(?:ل|ب)?(?:مؤتمر|جمعية\s+الأمم\s+المتحدة\s+للبيئة|لجنة\s+منع\s+الجريمة|لجنة\s+المخدرات|لجنة\s+وضع\s+المرأة|مجلس\s+إدارة))",
        r"|(?P<council>du\s+Conseil|del\s+Consejo|Совета)",
        r")(?:[^\p{L}]|$)",
    ].concat())
});

/// A date between a number and the organ named after it (`52/27 du 6 juillet 2023 du
/// Conseil des droits de l'homme`).
const DATE_FOR_BODY: &str = concat!(
    r"(?:[0-9]{1,2}\s+\p{L}+\s+[0-9]{4}(?:\s*года)?|(?:1er)\s+\p{L}+\s+[0-9]{4}",
    r"|[0-9]{1,2}\s+de\s+\p{L}+\s+de\s+[0-9]{4}",
    r"|[0-9]{1,2}\s+[\p{Arabic}\p{Mn}]+\s*/\s*[\p{Arabic}\p{Mn}]+\s+[0-9]{4})",
);

/// After an organ's name that [`BODY_AFTER`] read as the General Assembly: the Assembly of
/// another organization (`the General Assembly of the World Tourism Organization`).
pub static NOT_THE_ASSEMBLY: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"^\s*(?:of\s+the\s+\p{Lu}|de\s+l['’]Organisation|de\s+la\s+Organizaci|Всемирной)")
});

/// A date printed right after a cited number (`73/266 of 22 December 2018`, `du 1er décembre
/// 1999`, `, de 4 de diciembre de 1998`, `от 4 декабря 1998 года`, `المؤرخ 8 كانون الأول/ديسمبر
/// 2003`).
pub static DATE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"^\s*[,،]?\s*(?:(?i:of|du|de|del|dated|en\s+date\s+du|от)\s+|المؤرخ\p{{Arabic}}*\s+)(?P<date>{DATE})"
    ))
});

/// A Chinese date before `第` and the number (`2016年5月27日关于沙尘暴的第`).
pub static ZH_DATE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"(?P<date>[0-9]{4}\s*年(?:\s*[0-9]{1,2}\s*月(?:\s*[0-9]{1,2}\s*日)?)?)\s*",
        r"(?:关于[^，。；、“”第号0-9]{0,60}的\s*)?(?:通过的\s*)?第\s*$",
    ))
});

/// The Human Rights Council's report to the General Assembly, `A/<session>/53` (with its
/// addenda and corrigenda).
pub static HRC_REPORT: LazyLock<Regex> =
    LazyLock::new(|| compile(r"A/[0-9]{2}/53(?:/Add\.[0-9]+)?(?:/Corr\.[0-9]+)?(?:[^0-9/.]|$)"));

/// `the adoption by the Economic Commission for Latin America and the Caribbean of its`,
/// `Noting the adoption, by the ... at its seventy-second session, of`: the organ that
/// adopted the resolution cited next.
pub static ADOPTED_BY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"(?:adoption|adopted),?\s+by\s+the\s+(?P<organ>\p{Lu}[^,;.:“”()]{2,150}?)",
        r"(?:,?\s+at\s+its\s+[^,;.:]{1,60}?)?,?\s+of\s+(?:its\s+)?$",
    ))
});

/// `paragraph 3 of` before a trigger (and before any organ named there).
pub static PINPOINT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"(?i)(?:paragraphs?|paras?\.|paragraphes?|par\.|párrafos?|párrs?\.|",
        r"пункт\p{L}*|الفقرة|الفقرات|للفقرة|بالفقرة|والفقرة)\s+",
        r"(?P<pin>[0-9]{1,3}(?:\s*\(\s*[a-z]{1,4}\s*\))?)\s+",
        r"(?:(?:of|de\s+la|de|du|del|من)\s+)?(?:(?:its|the|sa|la|su|свое\p{L}*|этой)\s+)?",
        r"(?:\p{Lu}[\p{L}’'\-]*\s+(?:(?:and|of|on)\s+)?)*$",
    ))
});

/// `, para. 17` after a document symbol (`A/75/394, para. 17`, `A/75/394，第 17 段`).
pub static PINPOINT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"^\s*[,，、،]\s*(?:(?i:paras?\.|paragraphs?|par\.|párrs?\.|párrafos?|пункты?|пп?\.)|",
        r"الفقرة|الفقرتان|第)\s*(?P<pin>[0-9]{1,3}(?:\s*\(\s*[a-z]{1,4}\s*\))?)",
    ))
});

/// `paragraph 3 of that resolution` and its translations: a paragraph of the resolution
/// cited last.
pub static ANAPHORA: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"(?i)(?:(?:paragraphs?|paragraphe|párrafo|пункт\p{L}*|الفقرة)\s+",
        r"(?P<pin>[0-9]{1,3}(?:\s*\(\s*[a-z]{1,4}\s*\))?)\s+",
        r"(?:of\s+(?:that|the\s+same|the\s+said|said|this)\s+resolution|",
        r"de\s+(?:ladite|cette|la\s+même)\s+résolution|",
        r"de\s+(?:dicha|esa|esta|la\s+misma|la\s+citada)\s+resolución|",
        r"(?:этой|указанной|данной|той\s+же|упомянутой)\s+резолюции|",
        r"من\s+(?:ذلك|هذا|نفس)\s+القرار)",
        r"|(?:该|此|上述|这项|这一)决议\s*第\s*(?P<zhpin>[0-9]{1,3}(?:\s*\(\s*[a-z]{1,4}\s*\))?)\s*段)",
    ))
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_compiles() {
        for re in [
            &*CANDIDATE,
            &*CANDIDATE_SC,
            &*BARE_LIST_GLUE,
            &*TRIGGER,
            &*GLUE,
            &*LOOSE_GLUE,
            &*ZH_GLUE,
            &*ZH_AFTER,
            &*ZH_BODY,
            &*EN_TITLE_RUN,
            &*BODY_AFTER,
            &*PINPOINT_BEFORE,
            &*PINPOINT_AFTER,
            &*ANAPHORA,
            &*NOT_THE_ASSEMBLY,
            &*DATE_AFTER,
            &*ZH_DATE_BEFORE,
            &*HRC_REPORT,
            &*ADOPTED_BY_BEFORE,
        ] {
            assert_ne!(re.as_str(), r"[^\s\S]");
        }
    }

    #[test]
    fn glue_accepts_dates_and_conjunctions() {
        for gap in [
            " of 4 December 1998, ",
            " du 1er décembre 1999, ",
            ", de 4 de diciembre de 1998, ",
            " от 4 декабря 1998 года, ",
            " المؤرخ 8 كانون الأول/ ديسمبر 2003 و ",
            " and ",
        ] {
            assert!(GLUE.is_match(gap), "{gap:?}");
        }
        assert!(!GLUE.is_match(" on the report of the Committee "));
    }

    #[test]
    fn triggers_give_their_word() {
        for (before, word) in [
            ("Recalling its resolutions ", "resolutions"),
            ("as well as its decision ", "decision"),
            ("резолюцию Совета Безопасности ", "резолюцию"),
            ("وإلى مقررها ", "مقررها"),
            ("قرار مجلس الأمن ", "قرار"),
        ] {
            let caps = TRIGGER.captures(before).unwrap();
            assert_eq!(&caps["word"], word);
        }
        assert!(!TRIGGER.is_match("the resolution was adopted in "));
    }
}
