//! Each fact's files in a language: its page, its card, the card's embed page
//! and oEmbed response, and the SVG sources of its social images and charts.
//! The bulk of a build, rendered on every core, each fact's files by one thread.

use super::card_pages::{Script, card_context};
use super::history::History;
use super::model::Language;
use super::schema::claim_review;
use super::shared::{Collected, Site};
use super::{SOCIAL_SIZE, SQUARE_SIZE};
use crate::compare::{Estimate, Fact};
use crate::files;
use crate::present::urls;
use crate::present::views::{FactView, SourceView};
use crate::publish::{PublishError, cards, search};
use crate::run::parallel;
use minijinja::context;
use minijinja::value::{Serde, Value};
use std::collections::BTreeMap;

/// What one fact's outputs add to the build's lists.
#[derive(Default)]
struct FactOutput {
    files: usize,
    sitemap: Option<(String, String)>,
    search: Option<search::Page>,
    images: Vec<(String, String)>,
    card: Option<std::sync::Arc<cards::CardView>>,
}

/// What every fact of a language shares.
struct Shared<'a> {
    site: &'a Site<'a>,
    language: &'a Language<'a>,
    source_of: BTreeMap<&'a str, &'a SourceView>,
    first_published: BTreeMap<&'a str, &'a str>,
    card_script: Script,
    /// The footer of the language's fact pages and of its embed pages: the
    /// same on every page at that depth, so rendered once (it lists every
    /// topic and place).
    fact_footer: Value,
    embed_footer: Value,
}

pub(super) fn write(
    site: &Site,
    language: &Language,
    history: &History,
    out: &mut Collected,
) -> Result<(), PublishError> {
    let shared = Shared {
        site,
        language,
        source_of: language.sources.iter().map(|s| (s.id.as_str(), s)).collect(),
        first_published: history.first_published(),
        card_script: Script::load(site, "cards/card.js")?,
        fact_footer: footer(site, language, &language.root(2))?,
        embed_footer: footer(site, language, EMBED_ROOT)?,
    };
    let pairs: Vec<(&Fact, &FactView)> = site.visible.iter().zip(language.facts.iter().copied()).collect();
    let outputs = parallel::map(
        &pairs,
        site.input.cancel,
        || PublishError::Cancelled,
        |(fact, view)| one_fact(&shared, fact, view),
    )?;
    for fact in outputs {
        out.files += fact.files;
        out.sitemap.extend(fact.sitemap);
        out.search.extend(fact.search);
        out.images.extend(fact.images);
        if let Some(card) = fact.card {
            out.cards.entry(card.id.clone()).or_default().insert(language.lang.to_string(), card);
        }
    }
    Ok(())
}

fn one_fact(shared: &Shared, fact: &Fact, view: &FactView) -> Result<FactOutput, PublishError> {
    let Shared { site, language, .. } = *shared;
    let (lang, prefix, rtl) = (language.lang, &language.prefix, language.rtl);
    let base_url = site.base_url;
    let catalog = &site.catalog;
    let config = &site.input.project.config.site;
    let mut out = FactOutput::default();
    let fact_sources: Vec<&SourceView> =
        view.sources.iter().filter_map(|id| shared.source_of.get(id.as_str()).copied()).collect();
    let claim_review = claim_review(fact, view, &fact_sources, base_url, shared.first_published.get(fact.id.as_str()));
    let address = urls::fact(prefix, &view.id);
    // The view and the card become template values once, shared by each of their templates.
    let fact_value = Value::from(Serde(view));
    let root = language.root(2);
    let html = site.render(
        "fact.html",
        context! {
            lang => lang, site => &language.site, root => &root, home => format!("{root}{prefix}"),
            page => format!("{}index.html", &address[prefix.len()..]),
            fact => fact_value.clone(), sources => Serde(&fact_sources), claim_review => Serde(&claim_review), rtl => rtl,
            last_change => language.last_change.get(&view.id), footer => shared.fact_footer.clone(),
        },
    )?;
    let file = site.dir.join(format!("{address}index.html"));
    files::write(&file, &html)?;
    out.sitemap = language.first.then(|| (urls::fact("", &view.id), site.data_date.clone()));
    if config.search_index {
        out.search = Some(search::Page::written(format!("{}{address}", site.served), &html, file));
    }
    // The embeddable card in this language, its embed page, oEmbed and images.
    let card = cards::card_view(
        fact,
        view,
        cards::CardTexts {
            lang,
            dir: &language.dir,
            why_short: view.why_short.as_deref(),
            question: view.question.clone(),
            myth_label: catalog.message(lang, "myth-flag", &[])?,
            fact_url: format!("{base_url}{address}"),
            population_note: view.population_note.clone(),
        },
    );
    let card_value = Value::from(Serde(&card));
    let card_dir = urls::card(&view.id, lang);
    let card_url = format!("{base_url}{card_dir}");
    let card_html = site.render(
        "cards/card.html",
        card_context(
            lang,
            catalog.numbering(lang),
            card_value.clone(),
            &card_url,
            &card_url,
            &shared.card_script,
            None,
        ),
    )?;
    files::write(&site.dir.join(&card_dir).join("index.html"), card_html)?;
    let snippet = |src: String| {
        site.render(
            "cards/snippet.html",
            context! {
                card => card_value.clone(), src => src, height => cards::EMBED_HEIGHT,
                frame_title => catalog.message(lang, "card-frame-title", &[("topic", card.topic_label.clone().into()), ("place", card.place.clone().into())]).unwrap_or_default(),
                image_url => config.social_images.then(|| format!("{card_url}image.png")),
            },
        )
    };
    // The reader sees the figure at once unless the editor asks for a guess.
    let latest_snippet = snippet(card_url.clone())?;
    let pinned_snippet = snippet(format!("{base_url}{}", urls::pinned_card(&site.month, &view.id, lang)))?;
    let root = EMBED_ROOT.to_string();
    let embed = site.render(
        "cards/embed.html",
        context! {
            lang => lang, site => &language.site, root => &root, home => format!("{root}{prefix}"), page => format!("{card_dir}embed.html"),
            card => card_value.clone(), card_url => &card_url, snippet => &latest_snippet, pinned_snippet => &pinned_snippet,
            month => &site.month, height => cards::EMBED_HEIGHT, embed_of => &view.id, footer => shared.embed_footer.clone(),
        },
    )?;
    files::write(&site.dir.join(&card_dir).join("embed.html"), embed)?;
    files::write(&site.dir.join(&card_dir).join("oembed.json"), oembed(&card, &card_url, &latest_snippet, base_url))?;
    out.files += 4;
    // Its images: the wide one doubles as the fact page's Open Graph image.
    for (name, (width, height), wrap) in [("image", SOCIAL_SIZE, 38), ("square", SQUARE_SIZE, 28)] {
        let svg =
            site.render("social.svg", social_context(lang, rtl, view, &fact_value, fact, (width, height), wrap))?;
        files::write(&site.dir.join(&card_dir).join(format!("{name}.svg")), &svg)?;
        out.files += 1;
        if config.social_images {
            out.images.push((format!("{card_dir}{name}.png"), format!("{card_dir}{name}.svg")));
        }
    }
    // Each chart on its own, with its title, unit, source and the site's
    // name drawn in, to download or screenshot without losing the attribution.
    let charts = [
        ("chart-compare", "charts/compare.svg", view.compare_chart.as_ref().map(|c| Value::from(Serde(c)))),
        ("chart-trend", "charts/trend.svg", view.trend_chart.as_ref().map(|c| Value::from(Serde(c)))),
    ];
    for (name, template, chart) in charts {
        let Some(chart) = chart else { continue };
        let svg = site.render(
            template,
            context! { lang => lang, fact => fact_value.clone(), chart => chart, standalone => true, rtl => rtl },
        )?;
        files::write(&site.dir.join(&card_dir).join(format!("{name}.svg")), &svg)?;
        out.files += 1;
        if config.social_images {
            out.images.push((format!("{card_dir}{name}.png"), format!("{card_dir}{name}.svg")));
        }
    }
    out.card = Some(std::sync::Arc::new(card));
    Ok(out)
}

/// The site's root from a card's embed page (`cards/<id>/<lang>/embed.html`).
const EMBED_ROOT: &str = "../../../";

/// The footer `base.html` would include on a page `root` away from the site's root.
fn footer(site: &Site, language: &Language, root: &str) -> Result<Value, PublishError> {
    let (lang, prefix) = (language.lang, &language.prefix);
    let html = site
        .render("footer.html", context! { lang => lang, site => &language.site, home => format!("{root}{prefix}") })?;
    Ok(Value::from_safe_string(html))
}

/// The social image's context. Right to left, the layout is mirrored and
/// every line is a right-to-left isolate (RLI … PDI): resvg lays each text out
/// left to right otherwise, and puts a closing full stop on the wrong side.
fn social_context(
    lang: &str,
    rtl: bool,
    view: &FactView,
    fact_value: &Value,
    fact: &Fact,
    size: (u32, u32),
    wrap: usize,
) -> Value {
    // The picture fills its canvas: the number large, the sentence, the
    // public's estimate beside the figure as bars where a survey measured it,
    // and the source line with its certainty.
    let square = size.1 > size.0 * 3 / 4;
    let (big_size, font_size, wrap) = if square { (240, 56, wrap - 4) } else { (132, 40, wrap + 8) };
    let lines = crate::present::wrap(&view.sentence, wrap);
    let (lines, font_size) = if lines.len() > 5 {
        (crate::present::wrap(&view.sentence, wrap * 5 / 4), font_size * 4 / 5)
    } else {
        (lines, font_size)
    };
    let line_height = font_size + font_size / 4;
    let big_y = if square { 400 } else { 250 };
    let lines_y = big_y + 40 + font_size;
    // Square: the bars below the sentence; wide: beside the big number.
    let bars_y = if square { lines_y + lines.len() as u32 * line_height + 10 } else { 110 };
    let bars_left: u32 = if square { 64 } else { 480 };
    let estimate = match (&fact.estimate, &view.estimate.figure) {
        (Estimate::Measured { figure, .. }, Some(shown)) if fact.actual.unit == crate::normalize::Unit::Percent => {
            Some((figure.value, shown.value_text.clone()))
        }
        _ => None,
    };
    let judged = fact.compared.as_ref().unwrap_or(&fact.actual);
    let span = f64::from(size.0 - bars_left - 64 - 120);
    let bar = |v: f64| (v.clamp(0.0, 100.0) / 100.0 * span * 10.0).round() / 10.0;
    let source = crate::present::wrap(&view.chart_source.join(" "), if square { 56 } else { 80 });
    context! {
        lang => lang,
        width => size.0,
        height => size.1,
        lines => lines,
        font_size => font_size,
        line_height => line_height,
        big_size => big_size,
        big_y => big_y,
        lines_y => lines_y,
        bars => estimate.map(|(value, text)| context! {
            y => bars_y,
            estimate_width => bar(value),
            estimate_text => text,
            actual_width => bar(judged.value),
            span => span,
        }),
        source => source,
        fact => fact_value.clone(),
        start_x => if rtl { size.0 - 64 } else { 64 },
        end_x => if rtl { 64 } else { size.0 - 64 },
        bar_x => if rtl { size.0 - bars_left } else { bars_left },
        label_x => if rtl { size.0 - bars_left } else { bars_left },
        start_anchor => if rtl { "end" } else { "start" },
        end_anchor => if rtl { "start" } else { "end" },
        rtl => rtl,
        font_family => if rtl { "Noto Sans Arabic, Noto Sans" } else { "Noto Sans, Noto Sans Arabic" },
        isolate => if rtl { "\u{2067}" } else { "" },
        isolate_end => if rtl { "\u{2069}" } else { "" },
    }
}

/// The oEmbed response of a card (type `rich`), pre-built so a static host serves it.
fn oembed(card: &cards::CardView, card_url: &str, snippet: &str, base_url: &str) -> Vec<u8> {
    let doc = serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "title": card.sentence,
        "provider_name": "factgap",
        "provider_url": base_url,
        "html": snippet,
        "width": cards::EMBED_WIDTH,
        "height": cards::EMBED_HEIGHT,
        "thumbnail_url": format!("{card_url}image.png"),
        "thumbnail_width": SOCIAL_SIZE.0,
        "thumbnail_height": SOCIAL_SIZE.1,
        "cache_age": 86400,
    });
    // `<`, `>` and `&` as JSON escapes: the same values, and no markup in the file.
    let text = serde_json::to_string_pretty(&doc).expect("oEmbed serializes");
    let text = text.replace('&', "\\u0026").replace('<', "\\u003c").replace('>', "\\u003e");
    (text + "\n").into_bytes()
}
