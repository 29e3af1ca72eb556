use clap::Parser;
use plenary::cli::{Cli, run_command};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(command) => run_command(command),
        None => plenary::cli::finish(Err(anyhow::anyhow!(
            "the window is not available in this build"
        ))),
    }
}
