//! The `timeweave` command-line tool. See `timeweave --help` and the README.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
