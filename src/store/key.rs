//! Which notes file a document's notes live in.
//!
//! A document is known by its symbol and language when it states them (`A/RES/75/32@en`), so
//! that the same resolution opened from another folder, or re-downloaded, finds its notes.
//! A document without a symbol (an unnamed draft, a text export without a heading) is known by
//! a hash of its content instead.
//!
//! The hash is 64-bit FNV-1a, written as `fnv1a64:` and 16 hex digits. It is implemented here
//! rather than taken from `std` because `std`'s hashers may change between Rust releases and
//! these keys name files that must be found again years later. It hashes the paragraphs'
//! texts with runs of whitespace collapsed to one space, each followed by a newline, so that
//! re-wrapping or re-saving a file does not change it. 64 bits is plenty to tell a person's
//! documents apart; it is not meant to resist someone crafting collisions.

use crate::document::{Document, Language};
use serde::{Deserialize, Serialize};

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// 64-bit FNV-1a, a small hash that is the same on every platform and in every release.
#[derive(Clone, Copy, Debug)]
pub struct Fnv1a64(u64);

impl Default for Fnv1a64 {
    fn default() -> Self {
        Fnv1a64(FNV_OFFSET)
    }
}

impl Fnv1a64 {
    /// Feeds bytes.
    pub fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(FNV_PRIME);
        }
    }

    /// The hash of everything written so far.
    pub fn finish(&self) -> u64 {
        self.0
    }
}

/// FNV-1a of `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h = Fnv1a64::default();
    h.write(bytes);
    h.finish()
}

/// The content hash of a document, `fnv1a64:` and 16 hex digits (see the module docs).
pub fn content_hash(doc: &Document) -> String {
    let mut h = Fnv1a64::default();
    for p in &doc.paragraphs {
        for (i, word) in p.text.split_whitespace().enumerate() {
            if i > 0 {
                h.write(b" ");
            }
            h.write(word.as_bytes());
        }
        h.write(b"\n");
    }
    format!("fnv1a64:{:016x}", h.finish())
}

/// The identity of a document for its notes: `A/RES/75/32@en`, `A/RES/75/32` (language
/// unknown), or a content hash `fnv1a64:0123456789abcdef`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DocumentKey(String);

impl DocumentKey {
    /// The key of a parsed document: symbol and language when it has a symbol, else its
    /// content hash.
    pub fn of(doc: &Document) -> DocumentKey {
        match doc.meta.symbol.as_deref().filter(|s| !s.trim().is_empty()) {
            Some(symbol) => DocumentKey::for_symbol(symbol, doc.meta.language),
            None => DocumentKey(content_hash(doc)),
        }
    }

    /// The key of a document known by symbol (whitespace is normalised).
    pub fn for_symbol(symbol: &str, language: Option<Language>) -> DocumentKey {
        let symbol = symbol.split_whitespace().collect::<Vec<_>>().join(" ");
        match language {
            Some(lang) => DocumentKey(format!("{symbol}@{}", lang.code())),
            None => DocumentKey(symbol),
        }
    }

    /// A key taken as is (from a notes file or an import).
    pub fn from_raw(key: impl Into<String>) -> DocumentKey {
        DocumentKey(key.into())
    }

    /// The key as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A file name stem that is safe on every platform: the key with anything but ASCII
    /// letters, digits, `.` and `-` turned into `_` (readable in a file manager), then `-` and
    /// 8 hex digits of the key's hash so that two keys never share a file
    /// (`A_RES_75_32.en-5c1f0a3e`). Content keys are already safe and are used as they are.
    pub fn file_stem(&self) -> String {
        if let Some(hex) = self.0.strip_prefix("fnv1a64:")
            && hex.len() == 16
            && hex.bytes().all(|b| b.is_ascii_hexdigit())
        {
            return format!("content-{}", hex.to_ascii_lowercase());
        }
        let mut readable = String::new();
        for c in self.0.chars() {
            let mapped = match c {
                'A'..='Z' | 'a'..='z' | '0'..='9' | '.' | '-' => c,
                '@' => '.',
                _ => '_',
            };
            // Collapse runs of `_` (`2532 (2020)` -> `2532_2020_`).
            if !(mapped == '_' && readable.ends_with('_')) {
                readable.push(mapped);
            }
            if readable.len() >= 80 {
                break;
            }
        }
        let readable = readable.trim_matches(|c| c == '_' || c == '.');
        let readable = if readable.is_empty() {
            "document"
        } else {
            readable
        };
        let hash = fnv1a64(self.0.as_bytes()) as u32;
        format!("{readable}-{hash:08x}")
    }
}

impl std::fmt::Display for DocumentKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Format, Paragraph, ParagraphKind, Part};

    #[test]
    fn fnv_matches_published_vectors() {
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn symbol_keys_and_file_stems() {
        let key = DocumentKey::for_symbol(" A/RES/75/32 ", Some(Language::En));
        assert_eq!(key.as_str(), "A/RES/75/32@en");
        let stem = key.file_stem();
        assert!(stem.starts_with("A_RES_75_32.en-"), "{stem}");
        assert_eq!(stem.len(), "A_RES_75_32.en-".len() + 8);
        let sc = DocumentKey::for_symbol("S/RES/2532  (2020)", None);
        assert_eq!(sc.as_str(), "S/RES/2532 (2020)");
        assert!(
            sc.file_stem().starts_with("S_RES_2532_2020-"),
            "{}",
            sc.file_stem()
        );
        // Keys that read the same once made safe still get different files.
        let a = DocumentKey::from_raw("A/B");
        let b = DocumentKey::from_raw("A_B");
        assert_ne!(a.file_stem(), b.file_stem());
        assert!(
            DocumentKey::from_raw("/../..")
                .file_stem()
                .starts_with("document-")
        );
    }

    #[test]
    fn documents_without_a_symbol_are_known_by_content() {
        let mut doc = Document::new(Format::Text);
        doc.paragraphs.push(Paragraph::new(
            "op1",
            ParagraphKind::Operative,
            Part::Operative,
            "Decides  to remain\nseized of the matter.",
        ));
        let key = DocumentKey::of(&doc);
        assert!(key.as_str().starts_with("fnv1a64:"), "{key}");
        // Re-wrapped text is the same document.
        let mut rewrapped = doc.clone();
        rewrapped.paragraphs[0].text = "Decides to remain seized of the matter.".into();
        assert_eq!(DocumentKey::of(&rewrapped), key);
        let mut other = doc.clone();
        other.paragraphs[0].text = "Decides to remain actively seized of the matter.".into();
        assert_ne!(DocumentKey::of(&other), key);
        assert!(key.file_stem().starts_with("content-"));
        assert_eq!(key.file_stem().len(), "content-".len() + 16);
        doc.meta.symbol = Some("A/RES/75/32".into());
        doc.meta.language = Some(Language::Zh);
        assert_eq!(DocumentKey::of(&doc).as_str(), "A/RES/75/32@zh");
    }
}
