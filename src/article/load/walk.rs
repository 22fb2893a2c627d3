//! Inputs of any kind: files by extension, folders walked depth-first in
//! sorted order, loops through links reported, and `.txt` files that a
//! manifest in the same folder already loads skipped.

use std::collections::HashSet;
use std::fs;
use std::io::BufReader;
use std::path::{Path, PathBuf};

use super::file::{parent_dir, read_text};
use super::json::load_json;
use super::jsonl::Rows;
use super::txt::parse_txt_article;
use super::{push, Loaded};
use crate::Error;

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

/// Loads any input into `out` (ids not yet made unique).
pub(super) fn load_any(path: &Path, out: &mut Loaded) {
    match fs::metadata(path) {
        Err(source) => out.errors.push(Error::Io {
            path: path.to_path_buf(),
            source,
        }),
        Ok(meta) if meta.is_dir() => load_dir(path, out),
        Ok(meta) if meta.is_file() => match FileKind::of(path) {
            Some(kind) => load_file(path, kind, out, None),
            None => out.errors.push(Error::Unsupported {
                path: path.to_path_buf(),
            }),
        },
        Ok(_) => out.errors.push(Error::Unsupported {
            path: path.to_path_buf(),
        }),
    }
}

/// Loads one file into `out`, recording files referenced by `path` fields.
fn load_file(path: &Path, kind: FileKind, out: &mut Loaded, referenced: Option<&mut Vec<PathBuf>>) {
    match kind {
        FileKind::Txt => push(
            out,
            read_text(path).and_then(|t| parse_txt_article(path, &t)),
        ),
        FileKind::Json => load_json(path, out, referenced),
        FileKind::Jsonl => match fs::File::open(path) {
            Err(source) => out.errors.push(Error::Io {
                path: path.to_path_buf(),
                source,
            }),
            Ok(file) => {
                let mut rows = Rows::new(BufReader::new(file), path, &parent_dir(path));
                rows.referenced = referenced.as_ref().map(|_| Vec::new());
                for row in rows.by_ref() {
                    push(out, row);
                }
                if let (Some(into), Some(found)) = (referenced, rows.referenced) {
                    into.extend(found);
                }
            }
        },
    }
}

/// One entry of a folder walk.
enum Entry {
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

/// Loads a folder: JSON manifests first (to learn which `.txt` files they
/// load), then everything in walk order.
fn load_dir(root: &Path, out: &mut Loaded) {
    let entries = walk(root);
    let mut manifests: Vec<Option<Loaded>> = Vec::with_capacity(entries.len());
    let mut referenced = Vec::new();
    for entry in &entries {
        manifests.push(match entry {
            Entry::File(path, kind @ (FileKind::Json | FileKind::Jsonl)) => {
                let mut part = Loaded::default();
                load_file(path, *kind, &mut part, Some(&mut referenced));
                Some(part)
            }
            _ => None,
        });
    }
    let referenced: HashSet<PathBuf> = referenced.into_iter().collect();
    for (entry, manifest) in entries.into_iter().zip(manifests) {
        match (entry, manifest) {
            (_, Some(part)) => {
                out.articles.extend(part.articles);
                out.errors.extend(part.errors);
            }
            (Entry::File(path, kind), None) => {
                let loaded_by_manifest = !referenced.is_empty()
                    && fs::canonicalize(&path).is_ok_and(|c| referenced.contains(&c));
                if !loaded_by_manifest {
                    load_file(&path, kind, out, None);
                }
            }
            (Entry::Failed(error), None) => out.errors.push(error),
        }
    }
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
