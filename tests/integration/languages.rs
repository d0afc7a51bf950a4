//! Five languages in every output: every page, card, feed and search index in
//! English, German, Swedish, Croatian and Arabic (right to left); locale
//! numbers and dates; no page that mixes languages; a build that lists missing
//! translations; mirrored charts and images; Arabic shaped in the PNGs.

use crate::common::{TestProject, repo, tree, unescape};
use crate::site_checks::{check_rtl, check_site};
use factgap::pipeline;
use std::collections::BTreeMap;

const LANGUAGES: [&str; 5] = ["en", "de", "sv", "hr", "ar"];

/// Where a language's pages live under the site's root.
fn prefix(lang: &str) -> String {
    if lang == "en" { String::new() } else { format!("{lang}/") }
}

/// The language a built file is in, from its path (`de/…`, `cards/<fact>/<lang>/…`).
fn language_of(path: &str) -> &'static str {
    let parts: Vec<&str> = path.split('/').collect();
    let by_name = |code: &str| LANGUAGES.iter().find(|l| **l == code).copied();
    if parts[0] == "cards" {
        // cards/<fact>/<lang>/… and cards/v/<month>/<fact>/<lang>/…
        let at = if parts.get(1) == Some(&"v") { 4 } else { 2 };
        return parts.get(at).and_then(|c| by_name(c)).unwrap_or("en");
    }
    by_name(parts[0]).unwrap_or("en")
}

/// The visible text of a page: no scripts or styles, and without the
/// elements that say they are in another language (the language switcher)
/// or hold a proper name or quotation (`<bdi>`).
fn visible_text(html: &str, lang: &str) -> String {
    let mut text = regex::Regex::new(r"(?s)<(script|style)\b[^>]*>.*?</(script|style)>")
        .unwrap()
        .replace_all(html, " ")
        .to_string();
    let marked =
        regex::Regex::new(r#"(?s)<(a|span|q|p|option)\b[^>]*\slang="([a-z]+)"[^>]*>.*?</(a|span|q|p|option)>"#)
            .unwrap();
    text = marked
        .replace_all(&text, |c: &regex::Captures| if &c[2] == lang { c[0].to_string() } else { " ".into() })
        .to_string();
    let text = regex::Regex::new(r"(?s)<bdi>.*?</bdi>").unwrap().replace_all(&text, " ");
    let text = regex::Regex::new(r"<[^>]*>").unwrap().replace_all(&text, " ");
    // Quotations (a survey's question, as it was asked) stay in their language too.
    let text = regex::Regex::new(r"(„[^“]*“|”[^”]*”|«[^»]*»|“[^”]*”)").unwrap().replace_all(&text, " ");
    // Arabic pages write digits in Arabic-Indic; names are compared in Western digits.
    unescape(&text)
        .chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from_u32(c as u32 - 0x0660 + '0' as u32).unwrap_or(c),
            '\u{066B}' => '.',
            '\u{066A}' => '%',
            c => c,
        })
        .collect()
}

/// Proper names and quotations, which stay in their own language on every
/// page: sources' titles, producers and citations, figures' citations and quotes.
fn proper_names(report: &pipeline::RunReport) -> Vec<String> {
    let mut names = Vec::new();
    for s in &report.normalized.sources {
        let p = &s.spec.provenance;
        names.extend([p.title.clone(), p.producer.clone(), p.citation_short.clone(), p.citation_full.clone()]);
        names.extend([p.licence.clone(), p.url_main.clone()]);
        names.extend(p.attribution.strip_prefix("Source: ").map(str::to_string));
        names.extend(p.dataset_code.clone());
        names.extend(p.url_download.clone());
        names.extend(s.publications.iter().map(|p| p.title.clone()));
    }
    for f in &report.normalized.findings {
        names.push(f.citation.clone());
        names.extend(f.quote.clone());
    }
    for fact in &report.facts.facts {
        names.push(fact.actual.citation.clone());
        names.extend(fact.actual.quote.clone());
        if let factgap::compare::Estimate::Measured { figure, .. } = &fact.estimate {
            names.push(figure.citation.clone());
            names.extend(figure.quote.clone());
        }
    }
    names.retain(|n| !n.trim().is_empty());
    // Longest first, so a name is removed before any shorter name inside it.
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.dedup();
    names
}

/// English function words: none may appear on a page in another language.
const ENGLISH_WORDS: [&str; 12] =
    ["the", "and", "of", "with", "which", "were", "from", "that", "their", "is", "are", "this"];

fn english_words_in(text: &str) -> Vec<String> {
    let words = regex::Regex::new(r"[A-Za-z]+").unwrap();
    let mut found: Vec<String> = words
        .find_iter(text)
        .map(|m| m.as_str().to_lowercase())
        .filter(|w| ENGLISH_WORDS.contains(&w.as_str()))
        .collect();
    found.sort();
    found.dedup();
    found
}

/// The longer English messages (no arguments), as they would appear if a
/// translation had copied them.
fn english_messages() -> Vec<String> {
    let mut out = Vec::new();
    for file in ["site.ftl", "briefing.ftl"] {
        let text = std::fs::read_to_string(repo().join("templates/i18n/en").join(file)).unwrap();
        for line in text.lines() {
            if let Some((key, value)) = line.split_once(" = ")
                && !key.starts_with(' ')
                && !value.contains('{')
                && value.len() >= 24
            {
                out.push(value.to_string());
            }
        }
    }
    out
}

#[test]
fn every_page_card_feed_and_search_index_exists_in_every_language() {
    let project = TestProject::bundled();
    let report = project.build();
    let site = project.out().join("site");
    let files = tree(&site);
    let english_pages: Vec<&String> = files
        .keys()
        .filter(|p| {
            p.ends_with(".html") && language_of(p) == "en" && !p.starts_with("cards/") && !p.starts_with("pagefind/")
        })
        .collect();
    assert!(english_pages.len() > 60, "{} English pages", english_pages.len());
    for lang in &LANGUAGES[1..] {
        for page in &english_pages {
            assert!(files.contains_key(&format!("{lang}/{page}")), "{lang}/{page} is built");
        }
    }
    // `lang` and `dir` on every page and card, in its language.
    let mut checked = 0;
    for (path, bytes) in files.iter().filter(|(p, _)| p.ends_with(".html") && !p.starts_with("pagefind/")) {
        let lang = language_of(path);
        let dir = if lang == "ar" { "rtl" } else { "ltr" };
        let html = String::from_utf8_lossy(bytes);
        assert!(html.contains(&format!(r#"<html lang="{lang}" dir="{dir}""#)), "{path}: lang {lang}, dir {dir}");
        checked += 1;
    }
    assert!(checked > 5 * 60 + 5 * 52, "{checked} HTML files checked");
    for fact in &report.facts.facts {
        for lang in LANGUAGES {
            for file in ["index.html", "embed.html", "oembed.json", "image.png", "image.svg", "square.png"] {
                assert!(
                    files.contains_key(&format!("cards/{}/{lang}/{file}", fact.id)),
                    "card {} {lang} {file}",
                    fact.id
                );
            }
        }
    }
    // One Atom feed per language, and a Pagefind index per language.
    for lang in LANGUAGES {
        let feed = String::from_utf8_lossy(&files[&format!("{}feed.atom", prefix(lang))]).to_string();
        assert!(feed.contains(&format!(r#"xml:lang="{lang}""#)), "{lang} feed");
        assert!(
            feed.contains(&format!("https://factgap.example/{}facts/", prefix(lang))),
            "{lang} feed links its own pages"
        );
    }
    let entry: serde_json::Value = serde_json::from_slice(&files["pagefind/pagefind-entry.json"]).unwrap();
    for lang in LANGUAGES {
        assert!(entry["languages"].get(lang).is_some(), "a search index for {lang}: {entry}");
    }
    // The card's `lang` option offers every language.
    let chooser = String::from_utf8_lossy(&files["cards/employment-de/index.html"]).to_string();
    assert!(chooser.contains(">العربية</a>") && chooser.contains(">Hrvatski</a>"), "by their own names");
    for lang in LANGUAGES {
        assert!(
            chooser.contains(&format!(r#"<a href="{lang}/" hreflang="{lang}" lang="{lang}""#)),
            "the chooser links the {lang} card"
        );
    }
}

#[test]
fn no_page_mixes_languages_outside_proper_names() {
    let project = TestProject::bundled();
    let report = project.build();
    let site = project.out().join("site");
    let names = proper_names(&report);
    let messages = english_messages();
    let arabic = regex::Regex::new(r"[\u{0600}-\u{06FF}]").unwrap();
    let mut mixed: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut pages = 0;
    for (path, bytes) in tree(&site) {
        let is_text = path.ends_with(".html") || path.ends_with(".atom") || path.ends_with("image.svg");
        if !is_text || path.starts_with("pagefind/") {
            continue;
        }
        pages += 1;
        let lang = language_of(&path);
        let mut text = visible_text(&String::from_utf8_lossy(&bytes), lang);
        for name in &names {
            text = text.replace(name.as_str(), " ");
        }
        let mut problems = Vec::new();
        if lang == "en" {
            if arabic.is_match(&text) {
                problems.push("Arabic letters on an English page".to_string());
            }
        } else {
            let words = english_words_in(&text);
            if !words.is_empty() {
                problems.push(format!("English words {words:?}"));
            }
            problems.extend(
                messages.iter().filter(|m| text.contains(m.as_str())).map(|m| format!("English message {m:?}")),
            );
        }
        if !problems.is_empty() {
            mixed.insert(path, problems);
        }
    }
    assert!(pages > 5 * 100, "{pages} pages and feeds read");
    assert!(mixed.is_empty(), "{} files mix languages: {mixed:#?}", mixed.len());
}

#[test]
fn numbers_and_dates_follow_each_locale_with_a_choice_of_arabic_digits() {
    let project = TestProject::bundled();
    project.build();
    let fact = |lang: &str| project.page(&format!("{}facts/employment-de/index.html", prefix(lang)));
    let expect = [
        ("en", "60%", "November 24, 2026"),
        ("de", "60\u{a0}%", "24. November 2026"),
        ("sv", "60\u{a0}%", "24 november 2026"),
        ("hr", "60\u{a0}%", "24. studenoga 2026."),
        ("ar", "٦٠٪", "٢٤ نوفمبر ٢٠٢٦"),
    ];
    for (lang, percent, date) in expect {
        let page = fact(lang);
        assert!(page.contains(percent), "{lang}: {percent}");
        assert!(page.contains(date), "{lang}: {date}");
    }
    // A decimal: the Italian population share, 1 decimal, in each language's separator.
    let share = |lang: &str| project.page(&format!("{}facts/population-share-non-eu-born-it/index.html", prefix(lang)));
    assert!(share("de").contains(",") && share("ar").contains("٫"), "decimal comma and Arabic decimal separator");

    // Western digits for Arabic, by configuration, everywhere Arabic is written.
    project.edit("factgap.toml", r#"digits = { ar = "arabic-indic" }"#, r#"digits = { ar = "western" }"#);
    project.build();
    let page = fact("ar");
    assert!(page.contains("60%") && page.contains("24 نوفمبر 2026"), "western digits on the Arabic page");
    assert!(!page.contains('٦'), "no Arabic-Indic digit left");
    let card = project.page("cards/employment-de/ar/index.html");
    assert!(card.contains("60%") && !card.contains('٦'));
}

#[test]
fn a_missing_translation_fails_the_build_listing_every_key_per_language() {
    let project = TestProject::bundled();
    project.edit("templates/i18n/de/site.ftl", "\nnav-data =", "\nnav-data-gone =");
    project.edit("templates/i18n/de/site.ftl", "\nnav-search =", "\nnav-search-gone =");
    project.edit("templates/i18n/sv/briefing.ftl", "\nbriefing-ends =", "\nbriefing-ends-gone =");
    let err = pipeline::build(&project.options()).unwrap_err().to_string();
    assert!(err.contains("de (2): nav-data, nav-search"), "{err}");
    assert!(err.contains("sv (1): briefing-ends"), "{err}");
    assert!(!err.contains("hr (") && !err.contains("ar ("), "{err}");
    assert!(!project.out().join("site").exists(), "nothing is published");

    // The project's own texts: a claim's belief and a finding missing in Croatian.
    let project = TestProject::bundled();
    let text = project.read("sources/i18n/hr.toml");
    let belief = text.lines().find(|l| l.starts_with("belief = ")).unwrap().to_string();
    let finding = text.lines().find(|l| l.starts_with("contact-low = ")).unwrap().to_string();
    project.write(
        "sources/i18n/hr.toml",
        text.replacen(&format!("{belief}\n"), "", 1).replacen(&format!("{finding}\n"), "", 1),
    );
    let err = pipeline::build(&project.options()).unwrap_err().to_string();
    assert!(err.contains("hr (sources/i18n/hr.toml, 2): claim.employment.belief, finding.contact-low"), "{err}");
}

#[test]
fn every_page_links_its_translations() {
    let project = TestProject::bundled();
    project.build();
    let site = project.out().join("site");
    let files = tree(&site);
    for (path, bytes) in files.iter().filter(|(p, _)| {
        p.ends_with(".html") && !p.starts_with("cards/") && !p.starts_with("pagefind/") && !p.ends_with("404.html")
    }) {
        let html = String::from_utf8_lossy(bytes);
        let here = path.strip_prefix(&prefix(language_of(path))).unwrap().trim_end_matches("index.html");
        for lang in LANGUAGES {
            let alternate = format!(
                r#"<link rel="alternate" hreflang="{lang}" href="https://factgap.example/{}{here}">"#,
                prefix(lang)
            );
            assert!(html.contains(&alternate), "{path}: {alternate}");
        }
        assert!(html.contains(r#"hreflang="x-default""#), "{path}");
        let switcher = html.split(r#"<nav class="languages""#).nth(1).unwrap_or_default();
        let switcher = switcher.split("</nav>").next().unwrap_or_default();
        for lang in LANGUAGES {
            assert!(
                switcher.contains(&format!(r#"hreflang="{lang}" lang="{lang}""#)),
                "{path}: the switcher offers {lang}"
            );
        }
        assert!(html.contains(r#"aria-current="page">"#), "{path}: the switcher marks the current language");
    }
    let sitemap = project.read("output/site/sitemap.xml");
    assert!(
        sitemap.contains(r#"<loc>https://factgap.example/ar/facts/employment-de/</loc><lastmod>2026-12-02</lastmod>"#)
    );
    assert!(sitemap.contains(
        r#"<xhtml:link rel="alternate" hreflang="hr" href="https://factgap.example/hr/facts/employment-de/"/>"#
    ));
    // The translations page says what a native speaker has reviewed.
    let page = project.page("de/translations/index.html");
    assert!(page.contains("Deutsch") && page.contains("العربية"), "every language is listed by its own name");
    let reviewed = project.read("templates/i18n/de/review.toml").replace(
        "[site]      # templates/i18n/de/site.ftl: pages, fact cards, images, feeds\nreviewed_by = \"\"\nreviewed_on = \"\"",
        "[site]\nreviewed_by = \"Erika Muster\"\nreviewed_on = \"2026-11-20\"",
    );
    project.write("templates/i18n/de/review.toml", reviewed);
    project.build();
    let page = project.page("translations/index.html");
    assert!(page.contains("Erika Muster"), "a review shows with its reviewer");
}

#[test]
fn arabic_charts_and_images_are_mirrored() {
    let project = TestProject::bundled();
    project.build();
    // The comparison chart: bars grow from the right edge (480 − 4) in Arabic, from the left in English.
    let bar = regex::Regex::new(r#"<g class="bar bar-actual">\s*<text class="label" x="([0-9.]+)"[^>]*>[^<]*</text>\s*<rect x="([0-9.]+)" y="[0-9.]+" width="([0-9.]+)""#).unwrap();
    let geometry = |lang: &str| {
        let page = project.page(&format!("{}facts/population-share-non-eu-born-it/index.html", prefix(lang)));
        let c = bar.captures(&page).unwrap_or_else(|| panic!("{lang}: the actual bar"));
        let num = |i: usize| c[i].parse::<f64>().unwrap();
        (page.contains(r#"class="chart chart-compare" direction="rtl""#), num(1), num(2), num(3))
    };
    let (rtl, label_x, x, width) = geometry("en");
    assert!(!rtl && label_x == 4.0 && x == 4.0 && width > 10.0);
    let (rtl, label_x, x, width_ar) = geometry("ar");
    assert!(rtl && label_x == 476.0, "Arabic labels start on the right");
    assert!(
        (x + width_ar - 476.0).abs() < 0.11 && (width_ar - width).abs() < 0.11,
        "the same bar, grown from the right"
    );
    // The social image: the sentence anchored on the right, in a right-to-left isolate.
    let svg = project.read("output/site/cards/employment-de/ar/image.svg");
    assert!(svg.contains("text-anchor=\"end\">\u{2067}"), "right-aligned right-to-left lines");
    assert!(svg.contains("x=\"1136\""));
    let svg = project.read("output/site/cards/employment-de/en/image.svg");
    assert!(!svg.contains('\u{2067}'));
}

/// Renders `text` in Noto Sans Arabic with the project's renderer.
fn render_arabic(text: &str) -> Vec<u8> {
    let renderer = factgap::publish::social::Renderer::new(&repo().join("templates/fonts"), None).unwrap();
    let svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="360" height="90" font-family="Noto Sans, Noto Sans Arabic"><rect width="360" height="90" fill="#ffffff"/><text x="340" y="60" font-size="40" text-anchor="end" fill="#000000">{text}</text></svg>"##
    );
    renderer.png(&format!("test-{}", text.len()), &svg).unwrap()
}

fn pixels(png_bytes: &[u8]) -> Vec<u8> {
    let decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    buf.truncate(info.buffer_size());
    buf
}

fn mean_difference(a: &[u8], b: &[u8]) -> f64 {
    assert_eq!(a.len(), b.len(), "same size");
    a.iter().zip(b).map(|(x, y)| (f64::from(*x) - f64::from(*y)).abs()).sum::<f64>() / a.len() as f64
}

/// "لاجئون" (refugees): joined, its letters take their contextual forms. The
/// reference was rendered once and checked by eye (tests/fixtures/social/);
/// the same letters kept apart by ZERO WIDTH NON-JOINERs are the control
/// that shows the comparison can tell joined from unjoined.
#[test]
fn arabic_social_images_join_their_letters() {
    let reference_path = repo().join("tests/fixtures/social/arabic-joined.png");
    let joined = render_arabic("لاجئون");
    if std::env::var_os("FACTGAP_BLESS").is_some() {
        std::fs::write(&reference_path, &joined).unwrap();
    }
    let reference = pixels(&std::fs::read(&reference_path).unwrap());
    let apart = render_arabic("ل\u{200c}ا\u{200c}ج\u{200c}ئ\u{200c}و\u{200c}ن");
    let same = mean_difference(&pixels(&joined), &reference);
    let unjoined = mean_difference(&pixels(&apart), &reference);
    assert!(same < 0.5, "the word renders as the reference does (mean difference {same:.3})");
    assert!(unjoined > 10.0 * same.max(0.2), "unjoined letters look different ({unjoined:.3} against {same:.3})");
}

/// vnu and axe-core in every language, and a screenshot in Chromium showing
/// the Arabic fact page and card laid out right to left.
#[test]
fn every_language_validates_is_accessible_and_arabic_reads_right_to_left() {
    let project = TestProject::bundled();
    project.build();
    let site = project.out().join("site");
    let pages: Vec<String> = LANGUAGES
        .iter()
        .flat_map(|lang| {
            [
                format!("{}index.html", prefix(lang)),
                format!("{}facts/population-share-non-eu-born-it/index.html", prefix(lang)),
                format!("{}facts/employment-de/index.html", prefix(lang)),
                format!("{}sources/index.html", prefix(lang)),
                format!("{}translations/index.html", prefix(lang)),
                format!("cards/population-share-non-eu-born-it/{lang}/index.html"),
            ]
        })
        .collect();
    let pages: Vec<&str> = pages.iter().map(String::as_str).collect();
    let report = check_site(&site, &pages, false);
    assert!(report.html_files > 5 * 100, "{} files checked by vnu", report.html_files);
    report.assert_clean();

    let rtl = check_rtl(&site, project.out().join("screenshots").as_path());
    for page in &rtl.pages {
        assert_eq!(page.direction, "rtl", "{}", page.page);
        // The heading starts at the right edge of its column, not the left.
        assert!((page.heading_right - page.column_right).abs() <= 2.0, "{page:?}");
        assert!(page.heading_left - page.column_left > 2.0 || page.heading_lines > 1, "{page:?}");
        // In the screenshot, the short line under the heading has its ink on the right.
        assert!(page.ink_right > 3.0 * page.ink_left.max(1.0), "{page:?}");
        assert!(page.screenshot.is_file(), "{:?}", page.screenshot);
    }
    assert_eq!(rtl.pages.len(), 2, "the fact page and the card");
}

/// The monthly briefing is written in every language, Arabic right to left,
/// and each language's site archives its own.
#[test]
fn the_briefing_is_written_in_every_language() {
    use factgap::pipeline::BriefingOptions;
    let project = TestProject::bundled();
    let options = pipeline::Options { now: crate::common::now(), ..project.options() };
    let report =
        pipeline::briefing(&options, &BriefingOptions { month: Some("2026-11".into()), ..Default::default() }).unwrap();
    assert!(report.subject.starts_with("November 2026: "), "the English one is sent: {}", report.subject);
    let read = |rel: &str| project.read(&format!("output/state/briefings/2026-11/{rel}"));
    assert!(read("briefing.txt").contains("Notes to editors"));
    assert!(read("de/briefing.txt").contains("Pressestelle, factgap"), "the German boilerplate and contacts");
    assert!(read("sv/briefing.md").contains("november 2026"));
    assert!(read("hr/briefing.html").contains("lang=\"hr\""));
    let arabic = read("ar/briefing.html");
    assert!(arabic.contains(r#"<html lang="ar" dir="rtl">"#) && arabic.contains(r#"class="pad" dir="rtl""#));
    assert!(arabic.contains("padding-right: 20px"), "lists indent on the right");
    assert!(arabic.contains("نوفمبر ٢٠٢٦"), "Arabic month and digits");
    for lang in &LANGUAGES[1..] {
        let page = project.page(&format!("{lang}/briefings/2026-11/index.html"));
        assert!(page.contains(&format!(r#"<html lang="{lang}""#)), "{lang} archive page");
    }
}
