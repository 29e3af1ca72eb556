pub mod bidi;
pub mod fonts;
pub mod rich_text;
