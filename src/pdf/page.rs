//! What a laid-out page draws, in the order it is drawn: the layout's output and the writer's
//! input. Coordinates are points from the bottom-left corner, as in PDF.

use super::fonts::FaceRef;

/// An RGB colour, each part from 0 to 1.
pub type Rgb = (f32, f32, f32);

pub struct Page {
    pub width: f32,
    pub height: f32,
    pub marks: Vec<Mark>,
}

pub enum Mark {
    /// One run of text in one face, its baseline starting at (`x`, `y`).
    Text {
        face: FaceRef,
        size: f32,
        color: Rgb,
        x: f32,
        y: f32,
        text: String,
        /// A face without a bold (CJK) is made bold by stroking its outline, this wide, in the
        /// text's colour as well as filling it.
        stroke_width: Option<f32>,
    },
    /// A horizontal rule.
    Rule {
        x0: f32,
        x1: f32,
        y: f32,
        color: Rgb,
        thickness: f32,
    },
    /// A rectangle, (`x`, `y`) its lower-left corner.
    Rect {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        paint: Paint,
    },
}

#[derive(Clone, Copy)]
pub enum Paint {
    Fill(Rgb),
    Stroke { color: Rgb, thickness: f32 },
}
