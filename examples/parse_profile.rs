//! Parses every resolution of a folder once and prints how many paragraphs it found: a fixed
//! workload for profilers (`valgrind --tool=callgrind target/release/examples/parse_profile
//! ../shared/corpus/akn/ga/75/en` counts instructions, the same on every run).

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: parse_profile FOLDER");
        std::process::exit(2);
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("parse_profile: cannot read the folder: {dir}");
        std::process::exit(1);
    };
    let mut files: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    files.sort();
    let texts: Vec<String> = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut paragraphs = 0;
    for text in &texts {
        if let Ok(doc) = plenary::parse::parse_str(text, None) {
            paragraphs += doc.paragraphs.len();
        }
    }
    println!(
        "{} files, {bytes} bytes, {paragraphs} paragraphs",
        texts.len()
    );
}
