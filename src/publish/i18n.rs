//! Message catalogues (Project Fluent), one folder per language under
//! `templates/i18n/<lang>/`. Code never holds user-facing text: it asks the
//! catalogue by key, and a missing key fails the build with its name.

use crate::files::{self, FileError};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::BTreeMap;
use std::path::Path;
use unic_langid::LanguageIdentifier;

#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error(transparent)]
    File(#[from] FileError),
    #[error("`{file}`: {message}")]
    Syntax { file: String, message: String },
    #[error("`{0}` is not a language code")]
    Language(String),
    #[error("no messages for language `{0}` (expected templates/i18n/{0}/*.ftl)")]
    NoCatalogue(String),
    #[error("message `{key}` is missing in language `{lang}`")]
    Missing { lang: String, key: String },
    #[error("message `{key}` in `{lang}`: {message}")]
    Format { lang: String, key: String, message: String },
}

/// All catalogues of a build.
pub struct Catalog {
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").field("languages", &self.bundles.keys().collect::<Vec<_>>()).finish()
    }
}

impl Catalog {
    /// Loads `templates/i18n/<lang>/*.ftl` for each language.
    pub fn load(templates: &Path, languages: &[String]) -> Result<Catalog, I18nError> {
        let mut bundles = BTreeMap::new();
        for lang in languages {
            let id: LanguageIdentifier = lang.parse().map_err(|_| I18nError::Language(lang.clone()))?;
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Isolation marks would appear as stray characters in HTML attributes and CSV.
            bundle.set_use_isolating(false);
            let files = files::list_files(&templates.join("i18n").join(lang), "ftl")?;
            if files.is_empty() {
                return Err(I18nError::NoCatalogue(lang.clone()));
            }
            for file in files {
                let text = files::read_to_string(&file)?;
                let name = file.display().to_string();
                let resource = FluentResource::try_new(text).map_err(|(_, errors)| I18nError::Syntax {
                    file: name.clone(),
                    message: errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; "),
                })?;
                bundle.add_resource(resource).map_err(|errors| I18nError::Syntax {
                    file: name.clone(),
                    message: errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; "),
                })?;
            }
            bundles.insert(lang.clone(), bundle);
        }
        Ok(Catalog { bundles })
    }

    pub fn has(&self, lang: &str, key: &str) -> bool {
        self.bundles.get(lang).is_some_and(|b| b.has_message(key))
    }

    /// The message `key` in `lang`, with its arguments filled in.
    pub fn message(&self, lang: &str, key: &str, args: &[(&str, Arg)]) -> Result<String, I18nError> {
        let missing = || I18nError::Missing { lang: lang.into(), key: key.into() };
        let bundle = self.bundles.get(lang).ok_or_else(missing)?;
        let pattern = bundle.get_message(key).and_then(|m| m.value()).ok_or_else(missing)?;
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Text(s) => FluentValue::from(s.clone()),
                Arg::Number(n) => FluentValue::from(*n),
            };
            fluent_args.set(name.to_string(), value);
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
        if let Some(error) = errors.first() {
            return Err(I18nError::Format { lang: lang.into(), key: key.into(), message: error.to_string() });
        }
        Ok(text)
    }
}

/// An argument to a message: text (already formatted) or a number (for plural rules).
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

/// Formats a number for `lang` with at most `max_decimals` decimals, trailing
/// zeros dropped, thousands grouped. The separators come from the catalogue
/// (`number-decimal-separator`, `number-group-separator`).
pub fn format_number(catalog: &Catalog, lang: &str, value: f64, max_decimals: usize) -> Result<String, I18nError> {
    let decimal = catalog.message(lang, "number-decimal-separator", &[])?;
    let group = catalog.message(lang, "number-group-separator", &[])?;
    let fixed = format!("{:.*}", max_decimals, value.abs());
    let (int, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let frac = frac.trim_end_matches('0');
    let mut grouped = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push_str(&group);
        }
        grouped.push(ch);
    }
    let sign = if value < 0.0 && fixed.chars().any(|c| c.is_ascii_digit() && c != '0') { "−" } else { "" };
    Ok(if frac.is_empty() { format!("{sign}{grouped}") } else { format!("{sign}{grouped}{decimal}{frac}") })
}
