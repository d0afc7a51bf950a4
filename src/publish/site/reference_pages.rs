//! The reference pages of a language: sources, about FOCUS, methodology,
//! corrections, search, translations and data.

use super::model::Language;
use super::schema;
use super::shared::{Collected, Site};
use crate::files;
use crate::present::views::ViewContext;
use crate::publish::{PublishError, PublishInput};
use minijinja::context;
use minijinja::value::{Serde, Value};
use std::collections::BTreeMap;

pub(super) fn write(site: &Site, language: &Language, out: &mut Collected) -> Result<(), PublishError> {
    let ctx = &language.ctx;
    let page = |out: &mut Collected, template: &str, path: &str, extra: Value| {
        language.page(site, out, template, path, 1, extra).map(|_| ())
    };
    page(out, "sources.html", "sources/index.html", context! { sources => Serde(&language.sources) })?;
    let findings = focus_findings(ctx);
    page(out, "about-focus.html", "about-focus/index.html", context! { groups => Serde(&findings) })?;
    page(out, "methodology.html", "methodology/index.html", methodology_context(site.input, ctx)?)?;
    page(out, "corrections.html", "corrections/index.html", context! { changes => Serde(&language.changes) })?;
    page(out, "search.html", "search/index.html", context! {})?;
    let reviews = translation_reviews(&site.templates, &site.languages_links)?;
    let arabic_digits = site.languages.iter().any(|l| l == "ar").then(|| site.catalog.numbering("ar"));
    page(
        out,
        "translations.html",
        "translations/index.html",
        context! { reviews => Serde(&reviews), arabic_digits => arabic_digits },
    )?;
    let dataset = schema::dataset(site.input, &site.visible, ctx, &site.data_date)?;
    page(out, "data.html", "data/index.html", context! { dataset => Serde(&dataset) })
}

/// Whether a native speaker has reviewed a language's texts, from
/// `templates/i18n/<lang>/review.toml` (no file: nothing reviewed yet).
#[derive(Debug, serde::Serialize)]
struct LanguageReview {
    code: String,
    name: String,
    dir: String,
    /// The language the texts were written in.
    original: bool,
    parts: Vec<PartReview>,
}

#[derive(Debug, Default, Clone, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct PartReview {
    #[serde(default)]
    part: String,
    /// The native speaker who reviewed it; empty while nobody has.
    #[serde(default)]
    reviewed_by: String,
    #[serde(default)]
    reviewed_on: String,
}

/// The texts a translation is made of, as the translations page lists them.
const TRANSLATED_PARTS: [&str; 3] = ["site", "briefing", "content"];

fn translation_reviews(
    templates: &std::path::Path,
    languages: &[super::model::LanguageLink],
) -> Result<Vec<LanguageReview>, PublishError> {
    languages
        .iter()
        .map(|l| {
            let path = templates.join("i18n").join(&l.code).join("review.toml");
            let file: BTreeMap<String, PartReview> = if path.exists() {
                toml::from_str(&files::read_to_string(&path)?).map_err(|e| PublishError::Data {
                    what: "translation review",
                    message: format!("`{}`: {e}", path.display()),
                })?
            } else {
                BTreeMap::new()
            };
            let parts = TRANSLATED_PARTS
                .iter()
                .map(|part| PartReview { part: part.to_string(), ..file.get(*part).cloned().unwrap_or_default() })
                .collect();
            Ok(LanguageReview {
                code: l.code.clone(),
                name: l.name.clone(),
                dir: l.dir.clone(),
                original: l.code == crate::project::translations::ORIGINAL,
                parts,
            })
        })
        .collect()
}

/// A FOCUS finding as the About page shows it, in the page's language.
#[derive(Debug, serde::Serialize)]
struct FindingView {
    id: String,
    statement: String,
    citation: String,
}

/// FOCUS's findings for the About page: findings, recommendations and who took part.
fn focus_findings(ctx: &ViewContext) -> Vec<(String, Vec<FindingView>)> {
    let mut groups: BTreeMap<u8, (String, Vec<FindingView>)> = BTreeMap::new();
    for f in ctx.normalized.findings.iter().filter(|f| f.source == "focus.findings") {
        let (order, key) = match f.topic.as_str() {
            "recommendation" => (1, "recommendations"),
            "sample" => (2, "sample"),
            _ => (0, "findings"),
        };
        let view = FindingView { id: f.id.clone(), statement: ctx.finding_statement(f), citation: f.citation.clone() };
        groups.entry(order).or_insert_with(|| (key.to_string(), Vec::new())).1.push(view);
    }
    groups.into_values().collect()
}

fn methodology_context(input: &PublishInput, ctx: &ViewContext) -> Result<Value, PublishError> {
    let method = &input.project.config.method;
    // Every population a published figure uses, with its source's definition.
    let mut populations: BTreeMap<String, (String, Vec<(String, String)>)> = BTreeMap::new();
    for s in input.normalized.sources.iter().filter(|s| !s.example) {
        for code in s.spec.provenance.population_definitions.keys() {
            let entry = populations
                .entry(code.clone())
                .or_insert_with(|| (ctx.population(code).unwrap_or_default(), Vec::new()));
            let text = ctx.population_definition(s, code).unwrap_or_default();
            entry.1.push((text, s.spec.provenance.citation_short.clone()));
        }
    }
    let claims: Vec<serde_json::Value> = input
        .project
        .claims
        .iter()
        .map(|c| {
            serde_json::json!({
                "id": c.id,
                "topic": c.topic.as_str(),
                "belief": c.text.get(ctx.lang).map(|t| t.belief.clone()).unwrap_or_default(),
                "max_period_gap_years": c.max_period_gap_years,
                "pairings": c.actual.len(),
            })
        })
        .collect();
    Ok(context! {
        assumed_margin => ctx_num(ctx, method.assumed_margin_pp, 1)?,
        stale_after_days => method.stale_after_days,
        populations => populations.into_iter().map(|(code, (label, defs))| context! { code => code, label => label, definitions => defs }).collect::<Vec<_>>(),
        claims => Serde(&claims),
    })
}

fn ctx_num(ctx: &ViewContext, value: f64, decimals: usize) -> Result<String, PublishError> {
    Ok(ctx.catalog.number(ctx.lang, value, decimals)?)
}
