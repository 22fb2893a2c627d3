//! The `timeweave` command-line tool. See `timeweave --help` and the README.

mod cli;

/// mimalloc, not the system allocator: a build makes many small strings and
/// vectors, and glibc's malloc and free took a tenth of its time.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
