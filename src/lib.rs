//! Plenary: a reader for United Nations resolutions.
//!
//! The core (`document`, `parse`, `cite`, `diff`, `store`, `library`, `briefing`) is pure and never
//! touches the user interface; `ui` renders it with egui. `printable` makes text from
//! documents and file names safe to print on a terminal.

pub mod briefing;
pub mod cite;
pub mod cli;
pub mod diff;
pub mod document;
pub mod i18n;
pub mod library;
pub mod parse;
pub mod printable;
pub mod store;
pub mod ui;
