//! The whole pipeline into a temporary folder: figures, citations and the
//! debunking order in the HTML, the downloads, determinism, and what a broken
//! source or a failed build leaves behind.

use crate::common::{TestProject, tree};
use factgap::pipeline::{self, PipelineError};
use factgap::problem::Severity;

fn position(haystack: &str, needle: &str) -> usize {
    haystack.find(needle).unwrap_or_else(|| panic!("{needle:?} not found"))
}

#[test]
fn the_site_shows_figures_citations_and_the_debunking_order() {
    let project = TestProject::bundled();
    let report = project.build();
    assert!(report.problems.is_empty(), "{:?}", report.problems);

    let sentence = "In Germany, 60% of Syrian refugees who arrived in 2015 were in work in 2022.";
    let home = project.page("index.html");
    assert!(home.contains("Data may be stale"), "the Eurostat seeds are not refreshed");
    let topic = project.page("topics/employment/index.html");
    assert!(topic.contains(sentence));
    assert!(topic.contains("href=\"../../facts/employment-de/index.html\""));

    // A measured misperception: the fact, the myth named once and flagged, why
    // people get it wrong, the fact again; in the markup, the public's estimate
    // is the claim reviewed.
    let it_sentence = "In Italy, people born outside the EU made up 7% of the population in 2017.";
    let page = project.page("facts/population-share-non-eu-born-it/index.html");
    let belief = "There are far more immigrants than the official figures say.";
    let (visible, json_ld) = page.split_at(position(&page, "<script type=\"application/ld+json\">"));
    let (json_ld, visible_rest) = json_ld.split_at(position(json_ld, "</script>"));
    assert_eq!(
        visible.matches(belief).count() + visible_rest.matches(belief).count(),
        1,
        "the myth is named exactly once"
    );
    let review: serde_json::Value = serde_json::from_str(&json_ld[json_ld.find('>').unwrap() + 1..]).unwrap();
    assert_eq!(
        review["claimReviewed"],
        "In Italy, people born outside the EU made up 24.6% of the population in 2017."
    );
    assert_eq!(review["reviewRating"]["alternateName"], "Overestimated: the actual figure the survey gives is 7%");
    let title = &page[position(&page, "<title>")..position(&page, "</title>")];
    assert!(!title.contains(belief), "the myth is never the title");
    let fact_at = position(&page, &format!("<h1 class=\"the-fact\">{it_sentence}</h1>"));
    let myth_at = position(&page, "<span class=\"myth-flag\">Myth</span>");
    let belief_at = myth_at + position(&page[myth_at..], belief);
    let why_at = position(&page, "Why people get it wrong");
    let again_at = position(&page, &format!("<p class=\"restated\">{it_sentence}</p>"));
    assert!(fact_at < myth_at && myth_at < belief_at && belief_at < why_at && why_at < again_at);

    // A refugee fact in a FOCUS country: what FOCUS reported, in its words, with its
    // citation and certainty, and no ClaimReview (no one measured this belief).
    let page = project.page("facts/employment-de/index.html");
    assert!(!page.contains("application/ld+json"));
    let myth_at = position(&page, "<span class=\"myth-flag\">Myth</span>");
    assert!(myth_at < position(&page, "tends to underestimate the employment of the arriving community"));
    assert!(page.contains("they underestimate their level of education and employment"));
    assert!(page.contains("FOCUS project news release, 2022</bdi> · seen in the primary source"));
    assert!(page.contains("FOCUS asked about refugees from Syria granted protection after 2015"));
    assert!(page.contains("IAB, iab.de/daten/syrische-arbeitskraefte-in-deutschland"));
    assert!(page.contains("Kohorte der 2015 zugezogenen syrischen Geflüchteten"));
    assert!(page.contains("factgap (2026), “In Germany, 60% of Syrian refugees who arrived in 2015 were in work in 2022.”, https://factgap.example/facts/employment-de/. Data: IAB-BAMF-SOEP Survey of Refugees (seen in the primary source)."));
    assert!(page.contains("(data accessed November 24, 2026)"), "the date the cited data were read");
    assert!(page.contains("sources/seed/iab.refugee_survey.csv"));

    // A measured estimate: numbers, gap and margin on the page.
    let it = project.page("facts/population-share-non-eu-born-it/index.html");
    assert!(it.contains("In Italy, people born outside the EU made up 7% of the population in 2017."));
    assert!(it.contains("The estimate by the general public was 24.6%; the actual figure the survey gives is 7%: 17.6 points too high, more than factgap's assumed margin of ±5 points (the survey publishes none)."));
    assert!(it.contains("Special Eurobarometer 469"));

    // Eurostat figures carry their flags, source and licence.
    let hr = project.page("facts/employment-hr/index.html");
    assert!(hr.contains("low reliability"));
    assert!(hr.contains("CC BY 4.0"));
    assert!(hr.contains("Source: Eurostat (lfsa_ergan, DOI 10.2908/LFSA_ERGAN)"));

    let sources = project.page("sources/index.html");
    assert!(sources.contains("UNHCR Refugee Population Statistics Database"));
    assert!(!sources.contains("Example Pollster"), "example polls are never published");

    // The downloads hold the same figures.
    let csv = project.read("output/site/data/facts.csv");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let header = reader.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let de = rows.iter().find(|r| &r[0] == "employment-de").unwrap();
    assert_eq!(
        (&de[col("actual_value")], &de[col("actual_population")], &de[col("verdict")]),
        ("60", "syrian_refugees_2015_arrivals", "direction_reported")
    );
    assert_eq!(&de[col("headline")], "In Germany, 60% of Syrian refugees who arrived in 2015 were in work in 2022.");
    assert_eq!((&de[col("estimate_value")], &de[col("estimate_direction")]), ("", "underestimated"));
    assert_eq!(&de[col("estimate_period")], "", "FOCUS gives no survey year");
    assert!(de[col("actual_citation")].contains("syrische-arbeitskraefte"));
    let eu = rows.iter().find(|r| &r[0] == "employment-eu27-2020").unwrap();
    assert_eq!((&eu[col("actual_value")], &eu[col("actual_period")], &eu[col("actual_flags")]), ("64.2", "2024", ""));
    assert_eq!(rows.len(), report.facts.facts.len());

    let json: serde_json::Value = serde_json::from_str(&project.read("output/site/data/facts.json")).unwrap();
    let it = json["facts"].as_array().unwrap().iter().find(|f| f["id"] == "population-share-non-eu-born-it").unwrap();
    assert_eq!(it["verdict"], "overestimated");
    assert_eq!(it["estimate"]["figure"]["value"], 24.6);
    let observations = project.read("output/site/data/observations.csv");
    assert!(observations.contains("eurostat.lfsa_ergan,employment_rate,DE,non_eu_citizens,2024,T,20-64,62.6,percent"));
}

#[test]
fn two_builds_of_the_same_inputs_are_byte_identical() {
    let project = TestProject::bundled();
    project.build();
    let first = tree(&project.out().join("site"));
    // Built into another folder: the same bytes, file for file.
    let elsewhere = tempfile::tempdir().unwrap();
    pipeline::build(&pipeline::Options { out_dir: elsewhere.path().to_path_buf(), ..project.options() }).unwrap();
    let second = tree(&elsewhere.path().join("site"));
    assert_eq!(first.keys().collect::<Vec<_>>(), second.keys().collect::<Vec<_>>());
    for (path, bytes) in &first {
        assert!(bytes == &second[path], "{path} differs between two builds");
    }
    assert!(first.len() > 40);
}

#[test]
fn a_rebuild_with_nothing_new_rewrites_no_file_and_a_changed_one_keeps_the_previous_site() {
    let project = TestProject::bundled();
    project.build();
    let first = tree(&project.out().join("site"));
    let modified = |rel: &str| std::fs::metadata(project.out().join("site").join(rel)).unwrap().modified().unwrap();
    let before = modified("facts/employment-de/index.html");
    // The next day, the same data.
    let later = pipeline::Options { now: project.options().now + chrono::Duration::days(1), ..project.options() };
    let report = pipeline::build(&later).unwrap();
    assert!(report.published.as_ref().unwrap().unchanged);
    assert_eq!(modified("facts/employment-de/index.html"), before, "the page was not rewritten");
    let site = tree(&project.out().join("site"));
    assert!(site.iter().filter(|(k, _)| k.as_str() != "status.json").all(|(k, v)| first.get(k) == Some(v)));
    assert!(
        String::from_utf8_lossy(&site["status.json"]).contains("\"built_at\": \"2026-11-25T06:00:00+00:00\""),
        "the heartbeat is current"
    );
    assert!(!project.out().join("site.previous").exists());
    // A changed figure swaps in a new site and keeps the previous one whole.
    project.edit(
        "sources/seed/iab.refugee_survey.csv",
        "syrian_refugees_2015_arrivals,2022,T,all,60,",
        "syrian_refugees_2015_arrivals,2022,T,all,61,",
    );
    let report = pipeline::build(&later).unwrap();
    assert!(!report.published.as_ref().unwrap().unchanged);
    assert_eq!(tree(&project.out().join("site.previous")).len(), site.len());
}

/// A run whose inputs are those the live site was last built from (and found
/// equal) builds nothing: it writes `status.json` and stops. Any new input, a
/// new month or a missing site builds again.
#[test]
fn a_run_with_the_inputs_of_the_live_site_builds_nothing_and_any_change_builds_again() {
    let project = TestProject::bundled();
    let built = |options: &pipeline::Options| {
        let published = pipeline::build(options).unwrap().published.unwrap();
        (published.built, published.unchanged, published.files)
    };
    let options = project.options();
    let (first_built, _, files) = built(&options);
    assert!(first_built);
    assert!(!project.out().join("site.fingerprint").exists(), "a build that changed the site trusts no fingerprint");
    // The same inputs again: built, found equal, and from now on trusted.
    assert_eq!(built(&options), (true, true, files));
    assert!(project.out().join("site.fingerprint").exists());
    assert!(!project.out().join("site/site.fingerprint").exists(), "the fingerprint is not published");
    let site = tree(&project.out().join("site"));
    // Five days later, the same month: nothing is built, only the heartbeat is new.
    let later = pipeline::Options { now: options.now + chrono::Duration::days(5), ..project.options() };
    assert_eq!(built(&later), (false, true, files));
    let after = tree(&project.out().join("site"));
    assert_eq!(after.len(), site.len());
    assert!(after.iter().filter(|(k, _)| k.as_str() != "status.json").all(|(k, v)| site.get(k) == Some(v)));
    assert!(String::from_utf8_lossy(&after["status.json"]).contains("\"built_at\": \"2026-11-29T06:00:00+00:00\""));
    assert!(!project.out().join(".site.building").exists());
    // A new file in templates/ is a new input.
    std::fs::write(project.path().join("templates/zz-unused-note.txt"), "new").unwrap();
    assert!(built(&later).0);
    // A missing site is built again, whatever the fingerprint says.
    assert!(!built(&later).0, "trusted again after a build that found the site equal");
    std::fs::remove_dir_all(project.out().join("site")).unwrap();
    assert!(built(&later).0);
    // A new month may say a figure's age differently: built again.
    let next_month = pipeline::Options { now: options.now + chrono::Duration::days(40), ..project.options() };
    assert!(built(&next_month).0);
    assert!(project.out().join("site/facts/employment-de/index.html").exists());
}

#[test]
fn a_broken_source_is_reported_and_the_other_facts_still_publish() {
    let project = TestProject::bundled();
    project.edit(
        "sources/seed/eurostat.edat_lfs_9912.csv",
        "tertiary_education_share,DE,non_eu_born,2024,T,25-64,31.1,",
        "tertiary_education_share,DE,non_eu_born,2024,T,25-64,31.1%,",
    );
    let report = project.build();
    let errors: Vec<_> = report.problems.iter().filter(|p| p.severity == Severity::Error).collect();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].file.as_deref(), Some("sources/seed/eurostat.edat_lfs_9912.csv"));
    assert_eq!(errors[0].field.as_deref(), Some("value"));
    assert!(report.degraded_sources().iter().any(|s| s.spec.id == "eurostat.edat_lfs_9912"));
    // Facts that need the broken source are not published; the others are.
    assert!(!project.out().join("site/facts/education-tertiary-at").exists());
    assert!(project.out().join("site/facts/employment-at/index.html").exists());
    assert!(project.out().join("site/facts/education-schooling-de/index.html").exists());
}

#[test]
fn a_run_that_fails_before_the_swap_leaves_the_old_output_untouched() {
    let project = TestProject::bundled();
    project.build();
    let before = tree(&project.out());
    // A catalogue without a message every fact page needs: rendering fails.
    project.edit("templates/i18n/en/site.ftl", "myth-flag = Myth\n", "");
    let err = pipeline::build(&project.options()).unwrap_err();
    assert!(matches!(err, PipelineError::Publish(_)));
    assert!(err.to_string().contains("myth-flag"), "{err}");
    assert_eq!(tree(&project.out()), before, "output/ is exactly as it was");
    assert!(!project.out().join(".site.building").exists());
}

#[test]
fn a_second_run_refuses_while_the_first_holds_the_lock() {
    let project = TestProject::bundled();
    let held = factgap::run::lock::RunLock::acquire(&project.out()).unwrap();
    let err = pipeline::build(&project.options()).unwrap_err();
    assert!(err.to_string().contains(&format!("another factgap run (process {}) holds", std::process::id())), "{err}");
    assert!(!project.out().join("site").exists(), "nothing was written");
    drop(held);
    project.build();
    assert!(factgap::run::lock::RunLock::acquire(&project.out()).is_ok(), "released after the run");
}

#[test]
fn a_cancelled_run_stops_before_the_swap_and_leaves_the_site_as_it_was() {
    let project = TestProject::bundled();
    project.build();
    let before = tree(&project.out());
    let cancel = factgap::run::cancel::Cancel::new();
    cancel.cancel();
    let err = pipeline::build(&pipeline::Options { cancel, ..project.options() }).unwrap_err();
    assert!(matches!(err, PipelineError::Cancelled(_)), "{err}");
    assert!(err.to_string().contains("the previous output is untouched"));
    assert_eq!(tree(&project.out()), before);
}

#[test]
fn a_fact_that_cannot_be_worded_is_left_out_and_the_rest_publish() {
    let project = TestProject::bundled();
    // Malta has no place message: its fact cannot be written in any language.
    let mut seed = project.read("sources/seed/eb469.csv");
    seed.push_str("immigrant_population_share,MT,non_eu_born,2017,T,all,20,percent,,,,,perceived,general_public,,Test fixture,S,\n");
    seed.push_str("immigrant_population_share,MT,non_eu_born,2017,T,all,10,percent,,,,,actual,,,Test fixture,S,\n");
    project.write("sources/seed/eb469.csv", seed);
    let report = project.build();
    let error = report.problems.iter().find(|p| p.is_error()).expect("reported");
    assert!(
        error.message.contains(
            "fact `population-share-non-eu-born-mt` is left out: message `place-MT` is missing in language `en`"
        ),
        "{error}"
    );
    assert!(!project.out().join("site/facts/population-share-non-eu-born-mt").exists());
    assert!(project.out().join("site/facts/population-share-non-eu-born-it/index.html").exists());
}
