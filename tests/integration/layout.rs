//! The layout readers meet, measured in Chromium for every page type in every
//! language, at 1280 and 375 px, light and dark: no column of text too narrow
//! to read, no horizontal overflow, pages no longer than the English by much,
//! the navigation whole, the first fact on the first screen of a phone; and the
//! guessing card keeps its answer out of sight until the reader guesses.

use crate::common::TestProject;
use crate::tools;
use serde_json::Value;
use std::collections::BTreeMap;

const LANGUAGES: [&str; 5] = ["en", "de", "sv", "hr", "ar"];
/// One page of each type, under a language's home.
const PAGE_TYPES: [&str; 12] = [
    "index.html",
    "facts/index.html",
    "facts/employment-de/index.html",
    "facts/population-share-non-eu-born-it/index.html",
    "topics/employment/index.html",
    "places/de/index.html",
    "sources/index.html",
    "methodology/index.html",
    "data/index.html",
    "about-focus/index.html",
    "corrections/index.html",
    "search/index.html",
];

fn prefix(lang: &str) -> String {
    if lang == "en" { String::new() } else { format!("{lang}/") }
}

#[test]
fn every_page_type_reads_well_at_1280_and_375_pixels_in_every_language() {
    let project = TestProject::bundled();
    project.build();
    let mut pages: Vec<String> = Vec::new();
    for lang in LANGUAGES {
        pages.extend(PAGE_TYPES.iter().map(|p| format!("{}{p}", prefix(lang))));
        pages.push(format!("cards/employment-de/{lang}/embed.html"));
        pages.push(format!("cards/employment-de/{lang}/index.html"));
    }
    let guesses: Vec<String> = [("en", "60%"), ("de", "60 %"), ("ar", "٦٠٪")]
        .iter()
        .map(|(lang, value)| format!("cards/employment-de/{lang}/index.html={value}"))
        .collect();
    let mut cmd = tools::node_harness("check-layout.mjs");
    cmd.arg("--site").arg(project.out().join("site")).args([
        "--pages",
        &pages.join(","),
        "--guess",
        &guesses.join(","),
    ]);
    let out =
        tools::output_within(&mut cmd, crate::site_checks::HARNESS_LIMIT, "the layout checker (check-layout.mjs)");
    assert!(out.status.success(), "check-layout failed: {}", String::from_utf8_lossy(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();

    // The same page in English, at the same width and theme.
    let english_path = |page: &str| -> String {
        let mut page = page.to_string();
        for l in &LANGUAGES[1..] {
            if let Some(rest) = page.strip_prefix(&format!("{l}/")) {
                page = rest.to_string();
            }
            page = page.replace(&format!("/{l}/"), "/en/");
        }
        page
    };
    let key = |p: &Value| {
        (
            english_path(p["page"].as_str().unwrap()),
            p["width"].as_u64().unwrap(),
            p["theme"].as_str().unwrap().to_string(),
        )
    };
    let pages = report["pages"].as_array().unwrap();
    let english: BTreeMap<(String, u64, String), f64> = pages
        .iter()
        .filter(|p| english_path(p["page"].as_str().unwrap()) == p["page"].as_str().unwrap())
        .map(|p| (key(p), p["height"].as_f64().unwrap()))
        .collect();
    let mut problems = Vec::new();
    for p in pages {
        let page = p["page"].as_str().unwrap();
        let what = format!("{page} at {} px, {}", p["width"], p["theme"].as_str().unwrap());
        if p["overflow"].as_f64().unwrap() > 1.0 {
            problems.push(format!("{what}: scrolls sideways by {} px", p["overflow"]));
        }
        if let Some(chars) = p["narrowest_chars"].as_f64()
            && chars < 16.0
        {
            problems.push(format!("{what}: a column {chars} characters wide ({})", p["narrowest_text"]));
        }
        if !p["nav_outside"].as_array().unwrap().is_empty() {
            problems.push(format!("{what}: navigation cut off: {}", p["nav_outside"]));
        }
        if let Some(en) = english.get(&key(p)) {
            let height = p["height"].as_f64().unwrap();
            if height > en * 1.6 + 800.0 {
                problems.push(format!("{what}: {height} px tall, against {en} px in English"));
            }
        }
        // On a phone, the home page shows a fact on its first screen.
        if p["width"] == 375 && english_path(page) == "index.html" {
            let top = p["first_fact_top"].as_f64().unwrap_or(f64::MAX);
            if top > p["window_height"].as_f64().unwrap() {
                problems.push(format!("{what}: the first fact starts at {top} px, below the first screen"));
            }
        }
    }
    assert!(problems.is_empty(), "{} layout problems:\n{}", problems.len(), problems.join("\n"));
    for g in report["guesses"].as_array().unwrap() {
        assert_eq!(g["shown_before"], false, "{}: the answer shows before the guess: {g}", g["card"]);
        assert_eq!(g["shown_after"], true, "{}: the answer shows after it: {g}", g["card"]);
    }
}
