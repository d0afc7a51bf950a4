//! The briefing worded in one language: every sentence from the catalogue,
//! every number with its short citation and a link to its fact page.

use super::Briefing;
use super::changes::Moved;
use crate::compare::Fact;
use crate::normalize::{Normalized, Unit};
use crate::present::i18n::{Arg, Catalog, I18nError};
use crate::present::views::{FactView, ViewContext};
use crate::present::{Presented, urls};
use crate::project::Project;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ItemView {
    pub sentence: String,
    /// A measured estimate's comparison; empty for a FOCUS direction (said once, in `focus_note`).
    pub detail: String,
    /// That the figure is about another population than the belief: the number
    /// of its note in the briefing's notes (each note is written out once).
    /// Archived briefings of another shape load without it.
    #[serde(default, deserialize_with = "lenient_number")]
    pub note: Option<usize>,
    /// Figures beside it, each with its citation and certainty.
    #[serde(default)]
    pub context: Vec<String>,
    /// How sure the figure is, in words.
    #[serde(default)]
    pub certainty: String,
    pub citation: String,
    pub url: String,
}

/// A number, or nothing for any other value (an archive written by another version).
fn lenient_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<usize>, D::Error> {
    Ok(serde_json::Value::deserialize(d)?.as_u64().map(|n| n as usize))
}

/// A named spokesperson's words.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct QuoteView {
    pub text: String,
    pub name: String,
    pub role: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SectionView {
    pub title: String,
    pub items: Vec<ItemView>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SourceLine {
    pub citation: String,
    pub url: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ChangesView {
    pub first: bool,
    pub nothing: bool,
    pub releases: Vec<String>,
    pub moved: Vec<String>,
    pub new_facts: Vec<String>,
    pub corrections: Vec<String>,
    pub withdrawn: Vec<String>,
    pub verdicts: Vec<String>,
}

/// Everything the briefing templates show.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BriefingView {
    pub lang: String,
    pub month: String,
    pub month_label: String,
    pub date: String,
    pub organisation: String,
    pub subject: String,
    /// The inbox preview line, after the subject.
    #[serde(default)]
    pub preheader: String,
    pub headline: String,
    pub lead: String,
    pub lead_detail: String,
    /// The lead fact's caveat on populations and context figures.
    #[serde(default)]
    pub lead_item: Option<ItemView>,
    #[serde(default)]
    pub quote: Option<QuoteView>,
    /// What FOCUS found, said once for every fact that rests on its direction.
    #[serde(default)]
    pub focus_note: Option<String>,
    /// One short line on sources that could not be refreshed.
    #[serde(default)]
    pub stale_note: Option<String>,
    /// The notes items refer to by number, each written once.
    #[serde(default)]
    pub notes: Vec<String>,
    pub embargo_line: String,
    pub embargoed: bool,
    pub changes: ChangesView,
    pub topics: Vec<SectionView>,
    pub countries: Vec<SectionView>,
    pub stale: Vec<String>,
    pub sources: Vec<SourceLine>,
    pub contacts: Vec<String>,
    pub boilerplate: Vec<String>,
    /// The briefing's page in the site's archive.
    pub archive_url: String,
    pub site_url: String,
    pub generated_at: String,
}

pub fn build(
    briefing: &Briefing,
    project: &Project,
    normalized: &Normalized,
    facts: &[Fact],
    presented: &Presented,
    lang: &str,
) -> Result<BriefingView, I18nError> {
    let catalog: &Catalog = &presented.catalog;
    let ctx = ViewContext { catalog, lang, project, normalized, now: briefing.now };
    // Each fact's view as the run built it (worded here only if the run left it out).
    let view_of = |f: &Fact| -> Result<Cow<'_, FactView>, I18nError> {
        match presented.view(lang, &f.id) {
            Some(view) => Ok(Cow::Borrowed(view)),
            None => ctx.fact(f).map(Cow::Owned),
        }
    };
    let t = |key: &str, args: &[(&str, Arg)]| catalog.message(lang, key, args);
    let fact = |id: &str| facts.iter().find(|f| f.id == id);
    let base = &project.config.site.base_url;
    // The first language at the site's root, the others under `<lang>/`.
    let prefix = urls::language_prefix(project.config.site.languages.first().is_none_or(|first| first == lang), lang);
    // Population caveats, numbered in order of first use: each is written once.
    let notes = std::cell::RefCell::new(Vec::<String>::new());
    let note_number = |text: Option<String>| -> Option<usize> {
        let text = text?;
        let mut notes = notes.borrow_mut();
        Some(match notes.iter().position(|n| *n == text) {
            Some(i) => i + 1,
            None => {
                notes.push(text);
                notes.len()
            }
        })
    };
    let item = |f: &Fact| -> Result<ItemView, I18nError> {
        let view = view_of(f)?.into_owned();
        let citation =
            normalized.source(&f.actual.source).map(|s| s.spec.provenance.citation_short.clone()).unwrap_or_default();
        let context = view
            .context
            .iter()
            .map(|c| format!("{} ({}; {})", c.sentence, c.figure.citation, c.figure.certainty_short))
            .collect();
        Ok(ItemView {
            sentence: view.sentence,
            detail: match (view.estimate.kind.as_str(), &view.benchmark) {
                ("measured", Some(benchmark)) => format!("{} {benchmark}", view.comparison),
                ("measured" | "answer", _) => view.comparison,
                _ => String::new(),
            },
            note: note_number(view.population_note),
            context,
            certainty: view.actual.certainty_short,
            citation,
            url: view.permalink,
        })
    };
    let section = |title: String, ids: &[String]| -> Result<SectionView, I18nError> {
        Ok(SectionView { title, items: ids.iter().filter_map(|id| fact(id)).map(item).collect::<Result<_, _>>()? })
    };

    let month_label = ctx.period(&briefing.month)?;
    let lead_item = briefing.strongest.as_deref().and_then(fact).map(item).transpose()?;
    let (headline, lead, lead_detail) = match &lead_item {
        Some(i) => (
            i.sentence.clone(),
            i.detail.clone(),
            t(
                "briefing-lead-source",
                &[("citation", i.citation.clone().into()), ("certainty", i.certainty.clone().into())],
            )?,
        ),
        None => (t("briefing-no-facts", &[])?, String::new(), String::new()),
    };
    let subject =
        t("briefing-subject", &[("month", month_label.clone().into()), ("headline", headline.clone().into())])?;
    let c = &briefing.changes;
    let preheader = if c.first {
        t("briefing-preheader-first", &[("count", Arg::Number(briefing.record.facts.len() as f64))])?
    } else if c.is_empty() {
        t("briefing-changes-none", &[])?
    } else {
        t(
            "briefing-preheader-changes",
            &[
                ("moved", Arg::Number(c.moved.len() as f64)),
                ("corrected", Arg::Number(c.corrections.len() as f64)),
                ("new", Arg::Number(c.new_facts.len() as f64)),
            ],
        )?
    };
    let embargo_line = match briefing.embargo {
        Some(at) => t(
            "briefing-embargo",
            &[
                ("time", catalog.digits_in_text(lang, &at.format("%H:%M UTC").to_string()).into()),
                ("date", ctx.date(at.date_naive())?.into()),
            ],
        )?,
        None => t("briefing-immediate", &[])?,
    };

    let value = |v: f64, unit: Unit| -> Result<String, I18nError> { ctx.value_text(v, unit) };
    let moved_line = |m: &Moved| -> Result<String, I18nError> {
        let sentence = fact(&m.fact)
            .map(|f| view_of(f).map(|v| v.sentence.clone()))
            .transpose()?
            .unwrap_or_else(|| m.fact.clone());
        let delta = m.new.value - m.old.value;
        let sign = if delta > 0.0 { "+" } else { "" };
        let delta_text = if m.new.unit == Unit::Persons {
            t(
                "briefing-delta-persons",
                &[
                    ("delta", format!("{sign}{}", catalog.number(lang, delta, 0)?).into()),
                    ("count", Arg::Number(delta.abs())),
                ],
            )?
        } else {
            t(
                "briefing-delta-points",
                &[
                    ("delta", format!("{sign}{}", catalog.number(lang, delta, 1)?).into()),
                    ("count", Arg::Number(delta.abs())),
                ],
            )?
        };
        let reason = t(
            &format!("briefing-reason-{}", m.reason.as_str()),
            &[("old_period", ctx.period(&m.old.period)?.into()), ("new_period", ctx.period(&m.new.period)?.into())],
        )?;
        t(
            "briefing-moved",
            &[
                ("sentence", sentence.into()),
                ("old", value(m.old.value, m.old.unit)?.into()),
                ("old_period", ctx.period(&m.old.period)?.into()),
                ("delta", delta_text.into()),
                ("reason", reason.into()),
            ],
        )
    };
    let changes = ChangesView {
        first: c.first,
        nothing: !c.first && c.is_empty(),
        releases: c
            .releases
            .iter()
            .map(|r| {
                // The table in words (producer and title), not its code.
                let source = normalized
                    .source(&r.source)
                    .map(|s| format!("{}: {}", s.spec.provenance.producer, s.spec.provenance.title))
                    .unwrap_or_else(|| r.source.clone());
                let period = r.latest_period.as_deref().map(|p| ctx.period(p)).transpose()?.unwrap_or_default();
                if r.latest_period != r.previous_period {
                    t("briefing-release-period", &[("source", source.into()), ("period", period.into())])
                } else {
                    t("briefing-release-update", &[("source", source.into()), ("period", period.into())])
                }
            })
            .collect::<Result<_, _>>()?,
        moved: c.moved.iter().map(moved_line).collect::<Result<_, _>>()?,
        new_facts: c
            .new_facts
            .iter()
            .filter_map(|id| fact(id))
            .map(|f| view_of(f).and_then(|v| t("briefing-new-fact", &[("sentence", v.sentence.clone().into())])))
            .collect::<Result<_, _>>()?,
        corrections: c.corrections.iter().map(moved_line).collect::<Result<_, _>>()?,
        withdrawn: c
            .withdrawn
            .iter()
            .map(|id| t("briefing-withdrawn", &[("fact", id.clone().into())]))
            .collect::<Result<_, _>>()?,
        verdicts: c
            .verdicts
            .iter()
            .map(|(id, old, new)| {
                let sentence =
                    fact(id).map(|f| view_of(f).map(|v| v.sentence.clone())).transpose()?.unwrap_or_else(|| id.clone());
                t(
                    "briefing-verdict-changed",
                    &[
                        ("sentence", sentence.into()),
                        ("old", t(&format!("verdict-{old}"), &[])?.into()),
                        ("new", t(&format!("verdict-{new}"), &[])?.into()),
                    ],
                )
            })
            .collect::<Result<_, _>>()?,
    };

    let topics = briefing
        .topics
        .iter()
        .map(|(topic, ids)| section(t(&format!("topic-{}", topic.as_str()), &[])?, ids))
        .collect::<Result<_, _>>()?;
    let countries =
        briefing.countries.iter().map(|(geo, ids)| section(ctx.place(geo)?, ids)).collect::<Result<Vec<_>, _>>()?;
    // One short line, in words: which producers' tables were not refreshed.
    let stale_names: Vec<String> = briefing
        .stale_sources
        .iter()
        .filter_map(|id| normalized.source(id))
        .map(|s| format!("{}: {}", s.spec.provenance.producer, s.spec.provenance.title))
        .collect();
    let stale_note = (!stale_names.is_empty())
        .then(|| t("briefing-stale-note", &[("sources", stale_names.join("; ").into())]))
        .transpose()?;
    let stale = Vec::new();
    // Every source behind a fact the briefing shows, in order of first use.
    let mut used: Vec<&str> = Vec::new();
    let shown = briefing
        .topics
        .iter()
        .flat_map(|(_, ids)| ids)
        .chain(briefing.countries.iter().flat_map(|(_, ids)| ids))
        .chain(&briefing.strongest);
    for id in shown {
        if let Some(f) = fact(id) {
            for source in &view_of(f)?.sources {
                if let Some(s) = normalized.source(source)
                    && !used.contains(&s.spec.id.as_str())
                {
                    used.push(&s.spec.id);
                }
            }
        }
    }
    let sources = used
        .iter()
        .filter_map(|id| normalized.source(id))
        .map(|s| SourceLine {
            citation: s.spec.provenance.citation_full.clone(),
            url: s.spec.provenance.url_main.clone(),
        })
        .collect();
    let b = &project.config.briefing;
    let first = project.config.site.languages.first().map(String::as_str);
    let (contacts, boilerplate) = match b.text.get(lang) {
        Some(text) => (text.contacts.clone(), text.boilerplate.clone()),
        None if first == Some(lang) || first.is_none() => (b.contacts.clone(), b.boilerplate.clone()),
        None => {
            return Err(I18nError::Missing {
                lang: lang.into(),
                key: format!("[briefing.text.{lang}] contacts and boilerplate, in factgap.toml"),
            });
        }
    };
    let texts = |lines: Vec<String>| lines.iter().map(|l| catalog.digits_in_text(lang, l)).collect::<Vec<_>>();
    // The quote in this language: the original in the first language, a
    // translation in the others, or none (never a sentence in another language).
    let quote = b.quote.as_ref().filter(|q| !q.text.trim().is_empty()).and_then(|q| {
        let translated = b.text.get(lang);
        let text = match translated.and_then(|t| t.quote.clone()) {
            Some(text) => text,
            None if first == Some(lang) || first.is_none() => q.text.clone(),
            None => return None,
        };
        let role = translated.and_then(|t| t.quote_role.clone()).unwrap_or_else(|| q.role.clone());
        Some(QuoteView { text, name: q.name.clone(), role })
    });
    let focus_note = briefing.focus_note.then(|| t("briefing-focus-note", &[])).transpose()?;
    Ok(BriefingView {
        lang: lang.into(),
        month: briefing.month.clone(),
        month_label,
        date: briefing.now.format("%Y-%m-%d").to_string(),
        organisation: b.organisation.clone(),
        subject,
        preheader,
        headline,
        lead,
        lead_detail,
        lead_item,
        quote,
        focus_note,
        stale_note,
        notes: notes.into_inner(),
        embargo_line,
        embargoed: briefing.embargo.is_some(),
        changes,
        topics,
        countries,
        stale,
        sources,
        contacts: texts(contacts),
        boilerplate: texts(boilerplate),
        archive_url: format!("{base}{}", urls::briefing(&prefix, &briefing.month)),
        site_url: format!("{base}{prefix}"),
        generated_at: briefing.now.to_rfc3339(),
    })
}
