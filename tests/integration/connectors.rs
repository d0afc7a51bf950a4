//! Each connector against recorded or same-shaped responses served on 127.0.0.1.

use crate::common::{Reply, TestProject, TestServer, fixture, shared_fixture};
use factgap::fetch::FetchOutcome;
use factgap::normalize::Observation;
use factgap::pipeline::{self, Options, RunReport};
use factgap::project::Project;
use factgap::store::Store;
use std::time::Instant;

fn run(project: &TestProject) -> RunReport {
    pipeline::run(&Options { offline: false, ..project.options() }).unwrap()
}

/// A project with only the bundled templates and the given source definitions.
fn project_with(sources: &[(&str, &str)]) -> TestProject {
    let project = TestProject::bundled();
    project.english_only();
    for entry in std::fs::read_dir(project.path().join("sources")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "toml") && !path.ends_with("claims.toml") {
            std::fs::remove_file(path).unwrap();
        }
    }
    project.write("sources/claims.toml", "");
    for (id, toml) in sources {
        project.write(&format!("sources/{id}.toml"), toml);
    }
    project
}

const PROVENANCE: &str = r#"
[provenance]
producer = "Test"
title = "Test source"
url_main = "http://127.0.0.1/"
date_accessed = "2026-11-24"
citation_short = "Test"
citation_full = "Test source served on loopback."
licence = "CC0"
attribution = "Test"
"#;

fn rows(report: &RunReport, source: &str) -> Vec<Observation> {
    report.normalized.observations.rows().unwrap().into_iter().filter(|o| o.source == source).collect()
}

fn unhcr_page(page: u64, max: u64, items: &[(u32, &str, &str, u64, &str)]) -> String {
    let items: Vec<String> = items
        .iter()
        .map(|(year, coo, coa, refugees, asylum)| {
            format!(
                r#"{{"year":{year},"coo_id":"-","coo_name":"-","coo":"-","coo_iso":"{coo}","coa_id":1,"coa_name":"X ","coa":"X","coa_iso":"{coa}","refugees":{refugees},"asylum_seekers":{asylum},"idps":"0","oip":"-"}}"#
            )
        })
        .collect();
    format!(r#"{{"page":{page},"maxPages":{max},"short-url":"t","total":{{}},"items":[{}]}}"#, items.join(","))
}

#[test]
fn unhcr_is_paged_until_max_pages_with_iso_codes_and_both_years() {
    // The published figures (UNHCR Refugee Data Finder), split over two pages.
    let server = TestServer::handle(|_, req| {
        let body = match (req.param("coa").as_deref(), req.param("coo").as_deref(), req.param("page").as_deref()) {
            (Some("DEU"), Some("SYR"), Some("1")) => {
                unhcr_page(1, 2, &[(2023, "SYR", "DEU", 705812, "72642"), (2024, "SYR", "DEU", 725102, "62959")])
            }
            (Some("DEU"), Some("SYR"), Some("2")) => unhcr_page(2, 2, &[(2025, "SYR", "DEU", 668647, "65511")]),
            (Some("JOR"), None, _) => unhcr_page(1, 1, &[(2025, "-", "JOR", 436226, "8068")]),
            _ => unhcr_page(1, 0, &[]),
        };
        Reply::new(200, body)
    });
    let toml = format!(
        r#"kind = "unhcr"
{PROVENANCE}
[fetch]
url = "{0}/population/v1/population/?cf_type=ISO&yearFrom=2023&yearTo=2025&coo=SYR&coa=DEU"
urls = ["{0}/population/v1/population/?cf_type=ISO&yearFrom=2025&yearTo=2025&coa=JOR"]
[read]
format = "unhcr"
[read.constant]
unit = "persons"
kind = "actual"
sex = "T"
age = "all"
[read.dimensions]
year = {{ column = "period" }}
coo_iso = {{ column = "population", map = {{ SYR = "from_syria", "-" = "all_origins" }} }}
coa_iso = {{ column = "geo", map = {{ DEU = "DE", JOR = "JO" }} }}
measure = {{ column = "indicator", map = {{ refugees = "refugees", asylum_seekers = "asylum_seekers" }} }}
"#,
        server.url
    );
    let project = project_with(&[("unhcr.test", &toml)]);
    let report = run(&project);
    assert!(matches!(report.fetch.as_ref().unwrap().outcomes["unhcr.test"], FetchOutcome::Fetched { .. }));
    let requests = server.requests();
    assert_eq!(requests.len(), 3, "two pages, then one");
    for r in &requests {
        assert_eq!(r.param("cf_type").as_deref(), Some("ISO"));
        assert_eq!(r.param("limit").as_deref(), Some("1000"));
    }
    assert_eq!(requests[1].param("page").as_deref(), Some("2"));
    let rows = rows(&report, "unhcr.test");
    let value = |geo: &str, population: &str, indicator: &str, period: &str| {
        rows.iter()
            .find(|o| o.geo == geo && o.population == population && o.indicator == indicator && o.period == period)
            .map(|o| o.value)
    };
    assert_eq!(value("DE", "from_syria", "refugees", "2024"), Some(725102.0));
    assert_eq!(value("DE", "from_syria", "asylum_seekers", "2025"), Some(65511.0));
    assert_eq!(value("JO", "all_origins", "refugees", "2025"), Some(436226.0));
    // `idps` ("0") and `oip` ("-") have no rule: only the mapped measures are observations.
    assert_eq!(rows.len(), 8);
    // The snapshot is the array of every page, each as retrieved.
    let (entry, path) = Store::new(&project.path().join("sources")).latest_good("unhcr.test").unwrap().unwrap();
    let stored: serde_json::Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    assert_eq!(stored.as_array().unwrap().len(), 3);
    assert!(entry.url.contains("coa=JOR"));
}

#[test]
fn unhcr_queries_without_iso_codes_or_with_one_year_bound_are_refused_at_load() {
    for (query, expected) in [
        ("yearFrom=2023&yearTo=2025&coa=DEU", "lacks cf_type=ISO"),
        ("cf_type=ISO&yearFrom=2023&coa=DEU", "only one of yearFrom and yearTo"),
    ] {
        let toml = format!(
            "kind = \"unhcr\"\nseed = \"seed/unhcr.population.csv\"\n{PROVENANCE}\n[fetch]\nurl = \"https://api.unhcr.org/population/v1/population/?{query}\"\n[read]\nformat = \"unhcr\"\n"
        );
        let project = project_with(&[("unhcr.bad", &toml)]);
        let (_, problems) = Project::load(project.path()).unwrap();
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains(expected), "{}", problems[0]);
        assert_eq!(problems[0].field.as_deref(), Some("fetch.url"));
    }
}

const PXWEB_READ: &str = r#"[read]
format = "jsonstat"
[read.constant]
indicator = "residents"
population = "total"
unit = "persons"
kind = "actual"
sex = "T"
[read.dimensions]
Region = { column = "geo", map = { "01" = "SE01", "03" = "SE03" } }
Alder = { column = "age", map = { "0-9" = "0-9" } }
Kon = { keep = ["TotSa"] }
ContentsCode = { keep = ["000007SF"] }
Tid = { column = "period" }
"#;

#[test]
fn pxweb_v2_json_stat2_reads_months_and_v1_posts_its_query() {
    let body = std::fs::read(fixture("pxweb_v2_tab6471_cut.json")).unwrap();
    // SCB's /config, as recorded: 3 calls per 1-second window.
    let config = r#"{"apiVersion":"2.2.0","maxDataCells":150000,"maxCallsPerTimeWindow":3,"timeWindow":1}"#;
    let server = TestServer::handle(move |_, req| {
        if req.target.ends_with("/config") { Reply::new(200, config) } else { Reply::new(200, body.clone()) }
    });
    let v2 = format!(
        "kind = \"pxweb\"\n{PROVENANCE}\n[fetch]\nurl = \"{}/api/v2/tables/TAB6471/data?lang=en&outputFormat=json-stat2\"\n{PXWEB_READ}",
        server.url
    );
    let query = r#"{"query":[{"code":"Region","selection":{"filter":"item","values":["01","03"]}}],"response":{"format":"json-stat2"}}"#;
    let v1 = format!(
        "kind = \"pxweb\"\n{PROVENANCE}\n[fetch]\nurl = \"{}/PxWeb/api/v1/en/db/TAB6471.px\"\nmethod = \"POST\"\nbody = '''{query}'''\n{PXWEB_READ}",
        server.url
    );
    let project = project_with(&[("pxweb.v2", &v2), ("pxweb.v1", &v1)]);
    let report = run(&project);
    assert!(report.problems.is_empty(), "{:?} {:?}", report.problems, report.fetch);
    for id in ["pxweb.v2", "pxweb.v1"] {
        let rows = rows(&report, id);
        assert_eq!(rows.len(), 4, "{id}");
        let jan = rows.iter().find(|o| o.geo == "SE01" && o.period == "2026-01").unwrap();
        assert_eq!(jan.value, 245284.0, "{id}: the real count from TAB6471");
    }
    let requests = server.requests();
    assert_eq!(requests.iter().filter(|r| r.target == "/api/v2/config").count(), 1, "v2 reads its limits first");
    let post = requests.into_iter().find(|r| r.method == "POST").expect("v1 posts");
    assert_eq!(String::from_utf8(post.body.clone()).unwrap(), query);
    assert_eq!(post.header("Content-Type"), Some("application/json"));
}

#[test]
fn oecd_sdmx_csv_reads_dimensions_flags_and_skips_empty_cells() {
    let body = std::fs::read(fixture("oecd_sdmx_csv_shape.csv")).unwrap();
    let server = TestServer::handle(move |_, _| Reply::new(200, body.clone()));
    let toml = format!(
        r#"kind = "oecd"
{PROVENANCE}
[fetch]
url = "{}/public/rest/data/OECD.ELS.IMD,DSD_MIG@DF_MIG,1.0/.B14..?format=csvfile"
[read]
format = "sdmx_csv"
[read.constant]
indicator = "test_share"
unit = "percent"
kind = "actual"
sex = "T"
age = "all"
[read.dimensions]
ref_area = {{ column = "geo", map = {{ DEU = "DE", SWE = "SE" }} }}
measure = {{ keep = ["B14"] }}
birth = {{ column = "population", map = {{ FOR = "foreign_born" }} }}
time = {{ column = "period" }}
"#,
        server.url
    );
    let project = project_with(&[("oecd.test", &toml)]);
    let report = run(&project);
    let rows = rows(&report, "oecd.test");
    assert_eq!(rows.len(), 2, "the empty OBS_VALUE is no observation");
    let se = rows.iter().find(|o| o.geo == "SE").unwrap();
    assert_eq!((se.value, se.flags.as_str(), se.period.as_str()), (2.5, "e", "2022"));
    assert!(server.requests()[0].header("Accept").unwrap().contains("sdmx.data+csv"));
}

#[test]
fn zenodo_records_keep_citations_current_and_their_csv_tables() {
    let server = TestServer::handle(|_, req| {
        if req.target.starts_with("/files/") {
            return Reply::new(200, "indicator,geo,value\nshare,DE,1\n");
        }
        let host = req.header("Host").unwrap_or("").to_string();
        Reply::new(
            200,
            format!(
                r#"{{"hits":{{"total":2,"hits":[
                {{"id":11,"doi":"10.5281/zenodo.11","links":{{"html":"https://zenodo.org/records/11"}},"metadata":{{"title":"Test report","publication_date":"2021-10-01"}},"files":[{{"key":"report.pdf","size":9,"links":{{"self":"http://{host}/files/report.pdf"}}}}]}},
                {{"id":12,"doi":"10.5281/zenodo.12","metadata":{{"title":"Test tables","publication_date":"2022-01-31"}},"files":[{{"key":"tables.csv","size":30,"links":{{"self":"http://{host}/files/tables.csv"}}}}]}}]}}}}"#
            ),
        )
    });
    let toml = format!(
        "kind = \"zenodo\"\n{PROVENANCE}\n[fetch]\nurl = \"{}/api/records?q=%22822401%22\"\n[read]\nformat = \"zenodo\"\n",
        server.url
    );
    let project = project_with(&[("focus.zenodo", &toml)]);
    let report = run(&project);
    let FetchOutcome::Fetched { entry } = &report.fetch.as_ref().unwrap().outcomes["focus.zenodo"] else { panic!() };
    assert_eq!(entry.files.len(), 1, "only the CSV is downloaded");
    assert_eq!(entry.files[0].key, "tables.csv");
    let stored = Store::new(&project.path().join("sources")).dir("focus.zenodo").join(&entry.files[0].file);
    assert_eq!(std::fs::read_to_string(stored).unwrap(), "indicator,geo,value\nshare,DE,1\n");
    assert_eq!(entry.provider_updated.as_deref(), Some("2022-01-31"));
    let source = report.normalized.source("focus.zenodo").unwrap();
    let titles: Vec<&str> = source.publications.iter().map(|p| p.title.as_str()).collect();
    assert_eq!(titles, ["Test tables", "Test report"], "newest first");
    let page = project.page("sources/index.html");
    assert!(page.contains("Test tables") && page.contains("10.5281/zenodo.12") && page.contains("January 31, 2022"));
}

#[test]
fn a_csv_at_a_url_maps_like_any_source() {
    let server =
        TestServer::handle(|_, _| Reply::new(200, "country,year,value,flags\nDE,2024,62.6,\nSE,2024,64.1,p\n"));
    let toml = format!(
        "kind = \"url\"\n{PROVENANCE}\n[fetch]\nurl = \"{}/data.csv\"\n[read]\nformat = \"csv\"\n[read.constant]\nindicator = \"employment_rate\"\nunit = \"percent\"\nkind = \"actual\"\nsex = \"T\"\nage = \"20-64\"\npopulation = \"non_eu_citizens\"\n[read.dimensions]\ncountry = {{ column = \"geo\" }}\nyear = {{ column = \"period\" }}\n",
        server.url
    );
    let project = project_with(&[("url.test", &toml)]);
    let rows = rows(&run(&project), "url.test");
    assert_eq!(rows.len(), 2);
    assert_eq!(rows.iter().find(|o| o.geo == "SE").unwrap().flags, "p");
}

#[test]
fn a_hosts_call_window_spaces_requests() {
    let server = TestServer::handle(|_, req| {
        let page: u64 = req.param("page").and_then(|p| p.parse().ok()).unwrap_or(1);
        Reply::new(200, unhcr_page(page, 5, &[(2020 + page as u32, "SYR", "DEU", 1, "1")]))
    });
    let toml = format!(
        r#"kind = "unhcr"
{PROVENANCE}
[fetch]
url = "{}/population/?cf_type=ISO&yearFrom=2021&yearTo=2025&coo=SYR&coa=DEU"
max_calls = 2
window_secs = 0.4
[read]
format = "unhcr"
[read.constant]
unit = "persons"
kind = "actual"
sex = "T"
age = "all"
[read.dimensions]
year = {{ column = "period" }}
coo_iso = {{ column = "population", map = {{ SYR = "from_syria" }} }}
coa_iso = {{ column = "geo", map = {{ DEU = "DE" }} }}
measure = {{ column = "indicator", map = {{ refugees = "refugees" }} }}
"#,
        server.url
    );
    let project = project_with(&[("unhcr.paced", &toml)]);
    let started = Instant::now();
    let report = run(&project);
    assert_eq!(rows(&report, "unhcr.paced").len(), 5);
    // Five calls, two per 0.4 s window: the fifth cannot start before 0.8 s.
    assert!(started.elapsed().as_secs_f64() >= 0.8, "{:?}", started.elapsed());
}

/// Every recorded real response parses, with known values.
#[test]
fn every_real_fixture_parses_with_known_values() {
    use factgap::formats::table::{self, Parsed};
    use factgap::project::ReadFormat;
    let read = |rel: &str, format: ReadFormat| -> Option<Parsed> {
        let path = shared_fixture(rel)?;
        Some(table::parse(format, &std::fs::read(path).unwrap()).unwrap_or_else(|e| panic!("{rel}: {e}")))
    };
    let find = |parsed: &Parsed, codes: &[&str]| -> Option<f64> {
        let mut found = None;
        parsed.visit(|_, cell, value, _| {
            if cell.iter().map(|(_, c)| *c).eq(codes.iter().copied()) {
                found = Some(value);
            }
        });
        found
    };
    if let Some(p) = read("eurostat_tsv/estat_migr_resfirst_filtered.tsv", ReadFormat::EurostatTsv) {
        assert_eq!(find(&p, &["A", "TOTAL", "TOTAL", "TOTAL", "PER", "DE", "2023"]), Some(662888.0));
    }
    if let Some(p) = read("eurostat_tsv/estat_lfsa_urgan_filtered.tsv", ReadFormat::EurostatTsv) {
        assert_eq!(find(&p, &["A", "PC", "T", "Y20-64", "NEU27_2020_FOR", "SE", "2024"]), Some(22.7));
    }
    if let Some(p) = read("eurostat_tsv/estat_edat_lfs_9912_filtered1.tsv", ReadFormat::EurostatTsv) {
        assert_eq!(p.dimensions(), ["freq", "unit", "sex", "isced11", "c_birth", "age", "geo", "time"]);
        assert_eq!(find(&p, &["A", "PC", "T", "ED5-8", "NEU27_2020_FOR", "Y25-64", "DE", "2024"]), Some(31.1));
    }
    if let Some(p) = read("pxweb_scb_v2/TAB6471_data.json", ReadFormat::Jsonstat) {
        assert_eq!(p.len(), 2772, "every cell has a value");
        assert_eq!(find(&p, &["01", "0-9", "TotSa", "000007SF", "2026M01"]), Some(245284.0));
        assert_eq!(p.updated(), Some("2026-06-08T06:00:00Z"));
    }
    if let Some(path) = shared_fixture("pxweb_scb_v2/config.json") {
        let limits = factgap::fetch::pxweb_limits_from_config(&std::fs::read(path).unwrap());
        assert_eq!(limits, Some((3, std::time::Duration::from_secs(1))));
    }
    if let Some(path) = shared_fixture("pxweb_scb_v2/TAB6471_metadata.json") {
        let err = table::parse(ReadFormat::Jsonstat, &std::fs::read(path).unwrap()).unwrap_err();
        assert!(err.contains("$.value has 0 entries"), "a metadata-only cube has no data: {err}");
    }
    if let Some(p) = read("jsonstat_benchmark/A02Level_ons.json", ReadFormat::Jsonstat) {
        assert_eq!(p.len(), 62856);
        assert_eq!(p.dimensions().len(), 7);
    }
    if let Some(p) = read("sdmx/sdmx-csv-2.0_spec_example-01.csv", ReadFormat::SdmxCsv) {
        assert_eq!(p.len(), 2);
        assert_eq!(find(&p, &["A", "B", "2014-01"]), Some(12.4));
    }
    if let Some(p) = read("sdmx/sdmx-csv-2.0_spec_example-04.csv", ReadFormat::SdmxCsv) {
        assert_eq!(find(&p, &["A", "B", "2014-02"]), Some(10.8), "labelled, semicolons, decimal comma");
    }
}
