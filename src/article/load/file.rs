//! Reading an article file: its UTF-8 text, its default id (the stem) and
//! the folder its relative `path` fields are resolved against.

use std::fs;
use std::path::{Path, PathBuf};

use crate::{Error, Result};

pub(super) use crate::jsonl::BOM;

/// The default id of a file: its stem.
pub(super) fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "article".to_owned())
}

/// The folder a file's relative `path` fields are resolved against.
pub(super) fn parent_dir(path: &Path) -> PathBuf {
    path.parent().map(Path::to_path_buf).unwrap_or_default()
}

/// Reads a whole file as UTF-8.
pub(crate) fn read_text(path: &Path) -> Result<String> {
    let bytes = fs::read(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    decode_utf8(path, bytes)
}

/// The bytes of the input `path` as UTF-8 text, or an [`Error::Utf8`] with
/// the offset of the first bad byte.
pub(super) fn decode_utf8(path: &Path, bytes: Vec<u8>) -> Result<String> {
    String::from_utf8(bytes).map_err(|e| Error::Utf8 {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
    })
}

#[cfg(test)]
mod tests {
    use crate::article::load::fixtures::Scratch;
    use crate::article::load::load_path;
    use crate::Error;

    #[test]
    fn utf8_errors_give_the_offset() {
        let dir = Scratch::new("utf8");
        let path = dir.write("bad.txt", b"ok \xe2\x82 broken");
        let loaded = load_path(&path);
        assert!(matches!(loaded.errors[..], [Error::Utf8 { offset: 3, .. }]));
    }
}
