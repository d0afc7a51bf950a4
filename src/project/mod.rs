//! The project on disk: settings, source definitions, claims and polls.
//! Loading checks their shape; the figures themselves are read by `normalize`.

mod claim;
mod queries;
mod source;
pub mod translations;

pub use claim::{BenchmarkSpec, Claim, ClaimText, ContextSpec, EstimateSpec, Pairing, Topic};
pub use queries::check_unhcr_query;
pub use source::{
    DimensionRule, FetchSpec, Method, Provenance, ReadFormat, ReadSpec, SourceKind, SourceSpec, UpdateFrequency,
};

use crate::config::Config;
use crate::files::{self, FileError, display_relative};
use crate::problem::Problem;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Failures that stop a project from loading at all.
#[derive(Debug, thiserror::Error)]
pub enum ProjectError {
    #[error(transparent)]
    File(#[from] FileError),
    #[error("`{file}` is not valid: {message}")]
    Toml { file: String, message: String },
    #[error("no project at `{0}`: expected a `sources/` folder (use --project DIR)")]
    NotAProject(String),
    #[error(transparent)]
    Translations(#[from] translations::TranslationError),
}

/// Everything `factgap` reads from a project folder.
#[derive(Debug, Clone)]
pub struct Project {
    pub root: PathBuf,
    pub config: Config,
    /// Sources that loaded, sorted by id.
    pub sources: Vec<SourceSpec>,
    /// Claims that passed validation, in file order.
    pub claims: Vec<Claim>,
    /// User polls, `sources/perceptions/*.csv`, sorted by name.
    pub polls: Vec<PathBuf>,
    /// Source texts and findings in the languages other than the original.
    pub translations: translations::Translations,
}

impl Project {
    /// Loads a project. A source or claim that is broken is left out and
    /// reported in the returned problems; the rest still load.
    pub fn load(root: &Path) -> Result<(Project, Vec<Problem>), ProjectError> {
        let sources_dir = root.join("sources");
        if !sources_dir.is_dir() {
            return Err(ProjectError::NotAProject(root.display().to_string()));
        }
        let config_path = root.join("factgap.toml");
        let config: Config = if config_path.exists() { parse_toml(&config_path, root)? } else { Config::default() };
        let mut problems = Vec::new();
        let mut sources = Vec::new();
        for file in files::list_files(&sources_dir, "toml")? {
            let stem = file.file_stem().unwrap_or_default().to_string_lossy().to_string();
            if stem == "claims" {
                continue;
            }
            let rel = display_relative(&file, root);
            match parse_toml::<SourceSpec>(&file, root) {
                Ok(mut spec) => {
                    spec.id = stem;
                    spec.file = PathBuf::from(&rel);
                    match validate_source(&spec, &sources_dir) {
                        Ok(()) => sources.push(spec),
                        Err(p) => problems.push(p.source(spec.id.clone()).file(rel)),
                    }
                }
                Err(e) => problems.push(Problem::error(e.to_string()).source(stem).file(rel)),
            }
        }
        let claims_path = sources_dir.join("claims.toml");
        let mut claims = Vec::new();
        let mut all_claims = match claims_path.exists() {
            true => parse_toml::<claim::ClaimsFile>(&claims_path, root)?.claim,
            false => Vec::new(),
        };
        let translations = translations::load(root, &config.site.languages, &mut all_claims, &sources)?;
        let rel = display_relative(&claims_path, root);
        let mut seen = BTreeSet::new();
        for claim in all_claims {
            let problem = if !seen.insert(claim.id.clone()) {
                Some(Problem::error(format!("claim `{}` is defined twice", claim.id)))
            } else {
                validate_claim(&claim, &config.site.languages).err()
            };
            match problem {
                Some(p) => problems.push(p.file(rel.clone())),
                None => claims.push(claim),
            }
        }
        let polls = files::list_files(&sources_dir.join("perceptions"), "csv")?;
        // Every source a claim names must exist: a typo would otherwise make the
        // claim match nothing, silently. Sources that failed to load still count
        // as known (their own problem is already reported).
        let mut known: BTreeSet<String> = files::list_files(&sources_dir, "toml")?
            .iter()
            .filter_map(|f| f.file_stem().map(|s| s.to_string_lossy().into_owned()))
            .filter(|s| s != "claims")
            .collect();
        known.extend(polls.iter().filter_map(|p| p.file_stem()).map(|s| format!("poll.{}", s.to_string_lossy())));
        claims.retain(|claim| match unknown_sources(claim, &known) {
            Some(p) => {
                problems.push(p.file(rel.clone()));
                false
            }
            None => true,
        });
        Ok((Project { root: root.to_path_buf(), config, sources, claims, polls, translations }, problems))
    }

    pub fn sources_dir(&self) -> PathBuf {
        self.root.join("sources")
    }

    pub fn templates_dir(&self) -> PathBuf {
        self.root.join("templates")
    }

    pub fn source(&self, id: &str) -> Option<&SourceSpec> {
        self.sources.iter().find(|s| s.id == id)
    }
}

fn parse_toml<T: serde::de::DeserializeOwned>(path: &Path, root: &Path) -> Result<T, ProjectError> {
    let text = files::read_to_string(path)?;
    toml::from_str(&text).map_err(|e| ProjectError::Toml { file: display_relative(path, root), message: e.to_string() })
}

fn validate_source(spec: &SourceSpec, sources_dir: &Path) -> Result<(), Problem> {
    match (&spec.fetch, &spec.read) {
        (Some(_), None) => {
            return Err(Problem::error("has [fetch] but no [read] to say how to read it").field("read"));
        }
        (None, None) if spec.seed.is_none() && spec.findings.is_none() => {
            return Err(Problem::error("has neither [fetch] nor a seed file: no figures to read").field("seed"));
        }
        _ => {}
    }
    if let Some(seed) = &spec.seed {
        let path = sources_dir.join(seed);
        if !path.is_file() {
            return Err(Problem::error(format!("seed file `sources/{seed}` does not exist")).field("seed"));
        }
    }
    if spec.kind == SourceKind::Unhcr
        && let Some(fetch) = &spec.fetch
    {
        for url in fetch.all_urls() {
            check_unhcr_query(url).map_err(|e| Problem::error(e).field("fetch.url"))?;
        }
    }
    if spec.fetch.as_ref().is_some_and(|f| f.all_urls().is_empty()) {
        return Err(Problem::error("[fetch] names no url").field("fetch.url"));
    }
    if spec.provenance.citation_short.trim().is_empty() || spec.provenance.licence.trim().is_empty() {
        return Err(Problem::error("every source needs a citation and a licence").field("provenance"));
    }
    Ok(())
}

/// The first source id a claim names that no source file defines.
fn unknown_sources(claim: &Claim, known: &BTreeSet<String>) -> Option<Problem> {
    let exists = |id: &str| match id.strip_suffix('*') {
        // `poll.*`: every user poll, however many there are (none is fine).
        Some(prefix) => prefix.ends_with('.'),
        None => known.contains(id),
    };
    let named = match &claim.estimate {
        EstimateSpec::Survey { sources, .. } => sources.iter().map(|s| (s.as_str(), "estimate.sources")).collect(),
        EstimateSpec::Finding { source, .. } | EstimateSpec::Answer { source, .. } => {
            vec![(source.as_str(), "estimate.source")]
        }
    };
    let pairings = claim.actual.iter().filter_map(|p| p.source.as_deref()).map(|s| (s, "actual.source"));
    named.into_iter().chain(pairings).find(|(id, _)| !exists(id)).map(|(id, field)| {
        Problem::error(format!(
            "claim `{}`: there is no source `{id}` (no sources/{id}.toml); check the spelling",
            claim.id
        ))
        .field(field)
    })
}

fn validate_claim(claim: &Claim, languages: &[String]) -> Result<(), Problem> {
    let at = |msg: String| Problem::error(format!("claim `{}`: {msg}", claim.id));
    for lang in languages {
        if !claim.text.contains_key(lang) {
            return Err(at(format!("no text in language `{lang}`")).field(format!("text.{lang}")));
        }
    }
    if claim.actual.is_empty() {
        return Err(at("names no acceptable official figure".into()).field("actual"));
    }
    for pairing in &claim.actual {
        if pairing.population != claim.estimate.population() {
            for lang in languages {
                if pairing.caveat.get(lang).is_none_or(|c| c.trim().is_empty()) {
                    return Err(at(format!(
                        "pairing the estimate about `{}` with figures about `{}` needs a caveat in `{lang}`",
                        claim.estimate.population(),
                        pairing.population
                    ))
                    .field("actual.caveat"));
                }
            }
        }
    }
    Ok(())
}
