//! The glyphs of each page, with their Unicode text, position and size, as the PDF draws them.

use hayro_interpret::font::{Glyph as PdfGlyph, GlyphRun};
use hayro_interpret::hayro_cmap::BfString;
use hayro_interpret::hayro_syntax::Pdf;
use hayro_interpret::kurbo::{Affine, BezPath, Point};
use hayro_interpret::{
    BlendMode, ClipPath, Context, Device, DrawMode, DrawProps, Image, ImageDrawProps,
    InterpreterCache, InterpreterSettings, RectExt, SoftMask, TransformExt, interpret_page,
};
use std::collections::HashMap;

/// No resolution draws this many glyphs (A/RES/80/110, 56 pages, draws about 160,000).
pub const MAX_GLYPHS: usize = 2_000_000;
/// Nor has this many pages.
pub const MAX_PAGES: usize = 2_000;

/// One glyph: where its origin is (PDF points, y up), its font size, and its text.
#[derive(Clone, Debug, PartialEq)]
pub struct Glyph {
    pub x: f32,
    pub y: f32,
    pub size: f32,
    pub text: String,
    /// Drawn in an italic font (operative verbs, titles of instruments).
    pub italic: bool,
}

/// A page's glyphs in drawing order, and its height.
#[derive(Clone, Debug, Default)]
pub struct Page {
    pub height: f32,
    /// From the glyphs' coordinates to the page as a reader shows it (points from its top
    /// left corner, after the crop box and the page's rotation), and that page's size.
    pub view: Affine,
    pub view_size: (f32, f32),
    pub glyphs: Vec<Glyph>,
    /// Images drawn on the page (a scan is one image per page and no text).
    pub images: usize,
    /// Letters read from the font because its ToUnicode map gave another.
    pub repaired: usize,
    /// Glyphs drawn invisibly: the text layer that OCR lays over a scanned page.
    pub invisible: usize,
}

impl Page {
    /// Where a point in the glyphs' coordinates is on the page as a reader shows it, as
    /// fractions of its width and height from the top left corner.
    pub fn shown_at(&self, x: f32, y: f32) -> (f32, f32) {
        let p = self.view * Point::new(f64::from(x), f64::from(y));
        (
            (p.x / f64::from(self.view_size.0.max(1.0))) as f32,
            (p.y / f64::from(self.view_size.1.max(1.0))) as f32,
        )
    }
}

/// Why the glyphs could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// The file is not a PDF the interpreter can open (damaged, encrypted).
    Unreadable(String),
    /// More pages or glyphs than any resolution has.
    TooLarge,
}

struct Collector<'c> {
    glyphs: Vec<Glyph>,
    images: usize,
    overflow: bool,
    /// Per embedded font: the letter its own character map gives each glyph (read once for
    /// the whole file).
    cmaps: &'c mut HashMap<u128, HashMap<u32, char>>,
    /// Letters whose ToUnicode map disagreed with the font and were read from the font.
    repaired: usize,
    invisible: usize,
}

/// Glyph to letter, from a font program's own character map (letters only).
fn letters_of(font: &[u8]) -> HashMap<u32, char> {
    use skrifa::MetadataProvider;
    let Ok(font) = skrifa::FontRef::new(font) else {
        return HashMap::new();
    };
    font.charmap()
        .mappings()
        .filter_map(|(code, gid)| {
            let c = char::from_u32(code)?;
            c.is_alphabetic().then_some((gid.to_u32(), c))
        })
        .collect()
}

impl<'a> Device<'a> for Collector<'_> {
    fn draw_path(&mut self, _: &BezPath, _: DrawProps<'a>, _: &DrawMode) {}
    fn push_clip_path(&mut self, _: &ClipPath) {}
    fn push_transparency_group(&mut self, _: f32, _: Option<SoftMask<'a>>, _: BlendMode) {}
    fn draw_glyph_run(&mut self, run: &GlyphRun<'_, 'a>, props: DrawProps<'a>, mode: &DrawMode) {
        // Text drawn twice (filled, then stroked) counts once.
        if matches!(mode, DrawMode::Stroke(_)) {
            return;
        }
        if matches!(mode, DrawMode::Invisible) {
            self.invisible += run.glyphs().len();
        }
        // One run is shown in one font: what it is is asked once.
        let font = run.glyphs().first().and_then(|g| match &**g {
            PdfGlyph::Outline(outline) => outline.font_data(),
            PdfGlyph::Type3(_) => None,
        });
        let italic = font.as_ref().is_some_and(|font| {
            font.is_italic
                || font
                    .postscript_name
                    .as_deref()
                    .is_some_and(|name| name.contains("Italic") || name.contains("Oblique"))
        });
        let letters = font.map(|font| {
            &*self
                .cmaps
                .entry(font.cache_key)
                .or_insert_with(|| letters_of((*font.data).as_ref()))
        });
        for glyph in run.glyphs() {
            if self.glyphs.len() >= MAX_GLYPHS {
                self.overflow = true;
                return;
            }
            let t = props.transform * glyph.transform();
            let origin = t * Point::ZERO;
            let c = t.as_coeffs();
            // The glyph space is 1000 units per em: the length of its y axis is the size.
            let size = (c[2].hypot(c[3]) * 1000.0) as f32;
            let mut text = match glyph.as_unicode() {
                Some(BfString::Char(c)) => c.to_string(),
                Some(BfString::String(s)) => s,
                None => '\u{FFFD}'.to_string(),
            };
            // A ToUnicode map can be wrong where the font is right (`aiirmando` for
            // `afirmando`, A/RES/77/247 in Spanish): a letter the font's own map gives
            // another letter is read from the font.
            if let (Some(letters), PdfGlyph::Outline(outline)) = (letters, &**glyph)
                && let Some(&own) = letters.get(&outline.glyph_id().to_u32())
                && text.chars().count() == 1
                && text.chars().all(char::is_alphabetic)
                && !text.starts_with(own)
            {
                text = own.to_string();
                self.repaired += 1;
            }
            if !origin.x.is_finite() || !origin.y.is_finite() || !size.is_finite() {
                continue;
            }
            self.glyphs.push(Glyph {
                x: origin.x as f32,
                y: origin.y as f32,
                size,
                text,
                italic,
            });
        }
    }
    fn draw_image(&mut self, _: Image<'a, '_>, _: ImageDrawProps<'a>) {
        self.images += 1;
    }
    fn pop_clip(&mut self) {}
    fn pop_transparency_group(&mut self) {}
}

/// Reads every page's glyphs.
pub fn read(bytes: &[u8]) -> Result<Vec<Page>, ReadError> {
    let pdf = Pdf::new(bytes.to_vec()).map_err(|e| ReadError::Unreadable(format!("{e:?}")))?;
    let pages = pdf.pages();
    if pages.len() > MAX_PAGES {
        return Err(ReadError::TooLarge);
    }
    let cache = InterpreterCache::new();
    let mut out = Vec::with_capacity(pages.len());
    let mut total = 0usize;
    let mut cmaps = HashMap::new();
    for page in pages.iter() {
        let media = page.media_box().to_kurbo();
        let mut collector = Collector {
            glyphs: Vec::new(),
            images: 0,
            overflow: false,
            cmaps: &mut cmaps,
            repaired: 0,
            invisible: 0,
        };
        let mut ctx = Context::new(
            Affine::IDENTITY,
            media,
            &cache,
            pdf.xref(),
            InterpreterSettings::default(),
        );
        interpret_page(page, &mut ctx, &mut collector);
        total += collector.glyphs.len();
        if collector.overflow || total > MAX_GLYPHS {
            return Err(ReadError::TooLarge);
        }
        // Positions relative to the page's lower left corner.
        let (x0, y0) = (media.x0 as f32, media.y0 as f32);
        for g in &mut collector.glyphs {
            g.x -= x0;
            g.y -= y0;
        }
        let view = page.initial_transform(true).to_kurbo()
            * Affine::translate((f64::from(x0), f64::from(y0)));
        out.push(Page {
            height: media.height() as f32,
            view,
            view_size: page.render_dimensions(),
            glyphs: collector.glyphs,
            images: collector.images,
            repaired: collector.repaired,
            invisible: collector.invisible,
        });
    }
    Ok(out)
}
