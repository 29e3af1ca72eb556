//! Plenary as the desktop installs it: the desktop entry, the AppStream metainfo, the MIME
//! type and icons (`packaging/linux/`), checked by the desktop's own validators, and the
//! `.deb` that `cargo deb` builds, installed into an empty root with dpkg, run from there and
//! removed. Each check skips, saying why, where its tool is missing; `.ci/run` installs them
//! (desktop-file-utils, appstream, dpkg, cargo-deb).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

const APP_ID: &str = "org.plenary.Plenary";

fn packaging() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/linux")
}

/// Runs a tool; None (with a printed reason) when it is not installed.
fn run(tool: &str, args: &[&str]) -> Option<std::process::Output> {
    match Command::new(tool).args(args).output() {
        Ok(out) => Some(out),
        Err(_) => {
            eprintln!("skipping: {tool} is not installed");
            None
        }
    }
}

fn said(out: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn desktop_entry() -> String {
    std::fs::read_to_string(packaging().join(format!("{APP_ID}.desktop"))).unwrap()
}

fn desktop_key<'a>(entry: &'a str, key: &str) -> &'a str {
    entry
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{key}=")))
        .unwrap_or_else(|| panic!("the desktop entry has no {key}"))
}

#[test]
fn the_desktop_entry_passes_desktop_file_validate() {
    let path = packaging().join(format!("{APP_ID}.desktop"));
    let Some(out) = run("desktop-file-validate", &[path.to_str().unwrap()]) else {
        return;
    };
    assert!(out.status.success(), "{}", said(&out));
    // Errors make it fail; hints and warnings are printed too, and there are none.
    assert!(said(&out).trim().is_empty(), "{}", said(&out));
}

#[test]
fn the_desktop_entry_opens_every_kind_of_file_plenary_reads_and_its_links() {
    let entry = desktop_entry();
    let types: Vec<&str> = desktop_key(&entry, "MimeType")
        .split(';')
        .filter(|t| !t.is_empty())
        .collect();
    for wanted in [
        "application/akn+xml",
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "text/markdown",
        "x-scheme-handler/plenary",
    ] {
        assert!(types.contains(&wanted), "{wanted} is not in {types:?}");
    }
    // Files and links arrive as addresses (%U), which Plenary turns back into paths.
    assert_eq!(desktop_key(&entry, "Exec"), "plenary %U");
    assert_eq!(desktop_key(&entry, "Icon"), APP_ID);
    assert_eq!(desktop_key(&entry, "StartupWMClass"), plenary::ui::APP_ID);
}

#[test]
fn the_metainfo_passes_appstreamcli_validate() {
    let path = packaging().join(format!("{APP_ID}.metainfo.xml"));
    let Some(out) = run(
        "appstreamcli",
        &["validate", "--no-net", "--explain", path.to_str().unwrap()],
    ) else {
        return;
    };
    assert!(out.status.success(), "{}", said(&out));
    let text = std::fs::read_to_string(&path).unwrap();
    let xml = roxmltree::Document::parse(&text).unwrap();
    let root = xml.root_element();
    let child = |name: &str| root.children().find(|n| n.has_tag_name(name));
    assert_eq!(child("id").and_then(|n| n.text()), Some(APP_ID));
    assert_eq!(
        child("launchable").and_then(|n| n.text()),
        Some(format!("{APP_ID}.desktop").as_str())
    );
    let screenshots = child("screenshots").expect("screenshots");
    assert!(screenshots.children().filter(|n| n.is_element()).count() >= 2);
    // The media types it says it opens are those the desktop entry opens.
    let provided: Vec<&str> = child("provides")
        .unwrap()
        .children()
        .filter(|n| n.has_tag_name("mediatype"))
        .filter_map(|n| n.text())
        .collect();
    let entry = desktop_entry();
    for mediatype in &provided {
        assert!(
            desktop_key(&entry, "MimeType").contains(mediatype),
            "{mediatype}"
        );
    }
}

#[test]
fn akoma_ntoso_files_are_known_by_their_root_element() {
    let text = std::fs::read_to_string(packaging().join(format!("{APP_ID}.mime.xml"))).unwrap();
    let xml = roxmltree::Document::parse(&text).unwrap();
    let root_xml = xml
        .descendants()
        .find(|n| n.has_tag_name("root-XML"))
        .expect("a root-XML rule");
    let namespace = root_xml.attribute("namespaceURI").unwrap();
    let local = root_xml.attribute("localName").unwrap();
    // The rule matches the corpus's own files.
    let Some(file) = common::corpus_file("akn/ga/75/en/75_32_E.xml") else {
        return;
    };
    let source = std::fs::read_to_string(file).unwrap();
    let doc = roxmltree::Document::parse(&source).unwrap();
    assert_eq!(doc.root_element().tag_name().name(), local);
    assert_eq!(doc.root_element().tag_name().namespace(), Some(namespace));
}

/// A PNG's width and height, from its header.
fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).unwrap();
    assert_eq!(&bytes[1..4], b"PNG", "{}", path.display());
    let be = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    (be(16), be(20))
}

#[test]
fn the_icon_comes_as_svg_and_in_every_size_the_desktop_asks_for() {
    let icons = packaging().join("icons");
    let svg = std::fs::read_to_string(icons.join(format!("{APP_ID}.svg"))).unwrap();
    roxmltree::Document::parse(&svg).expect("the SVG icon is well-formed");
    for size in [16, 32, 48, 64, 128, 256, 512] {
        let png = icons.join(format!("{APP_ID}-{size}.png"));
        assert_eq!(png_size(&png), (size, size), "{}", png.display());
    }
}

/// Builds the `.deb` from the binary this test run built, as `cargo deb` packages it.
fn build_deb(out_dir: &Path) -> Option<PathBuf> {
    let version = run("cargo", &["deb", "--version"])?;
    if !version.status.success() {
        eprintln!("skipping: cargo-deb is not installed (cargo install cargo-deb)");
        return None;
    }
    let deb = out_dir.join("plenary.deb");
    // The test binary is a debug build: package it from target/debug, stripped, with fast
    // compression. The release package is built the same way from target/release.
    let out = Command::new("cargo")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "deb",
            "--no-build",
            "--profile",
            "dev",
            "--strip",
            "--fast",
            "--output",
        ])
        .arg(&deb)
        .output()
        .unwrap();
    assert!(out.status.success(), "cargo deb failed: {}", said(&out));
    Some(deb)
}

/// An empty root with only dpkg's own database, as a fresh system has it.
fn empty_root(dir: &Path) -> PathBuf {
    let root = dir.join("root");
    let admin = root.join("var/lib/dpkg");
    for sub in ["info", "updates", "triggers"] {
        std::fs::create_dir_all(admin.join(sub)).unwrap();
    }
    std::fs::write(admin.join("status"), "").unwrap();
    std::fs::write(admin.join("available"), "").unwrap();
    root
}

fn dpkg(root: &Path, args: &[&str]) -> Option<std::process::Output> {
    let root_arg = format!("--root={}", root.display());
    let mut all = vec![
        root_arg.as_str(),
        "--force-not-root",
        "--force-script-chrootless",
        "--log=/dev/null",
    ];
    all.extend_from_slice(args);
    run("dpkg", &all)
}

#[test]
fn the_deb_installs_into_an_empty_root_runs_from_there_and_removes_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let Some(deb) = build_deb(dir.path()) else {
        return;
    };
    let size = std::fs::metadata(&deb).unwrap().len();
    eprintln!("plenary.deb (debug build): {:.1} MB", size as f64 / 1e6);
    let root = empty_root(dir.path());
    // The empty root has none of the system libraries the package depends on.
    let Some(installed) = dpkg(&root, &["--force-depends", "-i", deb.to_str().unwrap()]) else {
        return;
    };
    assert!(installed.status.success(), "dpkg -i: {}", said(&installed));
    for file in [
        "usr/bin/plenary".to_string(),
        format!("usr/share/applications/{APP_ID}.desktop"),
        format!("usr/share/metainfo/{APP_ID}.metainfo.xml"),
        format!("usr/share/mime/packages/{APP_ID}.xml"),
        format!("usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg"),
        format!("usr/share/icons/hicolor/256x256/apps/{APP_ID}.png"),
        "usr/share/doc/plenary/copyright".to_string(),
    ] {
        assert!(root.join(&file).is_file(), "{file} is not installed");
    }
    let status = dpkg(&root, &["-s", "plenary"]).unwrap();
    let status = said(&status);
    assert!(status.contains("Status: install ok installed"), "{status}");
    assert!(
        status.contains("libgl1"),
        "the window's libraries are dependencies: {status}"
    );

    // The installed program runs, and reads a resolution.
    let binary = root.join("usr/bin/plenary");
    let data = dir.path().join("data");
    let version = Command::new(&binary).arg("--version").output().unwrap();
    assert!(version.status.success());
    assert_eq!(
        String::from_utf8_lossy(&version.stdout).trim(),
        format!("plenary {}", env!("CARGO_PKG_VERSION"))
    );
    if let Some(file) = common::corpus_file("akn/ga/75/en/75_32_E.xml") {
        let inspect = Command::new(&binary)
            .args(["inspect", "--json"])
            .arg(&file)
            .env("PLENARY_DATA_DIR", &data)
            .output()
            .unwrap();
        assert!(inspect.status.success(), "{}", said(&inspect));
        assert!(String::from_utf8_lossy(&inspect.stdout).contains("A/RES/75/32"));
    }

    // Removed, it leaves nothing behind but dpkg's own records.
    let removed = dpkg(&root, &["--purge", "plenary"]).unwrap();
    assert!(removed.status.success(), "dpkg --purge: {}", said(&removed));
    let left: Vec<PathBuf> = walk(&root)
        .into_iter()
        .filter(|p| !p.starts_with(root.join("var/lib/dpkg")))
        .filter(|p| p.is_file())
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        }
        out.push(path);
    }
    out
}
