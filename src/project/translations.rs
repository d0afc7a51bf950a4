//! Translations of the project's own texts: claims (belief, why, caveats),
//! what sources say of themselves (licence, attribution, notes, population
//! definitions) and the FOCUS findings. The originals are English and stay
//! where they are; each other language has one file, `sources/i18n/<lang>.toml`,
//! with the same keys. A configured language that lacks any text stops the
//! load with every missing key, so no page ever mixes in an English sentence.
//! Names of sources, datasets and publications are proper names: never translated.

use super::{Claim, ClaimText, SourceKind, SourceSpec};
use crate::files::{self, FileError, display_relative};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// The language of the texts in `claims.toml`, the source files and the findings.
pub const ORIGINAL: &str = "en";

/// One language's file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguageFile {
    #[serde(default)]
    claim: BTreeMap<String, ClaimTranslation>,
    #[serde(default)]
    source: BTreeMap<String, SourceText>,
    #[serde(default)]
    finding: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ClaimTranslation {
    #[serde(default)]
    belief: Option<String>,
    #[serde(default)]
    why: Option<String>,
    #[serde(default)]
    why_short: Option<String>,
    /// Keyed by the pairing's population.
    #[serde(default)]
    caveat: BTreeMap<String, String>,
}

/// What a source says of itself, in one language.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceText {
    #[serde(default)]
    pub licence: Option<String>,
    #[serde(default)]
    pub attribution: Option<String>,
    #[serde(default)]
    pub notes: Option<String>,
    #[serde(default)]
    pub population_definitions: BTreeMap<String, String>,
}

/// Source texts and finding statements per language (claims are merged into
/// the claims themselves).
#[derive(Debug, Clone, Default)]
pub struct Translations {
    sources: BTreeMap<String, BTreeMap<String, SourceText>>,
    findings: BTreeMap<String, BTreeMap<String, String>>,
}

impl Translations {
    /// A source's texts in `lang`; `None` in the original language.
    pub fn source(&self, lang: &str, id: &str) -> Option<&SourceText> {
        self.sources.get(lang)?.get(id)
    }

    /// A finding's statement in `lang`; `None` in the original language.
    pub fn finding(&self, lang: &str, id: &str) -> Option<&str> {
        self.findings.get(lang)?.get(id).map(String::as_str)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum TranslationError {
    #[error(transparent)]
    File(#[from] FileError),
    #[error("`{file}` is not valid: {message}")]
    Toml { file: String, message: String },
    #[error("{}", missing_list(.0))]
    Missing(BTreeMap<String, Vec<String>>),
}

fn missing_list(missing: &BTreeMap<String, Vec<String>>) -> String {
    let mut text = String::from("translations are incomplete; missing texts, per language:");
    for (lang, keys) in missing {
        text.push_str(&format!("\n  {lang} (sources/i18n/{lang}.toml, {}): {}", keys.len(), keys.join(", ")));
    }
    text
}

/// Reads `sources/i18n/<lang>.toml` for every language but the original,
/// merges claim texts into `claims`, and checks every text is there.
pub fn load(
    root: &Path,
    languages: &[String],
    claims: &mut [Claim],
    sources: &[SourceSpec],
) -> Result<Translations, TranslationError> {
    let mut translations = Translations::default();
    let mut missing: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let finding_ids = finding_ids(root, sources)?;
    for lang in languages.iter().filter(|l| l.as_str() != ORIGINAL) {
        let path = root.join("sources").join("i18n").join(format!("{lang}.toml"));
        let file: LanguageFile = if path.exists() {
            toml::from_str(&files::read_to_string(&path)?)
                .map_err(|e| TranslationError::Toml { file: display_relative(&path, root), message: e.to_string() })?
        } else {
            LanguageFile::default()
        };
        let lacking = missing.entry(lang.clone()).or_default();
        let LanguageFile { claim: mut claim_texts, source, finding } = file;
        for claim in claims.iter_mut() {
            let given = claim_texts.remove(&claim.id);
            if !claim.text.contains_key(lang) {
                let belief = given.as_ref().and_then(|t| t.belief.clone());
                let why = given.as_ref().and_then(|t| t.why.clone());
                match (belief, why) {
                    (Some(belief), Some(why)) => {
                        let why_short = given.as_ref().and_then(|t| t.why_short.clone());
                        claim.text.insert(lang.clone(), ClaimText { belief, why, why_short });
                    }
                    (belief, why) => {
                        for (field, text) in [("belief", belief), ("why", why)] {
                            if text.is_none() {
                                lacking.push(format!("claim.{}.{field}", claim.id));
                            }
                        }
                    }
                }
            }
            for pairing in &mut claim.actual {
                if pairing.caveat.contains_key(ORIGINAL) && !pairing.caveat.contains_key(lang) {
                    match given.as_ref().and_then(|t| t.caveat.get(&pairing.population)) {
                        Some(text) => {
                            pairing.caveat.insert(lang.clone(), text.clone());
                        }
                        None => lacking.push(format!("claim.{}.caveat.{}", claim.id, pairing.population)),
                    }
                }
            }
        }
        for spec in sources {
            let p = &spec.provenance;
            let t = source.get(&spec.id);
            let key = |field: &str| format!("source.\"{}\".{field}", spec.id);
            if t.and_then(|t| t.licence.as_ref()).is_none() {
                lacking.push(key("licence"));
            }
            if t.and_then(|t| t.attribution.as_ref()).is_none() {
                lacking.push(key("attribution"));
            }
            if p.notes.is_some() && t.and_then(|t| t.notes.as_ref()).is_none() {
                lacking.push(key("notes"));
            }
            for code in p.population_definitions.keys() {
                if !t.is_some_and(|t| t.population_definitions.contains_key(code)) {
                    lacking.push(key(&format!("population_definitions.{code}")));
                }
            }
        }
        for id in &finding_ids {
            if !finding.contains_key(id) {
                lacking.push(format!("finding.{id}"));
            }
        }
        translations.sources.insert(lang.clone(), source);
        translations.findings.insert(lang.clone(), finding);
    }
    missing.retain(|_, keys| !keys.is_empty());
    if missing.is_empty() { Ok(translations) } else { Err(TranslationError::Missing(missing)) }
}

/// The ids of every finding in the project's findings seeds.
fn finding_ids(root: &Path, sources: &[SourceSpec]) -> Result<Vec<String>, TranslationError> {
    let mut ids = Vec::new();
    // FOCUS's findings, and surveys' worded answers.
    let files = sources.iter().filter_map(|s| match s.kind {
        SourceKind::Findings => s.seed.as_ref(),
        _ => s.findings.as_ref(),
    });
    for file in files {
        let path = root.join("sources").join(file);
        let text = files::read_to_string(&path)?;
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let column = reader.headers().ok().and_then(|h| h.iter().position(|c| c == "id"));
        let Some(column) = column else { continue };
        ids.extend(reader.records().flatten().filter_map(|r| r.get(column).map(str::to_string)));
    }
    ids.sort();
    ids.dedup();
    Ok(ids)
}
