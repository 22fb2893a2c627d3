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

/// The largest file read whole (an article, a `.json` array, a corpus
/// document): 512 MiB. Feeds larger than that are `.jsonl`, read a row at a
/// time.
pub(crate) const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// Reads a whole file as UTF-8. Only regular files are read, and at most
/// [`MAX_FILE_BYTES`]: a `path` field naming `/dev/zero` or a FIFO is an
/// error, not a hang.
pub(crate) fn read_text(path: &Path) -> Result<String> {
    use std::io::Read;
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = fs::File::open(path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    if !meta.is_file() {
        return Err(io(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a regular file",
        )));
    }
    let mut bytes = Vec::with_capacity(meta.len().min(MAX_FILE_BYTES) as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(io(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("larger than {} MiB", MAX_FILE_BYTES / (1024 * 1024)),
        )));
    }
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

    /// A manifest row may name any file: a device or a FIFO is an error
    /// naming it, and the other rows still load.
    #[cfg(unix)]
    #[test]
    fn rows_naming_devices_are_errors_not_hangs() {
        let dir = Scratch::new("devices");
        let feed = dir.write(
            "feed.jsonl",
            "{\"id\": \"zero\", \"path\": \"/dev/zero\"}\n{\"id\": \"ok\", \"text\": \"Talks on Monday.\"}\n",
        );
        let loaded = load_path(&feed);
        assert_eq!(loaded.articles.len(), 1);
        assert_eq!(loaded.articles[0].id, "ok");
        assert_eq!(loaded.errors.len(), 1);
        let message = loaded.errors[0].to_string();
        assert!(
            message.contains("/dev/zero") && message.contains("not a regular file"),
            "{message}"
        );
    }
}
