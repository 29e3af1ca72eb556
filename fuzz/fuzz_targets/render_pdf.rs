//! Any bytes drawn as a PDF page ("Show on page"): an image of bounded size or one clear
//! error, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut bytes = b"%PDF-1.7\n".to_vec();
    bytes.extend_from_slice(data);
    if let Ok(image) = plenary::parse::pdf::render_page(&bytes, 0, 0.5) {
        assert_eq!(image.rgba.len(), image.width * image.height * 4);
        assert!(image.width as f32 <= plenary::parse::pdf::MAX_SIDE + 1.0);
        assert!(image.height as f32 <= plenary::parse::pdf::MAX_SIDE + 1.0);
    }
});
