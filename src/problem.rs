//! Problems found while loading, validating and comparing: what `factgap check`
//! prints as a table and what a run reports before it publishes without the
//! source at fault.

use serde::Serialize;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The source (or claim) is left out of this run.
    Error,
    /// Published, but a reader should know (stale data, an unmatched place).
    Warning,
}

/// One problem, located as precisely as the input allows: source, file, row, field.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Problem {
    pub severity: Severity,
    pub source: Option<String>,
    pub file: Option<String>,
    /// 1-based line number in the file (the header is line 1).
    pub row: Option<u64>,
    pub field: Option<String>,
    pub message: String,
}

impl Problem {
    pub fn error(message: impl Into<String>) -> Self {
        Problem { severity: Severity::Error, source: None, file: None, row: None, field: None, message: message.into() }
    }

    pub fn warning(message: impl Into<String>) -> Self {
        Problem { severity: Severity::Warning, ..Problem::error(message) }
    }

    pub fn source(mut self, source: impl Into<String>) -> Self {
        self.source = Some(source.into());
        self
    }

    pub fn file(mut self, file: impl Into<String>) -> Self {
        self.file = Some(file.into());
        self
    }

    pub fn row(mut self, row: u64) -> Self {
        self.row = Some(row);
        self
    }

    pub fn field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{severity}:")?;
        if let Some(source) = &self.source {
            write!(f, " {source}:")?;
        }
        if let Some(file) = &self.file {
            write!(f, " {file}")?;
            if let Some(row) = self.row {
                write!(f, " row {row}")?;
            }
            if let Some(field) = &self.field {
                write!(f, ", field `{field}`")?;
            }
            write!(f, ":")?;
        } else if let Some(field) = &self.field {
            write!(f, " field `{field}`:")?;
        }
        write!(f, " {}", self.message)
    }
}
