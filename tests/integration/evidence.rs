//! More evidence (issue 15): the public's numbers on education, employment and
//! welfare with their benchmarks, answers given as a range or a rating, every
//! FOCUS country's missing topics named, and the national offices' own APIs
//! (Statistics Denmark, Statistics Sweden, Destatis) read on loopback, each
//! falling back to its seed figures when the producer cannot be reached.

use crate::common::{Reply, TestProject, TestServer, fixture};
use factgap::compare::{Estimate, Fact, Verdict};
use factgap::normalize::{Observation, Origin};
use factgap::pipeline::{self, Options, RunReport};
use factgap::project::Topic;
use std::process::Command;

fn fact<'a>(report: &'a RunReport, id: &str) -> &'a Fact {
    report.facts.facts.iter().find(|f| f.id == id).unwrap_or_else(|| panic!("no fact {id}"))
}

#[test]
fn natives_benchmark_and_the_other_respondent_group_stand_beside_the_immigrant_figure() {
    let project = TestProject::bundled();
    let report = project.build();
    let f = fact(&report, "unemployment-us");
    assert_eq!(f.verdict, Verdict::Overestimated);
    let Estimate::Measured { figure, respondents, .. } = &f.estimate else { panic!("measured") };
    assert_eq!((figure.value, respondents.as_str(), f.actual.value), (25.6, "democrats", 5.5));
    let b = f.benchmark.as_ref().expect("natives' unemployment was asked too");
    assert_eq!((b.estimate.value, b.actual.value, b.verdict), (26.7, 5.2, Verdict::Overestimated));
    let others: Vec<(&str, f64)> = f.other_estimates.iter().map(|o| (o.respondents.as_str(), o.figure.value)).collect();
    assert_eq!(others, [("republicans", 27.1)]);
    let page = project.page("facts/unemployment-us/index.html");
    assert!(page.contains("The estimate by Democrat respondents was 25.6%"), "the verdict names whose estimate");
    assert!(page.contains("Estimate by Republican respondents: 27.1%."));
    assert!(page.contains("the estimate by Democrat respondents was 26.7%, against 5.2%"));
    assert!(page.contains("not a view of immigrants in particular"), "innumeracy is not presented as prejudice");
    assert!(page.contains("about foreign-born legal residents, of whom refugees are only a part"));
    // The card says the same: its verdict line carries the benchmark, its note the population.
    let card = project.page("cards/unemployment-us/en/index.html");
    assert!(card.contains("not a view of immigrants in particular"), "the card keeps the benchmark");
    assert!(card.contains("of whom refugees are only a part"), "the card names the population");
}

#[test]
fn a_range_is_judged_against_the_figure_and_a_rating_is_not() {
    let project = TestProject::bundled();
    let report = project.build();
    // Fores/Novus 2014: almost half put the foreign-born employment rate under 40 %.
    let se = fact(&report, "employment-foreign-born-range-se");
    assert_eq!(se.verdict, Verdict::AnswerContradicted);
    assert!(matches!(&se.estimate, Estimate::Answer { finding, .. } if finding.answer_below == Some(40.0)));
    assert_eq!((se.actual.source.as_str(), se.actual.value), ("scb.tab6379", 58.0));
    assert!(se.gap_pp.is_none(), "a range has no gap in points");
    let page = project.page("facts/employment-foreign-born-range-se/index.html");
    assert!(page.contains("Their range was wrong"));
    assert!(page.contains("outside the range those respondents chose"));
    assert!(page.contains(r#"lang="sv""#), "the Swedish quote is marked as Swedish");
    // ifo 2016: a rating, so no verdict, no myth and no ClaimReview.
    let de = fact(&report, "education-rating-de");
    assert_eq!(de.verdict, Verdict::AnswerNotJudged);
    let page = project.page("facts/education-rating-de/index.html");
    assert!(page.contains("Asked as a rating: no verdict"));
    assert!(!page.contains(r#"class="myth""#) && !page.contains("ClaimReview"));
}

#[test]
fn the_mission_topics_carry_measured_estimates_and_welfare_has_four_places() {
    let report = TestProject::bundled().build();
    let mission = |f: &&Fact| matches!(f.topic, Topic::Education | Topic::Employment | Topic::Welfare);
    let measured =
        report.facts.facts.iter().filter(mission).filter(|f| matches!(f.estimate, Estimate::Measured { .. })).count();
    assert!(measured >= 8, "{measured} education, employment or welfare facts with a measured estimate");
    let mut welfare: Vec<&str> =
        report.facts.facts.iter().filter(|f| f.topic == Topic::Welfare).map(|f| f.geo.as_str()).collect();
    welfare.dedup();
    assert!(welfare.len() >= 4, "welfare facts in {welfare:?}");
    // Every FOCUS country has each mission topic, or its page says which is missing.
    let project = TestProject::bundled();
    project.build();
    for geo in ["DE", "SE", "HR", "JO"] {
        let page = project.page(&format!("places/{}/index.html", geo.to_lowercase()));
        for topic in [Topic::Education, Topic::Employment, Topic::Welfare] {
            let has = report.facts.facts.iter().any(|f| f.geo == geo && f.topic == topic);
            let label = match topic {
                Topic::Education => "Education:",
                Topic::Employment => "Employment:",
                _ => "Welfare dependence:",
            };
            let says_missing = page.contains(&format!("<strong>{label}</strong> no figure on refugees here"));
            assert!(has != says_missing, "{geo} {topic:?}: a fact, or a note that it is missing, never both");
        }
    }
    assert!(project.page("places/jo/index.html").contains("FOCUS surveyed Jordan."));
}

#[test]
fn check_reports_the_share_of_headlines_seen_in_the_producers_own_words() {
    let project = TestProject::bundled();
    let out =
        Command::new(env!("CARGO_BIN_EXE_factgap")).arg("--project").arg(project.path()).arg("check").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let caps = regex::Regex::new(r"producer's own publication or API \(V\): (\d+) of (\d+)").unwrap().captures(&text);
    let caps = caps.unwrap_or_else(|| panic!("no V share in:\n{text}"));
    let (v, all): (usize, usize) = (caps[1].parse().unwrap(), caps[2].parse().unwrap());
    assert!(all >= 50 && v * 100 / all >= 20, "{v} of {all} headlines seen in the primary source");
}

// ── National offices on loopback ──────────────────────────────────────────

/// Points a bundled source's fetch URL at `url`, then keeps every other source on loopback.
fn online(project: &TestProject, source: &str, url: &str) -> Options {
    project.english_only();
    let file = format!("sources/{source}.toml");
    let text = project.read(&file);
    let start = text.find("[fetch]\nurl = \"").unwrap() + "[fetch]\nurl = \"".len();
    let end = start + text[start..].find('"').unwrap();
    project.write(&file, format!("{}{url}{}", &text[..start], &text[end..]));
    let config = project.read("factgap.toml").replace("retry_base_secs = 1.0", "retry_base_secs = 0.01");
    project.write("factgap.toml", config);
    project.keep_on_loopback();
    Options { offline: false, ..project.options() }
}

/// Edits a bundled source definition; the text must be there.
fn replace(project: &TestProject, source: &str, from: &str, to: &str) {
    let file = format!("sources/{source}.toml");
    let text = project.read(&file);
    assert!(text.contains(from), "{file} has no {from}");
    project.write(&file, text.replace(from, to));
}

fn rows(report: &RunReport, source: &str) -> Vec<Observation> {
    report.normalized.observations.rows().unwrap().into_iter().filter(|o| o.source == source).collect()
}

fn value(rows: &[Observation], population: &str, sex: &str, period: &str) -> f64 {
    rows.iter()
        .find(|o| o.population == population && o.sex == sex && o.period == period)
        .unwrap_or_else(|| panic!("no {population} {sex} {period} in {rows:?}"))
        .value
}

#[test]
fn statistics_denmark_ras200_is_read_from_its_json_stat_1_bundle() {
    let body = std::fs::read(fixture("dst_ras200_jsonstat1_shape.json")).unwrap();
    let server = TestServer::handle(move |_, _| Reply::new(200, body.clone()));
    let project = TestProject::bundled();
    // The fixture holds the cells Statistics Denmark published; ask for those (every
    // requested code must come back, or the answer is refused).
    let url = format!(
        "{}/v1/data/RAS200/JSONSTAT?lang=da&OMR%C3%85DE=000&HERKOMST=10,25&ALDER=16-64&K%C3%98N=M,K&BEREGNING=BFK&Tid=2021",
        server.url
    );
    let options = online(&project, "dst.ras200", &url);
    // Every mapped code must come back, or the answer is refused: map only the fixture's.
    replace(&project, "dst.ras200", r#""24" = "western_immigrants", "#, "");
    replace(&project, "dst.ras200", r#", "34" = "western_descendants", "35" = "non_western_descendants""#, "");
    replace(&project, "dst.ras200", "TOT = \"T\", ", "");
    let report = pipeline::run(&options).unwrap();
    let source = report.normalized.source("dst.ras200").unwrap();
    assert!(
        matches!(source.origin, Origin::Snapshot { .. }),
        "read from the API, not the seed: {:?} {:?}",
        report.fetch.as_ref().map(|f| &f.outcomes["dst.ras200"]),
        report.problems
    );
    let rows = rows(&report, "dst.ras200");
    assert_eq!(value(&rows, "non_western_immigrants", "M", "2021"), 69.0);
    assert_eq!(value(&rows, "non_western_immigrants", "F", "2021"), 58.0, "KØN K is women");
    assert_eq!(value(&rows, "danish_origin", "M", "2021"), 81.0);
    let target = &server.requests()[0].target;
    assert!(target.contains("OMR%C3%85DE=000") && target.contains("K%C3%98N=M,K"), "{target}");
}

#[test]
fn statistics_sweden_tab6379_is_read_from_pxweb_v2() {
    let body = std::fs::read(fixture("pxweb_v2_tab6379_shape.json")).unwrap();
    let config = r#"{"apiVersion":"2.2.0","maxDataCells":150000,"maxCallsPerTimeWindow":3,"timeWindow":1}"#;
    let server = TestServer::handle(move |_, req| {
        if req.target.ends_with("/config") { Reply::new(200, config) } else { Reply::new(200, body.clone()) }
    });
    let project = TestProject::bundled();
    let url = format!(
        "{}/api/v2/tables/TAB6379/data?lang=sv&outputFormat=json-stat2&valuecodes[Region]=00&valuecodes[Kon]=1+2&valuecodes[UtbNiv]=000&valuecodes[BakgrVar]=SAMUTF,SE&valuecodes[ContentsCode]=000007JE&valuecodes[Tid]=2012",
        server.url
    );
    let options = online(&project, "scb.tab6379", &url);
    replace(
        &project,
        "scb.tab6379",
        r#"INT010 = "foreign_born_0_1_years", INT020 = "foreign_born_2_3_years", INT030 = "foreign_born_4_9_years", INT040 = "foreign_born_10_years_plus", "#,
        "",
    );
    let report = pipeline::run(&options).unwrap();
    assert!(
        matches!(report.normalized.source("scb.tab6379").unwrap().origin, Origin::Snapshot { .. }),
        "{:?} {:?}",
        report.fetch.as_ref().map(|f| &f.outcomes["scb.tab6379"]),
        report.problems
    );
    let rows = rows(&report, "scb.tab6379");
    assert_eq!(value(&rows, "foreign_born", "T", "2012"), 58.0);
    assert_eq!(value(&rows, "swedish_born", "T", "2012"), 82.0);
    assert!(rows.iter().all(|o| o.age == "20-64"));
    assert!(server.requests().iter().any(|r| r.target == "/api/v2/config"), "v2 reads its limits first");
}

#[test]
fn destatis_genesis_is_asked_by_form_post_and_its_flat_file_read() {
    let body = std::fs::read(fixture("destatis_12531-0043_ffcsv_excerpt.csv")).unwrap();
    let server = TestServer::handle(move |_, _| Reply::new(200, body.clone()));
    let project = TestProject::bundled();
    let options =
        online(&project, "destatis.schutzsuchende", &format!("{}/genesisWS/rest/2020/data/tablefile", server.url));
    // The recorded answer is the district table (12531-0043): two more dimensions to rule on.
    let file = "sources/destatis.schutzsuchende.toml";
    let text = project.read(file).replace(
        "STAG = { column = \"period\" }",
        "STAG = { column = \"period\" }\nKREISE = { keep = [\"11000\"] }\nGES = { keep = [\"GESM\"] }",
    );
    project.write(file, text);
    let report = pipeline::run(&options).unwrap();
    let rows = rows(&report, "destatis.schutzsuchende");
    // Berlin, men, recognised status, 31 Dec 2024: 21,215 (the recorded answer).
    assert_eq!(value(&rows, "syrian_protection_recognised", "T", "2024-12"), 21215.0);
    let request = &server.requests()[0];
    assert_eq!(request.method, "POST");
    assert!(request.header("Content-Type").unwrap().starts_with("application/x-www-form-urlencoded"));
    assert_eq!(request.header("username"), Some("GAST"), "credentials go in headers, never in the URL");
    let form = String::from_utf8_lossy(&request.body).into_owned();
    assert!(form.contains("name=12531-0008") && form.contains("classifyingvariable1=STAAG5"), "{form}");
}

#[test]
fn a_genesis_status_envelope_is_an_error_and_the_seed_figures_stand() {
    let envelope = r#"{"Ident":{"Service":"data","Method":"tablefile"},"Status":{"Code":98,"Content":"Die Tabelle ist zu gross, um im Dialog abgerufen zu werden.","Type":"Fehler"},"Parameter":{},"Object":null,"Copyright":"Statistisches Bundesamt"}"#;
    let server = TestServer::handle(move |_, _| Reply::new(200, envelope));
    let project = TestProject::bundled();
    let options =
        online(&project, "destatis.schutzsuchende", &format!("{}/genesisWS/rest/2020/data/tablefile", server.url));
    let report = pipeline::run(&options).unwrap();
    let fetch = format!("{:?}", report.fetch.as_ref().unwrap().outcomes["destatis.schutzsuchende"]);
    assert!(fetch.contains("status 98"), "{fetch}");
    let source = report.normalized.source("destatis.schutzsuchende").unwrap();
    assert!(matches!(source.origin, Origin::Seed { .. }));
    let rows = rows(&report, "destatis.schutzsuchende");
    assert_eq!(value(&rows, "syrian_protection_seekers", "T", "2023-12"), 712000.0);
}
