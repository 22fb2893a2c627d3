//! Reading JSON Lines one row at a time: the line loop shared by article
//! feeds and extraction records.
//!
//! Lines are read as bytes, so invalid UTF-8 is an error for that line, not
//! the end of the stream; a byte-order mark on the first line, the line end
//! (`\n` or `\r\n`) and blank lines are skipped; a giant row is read whole but
//! its buffer is not kept for the rest.

use std::io::{self, BufRead};
use std::path::{Path, PathBuf};

use crate::{Error, Result};

/// The byte-order mark some editors put at the start of UTF-8 files.
pub(crate) const BOM: &str = "\u{feff}";

/// Largest line buffer kept between rows, in bytes; a longer row is still
/// read whole, its buffer is then dropped.
const ROW_BUFFER_KEEP: usize = 1 << 20;

/// Non-blank lines of a JSONL stream with their 1-based line numbers.
pub(crate) struct Lines<R> {
    reader: R,
    /// Names the input in errors.
    label: PathBuf,
    /// 1-based number of the last line read.
    line: usize,
    /// Byte offset of the next line.
    offset: usize,
    buf: Vec<u8>,
    done: bool,
}

impl<R: BufRead> Lines<R> {
    pub(crate) fn new(reader: R, label: &Path) -> Self {
        Lines {
            reader,
            label: label.to_path_buf(),
            line: 0,
            offset: 0,
            buf: Vec::new(),
            done: false,
        }
    }

    /// The next non-blank line and its number, or the error of the next bad
    /// one. A read error ends the stream after it is returned.
    pub(crate) fn next_line(&mut self) -> Option<Result<(usize, &str)>> {
        loop {
            if self.done {
                return None;
            }
            // Do not keep a buffer the size of one giant row for the rest.
            if self.buf.capacity() > ROW_BUFFER_KEEP {
                self.buf = Vec::new();
            }
            self.buf.clear();
            let read = match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(read) => read,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(source) => {
                    self.done = true;
                    return Some(Err(Error::Io {
                        path: self.label.clone(),
                        source,
                    }));
                }
            };
            self.line += 1;
            let line_start = self.offset;
            self.offset = self.offset.saturating_add(read);
            let mut end = self.buf.len();
            for ending in [b'\n', b'\r'] {
                if end > 0 && self.buf[end - 1] == ending {
                    end -= 1;
                }
            }
            let start = if self.line == 1 && self.buf[..end].starts_with(BOM.as_bytes()) {
                BOM.len()
            } else {
                0
            };
            let row = start..end;
            match std::str::from_utf8(&self.buf[row.clone()]) {
                Err(e) => {
                    return Some(Err(Error::Utf8 {
                        path: self.label.clone(),
                        offset: line_start + start + e.valid_up_to(),
                    }))
                }
                Ok(text) if text.trim().is_empty() => continue,
                Ok(_) => {}
            }
            // Checked above; decoded again so the borrow ends with the loop.
            let text = std::str::from_utf8(&self.buf[row]).unwrap_or_default();
            return Some(Ok((self.line, text)));
        }
    }
}
