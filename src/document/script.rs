//! Character classes that several parts of Plenary ask about: which characters belong to
//! Chinese, Japanese and Korean writing. Parsers, the differ, the search index and the window
//! all ask here, so that they agree.

/// Whether `c` is a letter of a script written without spaces between words: Han
/// ideographs (unified, extensions A and later, compatibility, and the ideographic zero `〇`),
/// Hiragana, Katakana and Hangul syllables.
///
/// These are what search terms and word-by-word comparison cut into single characters. CJK
/// punctuation and fullwidth forms are not letters; see [`is_cjk`].
pub fn is_cjk_letter(c: char) -> bool {
    matches!(c,
        '\u{3007}'                      // ideographic number zero
        | '\u{3040}'..='\u{30FF}'       // Hiragana, Katakana
        | '\u{3400}'..='\u{4DBF}'       // CJK Unified Ideographs Extension A
        | '\u{4E00}'..='\u{9FFF}'       // CJK Unified Ideographs
        | '\u{AC00}'..='\u{D7AF}'       // Hangul Syllables
        | '\u{F900}'..='\u{FAFF}'       // CJK Compatibility Ideographs
        | '\u{20000}'..='\u{3FFFF}'     // Extensions B and later, Compatibility Supplement
    )
}

/// Whether `c` belongs to Chinese, Japanese or Korean writing: a letter ([`is_cjk_letter`]),
/// or CJK punctuation, symbols and fullwidth forms (`，` `。` `、` `（` `１`), which take no
/// spaces around them either.
pub fn is_cjk(c: char) -> bool {
    is_cjk_letter(c)
        || matches!(c,
            '\u{2E80}'..='\u{2FFF}'     // radicals, Kangxi radicals, ideographic description
            | '\u{3000}'..='\u{303F}'   // CJK Symbols and Punctuation
            | '\u{3100}'..='\u{33FF}'   // Bopomofo, Hangul compatibility Jamo, Kanbun, strokes, enclosed, compatibility
            | '\u{4DC0}'..='\u{4DFF}'   // Yijing Hexagram Symbols
            | '\u{FE10}'..='\u{FE1F}'   // Vertical Forms
            | '\u{FE30}'..='\u{FE4F}'   // CJK Compatibility Forms
            | '\u{FF00}'..='\u{FFEF}'   // Halfwidth and Fullwidth Forms
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_of_chinese_japanese_and_korean() {
        for c in ['大', '会', '〇', '㐀', '𠀀', '𰀀', '豈', 'ひ', 'カ', '한'] {
            assert!(is_cjk_letter(c), "{c}");
            assert!(is_cjk(c), "{c}");
        }
    }

    #[test]
    fn punctuation_and_fullwidth_forms_are_cjk_but_not_letters() {
        for c in [
            '，', '。', '、', '《', '》', '（', '）', '；', '：', '１', '\u{3000}', '︐', '︵',
            'ㄅ',
        ] {
            assert!(is_cjk(c), "{c}");
            assert!(!is_cjk_letter(c), "{c}");
        }
    }

    #[test]
    fn other_scripts_are_not_cjk() {
        for c in [
            'a', 'Z', '7', ' ', ',', '.', 'é', 'ж', 'ب', '٣', '—', '“', '\u{00A0}',
        ] {
            assert!(!is_cjk(c), "{c}");
            assert!(!is_cjk_letter(c), "{c}");
        }
    }
}
