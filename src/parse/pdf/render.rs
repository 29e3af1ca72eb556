//! A page of a PDF drawn as an image, so that a reader can set a paragraph's reflowed text
//! against the page as published ("Show on page").

use super::ParseError;
use hayro::hayro_syntax::Pdf;
use hayro::vello_cpu::color::palette::css::WHITE;
use hayro::{PixmapSettings, RenderCache, RenderSettings, render};
use hayro_interpret::InterpreterSettings;

/// No side of a drawn page is longer than this (pixels): enough for a page at three times
/// its size in points, bounded whatever the file claims.
pub const MAX_SIDE: f32 = 2_600.0;

/// A page drawn at some scale: premultiplied RGBA (opaque: the page is white), row by row.
#[derive(Clone, Debug, PartialEq)]
pub struct PageImage {
    pub width: usize,
    pub height: usize,
    pub rgba: Vec<u8>,
    /// How many pages the file has.
    pub pages: usize,
}

/// Draws page `index` (from 0) of a PDF at `scale` pixels per point (shrunk to fit
/// [`MAX_SIDE`]).
pub fn render_page(bytes: &[u8], index: usize, scale: f32) -> Result<PageImage, ParseError> {
    // The renderer is young: a page it cannot draw must not take the window down.
    std::panic::catch_unwind(|| draw(bytes, index, scale))
        .map_err(|_| ParseError::at_file(crate::text!("read-pdf-page-not-drawn")))?
}

fn draw(bytes: &[u8], index: usize, scale: f32) -> Result<PageImage, ParseError> {
    let pdf = Pdf::new(bytes.to_vec()).map_err(|e| {
        ParseError::at_file(crate::text!(
            "read-pdf-not-opened",
            error = format!("{e:?}").to_lowercase()
        ))
    })?;
    let pages = pdf.pages();
    let count = pages.len();
    let page = pages.get(index).ok_or_else(|| {
        ParseError::at_file(crate::text!(
            "read-pdf-no-such-page",
            count = count,
            page = index + 1
        ))
    })?;
    let (width, height) = page.render_dimensions();
    let longest = width.max(height).max(1.0);
    let scale = if scale.is_finite() && scale > 0.0 {
        scale.min(MAX_SIDE / longest)
    } else {
        1.0_f32.min(MAX_SIDE / longest)
    };
    let cache = RenderCache::new();
    let pixmap = render(
        page,
        &cache,
        &InterpreterSettings::default(),
        &RenderSettings::default(),
        &PixmapSettings {
            x_scale: scale,
            y_scale: scale,
            bg_color: WHITE,
        },
    );
    Ok(PageImage {
        width: usize::from(pixmap.width()),
        height: usize::from(pixmap.height()),
        rgba: pixmap.data_as_u8_slice().to_vec(),
        pages: count,
    })
}

/// Reads a PDF file (as safely as any file the user names) and draws one of its pages.
pub fn render_file_page(
    path: &std::path::Path,
    index: usize,
    scale: f32,
) -> Result<PageImage, ParseError> {
    let bytes = crate::parse::read_user_file(path, crate::parse::MAX_FILE_SIZE)
        .map_err(|e| ParseError::io(e, path))?;
    render_page(&bytes, index, scale).map_err(|e| e.with_path(path))
}
