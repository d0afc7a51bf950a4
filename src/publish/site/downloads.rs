//! Each fact's own data (`facts/<id>/data.csv`, `data.json`) and the site's
//! downloads under `data/`: the facts, the observations, the data package,
//! its README and one zip of them all (written beside the pages: it needs
//! only the facts and their sentences in the first language).

use super::shared::{Collected, Site};
use crate::present::urls;
use crate::publish::{PublishError, data};
use crate::run::parallel;
use minijinja::context;
use minijinja::value::Serde;
use std::collections::BTreeMap;

/// Each fact's `data.csv` and `data.json`, on every core.
pub(super) fn per_fact(site: &Site, out: &mut Collected) -> Result<(), PublishError> {
    let note = site.catalog.message(&site.languages[0], "data-licence-note", &[])?;
    parallel::map(
        &site.visible,
        site.input.cancel,
        || PublishError::Cancelled,
        |fact| {
            let csv = data::fact_csv(fact)
                .map_err(|e| PublishError::Data { what: "facts/*/data.csv", message: e.to_string() })?;
            let folder = site.dir.join(urls::fact("", &fact.id));
            crate::files::write(&folder.join("data.csv"), csv)?;
            let json = data::facts_json(std::slice::from_ref(fact), &site.data_date, &note)
                .map_err(|e| PublishError::Data { what: "facts/*/data.json", message: e.to_string() })?;
            Ok(crate::files::write(&folder.join("data.json"), json)?)
        },
    )?;
    out.files += 2 * site.visible.len();
    Ok(())
}

/// `data/`: the facts, the observations, the data package, its README and one
/// zip of them all; `headlines` holds each fact's sentence in the first
/// language. Returns how many files it wrote.
pub(super) fn data_folder(site: &Site, headlines: &BTreeMap<String, String>) -> Result<usize, PublishError> {
    let (input, catalog, visible, data_date) = (site.input, &site.catalog, &site.visible, &site.data_date);
    let project = input.project;
    let lang = &project.config.site.languages[0];
    let fail = |what: &'static str| move |e: String| PublishError::Data { what, message: e };
    let note = catalog.message(lang, "data-licence-note", &[])?;
    let csv = data::facts_csv(visible, headlines, &project.config.site.base_url)
        .map_err(|e| fail("data/facts.csv")(e.to_string()))?;
    let package = data::datapackage_json(input.normalized, &project.config.site.base_url, data_date, &note);
    let sources: Vec<&crate::project::Provenance> =
        input.normalized.sources.iter().filter(|s| !s.example).map(|s| &s.spec.provenance).collect();
    let readme = site.render(
        "data-readme.md",
        context! { lang => lang, base_url => &project.config.site.base_url, date => data_date, facts => visible.len(), sources => Serde(&sources), note => &note },
    )?;
    for (name, bytes) in [("facts.csv", &csv), ("datapackage.json", &package), ("README.md", &readme.into_bytes())] {
        crate::files::write(&site.dir.join(urls::data(name)), bytes)?;
    }
    // The two large files are written as they are serialized, and zipped from the files.
    let path = |name: &str| site.dir.join(urls::data(name));
    crate::files::write_with(&path("facts.json"), |w| {
        data::write_facts_json(w, visible, data_date, &note).map_err(std::io::Error::from)
    })?;
    crate::files::write_with(&path("observations.csv"), |w| {
        data::write_observations_csv(w, &input.normalized.observations)
    })?;
    let zipped = ["README.md", "datapackage.json", "facts.csv", "facts.json", "observations.csv"].map(|n| (n, path(n)));
    crate::files::zip_from_files(&path("factgap-data.zip"), &zipped)?;
    Ok(6)
}
