//! Language-neutral card files: each fact's card language chooser, and the
//! pinned cards (`cards/v/<YYYY-MM>/…`): those frozen in an earlier month stay
//! as they were; a fact or language seen for the first time this month is
//! frozen now.

use super::shared::{Collected, Site};
use crate::files;
use crate::present::urls;
use crate::publish::{PublishError, cards};
use crate::run::parallel;
use crate::state::Durable;
use minijinja::context;
use minijinja::value::{Serde, Value};

/// Writes the choosers and every month's pinned cards; returns this month's
/// cards when some were frozen for the first time, to save once the site is live.
pub(super) fn write(site: &Site, out: &mut Collected) -> Result<Option<(String, cards::CardsByFact)>, PublishError> {
    let first_language = &site.languages[0];
    let chooser_script = Script::load(site, "cards/chooser.js")?;
    let card_script = Script::load(site, "cards/card.js")?;
    let names: Vec<(String, String, String)> =
        site.languages_links.iter().map(|l| (l.code.clone(), l.name.clone(), l.dir.clone())).collect();
    let facts: Vec<_> = out.cards.iter().collect();
    parallel::map(
        &facts,
        site.input.cancel,
        || PublishError::Cancelled,
        |(id, by_lang)| {
            let first = &by_lang[first_language];
            let html = site.render(
                "cards/chooser.html",
                context! {
                    lang => first_language, sentence => &first.sentence, languages => site.languages.to_vec(),
                    language_names => &names, script => chooser_script.text.clone(), csp_script => chooser_script.csp.clone(),
                },
            )?;
            Ok(files::write(&site.dir.join(format!("{}index.html", urls::card_chooser(id))), html)?)
        },
    )?;
    out.files += out.cards.len();

    let pinned = cards::load_pinned(&Durable::at(site.input.out_dir))
        .map_err(|e| PublishError::Data { what: "pinned cards", message: e.to_string() })?;
    let month = &site.month;
    let mut month_cards = pinned.get(month).cloned().unwrap_or_default();
    let mut newly_pinned = false;
    for (id, by_lang) in &out.cards {
        for (lang, card) in by_lang {
            month_cards.entry(id.clone()).or_default().entry(lang.clone()).or_insert_with(|| {
                newly_pinned = true;
                card.clone()
            });
        }
    }
    let mut months: Vec<(&str, &cards::CardsByFact)> =
        pinned.iter().filter(|(m, _)| *m != month).map(|(m, c)| (m.as_str(), c)).collect();
    months.push((month, &month_cards));
    let pins: Vec<(&str, &String, &String, &cards::CardView)> = months
        .into_iter()
        .flat_map(|(month, cards_of_month)| {
            cards_of_month.iter().flat_map(move |(id, by_lang)| by_lang.iter().map(move |(l, c)| (month, id, l, &**c)))
        })
        .collect();
    let current = &out.cards;
    parallel::map(
        &pins,
        site.input.cancel,
        || PublishError::Cancelled,
        |&(pinned_month, id, lang, card)| {
            let latest = urls::card(id, lang);
            let newer = current
                .get(id)
                .and_then(|l| l.get(lang))
                .filter(|c| c.value != card.value || c.period != card.period)
                .map(|_| format!("{}{latest}", site.base_url));
            let address = urls::pinned_card(pinned_month, id, lang);
            let card_url = format!("{}{address}", site.base_url);
            let latest_url = format!("{}{latest}", site.base_url);
            let ctx = card_context(
                lang,
                site.catalog.numbering(lang),
                Value::from(Serde(card)),
                &card_url,
                &latest_url,
                &card_script,
                newer,
            );
            let html = site.render("cards/card.html", context! { pinned_month => pinned_month, ..ctx })?;
            Ok(files::write(&site.dir.join(format!("{address}index.html")), html)?)
        },
    )?;
    out.files += pins.len();
    Ok(newly_pinned.then(|| (month.clone(), month_cards)))
}

/// A page's inline script and its hash for the page's Content-Security-Policy,
/// read and hashed once a build rather than once a page.
/// Both are template values, shared by every page rather than copied into each.
pub(super) struct Script {
    pub(super) text: Value,
    pub(super) csp: Value,
}

impl Script {
    pub(super) fn load(site: &Site, name: &str) -> Result<Script, PublishError> {
        let text = files::read_to_string(&site.templates.join(name))?;
        Ok(Script { csp: Value::from(cards::csp_hash(&text)), text: Value::from(text) })
    }
}

/// A card page's context; `latest_url` is where its oEmbed response lives
/// (a pinned card points to the latest card's).
pub(super) fn card_context(
    lang: &str,
    numbering: &str,
    card: Value,
    card_url: &str,
    latest_url: &str,
    script: &Script,
    newer: Option<String>,
) -> Value {
    context! {
        lang => lang,
        card => card,
        card_url => card_url,
        latest_url => latest_url,
        numbering => numbering,
        script => script.text.clone(),
        csp_script => script.csp.clone(),
        bar_span => cards::BAR_SPAN,
        newer_url => newer,
        pinned_month => Value::UNDEFINED,
    }
}
