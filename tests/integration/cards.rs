//! Embeddable fact cards: the card page, its embed snippet, oEmbed, images,
//! pinned versions across months, and the card in a real browser embedded
//! from another origin.

use crate::common::{TestProject, now, tree, unescape};
use factgap::pipeline::{self, Options};
use serde_json::Value;

const CARD: &str = "cards/population-share-non-eu-born-it/en/";

fn card_checks(project: &TestProject, card: &str, guess: u32) -> Value {
    let mut cmd = crate::tools::node_harness("check-card.mjs");
    cmd.arg("--site").arg(project.out().join("site")).args(["--card", card, "--guess", &guess.to_string()]);
    let out =
        crate::tools::output_within(&mut cmd, crate::site_checks::HARNESS_LIMIT, "the card checker (check-card.mjs)");
    assert!(out.status.success(), "check-card failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_card_is_one_small_self_contained_page_in_the_debunking_order() {
    let project = TestProject::bundled();
    let report = project.build();
    for fact in &report.facts.facts {
        let html = unescape(&project.read(&format!("output/site/cards/{}/en/index.html", fact.id)));
        assert!(html.len() < 15 * 1024, "{} card is {} bytes", fact.id, html.len());
        // Nothing loads from anywhere: no src, no stylesheet link, a CSP that allows only itself.
        assert!(!html.contains(" src="), "{}: the card loads nothing", fact.id);
        assert!(!html.contains("rel=\"stylesheet\""));
        assert!(html.contains("default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-"));
    }
    let card = unescape(&project.read(&format!("output/site/{CARD}index.html")));
    let at = |needle: &str| card.find(needle).unwrap_or_else(|| panic!("{needle:?} not on the card"));
    let fact = at("<h1 id=\"fact\">In Italy, people born outside the EU made up 7% of the population in 2017.</h1>");
    let number = at("<span class=\"big\">7%</span>");
    let estimate = at("Estimate by the general public: 24.6% (± 5 points assumed: the survey gives no margin)");
    let myth = at("<strong class=\"flag\">Myth</strong> There are far more immigrants than the official figures say.");
    let verdict = at(
        "The estimate by the general public was 24.6%; the actual figure the survey gives is 7%: 17.6 points too high",
    );
    let why =
        at("A few very high guesses pull the public's average up, and surveys define an immigrant in different ways.");
    let source =
        at("Source: <bdi>Special Eurobarometer 469 (2018)</bdi>, 2017; from a secondary source, not yet checked.");
    assert!(fact < number && number < estimate && estimate < myth && myth < verdict && verdict < why && why < source);
    assert!(card.contains("href=\"https://factgap.example/facts/population-share-non-eu-born-it/\""));
    assert_eq!(card.matches("There are far more immigrants").count(), 1, "the myth is named once");
    assert!(!card[..card.find("</head>").unwrap()].contains("far more immigrants"), "the myth is never the title");
    // The CSP hash is the hash of the script the card holds.
    let script = &card[card.find("<script>").unwrap() + 8..card.find("</script>").unwrap()];
    let hash = factgap::publish::cards::csp_hash(script);
    assert!(card.contains(&format!("script-src {hash};")), "the CSP allows exactly the inline script");
}

#[test]
fn embed_snippet_oembed_and_images_name_the_fact_never_the_myth() {
    let project = TestProject::bundled();
    project.build();
    let sentence = "In Italy, people born outside the EU made up 7% of the population in 2017.";
    let oembed: Value = serde_json::from_str(&project.read(&format!("output/site/{CARD}oembed.json"))).unwrap();
    // oEmbed 1.0: the fields `rich` requires, and the thumbnail's three together.
    assert_eq!(oembed["version"], "1.0");
    assert_eq!(oembed["type"], "rich");
    assert_eq!(oembed["title"], sentence);
    for field in ["html", "provider_name", "thumbnail_url"] {
        assert!(oembed[field].as_str().is_some_and(|s| !s.is_empty()), "{field}");
    }
    for field in ["width", "height", "thumbnail_width", "thumbnail_height"] {
        assert!(oembed[field].as_u64().is_some_and(|n| n > 0), "{field}");
    }
    let html = oembed["html"].as_str().unwrap();
    // The frame is named without its answer (a guessing card must not announce it).
    let frame = "factgap fact card: Share of immigrants in the population, Italy";
    assert!(html.contains(&format!("<iframe title=\"{frame}\" aria-label=\"{frame}\"")), "{html}");
    assert!(!html.contains("guess=1"), "guessing is the editor's choice, not the default");
    assert!(
        html.contains("scrolling=\"auto\"") && html.contains("height=\"760\""),
        "a stripped script never clips the card"
    );
    assert!(html.contains("\"datawrapper-height\""), "Datawrapper's resize message");
    assert!(html.contains(&format!("<noscript><a href=\"https://factgap.example/facts/population-share-non-eu-born-it/\"><img src=\"https://factgap.example/{CARD}image.png\" alt=\"{sentence}\"")));
    let script = &html[html.find("<script>").unwrap()..html.find("</script>").unwrap()];
    assert!(script.len() < 2048, "the resize script is {} bytes", script.len());
    assert!(!html.contains("far more immigrants"));

    // Discovery from the card and the fact page, for a purely static host.
    let link = format!(
        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://factgap.example/{CARD}oembed.json\" title=\"{sentence}\">"
    );
    assert!(unescape(&project.read(&format!("output/site/{CARD}index.html"))).contains(&link));
    assert!(project.page("facts/population-share-non-eu-born-it/index.html").contains(&link));

    // The embed page holds the snippet (as text) and a copy button.
    let embed = project.page(&format!("{CARD}embed.html"));
    assert!(embed.contains("<textarea id=\"snippet\"") && embed.contains("data-copy=\"snippet\""));
    assert!(embed.contains("https://factgap.example/cards/v/2026-11/population-share-non-eu-born-it/en/"));
    assert!(project.out().join("site/cards/v/2026-11/population-share-non-eu-born-it/en/index.html").is_file());

    // Images: wide and square, PNG and SVG, titled by the fact.
    let site = project.out().join("site");
    for (name, size) in [("image", (1200, 630)), ("square", (1080, 1080))] {
        let png = std::fs::read(site.join(CARD).join(format!("{name}.png"))).unwrap();
        let dims =
            (u32::from_be_bytes(png[16..20].try_into().unwrap()), u32::from_be_bytes(png[20..24].try_into().unwrap()));
        assert_eq!(dims, size, "{name}.png");
        let svg = unescape(&std::fs::read_to_string(site.join(CARD).join(format!("{name}.svg"))).unwrap());
        assert!(svg.contains(&format!("<title>{sentence}</title>")));
        assert!(!svg.contains("far more immigrants"));
    }
    // The language chooser honours `lang`.
    assert!(site.join("cards/population-share-non-eu-born-it/index.html").is_file());
}

#[test]
fn pinned_cards_never_change_and_say_when_a_newer_figure_exists() {
    let project = TestProject::bundled();
    project.build();
    let unchanged = "output/site/cards/v/2026-11/population-share-non-eu-born-it/en/index.html";
    let unchanged_before = project.read(unchanged);
    let pinned = "output/site/cards/v/2026-11/employment-de/en/index.html";
    let november = project.read(pinned);
    assert!(november.contains("<span class=\"big\">60%</span>"));
    assert!(!november.contains("a newer figure exists"));
    assert!(project.out().join("state/cards/2026-11.json").is_file(), "the month's cards are frozen");

    // December: the figure is corrected. The pinned November card keeps 60% and points to the latest.
    project.edit(
        "sources/seed/iab.refugee_survey.csv",
        "syrian_refugees_2015_arrivals,2022,T,all,60,",
        "syrian_refugees_2015_arrivals,2022,T,all,61,",
    );
    let december = Options { now: now() + chrono::Duration::days(10), ..project.options() };
    pipeline::build(&december).unwrap();
    let again = unescape(&project.read(pinned));
    assert!(again.contains("<span class=\"big\">60%</span>"), "the pinned figure stays");
    assert!(again.contains("a newer figure exists"));
    assert!(again.contains("href=\"https://factgap.example/cards/employment-de/en/\""));
    assert!(project.read("output/site/cards/employment-de/en/index.html").contains("<span class=\"big\">61%</span>"));
    assert!(project.out().join("site/cards/v/2026-12/employment-de/en/index.html").is_file());
    // Pinned cards of facts that did not change are byte for byte as they were.
    assert_eq!(project.read(unchanged), unchanged_before);
    assert_eq!(
        tree(&project.out().join("site/cards/v")).keys().filter(|k| k.starts_with("2026-11/")).count(),
        52 * 5,
        "every fact in five languages"
    );
}

/// A host page on one loopback origin embeds the card from another; Chromium
/// checks the height, the keyboard guess and reveal, the requests and axe.
#[test]
fn in_a_browser_the_card_fits_its_frame_reveals_by_keyboard_and_stays_private() {
    let project = TestProject::bundled();
    project.build();
    let report = card_checks(&project, CARD, 37);
    assert_ne!(report["host_origin"], report["card_origin"]);
    for h in report["heights"].as_array().unwrap() {
        let (iframe, content) = (h["iframe_height"].as_f64().unwrap(), h["content_height"].as_f64().unwrap());
        assert!(
            (iframe - content).abs() <= 1.0,
            "at {} px the frame is {iframe} px for {content} px of card",
            h["width"]
        );
        assert_eq!(h["card_scrolls"], false, "{h}");
    }
    let heights: Vec<f64> =
        report["heights"].as_array().unwrap().iter().map(|h| h["iframe_height"].as_f64().unwrap()).collect();
    assert!(heights[0] > heights[2], "a narrow column makes a taller card: {heights:?}");

    let guess = &report["guess"];
    assert_eq!(guess["before"]["form"], true);
    assert_eq!(guess["before"]["answer"], false, "with guess=1 the answer waits");
    assert_eq!(guess["focused_field"], "guess-number", "the field is reached by Tab");
    let after = &guess["after"];
    assert_eq!(after["answer_shown"], true);
    assert_eq!(after["form_shown"], false);
    assert_eq!(after["your_guess"], "37%");
    assert_eq!(after["big"], "7%");
    assert!(after["estimate"].as_str().unwrap().contains("24.6%"));
    let texts: Vec<&str> = after["texts"].as_array().unwrap().iter().map(|t| t.as_str().unwrap()).collect();
    assert_eq!(texts, ["24.6%", "7%", "37%"], "the public's estimate, the figure and the guess");
    assert_eq!(after["focus"], "answer", "focus moves to the answer for screen readers");
    assert!((after["guess_bar_width"].as_f64().unwrap() - 111.0).abs() < 0.1, "37 of 100 on a 300-unit bar");
    let shown = &report["just_show"];
    assert_eq!(shown["answer_shown"], true);
    assert!(shown["your_guess"].is_null());

    let lang = &report["lang_option"];
    assert!(lang["url"].as_str().unwrap().ends_with("/cards/population-share-non-eu-born-it/en/?guess=1"), "{lang}");
    assert_eq!(lang["html_lang"], "en");
    assert_eq!(lang["form_shown"], true, "the other options pass through");
    assert_eq!(report["no_js"]["answer_shown"], true, "without JavaScript the fact shows at once");
    assert_eq!(report["no_js"]["form_shown"], false);
    assert!(report["foreign_requests"].as_array().unwrap().is_empty(), "{}", report["foreign_requests"]);
    assert!(report["errors"].as_array().unwrap().is_empty(), "console errors: {}", report["errors"]);
    for theme in ["light", "dark", "guess", "revealed"] {
        assert!(report["axe"][theme].as_array().unwrap().is_empty(), "axe, {theme}: {}", report["axe"][theme]);
    }
}

/// HTML in a source's label stays text in the card, its image, its oEmbed title and its snippet.
#[test]
fn html_in_a_source_label_is_text_in_card_image_oembed_and_snippet() {
    let project = TestProject::bundled();
    let script = "<script>alert(1)</script>";
    project.edit("sources/eb469.toml", "citation_short = \"", &format!("citation_short = \"{script} "));
    project.edit("templates/i18n/en/site.ftl", "place-IT = ", &format!("place-IT = {script} "));
    project.edit("templates/i18n/en/site.ftl", ".in = in Italy", &format!(".in = in {script} Italy"));
    project.build();
    let site = project.out().join("site");
    for file in ["index.html", "embed.html", "oembed.json", "image.svg", "square.svg"] {
        let text = std::fs::read_to_string(site.join(CARD).join(file)).unwrap();
        assert!(!text.contains(script), "{file} carries a live script tag");
        assert!(unescape(&text).contains("alert(1)") || text.contains("\\u003cscript"), "{file} shows it as text");
    }
    let oembed: Value =
        serde_json::from_str(&std::fs::read_to_string(site.join(CARD).join("oembed.json")).unwrap()).unwrap();
    assert!(oembed["title"].as_str().unwrap().contains(script), "the title is plain text, as oEmbed's is");
    assert!(!oembed["html"].as_str().unwrap().contains(script), "inside the snippet it is escaped");
}

/// The monthly workflow starts each run from a fresh checkout: only what
/// `publish.yml` commits survives. Earlier months' pinned cards, the change log and
/// the briefing records must be among it, or every site that embedded an old card 404s.
#[test]
fn what_the_publish_workflow_keeps_is_enough_for_next_months_run() {
    let workflow = std::fs::read_to_string(crate::common::repo().join(".github/workflows/publish.yml")).unwrap();
    let kept: Vec<String> = workflow
        .lines()
        .filter_map(|l| l.trim().strip_prefix("git add -f "))
        .map(|rest| rest.split_whitespace().next().unwrap().to_string())
        .collect();
    assert!(!kept.is_empty(), "publish.yml commits the durable state: {workflow}");

    let project = TestProject::bundled();
    let november = Options { now: now(), ..project.options() };
    pipeline::briefing(&november, &pipeline::BriefingOptions { month: Some("2026-11".into()), ..Default::default() })
        .unwrap();
    // A fresh checkout: the project and only what the workflow committed under output/.
    let next = tempfile::tempdir().unwrap();
    for path in &kept {
        let rel = path.strip_prefix("output/").unwrap_or_else(|| panic!("{path} is outside output/"));
        let from = project.out().join(rel);
        if from.is_dir() {
            crate::common::copy_dir(&from, &next.path().join(rel));
        } else if from.is_file() {
            std::fs::create_dir_all(next.path().join(rel).parent().unwrap()).unwrap();
            std::fs::copy(&from, next.path().join(rel)).unwrap();
        }
    }
    let december =
        Options { now: now() + chrono::Duration::days(10), out_dir: next.path().to_path_buf(), ..project.options() };
    pipeline::build(&december).unwrap();
    let site = next.path().join("site");
    assert!(
        site.join("cards/v/2026-11/employment-de/en/index.html").is_file(),
        "November's pinned cards are still served in December"
    );
    assert!(site.join("cards/v/2026-12/employment-de/en/index.html").is_file());
    assert!(site.join("briefings/2026-11/index.html").is_file(), "the briefing archive keeps November");
    let log = std::fs::read_to_string(next.path().join("state/changelog.jsonl")).unwrap();
    assert_eq!(log.lines().count(), 52, "the first publication's entries are kept, none added: {log}");
}
