//! Each fact's own data (`facts/<id>/data.csv`, `data.json`) and the site's
//! downloads under `data/`: the facts, the observations, the data package,
//! its README and one zip of them all.

use super::shared::{Collected, Site};
use crate::present::urls;
use crate::publish::{PublishError, data};
use minijinja::context;
use minijinja::value::Serde;

pub(super) fn write(site: &Site, out: &mut Collected) -> Result<(), PublishError> {
    let note = site.catalog.message(&site.languages[0], "data-licence-note", &[])?;
    for fact in &site.visible {
        let csv = data::fact_csv(fact)
            .map_err(|e| PublishError::Data { what: "facts/*/data.csv", message: e.to_string() })?;
        let folder = urls::fact("", &fact.id);
        site.write(out, format!("{folder}data.csv"), csv)?;
        let json = data::facts_json(std::slice::from_ref(fact), &site.data_date, &note)
            .map_err(|e| PublishError::Data { what: "facts/*/data.json", message: e.to_string() })?;
        site.write(out, format!("{folder}data.json"), json)?;
    }
    data_folder(site, out)
}

/// `data/`: the facts, the observations, the data package, its README and one zip of them all.
fn data_folder(site: &Site, out: &mut Collected) -> Result<(), PublishError> {
    let (input, catalog, visible, headlines, data_date) =
        (site.input, &site.catalog, &site.visible, &out.headlines, &site.data_date);
    let project = input.project;
    let lang = &project.config.site.languages[0];
    let fail = |what: &'static str| move |e: String| PublishError::Data { what, message: e };
    let note = catalog.message(lang, "data-licence-note", &[])?;
    let csv = data::facts_csv(visible, headlines, &project.config.site.base_url)
        .map_err(|e| fail("data/facts.csv")(e.to_string()))?;
    let json = data::facts_json(visible, data_date, &note).map_err(|e| fail("data/facts.json")(e.to_string()))?;
    let observations = data::observations_csv(&input.normalized.observations)
        .map_err(|e| fail("data/observations.csv")(e.to_string()))?;
    let package = data::datapackage_json(input.normalized, &project.config.site.base_url, data_date, &note);
    let sources: Vec<&crate::project::Provenance> =
        input.normalized.sources.iter().filter(|s| !s.example).map(|s| &s.spec.provenance).collect();
    let readme = site.render(
        "data-readme.md",
        context! { lang => lang, base_url => &project.config.site.base_url, date => data_date, facts => visible.len(), sources => Serde(&sources), note => &note },
    )?;
    let zip = crate::files::zip_files(&[
        ("README.md", readme.as_bytes()),
        ("datapackage.json", &package),
        ("facts.csv", &csv),
        ("facts.json", &json),
        ("observations.csv", &observations),
    ])
    .map_err(|e| fail("data/factgap-data.zip")(e.to_string()))?;
    for (name, bytes) in [
        ("facts.csv", &csv),
        ("facts.json", &json),
        ("observations.csv", &observations),
        ("datapackage.json", &package),
        ("README.md", &readme.into_bytes()),
        ("factgap-data.zip", &zip),
    ] {
        site.write(out, urls::data(name), bytes)?;
    }
    Ok(())
}
