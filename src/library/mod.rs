//! The user's local collection of UN documents.

pub mod folder;
