//! Plenary: a reader for United Nations resolutions.
//!
//! The core (`document`, `parse`, `cite`, `diff`, `store`, `library`) is pure and never
//! touches the user interface; `ui` renders it with egui.

pub mod cite;
pub mod cli;
pub mod diff;
pub mod document;
pub mod library;
pub mod parse;
pub mod store;
pub mod ui;
