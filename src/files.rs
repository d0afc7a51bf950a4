//! Thin wrappers over `std::fs` whose errors name the path, so that every
//! message a user sees says which file was at fault.

use std::path::{Path, PathBuf};

/// An I/O failure on a named path.
#[derive(Debug, thiserror::Error)]
#[error("{action} `{}`: {source}", path.display())]
pub struct FileError {
    pub action: &'static str,
    pub path: PathBuf,
    #[source]
    pub source: std::io::Error,
}

fn wrap<'p>(action: &'static str, path: &'p Path) -> impl FnOnce(std::io::Error) -> FileError + use<'p> {
    move |source| FileError { action, path: path.to_path_buf(), source }
}

pub fn read_to_string(path: &Path) -> Result<String, FileError> {
    std::fs::read_to_string(path).map_err(wrap("cannot read", path))
}

pub fn read(path: &Path) -> Result<Vec<u8>, FileError> {
    std::fs::read(path).map_err(wrap("cannot read", path))
}

/// Writes `path` whole, creating its folder when it is missing.
pub fn write(path: &Path, contents: impl AsRef<[u8]>) -> Result<(), FileError> {
    use std::io::Write;
    let mut file = create(path)?;
    file.write_all(contents.as_ref()).map_err(wrap("cannot write", path))
}

/// Creates (or truncates) `path`. Its folder is created only when the file
/// cannot be: a site build writes 120,000 files into folders that mostly
/// exist already, and asking for each folder first cost about 6 % of its CPU time.
fn create(path: &Path) -> Result<std::fs::File, FileError> {
    match std::fs::File::create(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if let Some(parent) = path.parent() {
                create_dir_all(parent)?;
            }
            std::fs::File::create(path)
        }
        other => other,
    }
    .map_err(wrap("cannot write", path))
}

pub fn create_dir_all(path: &Path) -> Result<(), FileError> {
    std::fs::create_dir_all(path).map_err(wrap("cannot create folder", path))
}

pub fn remove_dir_all_if_exists(path: &Path) -> Result<(), FileError> {
    match std::fs::remove_dir_all(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(wrap("cannot remove", path)(e)),
        _ => Ok(()),
    }
}

pub fn rename(from: &Path, to: &Path) -> Result<(), FileError> {
    std::fs::rename(from, to).map_err(wrap("cannot move into place", to))
}

/// Files in `dir` with the given extension, sorted by name so that every run
/// sees them in the same order. A missing folder is an empty list.
pub fn list_files(dir: &Path, extension: &str) -> Result<Vec<PathBuf>, FileError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(wrap("cannot list", dir)(e)),
    };
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(wrap("cannot list", dir))?.path();
        if path.is_file() && path.extension().is_some_and(|e| e == extension) {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// `path` relative to `base` for messages, or `path` itself when it is elsewhere.
pub fn display_relative(path: &Path, base: &Path) -> String {
    path.strip_prefix(base).unwrap_or(path).display().to_string()
}

/// Writes a file through a buffer, as `fill` writes it: a large download is
/// never held whole in memory.
pub fn write_with(
    path: &Path,
    fill: impl FnOnce(&mut std::io::BufWriter<std::fs::File>) -> std::io::Result<()>,
) -> Result<(), FileError> {
    use std::io::Write;
    let mut out = std::io::BufWriter::new(create(path)?);
    fill(&mut out).and_then(|()| out.flush()).map_err(wrap("cannot write", path))
}

/// Writes the zip `target` of the files `entries` names (name in the zip, file),
/// as [`zip_files`] would of their bytes, reading each file a buffer at a time.
pub fn zip_from_files(target: &Path, entries: &[(&str, PathBuf)]) -> Result<(), FileError> {
    let zip_error = |e: zip::result::ZipError| std::io::Error::other(e.to_string());
    write_with(target, |out| {
        let mut zip = zip::ZipWriter::new(out);
        for (name, path) in entries {
            zip.start_file(*name, zip_options()).map_err(zip_error)?;
            let mut file = std::fs::File::open(path)?;
            std::io::copy(&mut file, &mut zip)?;
        }
        zip.finish().map_err(zip_error)?;
        Ok(())
    })
}

/// Deflated, with no time stamp, so the same files give the same zip.
fn zip_options() -> zip::write::SimpleFileOptions {
    zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
}

/// One zip of named files, with fixed timestamps so the same files give the same bytes.
pub fn zip_files(entries: &[(&str, &[u8])]) -> zip::result::ZipResult<Vec<u8>> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in entries {
        zip.start_file(*name, zip_options())?;
        zip.write_all(bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}
