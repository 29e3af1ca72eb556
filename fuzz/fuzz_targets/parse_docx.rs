//! Any XML as the text of a Word file (with its comments, footnotes and styles parts made
//! of the same bytes): a document or one clear error, never a panic, whatever the tracked
//! changes, paragraph marks, comment anchors and footnote marks say.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::io::Write;

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

fuzz_target!(|data: &[u8]| {
    let Ok(xml) = std::str::from_utf8(data) else {
        return;
    };
    let document = format!("<w:document {W}><w:body>{xml}</w:body></w:document>");
    let comments = format!("<w:comments {W}>{xml}</w:comments>");
    let footnotes = format!("<w:footnotes {W}>{xml}</w:footnotes>");
    let styles = format!("<w:styles {W}>{xml}</w:styles>");
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut out);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        for (name, text) in [
            ("word/document.xml", &document),
            ("word/comments.xml", &comments),
            ("word/footnotes.xml", &footnotes),
            ("word/styles.xml", &styles),
        ] {
            zip.start_file(name, options).unwrap();
            zip.write_all(text.as_bytes()).unwrap();
        }
        zip.finish().unwrap();
    }
    if let Ok(doc) = plenary::parse::docx::parse(out.get_ref()) {
        for p in &doc.paragraphs {
            for c in &p.citations {
                assert!(p.text.get(c.range.clone()).is_some(), "citation range");
            }
        }
        if let Some(revisions) = &doc.revisions {
            for c in &revisions.changes {
                if let Some(id) = &c.paragraph {
                    assert!(doc.paragraph(id).is_some(), "change paragraph");
                }
                if let Some(id) = &c.original_paragraph {
                    assert!(revisions.original.paragraph(id).is_some(), "original paragraph");
                }
            }
        }
        for c in &doc.comments {
            if let Some(id) = &c.paragraph {
                assert!(doc.paragraph(id).is_some(), "comment paragraph");
            }
        }
    }
});
