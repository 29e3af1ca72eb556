//! A small software painter for egui's triangle meshes, so that `plenary --screenshot` works
//! with no display and no GPU (scripts, servers, documentation builds).
//!
//! It paints the way egui's own glow painter does: vertex colours and textures are sRGB with
//! premultiplied alpha, multiplied together and blended in gamma space
//! (`src + dst * (1 - src.a)`), clipped to each primitive's clip rectangle.

use egui::epaint::{ClippedPrimitive, ImageData, ImageDelta, Primitive, Vertex};
use egui::{Color32, ColorImage, TextureFilter, TextureId, TexturesDelta};
use std::collections::HashMap;

/// A texture as uploaded by egui: premultiplied sRGBA texels.
struct Texture {
    width: usize,
    height: usize,
    texels: Vec<[f32; 4]>,
    linear: bool,
}

impl Texture {
    fn texel(&self, x: isize, y: isize) -> [f32; 4] {
        let x = x.clamp(0, self.width as isize - 1) as usize;
        let y = y.clamp(0, self.height as isize - 1) as usize;
        self.texels[y * self.width + x]
    }

    /// Samples at normalised coordinates, clamped to the edge.
    fn sample(&self, u: f32, v: f32) -> [f32; 4] {
        let x = u * self.width as f32 - 0.5;
        let y = v * self.height as f32 - 0.5;
        if !self.linear {
            return self.texel(x.round() as isize, y.round() as isize);
        }
        let (x0, y0) = (x.floor(), y.floor());
        let (fx, fy) = (x - x0, y - y0);
        let (x0, y0) = (x0 as isize, y0 as isize);
        let a = self.texel(x0, y0);
        let b = self.texel(x0 + 1, y0);
        let c = self.texel(x0, y0 + 1);
        let d = self.texel(x0 + 1, y0 + 1);
        std::array::from_fn(|i| {
            let top = a[i] + (b[i] - a[i]) * fx;
            let bottom = c[i] + (d[i] - c[i]) * fx;
            top + (bottom - top) * fy
        })
    }
}

fn to_f32(c: Color32) -> [f32; 4] {
    c.to_array().map(|v| f32::from(v) / 255.0)
}

/// Paints egui output into an image, keeping textures between frames.
#[derive(Default)]
pub struct SoftwarePainter {
    textures: HashMap<TextureId, Texture>,
}

impl SoftwarePainter {
    /// Applies the uploads of one frame (call before painting it).
    pub fn set_textures(&mut self, delta: &mut TexturesDelta) {
        for (id, deltas) in delta.set.drain() {
            for d in &deltas {
                self.set_texture(id, d);
            }
        }
    }

    /// Frees what egui no longer needs (call after painting).
    pub fn free_textures(&mut self, delta: &mut TexturesDelta) {
        for id in delta.free.drain() {
            self.textures.remove(&id);
        }
    }

    fn set_texture(&mut self, id: TextureId, delta: &ImageDelta) {
        let ImageData::Color(image) = &delta.image;
        let [w, h] = image.size;
        let texels: Vec<[f32; 4]> = image.pixels.iter().map(|&c| to_f32(c)).collect();
        let linear = delta.options.magnification == TextureFilter::Linear;
        match delta.pos {
            None => {
                self.textures.insert(
                    id,
                    Texture {
                        width: w,
                        height: h,
                        texels,
                        linear,
                    },
                );
            }
            Some([px, py]) => {
                if let Some(tex) = self.textures.get_mut(&id) {
                    for y in 0..h.min(tex.height.saturating_sub(py)) {
                        for x in 0..w.min(tex.width.saturating_sub(px)) {
                            tex.texels[(py + y) * tex.width + px + x] = texels[y * w + x];
                        }
                    }
                }
            }
        }
    }

    /// Paints tessellated primitives over `background` into a `size` pixel image.
    pub fn paint(
        &self,
        primitives: &[ClippedPrimitive],
        pixels_per_point: f32,
        size: [usize; 2],
        background: Color32,
    ) -> ColorImage {
        let [width, height] = size;
        // 8 bits a channel, like a window's framebuffer (and a quarter of the memory of floats).
        let mut canvas = vec![background.to_array(); width * height];
        for prim in primitives {
            let Primitive::Mesh(mesh) = &prim.primitive else {
                continue; // paint callbacks need a GPU; Plenary draws none
            };
            let Some(texture) = self.textures.get(&mesh.texture_id) else {
                continue;
            };
            let clip = prim.clip_rect * pixels_per_point;
            let clip_min_x = (clip.min.x.round().max(0.0) as usize).min(width);
            let clip_min_y = (clip.min.y.round().max(0.0) as usize).min(height);
            let clip_max_x = (clip.max.x.round().max(0.0) as usize).min(width);
            let clip_max_y = (clip.max.y.round().max(0.0) as usize).min(height);
            if clip_min_x >= clip_max_x || clip_min_y >= clip_max_y {
                continue;
            }
            let bounds = Bounds {
                min_x: clip_min_x,
                min_y: clip_min_y,
                max_x: clip_max_x,
                max_y: clip_max_y,
            };
            for tri in mesh.indices.chunks_exact(3) {
                let vertex = |i: u32| mesh.vertices.get(i as usize);
                let (Some(a), Some(b), Some(c)) = (vertex(tri[0]), vertex(tri[1]), vertex(tri[2]))
                else {
                    continue;
                };
                fill_triangle(
                    &mut canvas,
                    width,
                    &bounds,
                    [a, b, c],
                    pixels_per_point,
                    texture,
                );
            }
        }
        let pixels = canvas
            .iter()
            .map(|&[r, g, b, a]| Color32::from_rgba_premultiplied(r, g, b, a))
            .collect();
        ColorImage::new(size, pixels)
    }
}

/// The pixel rectangle a primitive may paint (exclusive maximum).
struct Bounds {
    min_x: usize,
    min_y: usize,
    max_x: usize,
    max_y: usize,
}

/// Fills one triangle, sampling at pixel centres with the top-left rule so that triangles
/// sharing an edge never paint a pixel twice.
fn fill_triangle(
    canvas: &mut [[u8; 4]],
    width: usize,
    bounds: &Bounds,
    vertices: [&Vertex; 3],
    ppp: f32,
    texture: &Texture,
) {
    let p = vertices.map(|v| (v.pos.x * ppp, v.pos.y * ppp));
    let area = edge(p[0], p[1], p[2]);
    if area == 0.0 || !area.is_finite() {
        return;
    }
    // Orient counter-clockwise in screen space (y down) so the edge tests share one sign.
    let (p, v) = if area < 0.0 {
        ([p[0], p[2], p[1]], [vertices[0], vertices[2], vertices[1]])
    } else {
        (p, vertices)
    };
    let area = area.abs();
    let min_x = p.iter().map(|q| q.0).fold(f32::INFINITY, f32::min);
    let max_x = p.iter().map(|q| q.0).fold(f32::NEG_INFINITY, f32::max);
    let min_y = p.iter().map(|q| q.1).fold(f32::INFINITY, f32::min);
    let max_y = p.iter().map(|q| q.1).fold(f32::NEG_INFINITY, f32::max);
    let x0 = (min_x.floor().max(0.0) as usize).max(bounds.min_x);
    let y0 = (min_y.floor().max(0.0) as usize).max(bounds.min_y);
    let x1 = (max_x.ceil().max(0.0) as usize).min(bounds.max_x);
    let y1 = (max_y.ceil().max(0.0) as usize).min(bounds.max_y);
    let colors = v.map(|v| to_f32(v.color));
    let uvs = v.map(|v| (v.uv.x, v.uv.y));
    // An edge owns the pixels exactly on it when it is a top or a left edge.
    let owns = |a: (f32, f32), b: (f32, f32)| {
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        (dy == 0.0 && dx < 0.0) || dy > 0.0
    };
    let own = [owns(p[1], p[2]), owns(p[2], p[0]), owns(p[0], p[1])];
    for y in y0..y1 {
        let py = y as f32 + 0.5;
        for x in x0..x1 {
            let q = (x as f32 + 0.5, py);
            let w = [
                edge(p[1], p[2], q),
                edge(p[2], p[0], q),
                edge(p[0], p[1], q),
            ];
            if (0..3).any(|i| w[i] < 0.0 || (w[i] == 0.0 && !own[i])) {
                continue;
            }
            let b = w.map(|wi| wi / area);
            let u = b[0] * uvs[0].0 + b[1] * uvs[1].0 + b[2] * uvs[2].0;
            let t = b[0] * uvs[0].1 + b[1] * uvs[1].1 + b[2] * uvs[2].1;
            let texel = texture.sample(u, t);
            let src: [f32; 4] = std::array::from_fn(|i| {
                (b[0] * colors[0][i] + b[1] * colors[1][i] + b[2] * colors[2][i]) * texel[i]
            });
            let dst = &mut canvas[y * width + x];
            let keep = 1.0 - src[3];
            for i in 0..4 {
                let blended = src[i] + f32::from(dst[i]) / 255.0 * keep;
                dst[i] = (blended.clamp(0.0, 1.0) * 255.0).round() as u8;
            }
        }
    }
}

/// Twice the signed area of (a, b, c); positive when c is to the right of a→b with y down.
fn edge(a: (f32, f32), b: (f32, f32), c: (f32, f32)) -> f32 {
    (c.0 - a.0) * (b.1 - a.1) - (c.1 - a.1) * (b.0 - a.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::epaint::Mesh;
    use egui::{Rect, pos2};

    fn white_texture(painter: &mut SoftwarePainter) {
        let mut delta = TexturesDelta::default();
        delta.set.insert(
            TextureId::default(),
            [ImageDelta::full(
                ColorImage::new([1, 1], vec![Color32::WHITE]),
                egui::TextureOptions::LINEAR,
            )]
            .into_iter()
            .collect(),
        );
        painter.set_textures(&mut delta);
    }

    fn rect(r: Rect, color: Color32, clip: Rect) -> ClippedPrimitive {
        let mut mesh = Mesh::default();
        mesh.add_colored_rect(r, color);
        ClippedPrimitive {
            clip_rect: clip,
            primitive: Primitive::Mesh(mesh),
        }
    }

    #[test]
    fn a_rectangle_fills_exactly_its_pixels() {
        let mut painter = SoftwarePainter::default();
        white_texture(&mut painter);
        let everywhere = Rect::from_min_max(pos2(0.0, 0.0), pos2(10.0, 10.0));
        let r = Rect::from_min_max(pos2(2.0, 3.0), pos2(6.0, 8.0));
        let image = painter.paint(
            &[rect(r, Color32::RED, everywhere)],
            1.0,
            [10, 10],
            Color32::BLACK,
        );
        for y in 0..10 {
            for x in 0..10 {
                let inside = (2..6).contains(&x) && (3..8).contains(&y);
                let expected = if inside { Color32::RED } else { Color32::BLACK };
                assert_eq!(image[(x, y)], expected, "pixel {x},{y}");
            }
        }
    }

    #[test]
    fn the_clip_rectangle_and_scale_are_honoured() {
        let mut painter = SoftwarePainter::default();
        white_texture(&mut painter);
        let r = Rect::from_min_max(pos2(0.0, 0.0), pos2(5.0, 5.0));
        let clip = Rect::from_min_max(pos2(0.0, 0.0), pos2(2.0, 5.0));
        let image = painter.paint(
            &[rect(r, Color32::BLUE, clip)],
            2.0,
            [10, 10],
            Color32::WHITE,
        );
        assert_eq!(image[(3, 3)], Color32::BLUE);
        assert_eq!(
            image[(4, 3)],
            Color32::WHITE,
            "clipped at 2 points = 4 pixels"
        );
        assert_eq!(image[(3, 9)], Color32::BLUE, "5 points tall = 10 pixels");
    }

    #[test]
    fn translucent_colour_blends_over_the_background() {
        let mut painter = SoftwarePainter::default();
        white_texture(&mut painter);
        let r = Rect::from_min_max(pos2(0.0, 0.0), pos2(4.0, 4.0));
        let half_black = Color32::from_rgba_premultiplied(0, 0, 0, 128);
        let image = painter.paint(&[rect(r, half_black, r)], 1.0, [4, 4], Color32::WHITE);
        let [red, _, _, alpha] = image[(1, 1)].to_array();
        assert_eq!(alpha, 255);
        assert!((126..=128).contains(&red), "{red}");
    }

    #[test]
    fn a_missing_texture_or_bad_index_paints_nothing() {
        let painter = SoftwarePainter::default();
        let r = Rect::from_min_max(pos2(0.0, 0.0), pos2(4.0, 4.0));
        let mut prim = rect(r, Color32::RED, r);
        let image = painter.paint(std::slice::from_ref(&prim), 1.0, [4, 4], Color32::BLACK);
        assert_eq!(image[(1, 1)], Color32::BLACK);
        let mut painter = SoftwarePainter::default();
        white_texture(&mut painter);
        if let Primitive::Mesh(mesh) = &mut prim.primitive {
            mesh.indices = vec![0, 1, 99];
        }
        let image = painter.paint(&[prim], 1.0, [4, 4], Color32::BLACK);
        assert_eq!(image[(1, 1)], Color32::BLACK);
    }
}
