//! What templates see: small serializable views built from the domain model,
//! with every sentence assembled from the language's message patterns.

use crate::compare::{Caveat, Estimate, Fact, Figure};
use crate::normalize::{Freshness, Normalized, Origin, SourceData, Unit};
use crate::present::charts::{self, CompareChart, TrendChart};
use crate::present::i18n::{Arg, Catalog, I18nError};
use crate::project::Project;
use chrono::{DateTime, Datelike, Utc};
use serde::Serialize;

/// Everything needed to build views in one language.
pub struct ViewContext<'a> {
    pub catalog: &'a Catalog,
    pub lang: &'a str,
    pub project: &'a Project,
    pub normalized: &'a Normalized,
    pub now: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FigureView {
    pub value: f64,
    pub value_text: String,
    pub period: String,
    pub population: String,
    pub population_label: String,
    pub sex: String,
    pub age: String,
    pub source: String,
    pub source_title: String,
    pub citation: String,
    pub certainty: String,
    /// The certainty mark in words, in the page's language.
    pub certainty_text: String,
    /// The same, short enough for a card's footer or an image's source line.
    pub certainty_short: String,
    pub flags: String,
    pub quote: Option<String>,
    pub n_text: Option<String>,
    pub stale: bool,
}

/// A figure beside the headline for context, as a sentence with its provenance.
#[derive(Debug, Clone, Serialize)]
pub struct ContextView {
    pub sentence: String,
    pub figure: FigureView,
}

#[derive(Debug, Clone, Serialize)]
pub struct EstimateView {
    /// `measured`, `direction`, `answer` or `none`.
    pub kind: String,
    /// When a worded answer was given.
    pub period: Option<String>,
    pub figure: Option<FigureView>,
    pub respondents_label: Option<String>,
    pub margin_text: Option<String>,
    pub margin_basis: Option<String>,
    pub statement: Option<String>,
    pub finding_quote: Option<String>,
    pub finding_citation: Option<String>,
    /// The quote's language (`en` unless the finding says otherwise).
    pub finding_quote_lang: String,
    /// The finding's certainty mark, and in words.
    pub finding_certainty: Option<String>,
    pub finding_certainty_text: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FactView {
    pub id: String,
    pub url: String,
    pub permalink: String,
    pub claim: String,
    pub topic: String,
    pub geo: String,
    pub place: String,
    pub sentence: String,
    pub belief: String,
    pub why: String,
    /// One line on why people get it wrong (cards), if the claim has one.
    pub why_short: Option<String>,
    /// The place inside a sentence ("in Germany").
    pub in_place: String,
    /// The card's guess question, if the indicator has one.
    pub question: Option<String>,
    pub verdict: String,
    pub verdict_label: String,
    pub comparison: String,
    pub gap_text: Option<String>,
    /// Whether a belief was measured or reported here, so the page names a myth
    /// and says why people get it wrong; never where nobody measured the belief,
    /// nor where the public was about right.
    pub show_myth: bool,
    /// The page's finding where there is no myth: "about right", or that no
    /// survey measured what people here believe.
    pub finding: Option<String>,
    /// The public's measured estimate as a sentence (what the average respondent
    /// believed), and the rating of it against the figure: ClaimReview's claim and rating.
    pub estimate_sentence: Option<String>,
    pub rating: Option<String>,
    /// The actual figure is a survey's own benchmark, not an official statistic.
    pub actual_is_benchmark: bool,
    /// "Official figure" or "Actual figure, as the survey gives it".
    pub actual_row_label: String,
    pub actual: FigureView,
    /// The figure nearest the survey, when the estimate was judged against another than the headline.
    pub compared: Option<FigureView>,
    pub estimate: EstimateView,
    /// Figures a reader needs beside the headline, each with its provenance.
    pub context: Vec<ContextView>,
    /// The survey's same question about natives, and what it says about the gap.
    pub benchmark: Option<String>,
    /// The other respondent groups' estimates ("Republican respondents estimated 27.1 %").
    pub other_estimates: Vec<String>,
    pub caveats: Vec<String>,
    /// The caveat saying the figure is about another population than the belief, if any.
    pub population_note: Option<String>,
    pub stale: bool,
    pub cite_short: String,
    pub cite_full: String,
    pub sources: Vec<String>,
    pub topic_label: String,
    /// The day a figure of this fact last changed on the site (set from the changelog).
    pub last_updated: String,
    /// How the headline's figures were obtained and when ("transcribed from the publication on …").
    pub data_date_text: String,
    /// When the official figure's source next publishes, as far as is known.
    pub next_update: String,
    pub compare_chart: Option<CompareChart>,
    pub trend_chart: Option<TrendChart>,
    /// The trend's data, for the table beside the chart.
    pub trend_rows: Vec<TrendRow>,
    /// Whose series the trend shows, when not the headline figure's population.
    pub trend_population_label: Option<String>,
    /// The chart's description for screen readers: both numbers in words.
    pub chart_desc: String,
    /// What a chart shows and where it comes from, written into the chart itself
    /// so a screenshot or a downloaded copy keeps its attribution.
    pub chart_subtitle: String,
    pub trend_subtitle: String,
    /// The source line, broken into lines that fit the chart's width.
    pub chart_source: Vec<String>,
    pub trend_desc: String,
    /// Labels of the chart's rows.
    pub estimate_label: String,
    pub actual_label: String,
}

/// A fact as the lists show it (home, indexes, topic and place pages): the
/// fields their templates read, not the charts and texts only its own page and
/// card show. A topic's list holds thousands of facts, and a template's context
/// is built whole before it renders. The environment's undefined values are
/// strict, so a list template that reads another field fails the build.
pub struct Listed<'a>(pub &'a FactView);

impl Listed<'_> {
    /// The fields of [`FactView`] a list keeps, in the view's order.
    pub const FIELDS: [&'static str; 14] = [
        "id",
        "url",
        "topic",
        "geo",
        "place",
        "sentence",
        "verdict",
        "verdict_label",
        "comparison",
        "actual",
        "estimate",
        "context",
        "stale",
        "topic_label",
    ];
}

impl Serialize for Listed<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let v = self.0;
        let mut s = serializer.serialize_struct("FactView", Self::FIELDS.len())?;
        s.serialize_field("id", &v.id)?;
        s.serialize_field("url", &v.url)?;
        s.serialize_field("topic", &v.topic)?;
        s.serialize_field("geo", &v.geo)?;
        s.serialize_field("place", &v.place)?;
        s.serialize_field("sentence", &v.sentence)?;
        s.serialize_field("verdict", &v.verdict)?;
        s.serialize_field("verdict_label", &v.verdict_label)?;
        s.serialize_field("comparison", &v.comparison)?;
        s.serialize_field("actual", &v.actual)?;
        s.serialize_field("estimate", &v.estimate)?;
        s.serialize_field("context", &v.context)?;
        s.serialize_field("stale", &v.stale)?;
        s.serialize_field("topic_label", &v.topic_label)?;
        s.end()
    }
}

/// One point of the trend, with its own observation's source and certainty.
#[derive(Debug, Clone, Serialize)]
pub struct TrendRow {
    pub period: String,
    pub value_text: String,
    pub flags: String,
    pub years_since_arrival: Option<String>,
    pub citation: String,
    pub certainty: String,
    pub certainty_text: String,
}

#[derive(Debug, Serialize)]
pub struct SourceView {
    pub id: String,
    pub kind: String,
    pub producer: String,
    pub title: String,
    pub dataset_code: Option<String>,
    pub url_main: String,
    pub url_download: Option<String>,
    pub date_published: Option<String>,
    pub date_accessed: String,
    pub citation_short: String,
    pub citation_full: String,
    pub licence: String,
    pub licence_url: Option<String>,
    pub attribution: String,
    pub notes: Option<String>,
    pub population_definitions: Vec<(String, String)>,
    pub origin: String,
    pub origin_file: Option<String>,
    /// Its seed figures were read from a third-party copy of the producer's files (all marked D).
    pub seed_copy: bool,
    pub retrieved_at: Option<String>,
    pub sha256: Option<String>,
    pub provider_updated: Option<String>,
    pub freshness: String,
    pub stale: bool,
    pub latest_period: Option<String>,
    pub rows: usize,
    /// Publications a Zenodo source lists, newest first.
    pub publications: Vec<crate::normalize::Publication>,
    /// `annual`, `twice_yearly`, `none` or `unknown`.
    pub update_frequency: String,
    /// The next expected release, in words.
    pub next_update: String,
}

impl ViewContext<'_> {
    fn t(&self, key: &str, args: &[(&str, Arg)]) -> Result<String, I18nError> {
        self.catalog.message(self.lang, key, args)
    }

    fn num(&self, value: f64, decimals: usize) -> Result<String, I18nError> {
        self.catalog.number(self.lang, value, decimals)
    }

    /// A value with its unit: `62.6%`, `643,641 people`.
    pub fn value_text(&self, value: f64, unit: Unit) -> Result<String, I18nError> {
        let number = self.num(value, 2)?;
        match unit {
            Unit::Percent => self.t("value-percent", &[("value", number.into())]),
            Unit::Persons => self.t("value-persons", &[("value", number.into()), ("count", Arg::Number(value))]),
        }
    }

    pub fn place(&self, geo: &str) -> Result<String, I18nError> {
        self.t(&format!("place-{geo}"), &[])
    }

    /// The place inside a sentence ("in Germany", "u Njemačkoj"): the `.in` form.
    pub fn in_place(&self, geo: &str) -> Result<String, I18nError> {
        let key = format!("place-{geo}");
        self.catalog
            .attribute(self.lang, &key, "in", &[])?
            .ok_or_else(|| I18nError::Missing { lang: self.lang.into(), key: format!("{key}.in") })
    }

    /// The arguments every sentence about a place gets: `place`, `in_place`
    /// and `in_place_start` (capitalised, to open a sentence).
    pub fn place_args(&self, geo: &str) -> Result<Vec<(&'static str, Arg)>, I18nError> {
        let place = self.place(geo)?;
        let in_place = self.in_place(geo)?;
        Ok(vec![
            ("place", place.into()),
            ("in_place_start", sentence_case(&in_place).into()),
            ("in_place", in_place.into()),
        ])
    }

    pub fn population(&self, code: &str) -> Result<String, I18nError> {
        self.t(&format!("population-{code}"), &[])
    }

    /// The population after "share of", where the language inflects it (`.of`).
    fn population_of(&self, code: &str) -> Result<String, I18nError> {
        match self.catalog.attribute(self.lang, &format!("population-{code}"), "of", &[])? {
            Some(form) => Ok(form),
            None => self.population(code),
        }
    }

    /// What a source means by a population, in this language.
    pub fn population_definition(&self, s: &SourceData, code: &str) -> Option<String> {
        let original = s.spec.provenance.population_definitions.get(code)?;
        let translated = self.project.translations.source(self.lang, &s.spec.id);
        let text = translated.and_then(|t| t.population_definitions.get(code)).unwrap_or(original);
        Some(self.own_text(text))
    }

    /// A FOCUS finding's statement in this language.
    pub fn finding_statement(&self, finding: &crate::normalize::Finding) -> String {
        let text = self.project.translations.finding(self.lang, &finding.id).unwrap_or(&finding.statement);
        self.own_text(text)
    }

    /// A text of the project's own written in this language (a claim, a
    /// caveat, a note): its digits in the language's digits.
    fn own_text(&self, text: &str) -> String {
        self.catalog.digits_in_text(self.lang, text)
    }

    /// A day in the language's long form.
    pub fn date(&self, date: chrono::NaiveDate) -> Result<String, I18nError> {
        self.catalog.date(self.lang, date)
    }

    fn age(&self, age: &str) -> Result<String, I18nError> {
        if self.catalog.has(self.lang, &format!("age-{age}")) {
            self.t(&format!("age-{age}"), &[])
        } else {
            // The range in the page's digits ("٢٥–٦٤" on Arabic pages), start first.
            self.t("age-range", &[("range", self.own_text(&age.replace('-', "–")).into())])
        }
    }

    fn is_stale(&self, source: &str) -> bool {
        self.normalized.source(source).is_some_and(|s| s.freshness == Freshness::Stale)
    }

    fn figure(&self, f: &Figure) -> Result<FigureView, I18nError> {
        let source_title = self
            .normalized
            .source(&f.source)
            .map(|s| s.spec.provenance.citation_short.clone())
            .unwrap_or_else(|| f.source.clone());
        Ok(FigureView {
            value: f.value,
            value_text: self.value_text(f.value, f.unit)?,
            period: self.period(&f.period)?,
            population: f.population.clone(),
            population_label: self.population(&f.population)?,
            sex: f.sex.clone(),
            age: self.age(&f.age)?,
            source: f.source.clone(),
            source_title,
            citation: f.citation.clone(),
            certainty: f.certainty.as_str().to_string(),
            certainty_text: self.certainty_text(f.certainty)?,
            certainty_short: self.t(&format!("certainty-short-{}", f.certainty.as_str()), &[])?,
            flags: f.flags.clone(),
            quote: f.quote.clone(),
            n_text: f.n.map(|n| self.num(n as f64, 0)).transpose()?,
            stale: self.is_stale(&f.source),
        })
    }

    /// A certainty mark in words ("seen in the primary source").
    pub fn certainty_text(&self, c: crate::normalize::Certainty) -> Result<String, I18nError> {
        self.t(&format!("certainty-words-{}", c.as_str()), &[])
    }

    /// `2024` in the language's digits; `2023-03` becomes its "March 2023".
    pub fn period(&self, period: &str) -> Result<String, I18nError> {
        self.catalog.when(self.lang, period)
    }

    /// The population with its age band, as a sentence names it.
    fn who(&self, f: &Figure) -> Result<String, I18nError> {
        self.who_as(f, false)
    }

    /// As [`Self::who`], in the form after "share of" (`.of`).
    fn who_of(&self, f: &Figure) -> Result<String, I18nError> {
        self.who_as(f, true)
    }

    fn who_as(&self, f: &Figure, of: bool) -> Result<String, I18nError> {
        let population = if of { self.population_of(&f.population)? } else { self.population(&f.population)? };
        let sex = match f.sex.as_str() {
            "F" => Some(self.t("sex-F", &[])?),
            "M" => Some(self.t("sex-M", &[])?),
            _ => None,
        };
        let key = match (&sex, f.age.as_str()) {
            (None, "all") => return Ok(population),
            (None, _) => "who-with-age",
            (Some(_), "all") => "who-with-sex",
            (Some(_), _) => "who-with-sex-and-age",
        };
        self.t(
            key,
            &[
                ("population", population.into()),
                ("age", self.age(&f.age)?.into()),
                ("sex", sex.unwrap_or_default().into()),
            ],
        )
    }

    /// The fact sentence, from the indicator's pattern, e.g. `fact-employment_rate`.
    pub fn sentence(&self, indicator: &str, geo: &str, f: &Figure) -> Result<String, I18nError> {
        self.t(
            &format!("fact-{indicator}"),
            &[
                self.place_args(geo)?,
                vec![
                    ("value", self.value_text(f.value, f.unit)?.into()),
                    ("population", self.population(&f.population)?.into()),
                    ("who", self.who(f)?.into()),
                    ("who_of", self.who_of(f)?.into()),
                    ("period", self.period(&f.period)?.into()),
                ],
            ]
            .concat(),
        )
    }

    /// The card's question, from the indicator's pattern, e.g. `guess-employment_rate`.
    pub fn guess(&self, indicator: &str, geo: &str, f: &Figure) -> Result<String, I18nError> {
        self.t(
            &format!("guess-{indicator}"),
            &[
                self.place_args(geo)?,
                vec![
                    ("who", self.who(f)?.into()),
                    ("who_of", self.who_of(f)?.into()),
                    ("period", self.period(&f.period)?.into()),
                ],
            ]
            .concat(),
        )
    }

    fn caveat(&self, c: &Caveat) -> Result<String, I18nError> {
        if let Some(text) = c.text.get(self.lang) {
            return Ok(self.own_text(text));
        }
        let mut args: Vec<(&str, Arg)> = Vec::new();
        for (name, value) in &c.params {
            let shown = if name.ends_with("population") {
                self.population(value)?
            } else if name.ends_with("period") {
                self.period(value)?
            } else if name == "margin" {
                self.num(value.parse().unwrap_or_default(), 1)?
            } else {
                value.clone()
            };
            args.push((name.as_str(), shown.into()));
        }
        let kind = serde_json::to_value(c.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
        self.t(&format!("caveat-{kind}"), &args)
    }

    pub fn fact(&self, fact: &Fact) -> Result<FactView, I18nError> {
        let claim = self.project.claims.iter().find(|c| c.id == fact.claim);
        let text = claim.and_then(|c| c.text.get(self.lang));
        let url = super::urls::fact("", &fact.id);
        let permalink = format!("{}{url}", self.project.config.site.base_url);
        let sentence = self.sentence(&fact.indicator, &fact.geo, &fact.actual)?;
        let actual = self.figure(&fact.actual)?;
        let mut sources = vec![fact.actual.source.clone()];
        let estimate = match &fact.estimate {
            Estimate::Measured { figure, respondents, margin_pp, margin_basis } => {
                sources.push(figure.source.clone());
                let basis = serde_json::to_value(margin_basis).ok().and_then(|v| v.as_str().map(str::to_string));
                EstimateView {
                    kind: "measured".into(),
                    figure: Some(self.figure(figure)?),
                    respondents_label: Some(self.t(&format!("respondents-{respondents}"), &[])?),
                    margin_text: Some(self.num(*margin_pp, 1)?),
                    margin_basis: basis,
                    period: None,
                    statement: None,
                    finding_quote: None,
                    finding_quote_lang: "en".into(),
                    finding_citation: None,
                    finding_certainty: None,
                    finding_certainty_text: None,
                }
            }
            Estimate::Direction { finding, .. } => {
                sources.push(finding.source.clone());
                EstimateView {
                    kind: "direction".into(),
                    figure: None,
                    respondents_label: Some(self.t(&format!("respondents-{}", finding.respondents), &[])?),
                    margin_text: None,
                    margin_basis: None,
                    period: None,
                    statement: Some(self.finding_statement(finding)),
                    finding_quote: finding.quote.clone(),
                    finding_quote_lang: finding.quote_lang.clone().unwrap_or_else(|| "en".into()),
                    finding_citation: Some(finding.citation.clone()),
                    finding_certainty: Some(finding.certainty.as_str().to_string()),
                    finding_certainty_text: Some(self.certainty_text(finding.certainty)?),
                }
            }
            Estimate::Answer { finding, .. } => {
                sources.push(finding.source.clone());
                EstimateView {
                    kind: "answer".into(),
                    figure: None,
                    respondents_label: Some(self.t(&format!("respondents-{}", finding.respondents), &[])?),
                    margin_text: None,
                    margin_basis: None,
                    period: finding.period.as_deref().map(|p| self.period(p)).transpose()?,
                    statement: Some(self.finding_statement(finding)),
                    finding_quote: finding.quote.clone(),
                    finding_quote_lang: finding.quote_lang.clone().unwrap_or_else(|| "en".into()),
                    finding_citation: Some(finding.citation.clone()),
                    finding_certainty: Some(finding.certainty.as_str().to_string()),
                    finding_certainty_text: Some(self.certainty_text(finding.certainty)?),
                }
            }
            Estimate::None => EstimateView {
                kind: "none".into(),
                figure: None,
                respondents_label: None,
                margin_text: None,
                margin_basis: None,
                period: None,
                statement: None,
                finding_quote: None,
                finding_quote_lang: "en".into(),
                finding_citation: None,
                finding_certainty: None,
                finding_certainty_text: None,
            },
        };
        let verdict = fact.verdict.as_str().to_string();
        let gap_text = fact.gap_pp.map(|g| self.num(g.abs(), 1)).transpose()?;
        let compared = fact.compared.as_ref().map(|c| self.figure(c)).transpose()?;
        // The figure the estimate was judged against: the headline, or the one at the time of the survey.
        let judged = compared.as_ref().unwrap_or(&actual);
        let benchmark = fact.actual_is_benchmark;
        let actual_name = self.t(if benchmark { "actual-name-benchmark" } else { "actual-name-official" }, &[])?;
        let place_args = self.place_args(&fact.geo)?;
        let comparison = match (&fact.estimate, &gap_text) {
            (Estimate::Measured { figure, margin_basis, .. }, Some(gap)) => {
                let basis = serde_json::to_value(margin_basis).ok().and_then(|v| v.as_str().map(str::to_string));
                let margin = self.t(
                    &format!("margin-phrase-{}", basis.unwrap_or_default()),
                    &[("margin", self.num(fact.combined_margin_pp.unwrap_or_default(), 1)?.into())],
                )?;
                self.t(
                    &format!("comparison-{verdict}"),
                    &[
                        vec![
                            ("estimate", self.value_text(figure.value, figure.unit)?.into()),
                            ("respondents", estimate.respondents_label.clone().unwrap_or_default().into()),
                            ("actual", judged.value_text.clone().into()),
                            ("actual_name", actual_name.clone().into()),
                            ("gap", gap.clone().into()),
                            ("margin_phrase", margin.into()),
                        ],
                        place_args.clone(),
                    ]
                    .concat(),
                )?
            }
            (Estimate::Direction { finding, .. }, _) => {
                let direction = serde_json::to_value(finding.direction)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default();
                self.t(
                    &format!("comparison-direction-{direction}"),
                    &[("subject", self.t(&format!("direction-subject-{}", fact.topic.as_str()), &[])?.into())],
                )?
            }
            (Estimate::Answer { .. }, _) => self.t(
                &format!("comparison-{verdict}"),
                &[
                    ("actual", judged.value_text.clone().into()),
                    ("actual_name", actual_name.clone().into()),
                    ("actual_name_start", sentence_case(&actual_name).into()),
                    ("period", judged.period.clone().into()),
                ],
            )?,
            _ => self.t("comparison-no_measured_estimate", &place_args)?,
        };
        // The survey's same question about natives: a gap the public shows for
        // everyone is general misjudgement of the figure, not a view of immigrants.
        let benchmark_text = match (&fact.benchmark, &fact.estimate) {
            (Some(b), Estimate::Measured { figure, .. }) => {
                let line = self.t(
                    "benchmark-line",
                    &[
                        ("group", self.population(&b.estimate.population)?.into()),
                        ("respondents", estimate.respondents_label.clone().unwrap_or_default().into()),
                        ("estimate", self.value_text(b.estimate.value, b.estimate.unit)?.into()),
                        ("actual", self.value_text(b.actual.value, b.actual.unit)?.into()),
                    ],
                )?;
                let same = b.verdict == fact.verdict && fact.verdict.is_misperception();
                let gap_larger = b.gap_pp.abs() >= (figure.value - judged.value).abs();
                let key = match (same, b.verdict.is_misperception(), gap_larger) {
                    (true, _, true) => "benchmark-same-larger",
                    (true, _, false) => "benchmark-same",
                    (false, true, _) => "benchmark-misjudged-too",
                    (false, false, _) => "benchmark-right",
                };
                Some(format!("{line} {}", self.t(key, &[("group", self.population(&b.estimate.population)?.into())])?))
            }
            _ => None,
        };
        let other_estimates = fact
            .other_estimates
            .iter()
            .map(|o| {
                self.t(
                    "estimate-other",
                    &[
                        ("respondents", self.t(&format!("respondents-{}", o.respondents), &[])?.into()),
                        ("value", self.value_text(o.figure.value, o.figure.unit)?.into()),
                    ],
                )
            })
            .collect::<Result<Vec<_>, I18nError>>()?;
        let (estimate_sentence, rating) = match &fact.estimate {
            Estimate::Measured { figure, .. } if fact.verdict.is_misperception() => (
                Some(self.sentence(&fact.indicator, &fact.geo, figure)?),
                Some(self.t(
                    &format!("rating-{verdict}"),
                    &[("actual", judged.value_text.clone().into()), ("actual_name", actual_name.clone().into())],
                )?),
            ),
            _ => (None, None),
        };
        let show_myth = fact.verdict.is_misperception()
            || matches!(
                fact.verdict,
                crate::compare::Verdict::DirectionReported | crate::compare::Verdict::AnswerContradicted
            );
        let finding = match fact.verdict {
            crate::compare::Verdict::AboutRight => Some(self.t("finding-about_right", &place_args)?),
            crate::compare::Verdict::NoMeasuredEstimate => Some(comparison.clone()),
            _ => None,
        };
        // The myth named once: the belief a survey measured, or what FOCUS reported.
        let belief = match &fact.estimate {
            Estimate::Direction { .. } | Estimate::Answer { .. } => estimate.statement.clone().unwrap_or_default(),
            _ => text.map(|t| self.own_text(&t.belief)).unwrap_or_default(),
        };
        let context = fact
            .context
            .iter()
            .map(|c| {
                Ok(ContextView {
                    sentence: self.sentence(&c.indicator, &fact.geo, &c.figure)?,
                    figure: self.figure(&c.figure)?,
                })
            })
            .collect::<Result<Vec<_>, I18nError>>()?;
        sources.sort();
        sources.dedup();
        let stale = sources.iter().any(|s| self.is_stale(s));
        // The date of the data cited, not of the build: a rebuild with nothing new changes no page.
        let actual_source = self.normalized.source(&fact.actual.source);
        let day = actual_source.and_then(|s| s.as_of).unwrap_or(self.now).date_naive();
        let date = self.date(day)?;
        // How the figures got here, and when: retrieved, transcribed, or read from a copy.
        let data_date_text = match actual_source.map(|s| &s.origin) {
            Some(Origin::Snapshot { .. }) => self.t("fact-as-of-snapshot", &[("date", date.clone().into())])?,
            _ if fact.actual.certainty == crate::normalize::Certainty::D => {
                self.t("fact-as-of-copy", &[("date", date.clone().into())])?
            }
            _ => self.t("fact-as-of-seed", &[("date", date.clone().into())])?,
        };
        let data_citation = self
            .normalized
            .source(&fact.actual.source)
            .map(|s| s.spec.provenance.citation_full.clone())
            .unwrap_or_default();
        let year = self.catalog.plain_number(self.lang, i64::from(self.now.year()))?;
        let certainty_short = actual.certainty_short.clone();
        let cite_args = |data: String| -> Vec<(&str, Arg)> {
            vec![
                ("title", sentence.clone().into()),
                ("url", permalink.clone().into()),
                ("date", date.clone().into()),
                ("year", year.clone().into()),
                ("data", data.into()),
                ("certainty", certainty_short.clone().into()),
            ]
        };
        let short_data = self
            .normalized
            .source(&fact.actual.source)
            .map(|s| s.spec.provenance.citation_short.clone())
            .unwrap_or_default();
        let estimate_label = match &estimate.respondents_label {
            Some(who) => self.t("chart-estimate", &[("respondents", who.clone().into())])?,
            None => String::new(),
        };
        let actual_label = self.t(if benchmark { "chart-actual-benchmark" } else { "chart-actual" }, &[])?;
        let in_unit = |v: f64| self.value_text(v, fact.actual.unit).unwrap_or_default();
        let compare_chart = match (&fact.estimate, &estimate.figure) {
            (Estimate::Measured { .. }, Some(figure)) => charts::compare(
                fact,
                (&estimate_label, &actual_label),
                (
                    &match &estimate.margin_text {
                        Some(m) => format!("{} ± {m}", figure.value_text),
                        None => figure.value_text.clone(),
                    },
                    &judged.value_text,
                ),
                in_unit,
            ),
            _ => None,
        };
        let chart_desc = match &estimate.figure {
            Some(figure) => self.t(
                "chart-desc",
                &[
                    ("estimate", figure.value_text.clone().into()),
                    ("actual", judged.value_text.clone().into()),
                    ("actual_name", actual_name.clone().into()),
                    ("respondents", estimate.respondents_label.clone().unwrap_or_default().into()),
                ],
            )?,
            None => String::new(),
        };
        let period_text = |p: &str| self.period(p).unwrap_or_else(|_| p.to_string());
        let trend_chart = charts::trend(fact, in_unit, period_text);
        let mut compare_chart = compare_chart;
        if self.catalog.is_rtl(self.lang) {
            // Bars grow from the right; time still runs left to right, as in most
            // Arabic-language news charts and chart tools (Alebri et al., IEEE VIS
            // 2024; Material Design's bidirectionality guidance): a mirrored time
            // axis reads a rise as a fall.
            compare_chart.iter_mut().for_each(CompareChart::mirror);
        }
        let trend_rows = match fact.trend.len() >= 2 {
            true => fact
                .trend
                .iter()
                .map(|p| {
                    Ok(TrendRow {
                        period: self.period(&p.period)?,
                        value_text: self.value_text(p.value, fact.actual.unit)?,
                        flags: p.flags.clone(),
                        years_since_arrival: p.years_since_arrival.map(|y| self.num(f64::from(y), 0)).transpose()?,
                        citation: p.citation.clone(),
                        certainty: p.certainty.as_str().to_string(),
                        certainty_text: self.certainty_text(p.certainty)?,
                    })
                })
                .collect::<Result<_, I18nError>>()?,
            false => Vec::new(),
        };
        let trend_desc = match (&trend_chart, fact.trend.first(), fact.trend.last()) {
            (Some(chart), Some(first), Some(last)) => self.t(
                if chart.by_arrival { "trend-desc-arrival" } else { "trend-desc" },
                &[
                    ("first", self.value_text(first.value, fact.actual.unit)?.into()),
                    ("first_period", self.period(&first.period)?.into()),
                    ("last", self.value_text(last.value, fact.actual.unit)?.into()),
                    ("last_period", self.period(&last.period)?.into()),
                    ("points", Arg::Number(fact.trend.len() as f64)),
                ],
            )?,
            _ => String::new(),
        };
        let unit = self.t(&format!("chart-unit-{}", fact.actual.unit.as_str()), &[])?;
        let judged_figure = fact.compared.as_ref().unwrap_or(&fact.actual);
        let chart_subtitle = self.t(
            "chart-subtitle",
            &[
                ("unit", unit.clone().into()),
                ("who", self.who(judged_figure)?.into()),
                ("period", self.period(&judged_figure.period)?.into()),
            ],
        )?;
        let trend_who = match fact.trend.first() {
            Some(first) => self.who(first)?,
            None => self.who(&fact.actual)?,
        };
        let trend_subtitle = self.t("trend-subtitle", &[("unit", unit.into()), ("who", trend_who.into())])?;
        let chart_source = super::wrap(
            &self.t(
                "chart-source",
                &[
                    ("source", short_data.clone().into()),
                    ("certainty", certainty_short.clone().into()),
                    ("site", self.t("site-name", &[])?.into()),
                ],
            )?,
            62,
        );
        let next_update = match self.normalized.source(&fact.actual.source) {
            Some(s) => self.next_update(s)?,
            None => String::new(),
        };
        Ok(FactView {
            id: fact.id.clone(),
            url,
            permalink: permalink.clone(),
            claim: fact.claim.clone(),
            topic: fact.topic.as_str().to_string(),
            geo: fact.geo.clone(),
            place: self.place(&fact.geo)?,
            sentence: sentence.clone(),
            belief,
            why: text.map(|t| self.own_text(&t.why)).unwrap_or_default(),
            why_short: text.and_then(|t| t.why_short.as_deref()).map(|w| self.own_text(w)),
            in_place: self.in_place(&fact.geo)?,
            question: match self.catalog.has(self.lang, &format!("guess-{}", fact.indicator)) {
                true => Some(self.guess(&fact.indicator, &fact.geo, &fact.actual)?),
                false => None,
            },
            verdict_label: self.t(&format!("verdict-{verdict}"), &[])?,
            verdict,
            comparison,
            gap_text,
            show_myth,
            finding,
            estimate_sentence,
            rating,
            actual_is_benchmark: benchmark,
            actual_row_label: self.t(if benchmark { "row-actual-benchmark" } else { "row-actual" }, &[])?,
            actual,
            compared,
            estimate,
            context,
            benchmark: benchmark_text,
            other_estimates,
            caveats: fact.caveats.iter().map(|c| self.caveat(c)).collect::<Result<_, _>>()?,
            population_note: fact
                .caveats
                .iter()
                .find(|c| {
                    matches!(
                        c.kind,
                        crate::compare::CaveatKind::PopulationDiffers | crate::compare::CaveatKind::NotRefugees
                    )
                })
                .map(|c| self.caveat(c))
                .transpose()?,
            stale,
            cite_short: self.t("cite-short", &cite_args(short_data))?,
            cite_full: self.t("cite-full", &cite_args(data_citation))?,
            sources,
            topic_label: self.t(&format!("topic-{}", fact.topic.as_str()), &[])?,
            last_updated: day.format("%Y-%m-%d").to_string(),
            data_date_text,
            next_update,
            compare_chart,
            trend_chart,
            trend_rows,
            trend_population_label: fact.trend_population.as_deref().map(|p| self.population(p)).transpose()?,
            chart_desc,
            chart_subtitle,
            trend_subtitle,
            chart_source,
            trend_desc,
            estimate_label,
            actual_label,
        })
    }

    pub fn source(&self, s: &SourceData) -> Result<SourceView, I18nError> {
        let p = &s.spec.provenance;
        let translated = self.project.translations.source(self.lang, &s.spec.id);
        let (origin, origin_file, retrieved_at, sha256, provider_updated) = match &s.origin {
            Origin::Snapshot { retrieved_at, sha256, provider_updated, .. } => (
                "snapshot",
                None,
                Some(format!(
                    "{} {}",
                    self.date(retrieved_at.date_naive())?,
                    self.own_text(&retrieved_at.format("%H:%M UTC").to_string())
                )),
                Some(sha256.clone()),
                provider_updated.clone(),
            ),
            Origin::Seed { file } => ("seed", Some(file.clone()), None, None, None),
            Origin::Missing => ("missing", None, None, None, None),
        };
        let freshness =
            serde_json::to_value(s.freshness).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
        Ok(SourceView {
            id: s.spec.id.clone(),
            kind: s.spec.kind.as_str().to_string(),
            producer: p.producer.clone(),
            title: p.title.clone(),
            dataset_code: p.dataset_code.clone(),
            url_main: p.url_main.clone(),
            url_download: p.url_download.clone(),
            date_published: p.date_published.clone(),
            date_accessed: p.date_accessed.clone(),
            citation_short: p.citation_short.clone(),
            citation_full: p.citation_full.clone(),
            licence: self.own_text(translated.and_then(|t| t.licence.as_ref()).unwrap_or(&p.licence)),
            licence_url: p.licence_url.clone(),
            attribution: self.own_text(translated.and_then(|t| t.attribution.as_ref()).unwrap_or(&p.attribution)),
            notes: translated.and_then(|t| t.notes.as_ref()).or(p.notes.as_ref()).map(|n| self.own_text(n)),
            population_definitions: p
                .population_definitions
                .keys()
                .map(|code| Ok((self.population(code)?, self.population_definition(s, code).unwrap_or_default())))
                .collect::<Result<_, I18nError>>()?,
            origin: origin.to_string(),
            origin_file,
            seed_copy: matches!(s.origin, Origin::Seed { .. })
                && !s.certainties.is_empty()
                && s.certainties.iter().all(|c| *c == crate::normalize::Certainty::D),
            retrieved_at,
            sha256,
            provider_updated,
            stale: s.freshness == Freshness::Stale,
            freshness,
            latest_period: s.latest_period.clone(),
            rows: s.rows,
            publications: s.publications.clone(),
            update_frequency: p.update_frequency.as_str().to_string(),
            next_update: self.next_update(s)?,
        })
    }

    /// The source's next expected release: the producer's announced date, else
    /// its last release moved on by its schedule, else what is known of it.
    pub fn next_update(&self, s: &SourceData) -> Result<String, I18nError> {
        let p = &s.spec.provenance;
        let this_month = self.now.format("%Y-%m").to_string();
        // `YYYY-MM` of a date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (anything else: none).
        let month_of = |d: &str| -> Option<(i32, u32)> {
            let year: i32 = d.get(..4)?.parse().ok()?;
            let month: u32 = match d.get(4..5) {
                Some("-") => d.get(5..7)?.parse().ok().filter(|m| (1..=12).contains(m))?,
                _ => 1,
            };
            Some((year, month))
        };
        if let Some((year, month)) = p.next_update.as_deref().and_then(month_of) {
            let announced = format!("{year}-{month:02}");
            if announced >= this_month {
                return self.t("next-update-announced", &[("date", self.period(&announced)?.into())]);
            }
        }
        let Some(months) = p.update_frequency.months() else {
            return self.t(&format!("next-update-{}", p.update_frequency.as_str()), &[]);
        };
        let last = match &s.origin {
            Origin::Snapshot { provider_updated: Some(updated), .. } => Some(updated.clone()),
            _ => p.date_published.clone(),
        };
        let Some((year, month)) = last.as_deref().and_then(month_of) else {
            return self.t(&format!("next-update-{}-undated", p.update_frequency.as_str()), &[]);
        };
        // The last release moved on by the schedule until it is not in the past.
        let mut total = year * 12 + month as i32 - 1 + months as i32;
        let now_total = self.now.format("%Y").to_string().parse::<i32>().unwrap_or(year) * 12
            + self.now.format("%m").to_string().parse::<i32>().unwrap_or(1)
            - 1;
        while total < now_total {
            total += months as i32;
        }
        let period = format!("{}-{:02}", total / 12, total % 12 + 1);
        self.t("next-update-expected", &[("date", self.period(&period)?.into())])
    }
}

/// The first letter in upper case, for a phrase that opens a sentence
/// ("in Germany" → "In Germany"); scripts without case are left as they are.
pub fn sentence_case(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
