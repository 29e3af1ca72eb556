pub mod bidi;
pub mod fonts;
