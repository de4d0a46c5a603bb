//! Files compiled into the binary: the `assets/` folder (translations, lexicons, name lists,
//! images) and the built-in scenario pack (`scenarios/`), so `cargo install` gives a complete app.

use include_dir::{Dir, DirEntry, include_dir};

/// The repository's `assets/` folder.
static ASSETS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/assets");

/// The built-in scenario pack (the repository's `scenarios/` folder).
pub static BUILTIN_PACK: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/scenarios");

/// The bytes of an asset, by its path under `assets/` (e.g. `lexicons/en.ron`).
#[must_use]
pub fn get(path: &str) -> Option<&'static [u8]> {
    ASSETS.get_file(path).map(include_dir::File::contents)
}

/// The text of an asset, if it exists and is UTF-8.
#[must_use]
pub fn text(path: &str) -> Option<&'static str> {
    get(path).and_then(|b| std::str::from_utf8(b).ok())
}

/// Every file below a folder of `assets/`, recursively, as (path under `assets/`, bytes).
pub fn files_under(folder: &str) -> impl Iterator<Item = (String, &'static [u8])> {
    let mut out = Vec::new();
    if let Some(dir) = ASSETS.get_dir(folder) {
        collect(dir, &mut out);
    }
    out.into_iter()
}

/// Every file of an embedded folder, recursively.
pub fn collect(dir: &'static Dir<'static>, out: &mut Vec<(String, &'static [u8])>) {
    for entry in dir.entries() {
        match entry {
            DirEntry::Dir(d) => collect(d, out),
            DirEntry::File(f) => out.push((f.path().to_string_lossy().replace('\\', "/"), f.contents())),
        }
    }
}
