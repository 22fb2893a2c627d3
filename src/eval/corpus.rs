//! Reading a folder of TimeML documents.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::timeml::read_text;
use super::{parse_cat, parse_timeml, EvalError, TimemlDoc};

/// The documents of a corpus folder, and the files that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Corpus {
    /// Documents, in path order.
    pub docs: Vec<TimemlDoc>,
    /// Files (or subfolders) left out, in path order.
    pub skipped: Vec<SkippedFile>,
}

/// A corpus file or subfolder that could not be read, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SkippedFile {
    /// The path, as displayed.
    pub path: String,
    /// The error, with its line when it is a parse error.
    pub error: String,
}

/// Reads every corpus file under `path`, recursively, in sorted path order,
/// following links but visiting each folder once: `.tml` files as TimeML
/// ([`parse_timeml`]), `.xml` files as CAT ([`parse_cat`], the MEANTIME
/// format); other files are ignored. A file that cannot be read or parsed is
/// recorded in [`Corpus::skipped`] and the walk goes on. If `path` is a file,
/// it is read as the only document.
///
/// # Errors
///
/// Only when `path` itself cannot be read: [`EvalError::Io`] for a missing
/// or unreadable folder; for a single file, whatever reading or parsing it
/// reports.
pub fn read_corpus(path: &Path) -> Result<Corpus, EvalError> {
    let io = |source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut corpus = Corpus::default();
    if fs::metadata(path).map_err(io)?.is_dir() {
        walk(path, &mut BTreeSet::new(), &mut corpus, true)?;
    } else {
        corpus.docs.push(read_doc(path)?);
    }
    Ok(corpus)
}

fn walk(
    dir: &Path,
    visited: &mut BTreeSet<PathBuf>,
    corpus: &mut Corpus,
    top: bool,
) -> Result<(), EvalError> {
    let listing = fs::canonicalize(dir).and_then(|real| {
        let fresh = visited.insert(real);
        fs::read_dir(dir).map(|entries| (fresh, entries))
    });
    let (fresh, entries) = match listing {
        Ok(found) => found,
        Err(source) if top => {
            return Err(EvalError::Io {
                path: dir.to_path_buf(),
                source,
            })
        }
        Err(e) => {
            skip(corpus, dir, e);
            return Ok(());
        }
    };
    if !fresh {
        skip(corpus, dir, "folder loop (already visited through a link)");
        return Ok(());
    }
    let mut paths = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => paths.push(entry.path()),
            Err(e) => skip(corpus, dir, e),
        }
    }
    paths.sort();
    for path in paths {
        match fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk(&path, visited, corpus, false)?,
            Ok(_) if format(&path).is_some() => match read_doc(&path) {
                Ok(doc) => corpus.docs.push(doc),
                Err(e) => skip(corpus, &path, e),
            },
            Ok(_) => {}
            Err(e) => skip(corpus, &path, e),
        }
    }
    Ok(())
}

fn skip(corpus: &mut Corpus, path: &Path, error: impl ToString) {
    corpus.skipped.push(SkippedFile {
        path: path.display().to_string(),
        error: error.to_string(),
    });
}

/// The corpus formats, told apart by file extension.
#[derive(Clone, Copy)]
enum Format {
    Timeml,
    Cat,
}

fn format(path: &Path) -> Option<Format> {
    let ext = path.extension()?;
    if ext.eq_ignore_ascii_case("tml") {
        Some(Format::Timeml)
    } else if ext.eq_ignore_ascii_case("xml") {
        Some(Format::Cat)
    } else {
        None
    }
}

/// Reads one file in the format its extension says, TimeML by default.
fn read_doc(path: &Path) -> Result<TimemlDoc, EvalError> {
    let source = read_text(path)?;
    match format(path) {
        Some(Format::Cat) => parse_cat(&source, path),
        Some(Format::Timeml) | None => parse_timeml(&source, path),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_sorted_recursively_and_skips_bad_files() {
        let root = std::env::temp_dir().join(format!("timeweave-eval-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        fs::create_dir_all(root.join("b")).unwrap();
        let doc = |id: &str| format!("<TimeML><DOCID>{id}</DOCID><TEXT>x</TEXT></TimeML>");
        fs::write(root.join("b/2.tml"), doc("b2")).unwrap();
        fs::write(root.join("a.tml"), doc("a")).unwrap();
        fs::write(root.join("c.TML"), doc("c")).unwrap();
        fs::write(root.join("notes.txt"), "not a corpus file").unwrap();
        fs::write(
            root.join("b/1.xml"),
            "<Document doc_id='cat1'><token t_id='1' sentence='0'>x</token></Document>",
        )
        .unwrap();
        fs::write(root.join("bad.tml"), "<TimeML><TEXT>x</TimeML>").unwrap();
        fs::write(root.join("latin1.tml"), b"<TEXT>\xe9</TEXT>").unwrap();

        let corpus = read_corpus(&root);
        let _ = fs::remove_dir_all(&root);
        let corpus = corpus.unwrap();
        let ids: Vec<&str> = corpus.docs.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["a", "cat1", "b2", "c"]);
        let skipped: Vec<&str> = corpus.skipped.iter().map(|s| s.error.as_str()).collect();
        assert_eq!(skipped.len(), 2, "{skipped:?}");
        assert!(skipped[0].ends_with("bad.tml:1: </TimeML> closes <TEXT> (opened on line 1)"));
        assert!(skipped[1].contains("not valid UTF-8 (first bad byte at offset 6)"));
    }

    #[test]
    fn a_missing_folder_is_an_error() {
        let missing = Path::new("/nonexistent/timeweave/corpus");
        assert!(matches!(read_corpus(missing), Err(EvalError::Io { .. })));
    }
}
