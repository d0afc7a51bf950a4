//! Every seed and source kind normalizes to the expected rows.

use crate::common::{TestProject, fixture, now, shared_fixture};
use factgap::formats::jsonstat;
use factgap::normalize::{self, Certainty, Direction, Freshness, Kind, Normalized, Observation, Origin, read_snapshot};
use factgap::project::{Project, ReadFormat};
use factgap::store::{Retrieval, Store};

fn normalized(project: &TestProject) -> Normalized {
    let (p, problems) = Project::load(project.path()).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    normalize::normalize(&p, &Store::new(&p.sources_dir()), now()).unwrap()
}

fn find<'a>(
    rows: &'a [Observation],
    source: &str,
    indicator: &str,
    geo: &str,
    population: &str,
    period: &str,
    sex: &str,
) -> Vec<&'a Observation> {
    rows.iter()
        .filter(|o| {
            o.source == source
                && o.indicator == indicator
                && o.geo == geo
                && o.population == population
                && o.period == period
                && o.sex == sex
        })
        .collect()
}

fn value(
    rows: &[Observation],
    source: &str,
    indicator: &str,
    geo: &str,
    population: &str,
    period: &str,
    sex: &str,
) -> f64 {
    // The measured figure; public estimates of the same key are looked up with `find`.
    let found: Vec<_> = find(rows, source, indicator, geo, population, period, sex)
        .into_iter()
        .filter(|o| o.kind == Kind::Actual)
        .collect();
    assert_eq!(found.len(), 1, "{source} {indicator} {geo} {population} {period} {sex}: {found:?}");
    found[0].value
}

#[test]
fn eurostat_seed_gives_germanys_2024_employment_rate_of_non_eu_citizens() {
    let n = normalized(&TestProject::bundled());
    let rows = n.observations.rows().unwrap();
    let de = find(&rows, "eurostat.lfsa_ergan", "employment_rate", "DE", "non_eu_citizens", "2024", "T");
    assert_eq!(de.len(), 1);
    assert_eq!(de[0].value, 62.6);
    assert_eq!(de[0].age, "20-64");
    assert_eq!(de[0].certainty, Certainty::D);
    assert!(de[0].citation.contains("lfsa_ergan"));
    // Eurostat's flags survive: break in series and low reliability.
    let hr = find(&rows, "eurostat.lfsa_ergan", "employment_rate", "HR", "non_eu_citizens", "2021", "T");
    assert_eq!((hr[0].value, hr[0].flags.as_str()), (61.0, "bu"));
    let dk = find(&rows, "eurostat.lfsa_ergan", "employment_rate", "DK", "nationals", "2023", "T");
    assert_eq!((dk[0].value, dk[0].flags.as_str()), (80.5, "b"));
}

#[test]
fn every_bundled_source_normalizes_to_its_published_figures() {
    let n = normalized(&TestProject::bundled());
    assert!(n.problems.is_empty(), "{:?}", n.problems);
    let rows = n.observations.rows().unwrap();
    let cases: &[(&str, &str, &str, &str, &str, &str, f64)] = &[
        ("eurostat.lfsa_urgan", "unemployment_rate", "DE", "non_eu_citizens", "2024", "T", 9.7),
        ("eurostat.lfsa_urgan", "unemployment_rate", "SE", "nationals", "2024", "T", 6.0),
        ("eurostat.edat_lfs_9912", "tertiary_education_share", "DE", "non_eu_born", "2024", "T", 31.1),
        ("eurostat.edat_lfs_9912", "low_education_share", "SE", "non_eu_born", "2024", "T", 28.3),
        ("ba.syrians", "welfare_receipt_share", "DE", "syrian_nationals", "2024-08", "T", 54.9),
        ("ba.syrians", "employment_rate_dependent", "DE", "syrian_nationals", "2024-09", "T", 41.7),
        ("scb.refugees", "employment_rate", "SE", "refugees_and_families", "2019", "T", 59.9),
        ("scb.refugees", "employment_rate", "SE", "swedish_born", "2019", "T", 86.2),
        ("aradhya_mussino.syria_born_se", "tertiary_education_share", "SE", "syria_born", "2017", "M", 32.0),
        ("unhcr.population", "refugees", "JO", "all_origins", "2025", "T", 436226.0),
        ("unhcr.population", "refugees", "DE", "from_syria", "2024", "T", 725102.0),
        ("unhcr.population", "refugees", "WORLD", "all_origins", "2025", "T", 28461306.0),
        ("iab.refugee_survey", "employment_rate", "DE", "syrian_refugees_2015_arrivals", "2022", "T", 60.0),
        // The national offices' seed figures, read when their APIs cannot be reached.
        ("dst.ras200", "employment_rate", "DK", "non_western_immigrants", "2021", "M", 69.0),
        ("scb.tab6379", "employment_rate", "SE", "foreign_born", "2012", "T", 58.0),
        ("destatis.schutzsuchende", "protection_seekers", "DE", "syrian_protection_seekers", "2023-12", "T", 712000.0),
        ("kl.public_support", "public_support_share", "DK", "non_western_immigrants", "2019-Q3", "T", 29.0),
        ("ams.immigration_redistribution", "unemployment_rate", "US", "natives", "2018", "T", 5.2),
        (
            "iab.refugee_survey",
            "schooling_10y_plus_share",
            "DE",
            "asylum_seekers_2013_2016_arrivals",
            "2016",
            "T",
            58.0,
        ),
    ];
    for (source, indicator, geo, population, period, sex, expected) in cases {
        assert_eq!(
            value(&rows, source, indicator, geo, population, period, sex),
            *expected,
            "{source} {indicator} {geo}"
        );
    }
    // IAB's employment by years since arrival: 63% after 7 years, 68% after 8 (2022).
    let iab = find(&rows, "iab.refugee_survey", "employment_rate", "DE", "refugees_2013_2019_arrivals", "2022", "T");
    let by_years: Vec<(Option<u32>, f64)> = iab.iter().map(|o| (o.years_since_arrival, o.value)).collect();
    assert_eq!(by_years, vec![(Some(7), 63.0), (Some(8), 68.0)]);
    // Public estimates carry whose estimate they are and their sample.
    let eb = find(&rows, "eb469", "immigrant_population_share", "IT", "non_eu_born", "2017", "T");
    let perceived = eb.iter().find(|o| o.kind == Kind::Perceived).unwrap();
    let actual = eb.iter().find(|o| o.kind == Kind::Actual).unwrap();
    assert_eq!((perceived.value, actual.value), (24.6, 7.0));
    assert_eq!(perceived.respondents.as_deref(), Some("general_public"));
    let eu = find(&rows, "eb469", "immigrant_population_share", "EU28", "non_eu_born", "2017", "T");
    assert_eq!(eu.iter().find(|o| o.kind == Kind::Perceived).unwrap().n, Some(19957));
    for (source, geo, expected) in [
        ("ipsos.perils2014", "GB", 24.0),
        ("ams.immigration_redistribution", "US", 36.0),
        ("gmf.tts2013", "US", 42.0),
        ("ess2014.beauchemin", "FR", 27.0),
    ] {
        let r: Vec<_> = rows
            .iter()
            .filter(|o| {
                o.source == source
                    && o.geo == geo
                    && o.kind == Kind::Perceived
                    && o.indicator == "immigrant_population_share"
            })
            .collect();
        assert_eq!(r.len(), 1, "{source}");
        assert_eq!(r[0].value, expected, "{source}");
    }
    // No figure marked U is ever loaded; every row cites its publication.
    assert!(rows.iter().all(|o| !o.citation.is_empty()));
    // FOCUS findings as citable records, with the direction they state.
    let welfare = n.findings.iter().find(|f| f.id == "rc-overestimates-welfare").unwrap();
    assert_eq!(welfare.direction, Some(Direction::Overestimated));
    assert_eq!(welfare.countries, vec!["DE", "SE", "HR", "JO"]);
    assert!(
        welfare.quote.as_deref().unwrap().contains("overestimate the number of those receiving welfare assistance")
    );
    let hr = n.findings.iter().find(|f| f.id == "sample-hr-ac-149").unwrap();
    assert_eq!(hr.n, Some(149));
    // Every source came from its seed; fetchable ones are marked stale.
    for s in n.sources.iter().filter(|s| s.spec.id != "focus.zenodo") {
        assert!(matches!(s.origin, Origin::Seed { .. }), "{}", s.spec.id);
        let expected = if s.spec.fetch.is_some() { Freshness::Stale } else { Freshness::Transcribed };
        assert_eq!(s.freshness, expected, "{}", s.spec.id);
    }
}

#[test]
fn the_example_poll_is_validated_but_never_published() {
    let n = normalized(&TestProject::bundled());
    let example = n.source("poll.example").expect("example poll is listed");
    assert!(example.example);
    assert_eq!(example.rows, 1);
    let rows = n.observations.rows().unwrap();
    assert!(rows.iter().all(|o| !o.source.starts_with("poll.")));
}

#[test]
fn a_users_poll_becomes_perceived_observations_with_its_margin() {
    let project = TestProject::bundled();
    let example = project.read("sources/perceptions/example.csv");
    let real = example.replace(",true\n", ",false\n").replace("EXAMPLE ONLY: ", "");
    project.write("sources/perceptions/city2026.csv", real);
    let n = normalized(&project);
    let rows = n.observations.rows().unwrap();
    let poll: Vec<_> = rows.iter().filter(|o| o.source == "poll.city2026").collect();
    assert_eq!(poll.len(), 1);
    let o = poll[0];
    assert_eq!((o.kind, o.value, o.median, o.n), (Kind::Perceived, 25.0, Some(20.0), Some(1000)));
    assert_eq!((o.ci_low, o.ci_high), (Some(21.9), Some(28.1)));
    assert_eq!((o.period.as_str(), o.geo.as_str(), o.age.as_str()), ("2026-10", "DE", "18+"));
    assert_eq!(n.source("poll.city2026").unwrap().spec.provenance.producer, "Example Pollster");
}

#[test]
fn a_broken_poll_names_its_own_column() {
    let project = TestProject::bundled();
    project.edit("sources/perceptions/example.csv", ",25,20,", ",twenty-five,20,");
    let (p, _) = Project::load(project.path()).unwrap();
    let n = normalize::normalize(&p, &Store::new(&p.sources_dir()), now()).unwrap();
    let problem = n.problems.iter().find(|p| p.source.as_deref() == Some("poll.example")).unwrap();
    assert_eq!((problem.row, problem.field.as_deref()), (Some(2), Some("mean_estimate")));
}

#[test]
fn a_jsonstat_snapshot_replaces_the_seed_and_keeps_flags_and_update_time() {
    let project = TestProject::bundled();
    let (p, _) = Project::load(project.path()).unwrap();
    let store = Store::new(&p.sources_dir());
    let body = std::fs::read(fixture("eurostat_lfsa_ergan.jsonstat.json")).unwrap();
    let retrieval = Retrieval {
        url: "http://127.0.0.1/lfsa_ergan".into(),
        retrieved_at: now(),
        http_status: 200,
        etag: None,
        last_modified: None,
        provider_updated: Some("2025-04-24T23:00:00+0200".into()),
        format: ReadFormat::Jsonstat,
    };
    store.record("eurostat.lfsa_ergan", &body, retrieval, &[], Ok(())).unwrap();
    let n = normalize::normalize(&p, &store, now()).unwrap();
    let source = n.source("eurostat.lfsa_ergan").unwrap();
    assert!(
        matches!(&source.origin, Origin::Snapshot { provider_updated: Some(u), .. } if u == "2025-04-24T23:00:00+0200")
    );
    assert_eq!(source.freshness, Freshness::Fresh);
    let rows = n.observations.rows().unwrap();
    let de = find(&rows, "eurostat.lfsa_ergan", "employment_rate", "DE", "non_eu_citizens", "2024", "T");
    assert_eq!((de[0].value, de[0].certainty), (62.6, Certainty::V), "read from the producer: mark V");
    let dk = find(&rows, "eurostat.lfsa_ergan", "employment_rate", "DK", "nationals", "2023", "T");
    assert_eq!(dk[0].flags, "b");
    // A confidential cell (status without a value) is no observation.
    assert!(find(&rows, "eurostat.lfsa_ergan", "employment_rate", "DK", "nationals", "2024", "T").is_empty());
    // The snapshot holds 2023–2024 only: no older seed row leaks in.
    assert!(rows.iter().filter(|o| o.source == "eurostat.lfsa_ergan").all(|o| o.period.as_str() >= "2023"));
    assert_eq!(rows.iter().filter(|o| o.source == "eurostat.lfsa_ergan").count(), 11);
}

#[test]
fn eurostat_tsv_cells_with_flags_and_gaps_normalize() {
    let project = TestProject::bundled();
    let (p, _) = Project::load(project.path()).unwrap();
    let spec = p.source("eurostat.lfsa_ergan").unwrap().clone();
    let read = spec.read.clone().unwrap();
    let body = std::fs::read(fixture("eurostat_lfsa_ergan.tsv")).unwrap();
    let (rows, _) = read_snapshot(&body, ReadFormat::EurostatTsv, &read, &spec).unwrap();
    assert_eq!(value(&rows, "eurostat.lfsa_ergan", "employment_rate", "DE", "non_eu_citizens", "2024", "T"), 62.6);
    let dk = find(&rows, "eurostat.lfsa_ergan", "employment_rate", "DK", "non_eu_citizens", "2016", "T");
    assert_eq!((dk[0].value, dk[0].flags.as_str()), (57.4, "b"));
    assert!(
        find(&rows, "eurostat.lfsa_ergan", "employment_rate", "HR", "non_eu_citizens", "2016", "F").is_empty(),
        "`: u` has no value"
    );
    assert_eq!(rows.len(), 11);
}

/// The seed figures were transcribed from Eurostat's TSV export: every one
/// must equal the recorded file, value and flag.
#[test]
fn eurostat_seeds_match_the_recorded_tsv_exports() {
    let pairs = [
        ("eurostat.lfsa_ergan", "eurostat_tsv/estat_lfsa_ergan_filtered.tsv"),
        ("eurostat.lfsa_urgan", "eurostat_tsv/estat_lfsa_urgan_filtered.tsv"),
        ("eurostat.edat_lfs_9912", "eurostat_tsv/estat_edat_lfs_9912_filtered1.tsv"),
    ];
    let project = TestProject::bundled();
    let n = normalized(&project);
    let seeds = n.observations.rows().unwrap();
    let (p, _) = Project::load(project.path()).unwrap();
    for (source, file) in pairs {
        let Some(path) = shared_fixture(file) else {
            continue;
        };
        let spec = p.source(source).unwrap().clone();
        let read = spec.read.clone().unwrap();
        let (recorded, _) =
            read_snapshot(&std::fs::read(path).unwrap(), ReadFormat::EurostatTsv, &read, &spec).unwrap();
        let mut checked = 0;
        for seed in seeds.iter().filter(|o| o.source == source) {
            let same = recorded
                .iter()
                .find(|r| r.key() == seed.key())
                .unwrap_or_else(|| panic!("{source}: {seed:?} not in {file}"));
            assert_eq!(
                (same.value, &same.flags),
                (seed.value, &seed.flags),
                "{source} {} {} {}",
                seed.geo,
                seed.population,
                seed.period
            );
            checked += 1;
        }
        assert!(checked > 300, "{source}: only {checked} rows checked");
    }
}

#[test]
fn real_jsonstat_with_unsorted_sparse_values_and_status_only_cells_parses() {
    let Some(path) = shared_fixture("eurostat_jsonstat/HLTH_EHIS_HC7.json") else {
        return;
    };
    let bytes = std::fs::read(path).unwrap();
    let cube = jsonstat::parse(&bytes).unwrap();
    let raw: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    let values = raw["value"].as_object().unwrap();
    assert_eq!(cube.dimensions.len(), 7);
    assert_eq!(cube.categories.iter().map(Vec::len).product::<usize>(), 8640);
    assert_eq!(cube.cells.len(), values.len());
    // Every cell is where its key says, with its status.
    for (key, v) in values {
        let (value, status) = cube.cell(key.parse().unwrap()).unwrap();
        assert_eq!(value, v.as_f64().unwrap());
        assert_eq!(status, raw["status"].get(key).and_then(|s| s.as_str()).unwrap_or(""));
    }
    // A known cell: the first key Eurostat sends.
    let (first_key, first_value) = values.iter().next().unwrap();
    assert_eq!(first_key, "666");
    assert_eq!(cube.cell(666).unwrap().0, first_value.as_f64().unwrap());
    // Status keys without a value (confidential) do not become cells.
    let status_only = raw["status"].as_object().unwrap().keys().filter(|k| !values.contains_key(*k)).count();
    assert!(status_only > 0);
}

#[test]
fn eurostat_edge_cases_are_errors_or_empty_as_the_api_means_them() {
    if let Some(path) = shared_fixture("eurostat_jsonstat/edge_cases/une_rt_m_geo-xx_last1_unknown-geo.json") {
        let err = jsonstat::parse(&std::fs::read(path).unwrap()).unwrap_err();
        assert!(err.contains("unknown filter code"), "{err}");
    }
    if let Some(path) = shared_fixture("eurostat_jsonstat/edge_cases/sts_inpr_m_ie_confidential-status-only.json") {
        let cube = jsonstat::parse(&std::fs::read(path).unwrap()).unwrap();
        assert!(cube.cells.is_empty(), "every cell is confidential");
    }
    if let Some(path) = shared_fixture("eurostat_jsonstat/edge_cases/comext_ds-045409_extraction-too-big_413.json") {
        assert!(jsonstat::parse(&std::fs::read(path).unwrap()).is_err());
    }
    if let Some(path) = shared_fixture("eurostat_jsonstat/edge_cases/une_rt_m_geo-de-lowercase_last3.json") {
        let cube = jsonstat::parse(&std::fs::read(path).unwrap()).unwrap();
        assert!(!cube.cells.is_empty());
        assert!(cube.updated.is_some());
    }
}

#[test]
fn a_bad_number_names_file_row_and_field_and_leaves_only_that_source_out() {
    let project = TestProject::bundled();
    let file = "sources/seed/eurostat.lfsa_ergan.csv";
    let text = project.read(file);
    let line =
        text.lines().position(|l| l.starts_with("employment_rate,DE,non_eu_citizens,2024,T,")).unwrap() as u64 + 1;
    project.edit(
        file,
        "employment_rate,DE,non_eu_citizens,2024,T,20-64,62.6,",
        "employment_rate,DE,non_eu_citizens,2024,T,20-64,62.6.1,",
    );
    let (p, _) = Project::load(project.path()).unwrap();
    let n = normalize::normalize(&p, &Store::new(&p.sources_dir()), now()).unwrap();
    assert_eq!(n.problems.len(), 1, "{:?}", n.problems);
    let problem = &n.problems[0];
    assert_eq!(problem.source.as_deref(), Some("eurostat.lfsa_ergan"));
    assert_eq!(problem.file.as_deref(), Some(file));
    assert_eq!(problem.row, Some(line));
    assert_eq!(problem.field.as_deref(), Some("value"));
    assert!(problem.to_string().contains(&format!("{file} row {line}, field `value`")), "{problem}");
    assert_eq!(n.source("eurostat.lfsa_ergan").unwrap().freshness, Freshness::Missing);
    let rows = n.observations.rows().unwrap();
    assert!(rows.iter().all(|o| o.source != "eurostat.lfsa_ergan"), "no partial data from a broken source");
    assert!(rows.iter().any(|o| o.source == "eurostat.lfsa_urgan"));
}

#[test]
fn a_missing_column_is_reported_on_the_header_row() {
    let project = TestProject::bundled();
    project.edit("sources/seed/ba.syrians.csv", ",certainty,quote", ",quote");
    let (p, _) = Project::load(project.path()).unwrap();
    let n = normalize::normalize(&p, &Store::new(&p.sources_dir()), now()).unwrap();
    let problem = n.problems.iter().find(|p| p.source.as_deref() == Some("ba.syrians")).unwrap();
    assert_eq!((problem.row, problem.field.as_deref()), (Some(1), Some("certainty")));
    assert!(problem.message.contains("missing"));
}

#[test]
fn a_poll_names_its_respondents_from_a_known_list_and_example_rows_never_publish() {
    let project = TestProject::bundled();
    let example = project.read("sources/perceptions/example.csv");
    let header = example.lines().next().unwrap();
    let row = example.lines().nth(1).unwrap();
    // One real row and one example row in the same file.
    let real = row.replace(",true", ",false").replace("EXAMPLE ONLY: ", "");
    project.write("sources/perceptions/mixed.csv", format!("{header}\n{real}\n{row}\n"));
    let n = normalized(&project);
    let rows = n.observations.rows().unwrap();
    assert_eq!(rows.iter().filter(|o| o.source == "poll.mixed").count(), 1, "only the non-example row");
    assert_eq!(n.source("poll.mixed").unwrap().rows, 2, "both were validated");

    project.write(
        "sources/perceptions/mixed.csv",
        format!("{header}\n{}\n", real.replace(",general_public,", ",public,")),
    );
    let (p, _) = Project::load(project.path()).unwrap();
    let n = normalize::normalize(&p, &Store::new(&p.sources_dir()), now()).unwrap();
    let problem = n.problems.iter().find(|p| p.source.as_deref() == Some("poll.mixed")).unwrap();
    assert_eq!(problem.field.as_deref(), Some("respondents"));
    assert!(problem.message.contains("`public` is not one of general_public, receiving_community"));
}

#[test]
fn a_duplicate_row_is_reported_at_its_own_line_even_after_a_multi_line_field() {
    let project = TestProject::bundled();
    let file = "sources/seed/scb.refugees.csv";
    let text = project.read(file);
    let mut lines: Vec<&str> = text.lines().collect();
    let first_row = lines[1].to_string();
    // A row whose citation spans two lines, then the first row again.
    lines.insert(2, "employment_rate,SE,swedish_born,2018,T,20-64,86.0,percent,,,,,actual,,,\"Test fixture,\nspanning two lines\",S,");
    let mut edited = lines.join("\n");
    edited.push('\n');
    edited.push_str(&first_row);
    edited.push('\n');
    project.write(file, &edited);
    let duplicate_line = edited.lines().count() as u64;
    let (p, _) = Project::load(project.path()).unwrap();
    let n = normalize::normalize(&p, &Store::new(&p.sources_dir()), now()).unwrap();
    let problem = n.problems.iter().find(|p| p.source.as_deref() == Some("scb.refugees")).unwrap();
    assert!(problem.message.starts_with("a second value for"), "{problem}");
    assert_eq!(problem.row, Some(duplicate_line), "{problem}");
}

#[test]
fn a_damaged_manifest_leaves_only_that_source_to_its_seed() {
    let project = TestProject::bundled();
    project.write("sources/snapshots/eurostat.lfsa_ergan/manifest.json", "{ not json");
    let (p, _) = Project::load(project.path()).unwrap();
    let n = normalize::normalize(&p, &Store::new(&p.sources_dir()), now()).unwrap();
    let problem = n.problems.iter().find(|p| p.source.as_deref() == Some("eurostat.lfsa_ergan")).expect("reported");
    assert!(
        problem.message.contains("is not valid JSON") && problem.message.contains("using its seed figures"),
        "{problem}"
    );
    assert!(matches!(n.source("eurostat.lfsa_ergan").unwrap().origin, Origin::Seed { .. }));
    assert!(n.observations.rows().unwrap().iter().any(|o| o.source == "eurostat.lfsa_urgan"));
}
