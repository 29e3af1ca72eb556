//! What typst sees while it lays out a briefing: one template, one data file, the fonts
//! Plenary bundles, and nothing else: no file system, no packages, no network.

use std::sync::OnceLock;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// The template, laid out with the data Plenary writes.
const TEMPLATE: &str = include_str!("briefing.typ");

/// The fonts the window uses, so that the PDF shows every script the window shows: Latin,
/// Cyrillic and Greek (Noto Sans), Chinese (Noto Sans SC) and Arabic (Plenary Naskh).
const FONT_FILES: [&[u8]; 8] = [
    include_bytes!("../../fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../fonts/NotoSans-Bold.ttf"),
    include_bytes!("../../fonts/NotoSans-Italic.ttf"),
    include_bytes!("../../fonts/NotoSans-BoldItalic.ttf"),
    include_bytes!("../../fonts/NotoSansSC-Regular.subset.ttf"),
    include_bytes!("../../fonts/NotoSansSC-Bold.subset.ttf"),
    include_bytes!("../../fonts/PlenaryNaskh-Regular.ttf"),
    include_bytes!("../../fonts/PlenaryNaskh-Bold.ttf"),
];

/// The families in the order typst tries them for a character.
pub const FAMILIES_LATIN_FIRST: [&str; 3] = ["Noto Sans", "Plenary Naskh", "Noto Sans SC"];
/// Chinese first, so that punctuation shared with Latin takes its Chinese form.
pub const FAMILIES_CHINESE_FIRST: [&str; 3] = ["Noto Sans SC", "Noto Sans", "Plenary Naskh"];
/// Arabic first, so that digits and punctuation inside Arabic text join its run.
pub const FAMILIES_ARABIC_FIRST: [&str; 3] = ["Plenary Naskh", "Noto Sans", "Noto Sans SC"];

/// What does not change from one briefing to the next: the standard library and the fonts,
/// made once per process.
struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

fn shared() -> &'static Shared {
    static SHARED: OnceLock<Shared> = OnceLock::new();
    SHARED.get_or_init(|| {
        let fonts: Vec<Font> = FONT_FILES
            .iter()
            .flat_map(|bytes| Font::iter(Bytes::new(*bytes)))
            .collect();
        Shared {
            library: LazyHash::new(Library::builder().build()),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
        }
    })
}

fn file_id(path: &str) -> FileId {
    let path = VirtualPath::new(path).unwrap_or_else(|_| unreachable!("a fixed, valid path"));
    RootedPath::new(VirtualRoot::Project, path).intern()
}

/// One briefing's world: the template and its data.
pub struct BriefingWorld {
    main: Source,
    data_id: FileId,
    data: Bytes,
    today: Option<Datetime>,
}

impl BriefingWorld {
    /// A world where `/data.json` holds `data`. The paths are the same for every briefing,
    /// so typst's table of file names does not grow with each export.
    pub fn new(data: Vec<u8>, today: Option<(i32, u8, u8)>) -> BriefingWorld {
        BriefingWorld {
            main: Source::new(file_id("/briefing.typ"), TEMPLATE.to_string()),
            data_id: file_id("/data.json"),
            data: Bytes::new(data),
            today: today.and_then(|(y, m, d)| Datetime::from_ymd(y, m, d)),
        }
    }
}

impl World for BriefingWorld {
    fn library(&self) -> &LazyHash<Library> {
        &shared().library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &shared().book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            Ok(self.data.clone())
        } else if id == self.main.id() {
            Ok(Bytes::from_string(self.main.clone()))
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        shared().fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        self.today
    }
}
