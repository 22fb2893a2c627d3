//! Test fixtures: scratch folders, the seed articles and short-hands.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::Loaded;

/// A fresh scratch folder for one test, removed when dropped.
pub(super) struct Scratch(pub(super) PathBuf);

impl Scratch {
    pub(super) fn new(name: &str) -> Self {
        let dir =
            std::env::temp_dir().join(format!("timeweave-load-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    pub(super) fn write(&self, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let path = self.0.join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).unwrap();
        }
        fs::write(&path, content).unwrap();
        path
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// A calendar date; the tests only name valid ones.
pub(super) fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The ids of the loaded articles, in order.
pub(super) fn ids(loaded: &Loaded) -> Vec<&str> {
    loaded.articles.iter().map(|a| a.id.as_str()).collect()
}

/// The seed articles shared by the project, when they are present.
pub(super) fn seeds() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    dir.join("manifest.jsonl").is_file().then_some(dir)
}
