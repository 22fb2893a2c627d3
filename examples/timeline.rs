//! Prints the timeline of a folder (or manifest) of articles.
//!
//! ```text
//! cargo run --example timeline                      # the articles shipped in examples/articles
//! cargo run --example timeline -- path/to/articles  # your own
//! ```

use std::error::Error;
use std::path::PathBuf;

use timeweave::article::load_paths;
use timeweave::build_timeline;
use timeweave::render::to_text;

fn main() -> Result<(), Box<dyn Error>> {
    let paths: Vec<PathBuf> = match std::env::args()
        .skip(1)
        .map(PathBuf::from)
        .collect::<Vec<_>>()
    {
        p if p.is_empty() => vec![concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/articles/manifest.jsonl"
        )
        .into()],
        p => p,
    };
    let loaded = load_paths(&paths);
    for e in &loaded.errors {
        eprintln!("error: {e}");
    }
    print!("{}", to_text(&build_timeline(&loaded.articles)));
    Ok(())
}
