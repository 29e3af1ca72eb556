//! Prints the text Plenary lays out from a PDF, before the text parser reads it.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: pdf_text FILE.pdf");
        std::process::exit(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    match plenary::parse::pdf::text_of(&bytes) {
        Ok(text) => print!("{text}"),
        Err(e) => {
            eprintln!("{}", e.with_path(std::path::Path::new(&path)));
            std::process::exit(1);
        }
    }
}
