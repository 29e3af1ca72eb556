//! `plenary --screenshot` renders the window to a PNG with no display and no GPU.

mod common;

use common::stderr;
use std::collections::HashSet;
use std::path::Path;

/// Decodes a PNG into (width, height, RGBA bytes).
fn decode(path: &Path) -> (u32, u32, Vec<u8>) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    buf.truncate(info.buffer_size());
    assert_eq!(info.color_type, png::ColorType::Rgba);
    (info.width, info.height, buf)
}

/// Runs the binary as a script on a server would: no X11, no Wayland.
fn headless(data: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(args)
        .env("PLENARY_DATA_DIR", data)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLAND_SOCKET")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap()
}

#[test]
fn the_bundled_sample_renders_without_a_display() {
    let data = tempfile::tempdir().unwrap();
    let out_png = data.path().join("shot.png");
    let out = headless(
        data.path(),
        &[
            "--screenshot",
            out_png.to_str().unwrap(),
            "--size",
            "900x600",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let (w, h, rgba) = decode(&out_png);
    assert_eq!((w, h), (900, 600));
    let colours: HashSet<&[u8]> = rgba.chunks_exact(4).collect();
    assert!(
        colours.len() > 50,
        "only {} colours: nothing drawn",
        colours.len()
    );
    // Light theme: a light page with dark text on it.
    let dark = rgba
        .chunks_exact(4)
        .filter(|p| p[0] < 80 && p[1] < 80 && p[2] < 80)
        .count();
    let light = rgba
        .chunks_exact(4)
        .filter(|p| p[0] > 230 && p[1] > 230 && p[2] > 230)
        .count();
    let total = (w * h) as usize;
    assert!(light > total / 2, "the page is light: {light} of {total}");
    assert!(
        dark > total / 200,
        "there is text: {dark} dark pixels of {total}"
    );
    // The screenshot mode does not remember a session.
    assert!(!data.path().join("session.json").exists());
}

#[test]
fn the_dark_theme_is_dark() {
    let data = tempfile::tempdir().unwrap();
    let out_png = data.path().join("dark.png");
    let out = headless(
        data.path(),
        &[
            "--screenshot",
            out_png.to_str().unwrap(),
            "--size",
            "640x480",
            "--theme",
            "dark",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let (w, h, rgba) = decode(&out_png);
    let dark = rgba
        .chunks_exact(4)
        .filter(|p| p[0] < 60 && p[1] < 60 && p[2] < 60)
        .count();
    assert!(dark > (w * h) as usize / 2, "{dark} dark pixels");
}

#[test]
fn an_unwritable_output_is_a_clear_error() {
    let data = tempfile::tempdir().unwrap();
    let out_png = data.path().join("no/such/folder/shot.png");
    let out = headless(data.path(), &["--screenshot", out_png.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("could not write the screenshot"), "{err}");
    assert!(
        err.trim_end().ends_with("shot.png"),
        "names the file last: {err}"
    );
}

#[test]
fn the_window_without_a_display_says_what_works_instead() {
    let data = tempfile::tempdir().unwrap();
    let out = headless(data.path(), &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.starts_with("plenary: no display"), "{err}");
    assert!(err.contains("--screenshot"), "{err}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");
}
