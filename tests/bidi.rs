//! Right-to-left layout and the paragraph widget, judged by where glyphs land.

use egui::{Color32, FontId, TextFormat, Vec2, pos2};
use plenary::document::Language;
use plenary::ui::fonts;
use plenary::ui::rich_text::{self, PlacedGlyph, RichLayout, Segment};

fn context() -> egui::Context {
    let ctx = egui::Context::default();
    fonts::install(&ctx);
    ctx.run_ui(Default::default(), |_| {})
        .drop_without_applying_deltas();
    ctx
}

fn format(lang: Language) -> TextFormat {
    TextFormat::simple(
        FontId::new(16.0, fonts::family_for(Some(lang), false, false)),
        Color32::BLACK,
    )
}

fn arabic(text: &str) -> Segment {
    Segment::new(text, format(Language::Ar))
}

/// The glyphs of `chars` (in any order), sorted left to right.
fn glyphs_of(layout: &RichLayout, chars: &str) -> Vec<PlacedGlyph> {
    let mut glyphs: Vec<PlacedGlyph> = layout
        .glyphs()
        .into_iter()
        .filter(|g| chars.contains(g.chr) && g.rect.width() > 0.0)
        .collect();
    glyphs.sort_by(|a, b| a.rect.min.x.total_cmp(&b.rect.min.x));
    glyphs
}

fn mean_x(glyphs: &[PlacedGlyph]) -> f32 {
    assert!(!glyphs.is_empty());
    glyphs.iter().map(|g| g.rect.center().x).sum::<f32>() / glyphs.len() as f32
}

/// Left to right as drawn.
fn visual_string(layout: &RichLayout, chars: &str) -> String {
    glyphs_of(layout, chars).iter().map(|g| g.chr).collect()
}

#[test]
fn first_logical_arabic_word_is_rightmost() {
    let ctx = context();
    // Three words with no letter in common: "إن" "الجمعية" "تقرر".
    let layout = rich_text::layout(&ctx, &[arabic("إن الجمعية تقرر")], true, 600.0);
    let first = mean_x(&glyphs_of(&layout, "إن"));
    let second = mean_x(&glyphs_of(&layout, "الجمعية"));
    let third = mean_x(&glyphs_of(&layout, "تقرر"));
    assert!(first > second && second > third, "{first} {second} {third}");
    // Right-aligned: the line ends at the right edge.
    let right = layout
        .glyphs()
        .iter()
        .map(|g| g.rect.max.x)
        .fold(0.0, f32::max);
    assert!((right - 600.0).abs() < 1.0, "line ends at {right}");
    assert_eq!(layout.line_count(), 1);
}

#[test]
fn numbers_and_symbols_read_left_to_right_inside_arabic() {
    let ctx = context();
    let layout = rich_text::layout(&ctx, &[arabic("في عام 2015 قررت")], true, 600.0);
    assert_eq!(visual_string(&layout, "0123456789"), "2015");

    let text = "وإذ تشير إلى قرارها A/RES/73/266 المؤرخ";
    let layout = rich_text::layout(&ctx, &[arabic(text)], true, 600.0);
    assert_eq!(visual_string(&layout, "A/RES0123456789"), "A/RES/73/266");
    // The symbol sits between the words around it: after "قرارها" (to its left).
    let symbol = mean_x(&glyphs_of(&layout, "A/RES0123456789"));
    assert!(symbol < mean_x(&glyphs_of(&layout, "ه")));
    assert!(symbol > mean_x(&glyphs_of(&layout, "ؤخ")));

    let layout = rich_text::layout(&ctx, &[arabic("القرار 73/266 المؤرخ")], true, 600.0);
    assert_eq!(visual_string(&layout, "/0123456789"), "73/266");
}

/// Whether the ink of a glyph's bitmap, in its middle rows, lies right of centre: true for
/// a ")" shape, false for "(".
fn ink_leans_right(ctx: &egui::Context, glyph: &PlacedGlyph) -> bool {
    let image = ctx.fonts(|f| f.image());
    let [[x0, y0], [x1, y1]] = glyph.atlas.map(|p| p.map(usize::from));
    assert!(x1 > x0 && y1 > y0, "{glyph:?} has no bitmap");
    let (mut sum, mut weight) = (0.0, 0.0);
    for y in y0 + (y1 - y0) / 3..y1 - (y1 - y0) / 3 {
        for x in x0..x1 {
            let ink = f32::from(image.pixels[y * image.size[0] + x].a());
            sum += ink * (x - x0) as f32;
            weight += ink;
        }
    }
    assert!(weight > 0.0);
    sum / weight > (x1 - x0) as f32 / 2.0
}

#[test]
fn brackets_open_on_the_right_in_arabic() {
    let ctx = context();
    let layout = rich_text::layout(&ctx, &[arabic("(أ) تقرر")], true, 600.0);
    let brackets = glyphs_of(&layout, "()");
    assert_eq!(brackets.len(), 2);
    // Judged by the drawn bitmaps: the logical opening bracket is rightmost and the shaper
    // draws it mirrored, like ")" (an opening bracket for right-to-left text).
    assert!(
        !ink_leans_right(&ctx, &brackets[0]),
        "left bracket drawn as '('"
    );
    assert!(
        ink_leans_right(&ctx, &brackets[1]),
        "right bracket drawn as ')'"
    );
    let alef = mean_x(&glyphs_of(&layout, "أ"));
    assert!(brackets[0].rect.center().x < alef && alef < brackets[1].rect.center().x);
    assert!(mean_x(&glyphs_of(&layout, "تقر")) < brackets[0].rect.min.x);
    // The same check on left-to-right text, so that it cannot pass by accident.
    let english = Segment::new("(a)", format(Language::En));
    let layout = rich_text::layout(&ctx, &[english], false, 600.0);
    let brackets = glyphs_of(&layout, "()");
    assert!(ink_leans_right(&ctx, &brackets[1]) && !ink_leans_right(&ctx, &brackets[0]));

    // Brackets around a symbol at the end of an Arabic sentence: the full stop ends up
    // leftmost, the brackets enclose the symbol, and the symbol reads left to right.
    let layout = rich_text::layout(&ctx, &[arabic("في سياق الأمن (A/RES/75/32).")], true, 600.0);
    assert_eq!(visual_string(&layout, ".ARES/0123456789"), ".A/RES/75/32");
    let brackets = glyphs_of(&layout, "()");
    assert!(!ink_leans_right(&ctx, &brackets[0]) && ink_leans_right(&ctx, &brackets[1]));
    let symbol = glyphs_of(&layout, "ARES/0123456789");
    assert!(brackets[0].rect.max.x <= symbol[0].rect.min.x + 0.5);
    assert!(brackets[1].rect.min.x >= symbol.last().unwrap().rect.max.x - 0.5);
    assert!(glyphs_of(&layout, ".")[0].rect.max.x <= brackets[0].rect.min.x + 0.5);
    let stop = glyphs_of(&layout, ".")[0].rect.center().x;
    assert!(
        layout
            .glyphs()
            .iter()
            .all(|g| g.rect.center().x >= stop - 0.5 || g.rect.width() == 0.0)
    );
}

#[test]
fn tags_follow_arabic_words_to_their_visual_place() {
    let ctx = context();
    let segments = [
        arabic("إن "),
        Segment::tagged("الجمعية", format(Language::Ar), 7),
        arabic(" تقرر"),
    ];
    let layout = rich_text::layout(&ctx, &segments, true, 600.0);
    let rects = layout.tag_rects(7);
    assert_eq!(rects.len(), 1);
    let rect = rects[0];
    let word = glyphs_of(&layout, "الجمعية");
    assert!(word.iter().all(|g| g.tag == Some(7)));
    assert!((mean_x(&word) - rect.center().x).abs() < rect.width() / 4.0);
    assert!(rect.center().x < mean_x(&glyphs_of(&layout, "إن")));
    assert!(rect.center().x > mean_x(&glyphs_of(&layout, "تقرر")));
    assert_eq!(layout.tag_at(rect.center().to_vec2()), Some(7));
    let first_word = glyphs_of(&layout, "إن")[0].rect.center();
    assert_eq!(layout.tag_at(first_word.to_vec2()), None);
    assert_eq!(layout.tag_at(Vec2::new(-5.0, -5.0)), None);
}

#[test]
fn a_tag_split_across_reordered_pieces_gets_every_piece() {
    let ctx = context();
    // The tagged stretch holds Arabic and a number: two visual pieces, both tagged.
    let segments = [
        arabic("وإذ تشير إلى "),
        Segment::tagged("قرارها 73/266", format(Language::Ar), 3),
        arabic(" المؤرخ"),
    ];
    let layout = rich_text::layout(&ctx, &segments, true, 600.0);
    let tagged: Vec<char> = layout
        .glyphs()
        .iter()
        .filter(|g| g.tag == Some(3))
        .map(|g| g.chr)
        .collect();
    for c in "قرارها73/266".chars() {
        assert!(tagged.contains(&c), "{c} lost its tag");
    }
    let rects = layout.tag_rects(3);
    assert!(!rects.is_empty());
    for digit in glyphs_of(&layout, "0123456789") {
        assert_eq!(layout.tag_at(digit.rect.center().to_vec2()), Some(3));
    }
}

#[test]
fn arabic_lines_stay_within_the_width() {
    let ctx = context();
    let text = "إن الجمعية العامة، إذ تشير إلى قرارها 73/266 المؤرخ 22 كانون الأول/ديسمبر 2018 \
                وإلى جميع قراراتها السابقة المتعلقة بهذه المسألة، وإذ تؤكد من جديد التزامها \
                بمقاصد ميثاق الأمم المتحدة ومبادئه، (أ) تقرر أن تواصل النظر في المسألة في دورتها الخامسة والسبعين";
    for width in [180.0, 260.0, 400.0, 700.0] {
        let layout = rich_text::layout(&ctx, &[arabic(text)], true, width);
        assert!(layout.line_count() > 1 || width > 600.0);
        for glyph in layout.glyphs() {
            assert!(
                glyph.rect.min.x >= -0.5 && glyph.rect.max.x <= width + 0.5,
                "{:?} at {:?} outside {width}",
                glyph.chr,
                glyph.rect
            );
        }
        assert!(layout.size().x <= width + 0.5);
        // Every line is right-aligned.
        let mut rights: Vec<(i32, f32)> = Vec::new();
        for glyph in layout.glyphs() {
            let row = glyph.rect.min.y.round() as i32;
            match rights.iter_mut().find(|(r, _)| *r == row) {
                Some((_, right)) => *right = right.max(glyph.rect.max.x),
                None => rights.push((row, glyph.rect.max.x)),
            }
        }
        assert_eq!(rights.len(), layout.line_count());
        for (_, right) in rights {
            assert!(
                (right - width).abs() < 1.0,
                "line ends at {right} of {width}"
            );
        }
    }
    // A word wider than the width is the only thing allowed past it, on a line of its own.
    let layout = rich_text::layout(&ctx, &[arabic("إن الجمعية تقرر")], true, 20.0);
    assert_eq!(layout.line_count(), 3);
}

#[test]
fn english_wraps_at_the_width_and_finds_a_tagged_citation() {
    let ctx = context();
    let plain = |text: &str| Segment::new(text, format(Language::En));
    let segments = [
        plain("The General Assembly, recalling its resolutions on the question, in particular "),
        Segment::tagged("73/266", format(Language::En), 42),
        plain(" of 22 December 2018, decides to continue its consideration of the question."),
    ];
    let width = 260.0;
    let layout = rich_text::layout(&ctx, &segments, false, width);
    assert!(layout.line_count() >= 3, "{} lines", layout.line_count());
    for glyph in layout.glyphs() {
        if !glyph.chr.is_whitespace() {
            assert!(glyph.rect.max.x <= width + 0.5, "{:?}", glyph);
        }
    }
    let rects = layout.tag_rects(42);
    assert_eq!(rects.len(), 1);
    let digits: String = layout
        .glyphs()
        .iter()
        .filter(|g| g.tag == Some(42))
        .map(|g| g.chr)
        .collect();
    assert_eq!(digits, "73/266");
    let rect = rects[0];
    assert!(
        rect.min.y > 0.0,
        "the citation wrapped below the first line"
    );
    assert_eq!(layout.tag_at(rect.center().to_vec2()), Some(42));
    assert_eq!(layout.tag_at(Vec2::new(2.0, 2.0)), None);
}

#[test]
fn same_format_segments_keep_their_own_tags() {
    let ctx = context();
    // Equal formats side by side: `LayoutJob::append` would merge them and lose the tags.
    let f = format(Language::En);
    let segments = [
        Segment::tagged("2015", f.clone(), 1),
        Segment::tagged("2016", f.clone(), 2),
        Segment::new(" and ", f.clone()),
        Segment::tagged("2017", f, 3),
    ];
    let layout = rich_text::layout(&ctx, &segments, false, 500.0);
    assert_eq!(visual_string(&layout, "0123456789"), "201520162017");
    let a = layout.tag_rects(1)[0];
    let b = layout.tag_rects(2)[0];
    assert!(a.max.x <= b.min.x + 0.5);
    assert_eq!(layout.tag_at(b.center().to_vec2()), Some(2));
}

#[test]
fn chinese_wraps_between_characters() {
    let ctx = context();
    let text = "大会，回顾其2018年12月22日第73/266号决议，请秘书长向大会第七十五届会议提交一份关于本决议执行情况的报告。";
    let seg = Segment::new(text, format(Language::Zh));
    let layout = rich_text::layout(&ctx, &[seg], false, 200.0);
    assert!(layout.line_count() >= 3);
    assert!(layout.glyphs().iter().all(|g| g.rect.max.x <= 200.5));
}

#[test]
fn empty_and_control_only_input() {
    let ctx = context();
    assert_eq!(rich_text::layout(&ctx, &[], true, 100.0).size(), Vec2::ZERO);
    let layout = rich_text::layout(&ctx, &[arabic("\u{200F}")], true, 100.0);
    assert!(layout.glyphs().is_empty());
    let layout = rich_text::layout(&ctx, &[arabic("سطر\n\nسطر")], true, 100.0);
    assert_eq!(layout.line_count(), 3, "the empty line counts");
    assert!(
        layout.size().y > 2.5 * 16.0,
        "the empty line keeps its height"
    );
}

#[test]
fn the_widget_reports_hover_and_click_on_a_tag() {
    let ctx = context();
    let segments = [
        arabic("إن "),
        Segment::tagged("الجمعية", format(Language::Ar), 9),
        arabic(" تقرر"),
    ];
    let layout = rich_text::layout(&ctx, &segments, true, 300.0);
    let mut origin = pos2(0.0, 0.0);
    let mut outcome = Vec::new();
    let mut target = None;
    let press = |pos, pressed| egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: Default::default(),
    };
    for step in 0..5 {
        let mut input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                pos2(0.0, 0.0),
                Vec2::new(800.0, 600.0),
            )),
            ..Default::default()
        };
        if let Some(at) = target {
            input.events.push(egui::Event::PointerMoved(at));
            if step == 3 {
                input.events.push(press(at, true));
            }
            if step == 4 {
                input.events.push(press(at, false));
            }
        }
        ctx.run_ui(input, |ui| {
            let (response, clicked, hovered) = rich_text::show(ui, &layout);
            origin = response.rect.min;
            outcome.push((clicked, hovered));
        })
        .drop_without_applying_deltas();
        target = Some(origin + layout.tag_rects(9)[0].center().to_vec2());
    }
    assert_eq!(outcome[0], (None, None));
    assert_eq!(outcome[2].1, Some(9), "{outcome:?}");
    assert_eq!(outcome[4], (Some(9), Some(9)), "{outcome:?}");
}

#[test]
fn tags_after_arabic_words_in_a_left_to_right_paragraph() {
    let ctx = context();
    // The shaper reverses the Arabic word, and egui then adds zero-width glyphs to its run:
    // the tag that follows must still land on its own glyphs.
    let f = format(Language::En);
    let segments = [
        Segment::new("As the Assembly (الجمعية العامة) recalled in ", f.clone()),
        Segment::tagged("73/266", f.clone(), 5),
        Segment::new(", it decided.", f),
    ];
    let layout = rich_text::layout(&ctx, &segments, false, 900.0);
    let tagged: String = layout
        .glyphs()
        .iter()
        .filter(|g| g.tag == Some(5) && g.rect.width() > 0.0)
        .map(|g| g.chr)
        .collect();
    assert_eq!(tagged, "73/266");
    let rect = layout.tag_rects(5)[0];
    assert_eq!(visual_string(&layout, "0123456789/"), "73/266");
    let digits = glyphs_of(&layout, "0123456789/");
    assert!((rect.min.x - digits[0].rect.min.x).abs() < 0.5);
    assert!((rect.max.x - digits.last().unwrap().rect.max.x).abs() < 0.5);
}

/// The caret for a point `dx` in from the right (rtl) or left edge of the first line.
fn caret_on_first_line(layout: &RichLayout, from_right: bool, inset: f32) -> usize {
    let line = layout.glyphs()[0].rect;
    let y = line.center().y;
    let x = if from_right {
        layout.size().x - inset
    } else {
        inset
    };
    layout.caret_at(egui::vec2(x, y))
}

#[test]
fn every_character_can_be_selected_in_any_script() {
    let ctx = context();
    let cases = [
        (
            "إذ تشير إلى قراراتها 53/70 المؤرخ 4 كانون الأول/ديسمبر 1998 (أ) و 54/49، وإذ تلاحظ",
            Language::Ar,
            true,
        ),
        (
            "回顾其 1998 年 12 月 4 日第 53/70 号决议，",
            Language::Zh,
            false,
        ),
        (
            "Recalling its resolutions 53/70 of 4 December 1998 — “efficient” fi ﬁ",
            Language::En,
            false,
        ),
        (
            "Ссылаясь на свои резолюции 53/70 от 4 декабря 1998 года",
            Language::Ru,
            false,
        ),
    ];
    for (text, lang, rtl) in cases {
        let layout = rich_text::layout(&ctx, &[Segment::new(text, format(lang))], rtl, 260.0);
        assert!(layout.line_count() > 1, "{text}: wraps");
        // Selecting everything copies the text back exactly.
        assert_eq!(layout.text_in(0..layout.text_len()), text);
        // Every character is drawn by some glyph: selected alone, it gets a rectangle.
        for (i, c) in text.char_indices() {
            if c == ' ' {
                continue; // a space at a line end may have no width
            }
            let rects = layout.selection_rects(i..i + c.len_utf8());
            assert!(!rects.is_empty(), "{text}: {c:?} at {i} has no glyph");
        }
    }
}

#[test]
fn a_drag_from_the_reading_start_selects_the_first_words() {
    let ctx = context();
    let text = "إن الجمعية العامة، إذ تشير إلى قراراتها السابقة";
    let layout = rich_text::layout(&ctx, &[arabic(text)], true, 600.0);
    // From the right edge (where Arabic starts) to the middle of the line.
    let start = caret_on_first_line(&layout, true, 1.0);
    assert_eq!(start, 0, "the right edge is the start of an Arabic line");
    let width = layout.selection_rects(0..text.len())[0].width();
    let middle = caret_on_first_line(&layout, true, width / 2.0);
    let selected = layout.text_in(start.min(middle)..start.max(middle));
    assert!(text.starts_with(&selected), "{selected:?}");
    assert!(selected.starts_with("إن الجمعية"), "{selected:?}");
    assert!(selected.len() < text.len());
    // The highlight sits on the right half of the line.
    let rects = layout.selection_rects(0..middle);
    let left = rects.iter().map(|r| r.min.x).fold(f32::INFINITY, f32::min);
    assert!(left > layout.size().x - width * 0.6, "{rects:?}");

    let english = "Recalling its resolutions of 4 December 1998";
    let layout = rich_text::layout(
        &ctx,
        &[Segment::new(english, format(Language::En))],
        false,
        600.0,
    );
    let start = caret_on_first_line(&layout, false, 0.0);
    let end = layout.caret_at(egui::vec2(1000.0, 1000.0));
    assert_eq!(
        (start, end),
        (0, english.len()),
        "before the start and past the end"
    );
    let word = layout.caret_at(egui::vec2(30.0, 5.0));
    assert!(word > 0 && word < english.len());
    assert!(english[..word].starts_with("Re"));
}

/// Footnote markers are raised and smaller in every script, so that `2013²` never reads as
/// `20132`: the marker's glyph sits higher than the text's and is shorter.
#[test]
fn footnote_markers_are_raised_in_every_script() {
    use plenary::document::FootnoteRef;
    use plenary::ui::segments::{Annotated, TextStyle, build};
    let ctx = context();
    for (lang, text) in [
        (Language::En, "reports of 2013 and"),
        (Language::Zh, "2013年报告"),
        (Language::Ar, "تقارير عام 2013 التي"),
    ] {
        let at = text.find("2013").unwrap() + 4;
        let refs = [FootnoteRef {
            marker: "7".into(),
            offset: at,
            footnote: 0,
        }];
        let annotated = Annotated {
            text,
            styles: &[],
            citations: &[],
            footnote_refs: &refs,
            matches: &[],
            current_match: None,
            highlighted_footnote: None,
        };
        let style = TextStyle {
            language: Some(lang),
            size: 16.0,
            line_height: 24.0,
            color: Color32::BLACK,
            strong: Color32::BLACK,
            link: Color32::BLUE,
            match_bg: Color32::YELLOW,
            current_match_bg: Color32::RED,
            highlight_bg: Color32::LIGHT_BLUE,
        };
        let segments = build(&annotated, &style, None);
        let layout = rich_text::layout(&ctx, &segments, lang == Language::Ar, 600.0);
        let marker = glyphs_of(&layout, "7");
        let digits = glyphs_of(&layout, "3");
        assert_eq!(marker.len(), 1, "{lang:?}");
        assert_eq!(digits.len(), 1, "{lang:?}");
        let (m, d) = (marker[0].ink, digits[0].ink);
        // Not on the baseline: the marker's foot is well above the digits' foot.
        assert!(
            m.max.y < d.max.y - 0.25 * d.height(),
            "{lang:?}: marker {m:?} is not raised above the text's {d:?}"
        );
        assert!(m.height() < d.height(), "{lang:?}: the marker is smaller");
    }
}
