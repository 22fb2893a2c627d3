//! Prints every temporal expression of an article with its resolved value.
//!
//! ```text
//! cargo run --example dates -- 2025-12-03 path/to/article.txt
//! ```
//!
//! Without arguments it tags the wire report shipped in
//! `examples/articles/01-wire.txt` against its publication date.

use std::error::Error;

use timeweave::article::load_path;
use timeweave::temporal::tag;

fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    let (dct, path) = match (args.next(), args.next()) {
        (Some(d), Some(p)) => (Some(d.parse()?), p),
        (Some(p), None) => (None, p),
        _ => (
            None,
            concat!(env!("CARGO_MANIFEST_DIR"), "/examples/articles/01-wire.txt").to_string(),
        ),
    };
    let loaded = load_path(path.as_ref());
    for e in &loaded.errors {
        eprintln!("error: {e}");
    }
    for article in &loaded.articles {
        let dct = dct.or(article.published_date());
        println!(
            "# {} (published {})",
            article.id,
            dct.map_or("unknown".into(), |d| d.to_string())
        );
        for m in tag(&article.text, dct) {
            println!(
                "{:>6}..{:<6} {:<28} {:<9} {}",
                m.span.start,
                m.span.end,
                m.text.replace('\n', " "),
                m.kind.as_str(),
                m.value
            );
        }
    }
    Ok(())
}
