//! What a fact-checker would sign, checked by machine on every published fact in
//! every language: every percentage a page, card, image or download shows is one
//! of the fact's own observations, with that observation's citation and
//! certainty; FOCUS's direction is never dressed as a measured gap; a myth, a
//! "why people get it wrong" and a ClaimReview appear only where a survey
//! measured a misperception (or, for the myth, FOCUS reported one); ClaimReview
//! has the fields Google requires and no invented claimant; the headline is the
//! latest figure of its series.

use crate::common::{TestProject, unescape};
use factgap::compare::{Estimate, Fact, Figure, Verdict};
use factgap::normalize::Kind;
use factgap::pipeline::RunReport;

const LANGUAGES: [&str; 5] = ["en", "de", "sv", "hr", "ar"];

fn prefix(lang: &str) -> String {
    if lang == "en" { String::new() } else { format!("{lang}/") }
}

/// The text of a page, without scripts, styles, axis ticks, the provenance
/// section (sources' own notes) and quotations (a source's own words).
fn shown_text(html: &str) -> String {
    let cut = |text: &str, pattern: &str| regex::Regex::new(pattern).unwrap().replace_all(text, " ").into_owned();
    let mut text = unescape(html);
    for pattern in [
        r"(?s)<(script|style)\b[^>]*>.*?</(script|style)>",
        r#"(?s)<text class="tick"[^>]*>.*?</text>"#,
        r#"(?s)<section class="provenance".*?</section>"#,
        r"(?s)<blockquote\b.*?</blockquote>",
        r"<[^>]*>",
    ] {
        text = cut(&text, pattern);
    }
    text
}

/// Every percentage in `text`, in any of the five languages' number forms.
fn percentages(text: &str) -> Vec<f64> {
    let western: String = text
        .chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from_u32(c as u32 - 0x0660 + '0' as u32).unwrap(),
            '\u{066B}' => '.',
            '\u{066A}' => '%',
            '\u{00A0}' | '\u{202F}' => ' ',
            c => c,
        })
        .collect();
    regex::Regex::new(r"(\d+(?:[.,]\d+)?) ?%")
        .unwrap()
        .captures_iter(&western)
        .map(|c| c[1].replace(',', ".").parse().unwrap())
        .collect()
}

/// The figures a fact may show: its headline, the figure compared with, the
/// estimate and the other respondent groups', the same question about the
/// benchmark group, every trend point and every context figure.
fn figures(fact: &Fact) -> Vec<&Figure> {
    let mut all = vec![&fact.actual];
    all.extend(fact.compared.as_ref());
    if let Estimate::Measured { figure, .. } = &fact.estimate {
        all.push(figure);
    }
    all.extend(fact.other_estimates.iter().map(|o| &o.figure));
    all.extend(fact.benchmark.iter().flat_map(|b| [&b.estimate, &b.actual]));
    all.extend(&fact.trend);
    all.extend(fact.context.iter().map(|c| &c.figure));
    all
}

/// The numbers a fact may show: its figures', and the range a worded answer names.
fn allowed(fact: &Fact) -> Vec<f64> {
    let mut numbers: Vec<f64> = figures(fact).iter().map(|f| f.value).collect();
    if let Estimate::Answer { finding, .. } = &fact.estimate {
        numbers.extend(finding.answer_below.iter().chain(&finding.answer_above));
    }
    numbers
}

fn assert_only_its_own_numbers(fact: &Fact, what: &str, text: &str) {
    let allowed = allowed(fact);
    for value in percentages(text) {
        assert!(
            allowed.iter().any(|a| (a - value).abs() < 0.006),
            "{what}: {value}% is none of the fact's own figures {allowed:?}:\n{text}"
        );
    }
}

fn build() -> (TestProject, RunReport) {
    let project = TestProject::bundled();
    let report = project.build();
    assert!(report.facts.facts.len() >= 30, "the bundled facts are built");
    (project, report)
}

#[test]
fn every_number_shown_is_one_of_the_facts_own_figures_with_its_own_provenance() {
    let (project, report) = build();
    let observations = report.normalized.observations.rows().unwrap();
    for fact in &report.facts.facts {
        // Each figure is one observation, citation and certainty included.
        for f in figures(fact) {
            let o = observations
                .iter()
                .find(|o| {
                    o.source == f.source
                        && o.geo == fact.geo
                        && o.indicator == f.indicator
                        && o.population == f.population
                        && o.period == f.period
                        && o.sex == f.sex
                        && o.age == f.age
                        && o.value == f.value
                        && o.citation == f.citation
                        && o.certainty == f.certainty
                })
                .unwrap_or_else(|| panic!("{}: {f:?} is no observation with this citation and certainty", fact.id));
            let _ = o;
        }
        // A trend chains one population of one source.
        for p in &fact.trend {
            let population = fact.trend_population.as_deref().unwrap_or(&fact.actual.population);
            assert_eq!(
                (p.population.as_str(), p.source.as_str()),
                (population, fact.actual.source.as_str()),
                "{}",
                fact.id
            );
        }
        // The fact's data.csv: every row is its own observation, with its citation and certainty.
        let csv = project.read(&format!("output/site/facts/{}/data.csv", fact.id));
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let header = reader.headers().unwrap().clone();
        let col = |name: &str| header.iter().position(|h| h == name).unwrap();
        for row in reader.records().map(Result::unwrap) {
            let value: f64 = row[col("value")].parse().unwrap();
            let o = observations
                .iter()
                .find(|o| {
                    o.source == row[col("source")]
                        && o.geo == fact.geo
                        && o.indicator == row[col("indicator")]
                        && o.population == row[col("population")]
                        && o.period == row[col("period")]
                        && o.sex == row[col("sex")]
                        && o.age == row[col("age")]
                        && o.value == value
                        && o.citation == row[col("citation")]
                        && o.certainty.as_str() == &row[col("certainty")]
                })
                .unwrap_or_else(|| {
                    panic!("{}: data.csv row {row:?} is no observation with its citation and certainty", fact.id)
                });
            assert_eq!(&row[col("certainty_note")], o.certainty.in_words(), "{}: certainty in words", fact.id);
        }
        assert_only_its_own_numbers(
            fact,
            &format!("{} data.csv", fact.id),
            &csv.replace(',', " ").replace("percent", "%"),
        );
        for lang in LANGUAGES {
            let page = project.read(&format!("output/site/{}facts/{}/index.html", prefix(lang), fact.id));
            assert_only_its_own_numbers(fact, &format!("{lang} page of {}", fact.id), &shown_text(&page));
            let card = project.read(&format!("output/site/cards/{}/{lang}/index.html", fact.id));
            assert_only_its_own_numbers(fact, &format!("{lang} card of {}", fact.id), &shown_text(&card));
            for image in ["image", "square"] {
                let svg = project.read(&format!("output/site/cards/{}/{lang}/{image}.svg", fact.id));
                assert_only_its_own_numbers(fact, &format!("{lang} {image} of {}", fact.id), &shown_text(&svg));
            }
        }
    }
}

#[test]
fn focus_is_cited_for_a_direction_never_for_a_measured_gap() {
    let (project, report) = build();
    let mut direction_facts = 0;
    let tag = regex::Regex::new(r#"<strong class="verdict-tag">([^<]*)</strong>"#).unwrap();
    for fact in &report.facts.facts {
        let Estimate::Direction { finding, .. } = &fact.estimate else { continue };
        direction_facts += 1;
        assert_eq!(fact.verdict, Verdict::DirectionReported, "{}: a direction is not a verdict", fact.id);
        assert!(["DE", "SE", "HR", "JO"].contains(&fact.geo.as_str()), "{}: FOCUS surveyed four countries", fact.id);
        assert!(finding.countries.contains(&fact.geo));
        let page = unescape(&project.read(&format!("output/site/facts/{}/index.html", fact.id)));
        assert_eq!(&tag.captures(&page).unwrap()[1], "FOCUS: direction reported.", "{}", fact.id);
        let text = shown_text(&page);
        assert!(
            text.contains("Direction only: FOCUS reports that longer-term residents of the cities it studied"),
            "{}",
            fact.id
        );
        assert!(text.contains("did not ask about this figure"), "{}", fact.id);
        for overstatement in ["FOCUS surveys found", "underestimate this", "overestimate this", "2021 ("] {
            assert!(!text.contains(overstatement), "{}: {overstatement:?}", fact.id);
        }
        assert!(text.contains("tends to"), "{}: FOCUS's hedge is kept", fact.id);
        // The survey year no source gives is not published as a datum.
        let json: serde_json::Value =
            serde_json::from_str(&project.read(&format!("output/site/facts/{}/data.json", fact.id))).unwrap();
        assert!(json["facts"][0]["estimate"].get("period").is_none(), "{}: no FOCUS period", fact.id);
    }
    assert!(direction_facts >= 5, "the FOCUS countries' refugee facts");
    // The home page and About FOCUS say what the texts say.
    let home = shown_text(&project.read("output/site/index.html"));
    assert!(home.contains("tend to underestimate refugees' education and employment"), "{home}");
    assert!(!home.contains("People in Germany, Sweden, Croatia and Jordan underestimate"));
    let about = shown_text(&project.read("output/site/about-focus/index.html"));
    assert!(
        about.contains("Contact between the communities remains low, above all on the side of the receiving community")
    );
    assert!(!about.contains("The receiving community underestimates"), "the hedge is kept on About FOCUS");
}

#[test]
fn a_myth_and_a_claim_review_appear_only_where_a_belief_was_measured_or_reported() {
    let (project, report) = build();
    let producers: Vec<String> = report.normalized.sources.iter().map(|s| s.spec.provenance.producer.clone()).collect();
    let mut reviews = 0;
    let ld = regex::Regex::new(r#"(?s)<script type="application/ld\+json">(.*?)</script>"#).unwrap();
    for fact in &report.facts.facts {
        let belief_known = fact.verdict.is_misperception()
            || matches!(fact.verdict, Verdict::DirectionReported | Verdict::AnswerContradicted);
        for lang in LANGUAGES {
            let page = project.read(&format!("output/site/{}facts/{}/index.html", prefix(lang), fact.id));
            let card = project.read(&format!("output/site/cards/{}/{lang}/index.html", fact.id));
            assert_eq!(page.contains("class=\"myth\""), belief_known, "{lang} {}: myth box", fact.id);
            assert_eq!(page.contains("id=\"why-heading\""), belief_known, "{lang} {}: why", fact.id);
            assert_eq!(card.contains("class=\"myth\""), belief_known, "{lang} card {}: myth", fact.id);
            let review =
                ld.captures(&page).map(|c| serde_json::from_str::<serde_json::Value>(&unescape(&c[1])).unwrap());
            assert_eq!(
                review.is_some(),
                fact.verdict.is_misperception() && matches!(fact.estimate, Estimate::Measured { .. }),
                "{lang} {}: ClaimReview only for a measured misperception",
                fact.id
            );
            let Some(review) = review else { continue };
            reviews += 1;
            // The fields Google's ClaimReview guidelines require.
            assert_eq!(review["@type"], "ClaimReview");
            for field in ["url", "claimReviewed", "datePublished"] {
                assert!(review[field].as_str().is_some_and(|v| !v.is_empty()), "{lang} {}: {field}", fact.id);
            }
            assert!(review["author"]["name"].as_str().is_some_and(|n| n == "factgap"));
            let rating = review["reviewRating"]["alternateName"].as_str().unwrap();
            assert!(!rating.is_empty() && !rating.contains("About right") && !rating.contains("Etwa richtig"));
            assert_eq!(review["itemReviewed"]["@type"], "Claim");
            assert!(review["itemReviewed"].get("author").is_none(), "{}: the survey did not make the claim", fact.id);
            let text = review.to_string();
            for producer in &producers {
                assert!(
                    !text.contains(&format!("\"name\":\"{producer}\"")),
                    "{}: {producer} named as claimant",
                    fact.id
                );
            }
            assert!(review["datePublished"].as_str().unwrap().len() == 10, "an ISO date");
        }
    }
    assert!(reviews > 0);
    // Where the public was about right, the page says so and explains no error.
    let se = shown_text(&project.read("output/site/facts/population-share-non-eu-born-se/index.html"));
    assert!(se.contains("In Sweden, the public estimated this about right."), "{se}");
    let dk = shown_text(&project.read("output/site/facts/employment-dk/index.html"));
    assert!(dk.contains("No survey has measured what the public in Denmark believes about this"));
    assert!(!dk.contains("No official employment rate of refugees is published"), "a claim about what does not exist");
}

#[test]
fn the_headline_is_the_latest_figure_of_its_series_and_the_words_are_honest() {
    let (project, report) = build();
    let observations = report.normalized.observations.rows().unwrap();
    for fact in &report.facts.facts {
        let a = &fact.actual;
        let later = observations.iter().find(|o| {
            o.kind == Kind::Actual
                && o.indicator == a.indicator
                && o.geo == fact.geo
                && o.population == a.population
                && o.sex == a.sex
                && o.age == a.age
                && o.source == a.source
                && o.period_years() > factgap::normalize::observation::period_years(&a.period)
        });
        assert!(later.is_none(), "{}: {} is not the latest; {later:?} is later", fact.id, a.period);
        let page = shown_text(&project.read(&format!("output/site/facts/{}/index.html", fact.id)));
        // An assumed margin is called that, never "the margin of error"; a benchmark is not "official".
        if matches!(&fact.estimate, Estimate::Measured { margin_basis: factgap::compare::MarginBasis::Assumed, .. }) {
            assert!(page.contains("factgap's assumed margin of ±5 points (the survey publishes none)"), "{}", fact.id);
            assert!(!page.contains("the margin of error (±5"), "{}", fact.id);
        }
        if fact.actual_is_benchmark {
            assert!(!page.contains("the official figure is"), "{}: a survey's benchmark is not official", fact.id);
        }
        assert!(!page.contains("Last updated"), "{}: the build date is never given as the data's", fact.id);
    }
    let hr = &report.facts.facts.iter().find(|f| f.id == "employment-hr").unwrap().actual;
    assert_eq!((hr.period.as_str(), hr.value), ("2024", 80.3), "Croatia's latest, not the 2021 low-reliability figure");
    // A third-party copy is named as such, with its certainty in words, on page and card.
    let dk = shown_text(&project.read("output/site/cards/employment-dk/en/index.html"));
    assert!(dk.contains("third-party copy of Eurostat's files, not yet checked"), "{dk}");
    assert!(dk.contains("Not a refugee figure"), "the card says which population it shows");
    // The welfare fact stands with its context: the whole population, children, employment.
    let welfare = shown_text(&project.read("output/site/facts/welfare-de/index.html"));
    for context in ["8.4% of the whole population", "children under 15", "41.7% of people with Syrian nationality"] {
        assert!(welfare.contains(context), "welfare-de context: {context}");
    }
    let footer = shown_text(&project.read("output/site/index.html"));
    assert!(footer.contains("No source has been refreshed from its producer yet; figures last transcribed on"));
}

/// The same checks' building blocks, on known text.
#[test]
fn percentages_are_read_in_every_languages_number_forms() {
    assert_eq!(percentages("62.6% und 62,6 % and ٦٢٫٦٪ or 7\u{a0}%"), [62.6, 62.6, 62.6, 7.0]);
    assert_eq!(shown_text("<p>5%</p><text class=\"tick\" x=\"1\">25%</text><blockquote>9%</blockquote>"), " 5%   ");
}
