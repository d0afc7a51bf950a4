//! `factgap inspect`: read any supported response and show its tidy rows, so
//! a user adding a source sees what factgap makes of it before writing rules.

use crate::files;
use crate::formats::{table, zenodo};
use crate::project::ReadFormat;
use std::io::Write;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum InspectError {
    #[error(transparent)]
    File(#[from] files::FileError),
    #[error("`{file}`: cannot tell its format; pass --format")]
    UnknownFormat { file: String },
    #[error("`{file}` read as {format}: {message}")]
    Invalid { file: String, format: &'static str, message: String },
    #[error("writing the rows: {0}")]
    Write(String),
}

/// Writes the tidy rows of `file` as CSV to `out`; returns a one-line summary.
pub fn inspect(file: &Path, format: Option<ReadFormat>, out: &mut impl Write) -> Result<String, InspectError> {
    let bytes = files::read(file)?;
    let name = file.display().to_string();
    let format = format.or_else(|| table::detect(&bytes)).ok_or(InspectError::UnknownFormat { file: name.clone() })?;
    let invalid = |message: String| InspectError::Invalid { file: name.clone(), format: format.as_str(), message };
    if format == ReadFormat::Zenodo {
        let publications = zenodo::parse(&bytes).map_err(invalid)?;
        let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(out);
        let write = |e: csv::Error| InspectError::Write(e.to_string());
        w.write_record(["title", "doi", "publication_date", "url", "files"]).map_err(write)?;
        for p in &publications {
            let files: Vec<&str> = p.files.iter().map(|f| f.key.as_str()).collect();
            w.write_record([
                p.title.as_str(),
                p.doi.as_deref().unwrap_or(""),
                p.publication_date.as_deref().unwrap_or(""),
                p.url.as_deref().unwrap_or(""),
                &files.join(";"),
            ])
            .map_err(write)?;
        }
        w.flush().map_err(|e| InspectError::Write(e.to_string()))?;
        return Ok(format!("{name}: {} publication(s) (zenodo)", publications.len()));
    }
    let parsed = table::parse(format, &bytes).map_err(invalid)?;
    match parsed.write_csv(out) {
        // A reader that stopped early (`| head`) is not an error.
        Err(e) if matches!(e.kind(), csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe) => {}
        Err(e) => return Err(InspectError::Write(e.to_string())),
        Ok(()) => {}
    }
    let updated = parsed.updated().map(|u| format!(", updated {u}")).unwrap_or_default();
    Ok(format!(
        "{name}: {} cell(s) with a value in {} dimension(s) ({}){updated}",
        parsed.len(),
        parsed.dimensions().len(),
        format.as_str()
    ))
}
