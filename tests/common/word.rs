//! Word files built for tests and benchmarks: a .docx is a zip of XML parts, so drafts
//! as delegations circulate them (numbered paragraphs, tracked changes by several
//! delegations, comments in the margin) are written here from realistic texts.
#![allow(dead_code)]

use std::fmt::Write as _;
use std::io::Write;

pub fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut out);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, bytes) in parts {
            zip.start_file(*name, options).unwrap();
            zip.write_all(bytes).unwrap();
        }
        zip.finish().unwrap();
    }
    out.into_inner()
}

pub const W: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

/// A draft as delegations revise it: a paragraph inserted whole, one deleted whole, words
/// changed, a sentence moved, and a comment in the margin.
pub fn revised_draft() -> Vec<u8> {
    let by = |id: u32, who: &str| {
        format!(
            r#"w:id="{id}" w:author="{who}" w:date="2026-11-2{}T09:00:00Z""#,
            id % 10
        )
    };
    let document = format!(
        r#"<w:document {W}><w:body>
<w:p><w:r><w:rPr><w:i/></w:rPr><w:t>The General Assembly</w:t></w:r><w:r><w:t>,</w:t></w:r></w:p>
<w:p><w:r><w:rPr><w:i/></w:rPr><w:t>Recalling</w:t></w:r><w:r><w:t xml:space="preserve"> its resolution 74/28,</w:t></w:r></w:p>
<w:p><w:pPr><w:rPr><w:ins {a1}/></w:rPr></w:pPr><w:ins {a2}><w:r><w:rPr><w:i/></w:rPr><w:t>Noting</w:t></w:r><w:r><w:t xml:space="preserve"> the report of the Group of Governmental Experts,</w:t></w:r></w:ins></w:p>
<w:p><w:r><w:t>1.</w:t></w:r><w:r><w:tab/></w:r><w:commentRangeStart w:id="0"/><w:r><w:rPr><w:i/></w:rPr><w:t>Welcomes</w:t></w:r><w:r><w:t xml:space="preserve"> the report</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r><w:r><w:t xml:space="preserve"> on developments in the field of information and telecommunications in the context of international security</w:t></w:r><w:del {b3}><w:r><w:delText xml:space="preserve"> of last year</w:delText></w:r></w:del><w:ins {b4}><w:r><w:t xml:space="preserve"> of the Secretary-General</w:t></w:r></w:ins><w:r><w:t>;</w:t></w:r><w:moveFrom {b5}><w:r><w:t xml:space="preserve"> It is timely.</w:t></w:r></w:moveFrom></w:p>
<w:p><w:pPr><w:rPr><w:del {a6}/></w:rPr></w:pPr><w:del {a7}><w:r><w:delText>2.</w:delText></w:r><w:r><w:tab/></w:r><w:r><w:delText>Urges all States to act;</w:delText></w:r></w:del></w:p>
<w:p><w:r><w:t>3.</w:t></w:r><w:r><w:tab/></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>Decides</w:t></w:r><w:r><w:t xml:space="preserve"> to remain seized of the matter.</w:t></w:r><w:moveTo {b8}><w:r><w:t xml:space="preserve"> It is timely.</w:t></w:r></w:moveTo></w:p>
</w:body></w:document>"#,
        a1 = by(1, "Austria"),
        a2 = by(2, "Austria"),
        b3 = by(3, "Brazil"),
        b4 = by(4, "Brazil"),
        b5 = by(5, "Brazil"),
        a6 = by(6, "Austria"),
        a7 = by(7, "Austria"),
        b8 = by(8, "Brazil"),
    );
    let comments = format!(
        r#"<w:comments {W}><w:comment w:id="0" w:author="Chile" w:date="2026-11-30T10:00:00Z" w:initials="CL"><w:p><w:r><w:t>Which report? Please cite the symbol.</w:t></w:r></w:p></w:comment></w:comments>"#
    );
    zip_of(&[
        ("word/document.xml", document.as_bytes()),
        ("word/comments.xml", comments.as_bytes()),
    ])
}

/// A long draft as it comes back from a round of negotiation: `paragraphs` operative
/// paragraphs, `changes` tracked changes (deletions and insertions in turn, by five
/// delegations) spread over them, and `comments` comments.
pub fn negotiated_draft(paragraphs: usize, changes: usize, comments: usize) -> Vec<u8> {
    const AUTHORS: [&str; 5] = ["Austria", "Brazil", "China", "Egypt", "Mexico"];
    const TOPICS: [&str; 6] = [
        "the protection of critical infrastructure",
        "capacity-building for developing countries",
        "confidence-building measures between States",
        "the application of international law in cyberspace",
        "norms of responsible State behaviour",
        "the regular institutional dialogue under the auspices of the United Nations",
    ];
    const VERBS: [(&str, &str); 4] = [
        ("Urges", "Encourages"),
        ("Requests", "Invites"),
        ("Decides", "Also decides"),
        ("Calls upon", "Urges"),
    ];
    let mut body = String::new();
    let mut notes = String::new();
    let mut id = 1;
    let mut made = 0;
    let per = changes.div_ceil(paragraphs.max(1)).max(1);
    for p in 0..paragraphs {
        let _ = write!(
            body,
            "<w:p><w:r><w:t>{}.</w:t></w:r><w:r><w:tab/></w:r>",
            p + 1
        );
        let commented = p < comments;
        if commented {
            let _ = write!(body, r#"<w:commentRangeStart w:id="{p}"/>"#);
        }
        let (old, new) = VERBS[p % VERBS.len()];
        // The verb replaced first, then words struck and added further on.
        let here = per.min(changes - made);
        let words = [
            (format!("{old} "), format!("{new} ")),
            (
                "views and assessments ".to_string(),
                "proposals ".to_string(),
            ),
        ];
        for k in 0..here.div_ceil(2) {
            let (gone, added) = &words[usize::from(k > 0)];
            for (j, insert) in [false, true].into_iter().enumerate() {
                if 2 * k + j >= here {
                    break;
                }
                let who = AUTHORS[(p + k) % AUTHORS.len()];
                let date = format!("2026-11-{:02}T{:02}:00:00Z", 1 + (k % 28), 9 + (j % 8));
                if insert {
                    let _ = write!(
                        body,
                        r#"<w:ins w:id="{id}" w:author="{who}" w:date="{date}"><w:r><w:t xml:space="preserve">{added}</w:t></w:r></w:ins>"#
                    );
                } else {
                    let _ = write!(
                        body,
                        r#"<w:del w:id="{id}" w:author="{who}" w:date="{date}"><w:r><w:delText xml:space="preserve">{gone}</w:delText></w:r></w:del>"#
                    );
                }
                id += 1;
                made += 1;
            }
            let _ = write!(
                body,
                r#"<w:r><w:t xml:space="preserve">all States to continue to inform the Secretary-General of their </w:t></w:r>"#
            );
        }
        let _ = write!(
            body,
            r#"<w:r><w:t xml:space="preserve">on {} and in the report of the Group of Governmental Experts;</w:t></w:r>"#,
            TOPICS[p % TOPICS.len()]
        );
        if commented {
            let _ = write!(
                body,
                r#"<w:commentRangeEnd w:id="{p}"/><w:r><w:commentReference w:id="{p}"/></w:r>"#
            );
            let _ = write!(
                notes,
                r#"<w:comment w:id="{p}" w:author="{}" w:date="2026-11-30T10:00:00Z"><w:p><w:r><w:t>Our delegation cannot accept paragraph {} as drafted.</w:t></w:r></w:p></w:comment>"#,
                AUTHORS[p % AUTHORS.len()],
                p + 1
            );
        }
        body.push_str("</w:p>\n");
    }
    let document = format!(
        r#"<w:document {W}><w:body><w:p><w:r><w:rPr><w:i/></w:rPr><w:t>The General Assembly</w:t></w:r><w:r><w:t>,</w:t></w:r></w:p>
{body}</w:body></w:document>"#
    );
    let comments = format!("<w:comments {W}>{notes}</w:comments>");
    zip_of(&[
        ("word/document.xml", document.as_bytes()),
        ("word/comments.xml", comments.as_bytes()),
    ])
}
