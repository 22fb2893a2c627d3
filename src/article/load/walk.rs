//! Inputs of any kind: files by extension, folders walked depth-first in
//! sorted order, loops through links reported, and `.txt` files that a
//! manifest in the same folder already loads skipped. Each input expands to
//! a list of files; each file is opened only when its turn comes.

use std::collections::HashSet;
use std::fs;
use std::io::BufReader;
use std::path::{Path, PathBuf};

use super::file::{parent_dir, read_text};
use super::json::{json_references, load_json};
use super::jsonl::{jsonl_references, Rows};
use super::txt::parse_txt_article;
use crate::{Article, Error, Result};

/// The kinds of file loaded, by extension (case-insensitive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FileKind {
    Txt,
    Json,
    Jsonl,
}

impl FileKind {
    pub(super) fn of(path: &Path) -> Option<FileKind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" => Some(FileKind::Txt),
            "json" => Some(FileKind::Json),
            "jsonl" => Some(FileKind::Jsonl),
            _ => None,
        }
    }
}

/// Expands one input into the files to load and the failures met, in
/// load order; `.txt` files of a folder that a manifest of the same walk
/// reads through `path` are left out.
pub(super) fn expand(path: &Path) -> Vec<Entry> {
    let unsupported = || {
        vec![Entry::Failed(Error::Unsupported {
            path: path.to_path_buf(),
        })]
    };
    match fs::metadata(path) {
        Err(source) => vec![Entry::Failed(Error::Io {
            path: path.to_path_buf(),
            source,
        })],
        Ok(meta) if meta.is_dir() => without_referenced(walk(path)),
        Ok(meta) if meta.is_file() => match FileKind::of(path) {
            Some(kind) => vec![Entry::File(path.to_path_buf(), kind)],
            None => unsupported(),
        },
        Ok(_) => unsupported(),
    }
}

/// The articles of one file, read lazily for `.jsonl` feeds.
pub(super) fn open(path: &Path, kind: FileKind) -> FileArticles {
    match kind {
        FileKind::Txt => FileArticles::Read(
            vec![read_text(path).and_then(|t| parse_txt_article(path, &t))].into_iter(),
        ),
        FileKind::Json => FileArticles::Read(load_json(path).into_iter()),
        FileKind::Jsonl => match fs::File::open(path) {
            Err(source) => FileArticles::Read(
                vec![Err(Error::Io {
                    path: path.to_path_buf(),
                    source,
                })]
                .into_iter(),
            ),
            Ok(file) => {
                FileArticles::Rows(Rows::new(BufReader::new(file), path, &parent_dir(path)))
            }
        },
    }
}

/// The articles of one file: read whole (`.txt`, `.json`) or row by row.
pub(super) enum FileArticles {
    Read(std::vec::IntoIter<Result<Article>>),
    Rows(Rows<BufReader<fs::File>>),
}

impl Iterator for FileArticles {
    type Item = Result<Article>;

    fn next(&mut self) -> Option<Self::Item> {
        match self {
            FileArticles::Read(items) => items.next(),
            FileArticles::Rows(rows) => rows.next(),
        }
    }
}

/// Drops the `.txt` files of a walk that its manifests read through `path`
/// (manifests are scanned for `path` fields only when the walk has a `.txt`).
fn without_referenced(entries: Vec<Entry>) -> Vec<Entry> {
    let has_txt = entries
        .iter()
        .any(|e| matches!(e, Entry::File(_, FileKind::Txt)));
    if !has_txt {
        return entries;
    }
    let referenced: HashSet<PathBuf> = entries
        .iter()
        .flat_map(|e| match e {
            Entry::File(path, FileKind::Json) => json_references(path),
            Entry::File(path, FileKind::Jsonl) => jsonl_references(path),
            _ => Vec::new(),
        })
        .filter_map(|p| fs::canonicalize(p).ok())
        .collect();
    if referenced.is_empty() {
        return entries;
    }
    entries
        .into_iter()
        .filter(|e| match e {
            Entry::File(path, FileKind::Txt) => {
                !fs::canonicalize(path).is_ok_and(|c| referenced.contains(&c))
            }
            _ => true,
        })
        .collect()
}

/// A file to load, or a failure met on the way.
pub(super) enum Entry {
    File(PathBuf, FileKind),
    Failed(Error),
}

/// Walks a folder depth-first in sorted order, listing the files to load
/// and the failures met.
fn walk(root: &Path) -> Vec<Entry> {
    let mut entries = Vec::new();
    let mut visited = HashSet::new();
    let mut stack: Vec<std::vec::IntoIter<PathBuf>> = Vec::new();
    if let Some(children) = enter(root, &mut visited, &mut entries) {
        stack.push(children);
    }
    while let Some(children) = stack.last_mut() {
        let Some(path) = children.next() else {
            stack.pop();
            continue;
        };
        match fs::metadata(&path) {
            Err(source) => entries.push(Entry::Failed(Error::Io { path, source })),
            Ok(meta) if meta.is_dir() => {
                if let Some(children) = enter(&path, &mut visited, &mut entries) {
                    stack.push(children);
                }
            }
            Ok(meta) if meta.is_file() => {
                if let Some(kind) = FileKind::of(&path) {
                    entries.push(Entry::File(path, kind));
                }
            }
            Ok(_) => {}
        }
    }
    entries
}

/// Lists a folder's visible entries in sorted order, unless the folder was
/// already visited (a loop through links).
fn enter(
    dir: &Path,
    visited: &mut HashSet<PathBuf>,
    entries: &mut Vec<Entry>,
) -> Option<std::vec::IntoIter<PathBuf>> {
    let io_error = |source| {
        Entry::Failed(Error::Io {
            path: dir.to_path_buf(),
            source,
        })
    };
    let canonical = match fs::canonicalize(dir) {
        Ok(canonical) => canonical,
        Err(source) => {
            entries.push(io_error(source));
            return None;
        }
    };
    if !visited.insert(canonical) {
        entries.push(Entry::Failed(Error::FolderLoop {
            path: dir.to_path_buf(),
        }));
        return None;
    }
    let read = match fs::read_dir(dir) {
        Ok(read) => read,
        Err(source) => {
            entries.push(io_error(source));
            return None;
        }
    };
    let mut children = Vec::new();
    for entry in read {
        match entry {
            Ok(entry) => {
                let hidden = entry.file_name().as_encoded_bytes().first() == Some(&b'.');
                if !hidden {
                    children.push(entry.path());
                }
            }
            Err(source) => entries.push(io_error(source)),
        }
    }
    children.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    Some(children.into_iter())
}

#[cfg(test)]
mod tests {
    use crate::article::load::fixtures::{ids, seeds, Scratch};
    use crate::article::load::{load_path, load_paths};
    use crate::Error;

    #[test]
    fn seed_folder_loads_each_article_once_through_its_manifest() {
        let Some(dir) = seeds() else { return };
        let loaded = load_path(&dir);
        assert!(loaded.is_clean(), "{:?}", loaded.errors);
        assert_eq!(loaded.articles.len(), 5);
        assert!(ids(&loaded).iter().all(|id| !id.contains('#')));
    }

    #[test]
    fn folders_are_walked_in_sorted_order() {
        let dir = Scratch::new("walk");
        dir.write("b.txt", "Bee.");
        dir.write("a/z.txt", "Zed.");
        dir.write("a/y.json", r#"{"text": "Why."}"#);
        dir.write(".hidden.txt", "Hidden.");
        dir.write(".git/c.txt", "Hidden too.");
        dir.write("notes.md", "Skipped.");
        dir.write("c.TXT", "Sea.");
        dir.write("d/b.txt", "Another bee.");
        let loaded = load_path(&dir.0);
        assert!(loaded.is_clean(), "{:?}", loaded.errors);
        assert_eq!(ids(&loaded), ["y", "z", "b", "c", "b#2"]);
        let again = load_path(&dir.0);
        assert_eq!(ids(&loaded), ids(&again));
    }

    #[cfg(unix)]
    #[test]
    fn folder_loops_through_links_are_reported() {
        let dir = Scratch::new("loop");
        dir.write("inner/a.txt", "Text.");
        std::os::unix::fs::symlink(&dir.0, dir.0.join("inner/back")).unwrap();
        let loaded = load_path(&dir.0);
        assert_eq!(ids(&loaded), ["a"]);
        assert!(
            matches!(loaded.errors[..], [Error::FolderLoop { .. }]),
            "{:?}",
            loaded.errors
        );
    }

    #[test]
    fn unsupported_and_missing_inputs() {
        let dir = Scratch::new("unsupported");
        let md = dir.write("notes.md", "Text.");
        let loaded = load_paths(&[md, dir.0.join("missing.txt")]);
        assert!(matches!(
            loaded.errors[..],
            [Error::Unsupported { .. }, Error::Io { .. }]
        ));
    }
}
