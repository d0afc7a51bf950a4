//! The fact-sheet site: every page type, the charts, the machine-readable
//! output, the corrections log across runs, and the checks a browser and a
//! validator make (Nu Html Checker, axe-core in Chromium, links, requests).

use crate::common::{TestProject, now, tree, unescape};
use crate::site_checks::check_site;
use factgap::pipeline::{self, Options};

use std::io::Read;

/// One page of each kind the site has, for the browser checks.
const PAGE_TYPES: [&str; 15] = [
    "index.html",
    "topics/employment/index.html",
    "places/eu27-2020/index.html",
    // A measured estimate (comparison chart) and a Eurostat series (trend chart with flags).
    "facts/population-share-non-eu-born-it/index.html",
    "facts/employment-hr/index.html",
    // A cohort by years since arrival, with a FOCUS finding.
    "facts/employment-de/index.html",
    "sources/index.html",
    "methodology/index.html",
    "corrections/index.html",
    "about-focus/index.html",
    "search/index.html",
    "data/index.html",
    "briefings/index.html",
    "404.html",
    "cards/population-share-non-eu-born-it/en/embed.html",
];

/// The project's options with the clock moved on by `days`.
fn later(project: &TestProject, days: i64) -> Options {
    Options { now: now() + chrono::Duration::days(days), ..project.options() }
}

#[test]
fn every_page_type_is_built_and_linked() {
    let project = TestProject::bundled();
    let report = project.build();
    let site = project.out().join("site");
    for page in PAGE_TYPES {
        assert!(site.join(page).is_file(), "{page} is built");
    }
    for file in ["robots.txt", "sitemap.xml", "feed.atom", "data/datapackage.json", "data/README.md"] {
        assert!(site.join(file).is_file(), "{file}");
    }
    // Every place the data cover has a page, EU27 included; every topic too.
    for fact in &report.facts.facts {
        let slug = fact.geo.to_lowercase().replace('_', "-");
        assert!(site.join(format!("places/{slug}/index.html")).is_file(), "place page of {}", fact.geo);
    }
    for topic in ["education", "employment", "welfare", "population-share"] {
        assert!(site.join(format!("topics/{topic}/index.html")).is_file(), "{topic}");
    }
    let home = project.page("index.html");
    assert!(home.contains("Refugees in the FOCUS countries") && home.contains("What changed in the last run"));
    // The mission first: refugees' figures in the FOCUS countries lead, the immigrant share after.
    let mission = home.find("Refugees in the FOCUS countries").unwrap();
    let shares = home.find("How large people think the immigrant population is").unwrap();
    assert!(mission < shares);
    let first_fact = &home[mission..shares];
    assert!(first_fact.contains("In Germany, 60% of Syrian refugees who arrived in 2015 were in work in 2022."));
    assert!(home.contains("52 facts first published on November 24, 2026."), "a first publication is one line");
    assert!(
        home.contains(
            "No source has been refreshed from its producer yet; figures last transcribed on December 2, 2026."
        )
    );

    let robots = project.read("output/site/robots.txt");
    assert!(robots.contains("Sitemap: https://factgap.example/sitemap.xml"));
    let sitemap = project.read("output/site/sitemap.xml");
    assert!(sitemap.contains("<loc>https://factgap.example/facts/employment-de/</loc><lastmod>2026-12-02</lastmod>"));
    // Cards are embeds (noindex), not pages of the site.
    let pages = tree(&site)
        .keys()
        .filter(|p| p.ends_with(".html") && !p.ends_with("404.html") && !p.starts_with("cards/"))
        .count();
    assert_eq!(sitemap.matches("<url>").count(), pages, "every page but the 404s and the cards is in the sitemap");
    for fact in &report.facts.facts {
        assert!(sitemap.contains(&format!("<loc>https://factgap.example/facts/{}/</loc>", fact.id)));
    }

    let methodology = project.page("methodology/index.html");
    assert!(methodology.contains("an assumed margin of 5 percentage points"), "the configured margin is stated");
    assert!(methodology.contains("1.96 × 50 ÷ √n"));
    let focus = project.page("about-focus/index.html");
    assert!(focus.contains("Recommendations") && focus.contains("(<bdi>FOCUS Policy Note #1, April 2022</bdi>)"));
    assert!(focus.contains("information on the real situation of arriving community members"));
    let missing = project.page("404.html");
    assert!(missing.contains("Page not found"));
}

#[test]
fn a_fact_page_has_its_charts_data_table_dates_and_downloads() {
    let project = TestProject::bundled();
    project.build();
    let it = project.page("facts/population-share-non-eu-born-it/index.html");
    // The comparison chart: inline SVG with a title and a description that state both numbers.
    let svg = &it[it.find("<svg class=\"chart chart-compare\"").expect("a comparison chart")..];
    let svg = &svg[..svg.find("</svg>").unwrap()];
    assert!(svg.contains("role=\"img\"") && svg.contains("<title id=\"compare-title\">"));
    assert!(svg.contains("the general public estimated 24.6%; the actual figure the survey gives is 7%."));
    assert!(svg.contains("24.6% ± 5") && svg.contains(">7%<"));
    assert!(svg.contains("fill=\"url(#hatch)\""), "the estimate is hatched: not colour alone");
    assert!(
        it.contains("Figures transcribed from the publication on November 24, 2026"),
        "the data's date, not the build's"
    );
    assert!(it.contains("Next expected update: none expected: a one-off publication"));
    assert!(it.contains("href=\"../../facts/population-share-non-eu-born-it/data.csv\""));

    // A Eurostat series: the trend chart, its table, and the flagged year drawn hollow.
    let hr = project.page("facts/employment-hr/index.html");
    let trend = &hr[hr.find("<svg class=\"chart chart-trend\"").expect("a trend chart")..];
    assert!(trend.contains("<desc id=\"trend-desc\">Line chart of"));
    assert!(trend.contains("class=\"point flagged\""));
    assert!(hr.contains("<caption>The data of the chart</caption>"));
    assert!(hr.contains("Next expected update: once a year; no date announced"));

    // One Syrian figure: no trend of another population beside it (the chart chained
    // three populations and concepts before). Two points make a table, not a line, and
    // each row names its own source.
    let de = project.page("facts/employment-de/index.html");
    assert!(!de.contains("<svg class=\"chart chart-trend\""));
    assert!(!de.contains(">64%<") && !de.contains(">35%<"), "the all-nationality cohort is not charted as Syrians");
    let welfare = project.page("facts/welfare-de/index.html");
    assert!(!welfare.contains("<svg class=\"chart chart-trend\""), "two points: no line");
    let table = &welfare[welfare.find("<table class=\"trend-table stack\">").unwrap()..];
    assert!(table.contains("correctiv.org") && table.contains("Reuters/onvista.de"), "each point its own citation");

    // Under 30 KB before compression, and nothing fetched from elsewhere.
    for page in std::fs::read_dir(project.out().join("site/facts")).unwrap() {
        let page = page.unwrap().path();
        if !page.is_dir() {
            continue; // facts/index.html, the list of every fact
        }
        let html = std::fs::read_to_string(page.join("index.html")).unwrap();
        assert!(html.len() < 30 * 1024, "a fact page is {} bytes", html.len());
        for attr in ["src=\"http", "href=\"http"] {
            for (at, _) in html.match_indices(attr) {
                let tag_start = html[..at].rfind('<').unwrap();
                let tag = &html[tag_start..at];
                // Links a reader follows or a machine reads, never a resource the page loads.
                let followed = ["<a ", "<link rel=\"canonical\"", "<link rel=\"alternate\""];
                assert!(followed.iter().any(|t| tag.starts_with(t)), "external resource: {tag}");
            }
        }
    }
}

#[test]
fn each_fact_offers_its_data_the_package_describes_the_downloads_and_the_zip_holds_them() {
    let project = TestProject::bundled();
    project.build();
    let site = project.out().join("site");
    let csv = project.read("output/site/facts/employment-hr/data.csv");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(&rows[0][1], "actual");
    assert!(rows.iter().filter(|r| &r[1] == "trend").count() >= 5, "the trend points are in the fact's CSV");
    let json: serde_json::Value =
        serde_json::from_str(&project.read("output/site/facts/employment-hr/data.json")).unwrap();
    assert_eq!(json["facts"][0]["id"], "employment-hr");
    assert_eq!(json["facts"][0]["actual"]["value"].as_f64().unwrap().to_string(), rows[0][3].to_string());

    let package: serde_json::Value = serde_json::from_str(&project.read("output/site/data/datapackage.json")).unwrap();
    assert_eq!(package["profile"], "data-package", "facts.json is not tabular, so the package is a plain data package");
    for resource in package["resources"].as_array().unwrap() {
        let path = site.join("data").join(resource["path"].as_str().unwrap());
        assert!(path.is_file(), "{path:?}");
        if let Some(fields) = resource["schema"]["fields"].as_array() {
            let header = std::fs::read_to_string(&path).unwrap().lines().next().unwrap().to_string();
            let names: Vec<&str> = fields.iter().map(|f| f["name"].as_str().unwrap()).collect();
            assert_eq!(header.split(',').collect::<Vec<_>>(), names, "the schema of {path:?} matches its header");
        }
    }
    // The Frictionless validator itself (Python `frictionless`, from tests/.venv).
    let mut validate = crate::tools::frictionless();
    validate.args(["validate", "--json"]).arg(site.join("data/datapackage.json"));
    let out = crate::tools::output_within(&mut validate, std::time::Duration::from_secs(300), "frictionless validate");
    let verdict: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("frictionless printed no report ({e}): {}", String::from_utf8_lossy(&out.stderr)));
    assert_eq!(verdict["valid"], true, "frictionless rejects the data package: {verdict:#}");
    assert_eq!(verdict["tasks"].as_array().unwrap().len(), 3, "every resource is validated: {verdict:#}");
    let zip = std::fs::File::open(site.join("data/factgap-data.zip")).unwrap();
    let mut zip = zip::ZipArchive::new(zip).unwrap();
    for name in ["README.md", "datapackage.json", "facts.csv", "facts.json", "observations.csv"] {
        let mut inside = Vec::new();
        zip.by_name(name).unwrap().read_to_end(&mut inside).unwrap();
        assert_eq!(inside, std::fs::read(site.join("data").join(name)).unwrap(), "{name} in the zip");
    }

    // schema.org Dataset on the data page.
    let data = project.page("data/index.html");
    let ld = &data[data.find("application/ld+json\">").unwrap() + 21..];
    let dataset: serde_json::Value = serde_json::from_str(&ld[..ld.find("</script>").unwrap()]).unwrap();
    assert_eq!(dataset["@type"], "Dataset");
    assert!(
        dataset["distribution"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["contentUrl"] == "https://factgap.example/data/facts.csv" && d["encodingFormat"] == "text/csv")
    );
    assert!(dataset["spatialCoverage"].as_array().unwrap().iter().any(|p| p == "Croatia"));
}

#[test]
fn the_social_image_is_a_1200_by_630_png_named_by_the_fact_never_the_myth() {
    let project = TestProject::bundled();
    project.build();
    let png = std::fs::read(project.out().join("site/cards/employment-de/en/image.png")).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
    let height = u32::from_be_bytes(png[20..24].try_into().unwrap());
    assert_eq!((width, height), (1200, 630));
    let page = project.page("facts/employment-de/index.html");
    let sentence = "In Germany, 60% of Syrian refugees who arrived in 2015 were in work in 2022.";
    assert!(page.contains(&format!("<meta property=\"og:title\" content=\"{sentence}\">")));
    assert!(page.contains(&format!("<meta property=\"og:image:alt\" content=\"{sentence}\">")));
    assert!(
        page.contains(
            "<meta property=\"og:image\" content=\"https://factgap.example/cards/employment-de/en/image.png\">"
        )
    );
    assert!(page.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
    let head = &page[..page.find("</head>").unwrap()];
    let meta: Vec<&str> = head.lines().filter(|l| l.starts_with("<meta")).collect();
    assert!(meta.iter().all(|l| !l.contains("Few refugees ever find work")), "the myth is in no meta tag");
}

#[test]
fn changes_are_logged_across_runs_with_old_and_new_values_and_never_rewritten() {
    let project = TestProject::bundled();
    project.build();
    let log = project.out().join("state/changelog.jsonl");
    let first = std::fs::read_to_string(&log).unwrap();
    assert_eq!(first.lines().count(), 52, "the first publication: every fact is new");

    // Nothing new the next day: nothing logged.
    pipeline::build(&later(&project, 1)).unwrap();
    assert_eq!(std::fs::read_to_string(&log).unwrap(), first);

    // We correct a transcribed figure: one entry, old → new, with the reason.
    project.edit(
        "sources/seed/iab.refugee_survey.csv",
        "syrian_refugees_2015_arrivals,2022,T,all,60,",
        "syrian_refugees_2015_arrivals,2022,T,all,61,",
    );
    pipeline::build(&later(&project, 7)).unwrap();
    let second = std::fs::read_to_string(&log).unwrap();
    assert!(second.starts_with(&first), "earlier entries are kept as they were");
    let added: Vec<serde_json::Value> =
        second[first.len()..].lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(added.len(), 1, "{added:?}");
    assert_eq!(added[0]["fact"], "employment-de");
    assert_eq!(added[0]["kind"], "corrected");
    assert_eq!(added[0]["date"], "2026-12-01");
    assert_eq!((added[0]["old"]["value"].as_f64(), added[0]["new"]["value"].as_f64()), (Some(60.0), Some(61.0)));

    let corrections = project.page("corrections/index.html");
    let row = &corrections[corrections.find("<tr class=\"change-corrected\">").unwrap()..];
    let row = &row[..row.find("</tr>").unwrap()];
    assert!(row.contains("December 1, 2026") && row.contains("60% (2022)") && row.contains("61% (2022)"));
    assert!(row.contains("we corrected our transcription"));
    let home = project.page("index.html");
    assert!(home.contains("One change published on December 1, 2026"));
    let fact = project.page("facts/employment-de/index.html");
    assert!(fact.contains("Figure changed on December 1, 2026: Corrected"), "the correction is noted on the fact");
    // The feed carries the correction first.
    let feed = project.read("output/site/feed.atom");
    let first_entry = &feed[feed.find("<entry>").unwrap()..];
    assert!(first_entry[..first_entry.find("</entry>").unwrap()].contains("Corrected: In Germany, 61%"));
    assert!(first_entry.contains("<updated>2026-12-01T00:00:00Z</updated>"));
}

#[test]
fn a_failed_publish_logs_no_change() {
    let project = TestProject::bundled();
    project.build();
    let log = project.read("output/state/changelog.jsonl");
    project.edit(
        "sources/seed/iab.refugee_survey.csv",
        "syrian_refugees_2015_arrivals,2022,T,all,60,",
        "syrian_refugees_2015_arrivals,2022,T,all,61,",
    );
    project.edit("templates/corrections.html", "{% endblock %}", "{{ no_such_value }}{% endblock %}");
    assert!(pipeline::build(&later(&project, 7)).is_err());
    assert_eq!(project.read("output/state/changelog.jsonl"), log, "the change is logged once its pages are live");
}

#[test]
fn the_search_index_covers_the_facts_topics_and_places() {
    let project = TestProject::bundled();
    let report = project.build();
    let entry: serde_json::Value =
        serde_json::from_str(&project.read("output/site/pagefind/pagefind-entry.json")).unwrap();
    let en = &entry["languages"]["en"];
    // Every place with a fact, and every FOCUS country (Jordan has a page that says what is missing).
    let mut places: std::collections::BTreeSet<&str> = report.facts.facts.iter().map(|f| f.geo.as_str()).collect();
    places.extend(["DE", "SE", "HR", "JO"]);
    let places = places.len();
    assert_eq!(en["page_count"].as_u64().unwrap() as usize, report.facts.facts.len() + 4 + places);
    assert!(project.out().join("site/pagefind/pagefind-ui.js").is_file());
    let search = project.page("search/index.html");
    assert!(search.contains("<noscript>"), "without JavaScript the page says how else to find a fact");

    // A reader's search, in Chromium, from the static files alone.
    let mut cmd = crate::tools::node_harness("check-search.mjs");
    cmd.arg("--site").arg(project.out().join("site")).args(["--query", "Italy"]);
    let out = crate::tools::output_within(
        &mut cmd,
        crate::site_checks::HARNESS_LIMIT,
        "the search checker (check-search.mjs)",
    );
    assert!(out.status.success(), "check-search: {}", String::from_utf8_lossy(&out.stderr));
    let found: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(found["label"], "Search the facts", "the search box has an accessible name");
    let results = found["results"].as_array().unwrap();
    assert!(
        results.iter().any(|r| r["href"] == "/facts/population-share-non-eu-born-it/"
            && r["text"] == "In Italy, people born outside the EU made up 7% of the population in 2017."),
        "{results:?}"
    );
    assert!(results.iter().any(|r| r["href"] == "/places/it/"));
    assert!(found["failed"].as_array().unwrap().is_empty(), "{}", found["failed"]);
}

/// A label or note that holds HTML or script shows up as text everywhere and never runs.
#[test]
fn html_in_source_texts_is_shown_as_text_on_every_page_and_feed() {
    let project = TestProject::bundled();
    let script = "<script>alert(1)</script>";
    let img = "\"><img src=x onerror=alert(2)>";
    project.edit(
        "sources/iab.refugee_survey.toml",
        "title = \"",
        &format!("title = \"{} {script} ", img.replace('"', "\\\"")),
    );
    project.edit("sources/iab.refugee_survey.toml", "citation_short = \"", &format!("citation_short = \"{script} "));
    project.edit(
        "sources/seed/iab.refugee_survey.csv",
        "syrian_refugees_2015_arrivals,2022,T,all,60,percent,,,,,actual,,,\"",
        &format!("syrian_refugees_2015_arrivals,2022,T,all,60,percent,,,,,actual,,,\"{} ", img.replace('"', "\"\"")),
    );
    let report = project.build();
    assert!(report.problems.iter().all(|p| !p.is_error()), "{:?}", report.problems);
    let site = project.out().join("site");
    for (path, bytes) in tree(&site) {
        // Every rendered file (data downloads hold the text as data, not markup).
        let rendered = [".html", ".atom", ".xml", ".svg", "oembed.json"].iter().any(|ext| path.ends_with(ext));
        if !rendered {
            continue;
        }
        let text = String::from_utf8(bytes).unwrap();
        assert!(!text.contains(script), "{path} carries a live script tag");
        assert!(!text.contains("<img src=x"), "{path} carries a live img tag");
    }
    let page = project.page("facts/employment-de/index.html");
    assert!(page.contains(script), "the text is shown, escaped");
    assert!(unescape(&project.read("output/site/sources/index.html")).contains(img));
    // In a browser: no dialog opens on the pages that show these texts.
    let checks = check_site(&site, &["facts/employment-de/index.html", "sources/index.html", "index.html"], false);
    assert!(checks.dialogs.is_empty(), "{:?}", checks.dialogs);
    assert!(checks.page_errors.is_empty(), "{:?}", checks.page_errors);
}

/// The Nu Html Checker on every page, axe-core in both colour schemes on every
/// page type, every internal link and anchor, no request to another origin,
/// and text without JavaScript.
#[test]
fn every_page_validates_is_accessible_and_stays_on_its_own_origin() {
    let project = TestProject::bundled();
    project.build();
    let report = check_site(&project.out().join("site"), &PAGE_TYPES, true);
    assert!(report.html_files > 60, "{} pages checked by vnu", report.html_files);
    assert_eq!(report.pages_checked, PAGE_TYPES.len());
    report.assert_clean();
}

#[test]
fn the_search_index_of_each_language_of_cut_pages_is_pagefinds_index_of_the_whole_pages() {
    use factgap::publish::search;
    let project = TestProject::bundled();
    project.build();
    let site = project.out().join("site");
    let mut whole = Vec::new();
    let mut cut = Vec::new();
    let mut facts_cut = 0;
    for (rel, bytes) in tree(&site) {
        let html = String::from_utf8(bytes).unwrap_or_default();
        if !rel.ends_with("index.html") || !html.contains("data-pagefind-body") {
            continue;
        }
        let url = format!("/{}", rel.trim_end_matches("index.html"));
        if let Some(trimmed) = search::what_pagefind_reads(&html) {
            assert!(trimmed.len() < html.len(), "{rel}: the cut page is shorter");
            facts_cut += usize::from(rel.contains("facts/"));
        }
        cut.push(search::Page::new(url.clone(), &html));
        whole.push(search::Page::whole(url, html));
    }
    assert!(facts_cut >= 52 * 5, "every fact page, in every language, is cut ({facts_cut})");
    // The published way (each language on its own, pages cut) against Pagefind's
    // own (every language in one instance, pages whole).
    let (whole, cut) = (search::index_in_one(whole).unwrap(), search::index(cut).unwrap());
    assert!(whole.len() > 100, "an index of many files");
    assert_eq!(cut.len(), whole.len());
    for ((name, bytes), (cut_name, cut_bytes)) in whole.iter().zip(&cut) {
        assert_eq!(name, cut_name);
        assert!(bytes == cut_bytes, "{}: the cut pages' index differs", name.display());
    }
}

#[test]
fn a_rebuild_links_each_unchanged_image_from_the_cache() {
    use std::os::unix::fs::MetadataExt;
    let project = TestProject::bundled();
    project.english_only();
    project.build();
    // The same inputs would build nothing, and the same site would keep the
    // live files: take the live site and its fingerprint away.
    let _ = std::fs::remove_file(project.out().join("site.fingerprint"));
    std::fs::remove_dir_all(project.out().join("site")).unwrap();
    let second = project.build().published.unwrap();
    assert!(second.built && !second.unchanged, "the second build builds a new site");
    let cache = project.out().join("state/cache/social");
    let cached: std::collections::BTreeMap<u64, std::path::PathBuf> = std::fs::read_dir(&cache)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| (std::fs::metadata(&p).unwrap().ino(), p))
        .collect();
    let pngs: Vec<_> = tree(&project.out().join("site")).into_keys().filter(|rel| rel.ends_with(".png")).collect();
    assert!(pngs.len() > 100, "the site has its images ({})", pngs.len());
    for rel in &pngs {
        let path = project.out().join("site").join(rel);
        let meta = std::fs::metadata(&path).unwrap();
        let from = cached.get(&meta.ino()).unwrap_or_else(|| panic!("{rel} is not a link to a cached render"));
        assert!(meta.nlink() >= 2, "{rel}");
        let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(from).unwrap()));
        let info = decoder.read_info().unwrap().info().clone();
        assert!(info.width >= 200 && info.height >= 100, "{rel} is a whole picture ({}×{})", info.width, info.height);
    }
}

#[test]
fn a_listed_fact_is_its_view_cut_to_the_fields_lists_read() {
    use factgap::present::views::Listed;
    let test = TestProject::bundled();
    let (project, _) = factgap::project::Project::load(test.path()).unwrap();
    let store = factgap::store::Store::new(&project.sources_dir());
    let normalized = factgap::normalize::normalize(&project, &store, now()).unwrap();
    let facts = factgap::compare::compare(&project.claims, &normalized, &project.config.method).unwrap();
    let (presented, _) = factgap::present::Presented::of(&project, &normalized, &facts, now()).unwrap();
    let mut compared = 0;
    for lang in &project.config.site.languages {
        for fact in &facts.facts {
            let Some(view) = presented.view(lang, &fact.id) else { continue };
            let mut whole = serde_json::to_value(view).unwrap();
            let whole = whole.as_object_mut().unwrap();
            for field in Listed::FIELDS {
                assert!(whole.contains_key(field), "FactView has no field `{field}`");
            }
            whole.retain(|field, _| Listed::FIELDS.contains(&field.as_str()));
            let listed = serde_json::to_value(Listed(view)).unwrap();
            let listed = listed.as_object().unwrap();
            assert_eq!(listed, whole, "{lang} {}", fact.id);
            assert!(listed.keys().eq(whole.keys()), "{lang} {}: the fields in the view's order", fact.id);
            compared += 1;
        }
    }
    assert!(compared > 100, "{compared} views compared");
    // The lists read only these: the bundled site builds (strict undefined values)
    // and its list pages show each fact's sentence, verdict and figure.
    test.build();
    let topic = test.page("topics/education/index.html");
    assert!(topic.contains("class=\"dot-actual\"") && topic.contains("verdict-tag"), "the topic page lists its facts");
}
