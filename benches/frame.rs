//! CPU time of one frame of the reader while scrolling, headless (egui pass + tessellation),
//! for the longest resolution of session 75 and a synthetic 5,000-paragraph document; and the
//! time from start to the first frame. Targets: p95 under 8 ms, first frame under 0.5 s.

use criterion::{Criterion, criterion_group, criterion_main};
use plenary::ui::{App, AppOptions};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const SIZE: egui::Vec2 = egui::vec2(1280.0, 800.0);

struct Session {
    ctx: egui::Context,
    app: App,
    time: f64,
}

impl Session {
    fn new(app: App) -> Session {
        let ctx = egui::Context::default();
        plenary::ui::fonts::install(&ctx);
        let mut s = Session {
            ctx,
            app,
            time: 0.0,
        };
        // Fonts apply from the next pass; settle the layout.
        for _ in 0..3 {
            s.frame(Vec::new());
        }
        s
    }

    fn frame(&mut self, events: Vec<egui::Event>) -> Duration {
        self.time += 1.0 / 60.0;
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, SIZE)),
            time: Some(self.time),
            events,
            ..Default::default()
        };
        let started = Instant::now();
        let app = &mut self.app;
        let output = self.ctx.run_ui(input, |ui| app.ui(ui));
        let _ = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        started.elapsed()
    }

    fn scroll(&mut self, dy: f32) -> Duration {
        self.frame(vec![
            egui::Event::PointerMoved(egui::pos2(700.0, 400.0)),
            egui::Event::MouseWheel {
                unit: egui::MouseWheelUnit::Point,
                delta: egui::vec2(0.0, dy),
                phase: egui::TouchPhase::Move,
                source: egui::MouseWheelSource::Unknown,
                modifiers: egui::Modifiers::NONE,
            },
        ])
    }
}

fn app_with(files: Vec<PathBuf>) -> App {
    let data = std::env::temp_dir().join("plenary-bench-data");
    App::new(AppOptions {
        files,
        data_dir: data,
        remember_session: false,
        ui_language: None,
    })
}

fn largest_session_75() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/akn/ga/75/en");
    let mut best: Option<(usize, PathBuf)> = None;
    for entry in std::fs::read_dir(&dir).ok()?.flatten() {
        let path = entry.path();
        if let Ok(doc) = plenary::parse::parse_file(&path) {
            let n = doc.paragraphs.len();
            if best.as_ref().is_none_or(|(m, _)| n > *m) {
                best = Some((n, path));
            }
        }
    }
    best.map(|(_, p)| p)
}

/// Scrolls through the whole document and prints percentiles of frame times.
fn report(name: &str, mut session: Session) {
    let mut times = Vec::new();
    for _ in 0..400 {
        times.push(session.scroll(-120.0));
    }
    times.sort();
    let pct = |p: f64| times[((times.len() as f64 - 1.0) * p) as usize];
    println!(
        "{name}: frames while scrolling: p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        pct(0.5).as_secs_f64() * 1e3,
        pct(0.95).as_secs_f64() * 1e3,
        pct(1.0).as_secs_f64() * 1e3
    );
}

fn frames(c: &mut Criterion) {
    let started = Instant::now();
    let mut app = app_with(Vec::new());
    let ctx = egui::Context::default();
    plenary::ui::fonts::install(&ctx);
    let _ = ctx.run_ui(egui::RawInput::default(), |ui| app.ui(ui));
    println!(
        "first frame of the sample after start: {:.1} ms",
        started.elapsed().as_secs_f64() * 1e3
    );

    let mut synthetic = app_with(Vec::new());
    synthetic.open_document(plenary::document::synthetic::resolution(1000, 3000), None);
    report("synthetic 5,000 paragraphs", Session::new(synthetic));
    let mut s = {
        let mut app = app_with(Vec::new());
        app.open_document(plenary::document::synthetic::resolution(1000, 3000), None);
        Session::new(app)
    };
    c.bench_function("frame while scrolling, synthetic 5,000 paragraphs", |b| {
        b.iter(|| s.scroll(-120.0))
    });

    match largest_session_75() {
        Some(path) => {
            println!("largest resolution of session 75: {}", path.display());
            let started = Instant::now();
            let mut session = Session::new(app_with(vec![path.clone()]));
            println!(
                "open and first frames: {:.1} ms",
                started.elapsed().as_secs_f64() * 1e3
            );
            report("largest of session 75", Session::new(app_with(vec![path])));
            c.bench_function("frame while scrolling, largest of session 75", |b| {
                b.iter(|| session.scroll(-120.0))
            });
        }
        None => eprintln!("skipping the corpus document: ../shared/corpus not found"),
    }
}

/// Hostile paragraphs: 200,000 italic words in one paragraph (a 1.8 MB XML drew for 95 s
/// when splitting it was quadratic), and one of 10 MB (laid out, it aborted the window).
fn hostile(c: &mut Criterion) {
    use plenary::document::{Format, Paragraph, ParagraphKind, Part, StyleSpan};
    let words = 200_000;
    let mut p = Paragraph::new(
        "op1",
        ParagraphKind::Operative,
        Part::Operative,
        "ab ".repeat(words),
    );
    p.styles = (0..words)
        .map(|i| StyleSpan {
            range: i * 3..i * 3 + 2,
            bold: false,
            italic: true,
        })
        .collect();
    let mut doc = plenary::document::Document::new(Format::AkomaNtoso);
    doc.paragraphs.push(p);
    let mut huge = Paragraph::new(
        "op2",
        ParagraphKind::Operative,
        Part::Operative,
        "word ".repeat(2_000_000),
    );
    huge.reference = "OP2".into();
    doc.paragraphs.push(huge);
    let mut app = app_with(Vec::new());
    app.open_document(doc, None);
    let mut session = Session::new(app);
    c.bench_function("frame, 200,000 italic words and a 10 MB paragraph", |b| {
        b.iter(|| session.scroll(-120.0))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(50).measurement_time(Duration::from_secs(5));
    targets = frames, hostile
}
criterion_main!(benches);
