//! What every step of the site build reads (the run's input and what all pages
//! share) and what the steps collect for the steps after them.

use super::model;
use crate::compare::Fact;
use crate::files;
use crate::present::i18n::Catalog;
use crate::present::urls;
use crate::publish::{PublishError, PublishInput, cards, search};
use minijinja::Environment;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What every step reads: the run's input and what all pages share.
pub(super) struct Site<'a> {
    pub(super) input: &'a PublishInput<'a>,
    /// Where the site is being built.
    pub(super) dir: &'a Path,
    pub(super) templates: PathBuf,
    pub(super) env: Environment<'static>,
    pub(super) catalog: Arc<Catalog>,
    pub(super) languages: &'a [String],
    pub(super) base_url: &'a str,
    /// The base URL's path, for addresses in the search index and the 404 page.
    pub(super) served: String,
    /// The facts not held back by an embargo, in compare's order (copied only
    /// when some are held back).
    pub(super) visible: Cow<'a, [Fact]>,
    /// The data's date, never the build's.
    pub(super) data_date: String,
    /// This month (`YYYY-MM`): the cards pinned now are pinned for it.
    pub(super) month: String,
    pub(super) languages_links: Vec<model::LanguageLink>,
    /// The countries FOCUS surveyed, in the order its findings list them.
    pub(super) focus_countries: Vec<String>,
}

/// What the steps collect as they go, for the steps after them.
#[derive(Default)]
pub(super) struct Collected {
    pub(super) files: usize,
    /// Paths under a language's home with their last change: every page exists
    /// in every language, so the sitemap lists each once, with `hreflang` alternates.
    pub(super) sitemap: BTreeMap<String, String>,
    pub(super) search: Vec<search::Page>,
    /// Images to draw: (PNG, its SVG source), paths in the site.
    pub(super) images: Vec<(String, String)>,
    /// This build's cards, by fact and language.
    pub(super) cards: cards::CardsByFact,
}

impl Collected {
    /// Adds what another step collected after what this one holds.
    pub(super) fn append(&mut self, other: Collected) {
        self.files += other.files;
        self.sitemap.extend(other.sitemap);
        self.search.extend(other.search);
        self.images.extend(other.images);
        for (id, by_lang) in other.cards {
            self.cards.entry(id).or_default().extend(by_lang);
        }
    }
}

impl<'a> Site<'a> {
    pub(super) fn load(input: &'a PublishInput<'a>, dir: &'a Path) -> Result<Site<'a>, PublishError> {
        let project = input.project;
        let languages = &project.config.site.languages;
        if languages.is_empty() {
            return Err(PublishError::Data {
                what: "factgap.toml",
                message: "[site] languages is empty: name at least one".into(),
            });
        }
        let templates = project.templates_dir();
        let catalog = input.presented.catalog.clone();
        let env = crate::present::environment(&templates, catalog.clone());
        let base_url = project.config.site.base_url.as_str();
        let languages_links = model::language_links(&catalog, languages)?;
        let focus_countries = input
            .normalized
            .findings
            .iter()
            .find(|f| f.direction.is_some())
            .map(|f| f.countries.clone())
            .unwrap_or_default();
        Ok(Site {
            input,
            dir,
            templates,
            env,
            catalog,
            languages,
            base_url,
            served: urls::served_path(base_url),
            visible: match input.facts.facts.iter().any(|f| input.held_back.contains(&f.id)) {
                true => input.facts.facts.iter().filter(|f| !input.held_back.contains(&f.id)).cloned().collect(),
                false => Cow::Borrowed(&input.facts.facts),
            },
            data_date: crate::publish::data_date(input.normalized, input.now),
            month: input.now.format("%Y-%m").to_string(),
            languages_links,
            focus_countries,
        })
    }

    /// Writes a file of the site and counts it.
    pub(super) fn write(
        &self,
        out: &mut Collected,
        path: impl AsRef<Path>,
        bytes: impl AsRef<[u8]>,
    ) -> Result<(), PublishError> {
        files::write(&self.dir.join(path), bytes)?;
        out.files += 1;
        Ok(())
    }

    pub(super) fn render(&self, template: &str, ctx: minijinja::Value) -> Result<String, PublishError> {
        crate::publish::render(&self.env, template, ctx)
    }
}
