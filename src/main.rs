use clap::Parser;
use plenary::cli::{Cli, finish, run_command};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(command) => run_command(command),
        None => finish(plenary::ui::run(plenary::ui::RunOptions {
            files: cli.files,
            screenshot: cli.screenshot,
            size: cli.size,
            dark_mode: cli.theme.map(|t| t == plenary::cli::Theme::Dark),
        })),
    }
}
