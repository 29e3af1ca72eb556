use clap::Parser;
use plenary::cli::{Cli, finish, run_command};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(command) => run_command(command),
        None if (cli.compare || cli.parallel) && cli.files.len() != 2 => {
            eprintln!("plenary: --compare and --parallel take exactly two files");
            ExitCode::from(2)
        }
        None => finish(plenary::ui::run(plenary::ui::RunOptions {
            side_by_side: match (cli.compare, cli.parallel) {
                (true, _) => Some(plenary::ui::compare::Mode::Changes),
                (_, true) => Some(plenary::ui::compare::Mode::Parallel),
                _ => None,
            },
            files: cli.files,
            screenshot: cli.screenshot,
            size: cli.size,
            goto: cli.goto,
            show_on_page: cli.show_on_page,
            show_notes: cli.notes,
            show_facts: cli.facts,
            library: cli.library,
            dark_mode: cli.theme.map(|t| t == plenary::cli::Theme::Dark),
            ui_language: cli.ui_language,
            link_errors: Vec::new(),
        })),
    }
}
