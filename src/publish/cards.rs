//! Embeddable fact cards: one self-contained page per fact and language
//! (inline CSS, SVG and script; a Content-Security-Policy that allows nothing
//! else), its embed page and snippet, a pre-built oEmbed response, and its
//! images. Pinned cards (`cards/v/<YYYY-MM>/…`) are frozen copies of a month's
//! card views, kept in `output/state/cards/<YYYY-MM>.json` across runs and never
//! changed, but for a line saying when a newer figure exists.

use crate::compare::{Estimate, Fact};
use crate::files::{self, FileError};
use crate::normalize::Unit;
use crate::present::views::FactView;
use crate::state::Durable;
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// The length of a full bar in the card's drawing (the card's script scales a guess with it).
pub const BAR_SPAN: f64 = 300.0;
/// The height an embed snippet asks for before the card reports its own: tall
/// enough for a card with a guess at a phone's width, so a host page that
/// strips scripts never clips the source line (the frame also scrolls).
pub const EMBED_HEIGHT: u32 = 760;
pub const EMBED_WIDTH: u32 = 600;

#[derive(Debug, thiserror::Error)]
pub enum CardError {
    #[error(transparent)]
    File(#[from] FileError),
    #[error("`{file}`: not a set of pinned cards ({message})")]
    Pinned { file: String, message: String },
}

/// What a card shows, frozen as-is into pinned copies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CardView {
    pub id: String,
    pub lang: String,
    pub dir: String,
    pub sentence: String,
    pub topic_label: String,
    pub place: String,
    /// The place inside a sentence ("in Germany"); cards pinned before it
    /// existed have none and show the bare place.
    #[serde(default)]
    pub in_place: String,
    pub value: f64,
    pub value_text: String,
    pub period: String,
    pub percent: bool,
    /// The public's measured estimate, where a survey gives one.
    pub estimate: Option<CardEstimate>,
    pub belief: String,
    pub myth_label: String,
    pub why: String,
    /// Whether the card names a myth: only where a belief was measured or
    /// reported (cards pinned before this rule existed show none).
    #[serde(default)]
    pub show_myth: bool,
    /// The finding where there is no myth ("the public estimated this about right").
    #[serde(default)]
    pub finding: Option<String>,
    /// The verdict in words, with its basis (the fact page's comparison line).
    #[serde(default)]
    pub verdict_line: Option<String>,
    /// When the figure is about another population than the belief, say so on the card too.
    #[serde(default)]
    pub population_note: Option<String>,
    pub source: String,
    /// How sure the figure is, in words.
    #[serde(default)]
    pub certainty_text: String,
    pub fact_url: String,
    /// The question a reader answers before the reveal (percent figures only).
    pub question: Option<String>,
    /// Bar geometry: the axis maximum, and the bars' widths.
    pub axis_max: f64,
    pub actual_width: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CardEstimate {
    pub value: f64,
    pub value_text: String,
    pub respondents: String,
    pub n_text: Option<String>,
    pub margin_text: Option<String>,
    /// `published`, `sample_size` or `assumed`: the card says which.
    pub margin_basis: Option<String>,
    pub width: f64,
}

/// The first sentence of a text: the card has room for one line.
pub fn first_sentence(text: &str) -> &str {
    let bytes = text.as_bytes();
    for (i, _) in text.match_indices(". ") {
        if bytes.get(i + 2).is_some_and(|b| b.is_ascii_uppercase()) {
            return &text[..=i];
        }
    }
    text
}

/// The language-specific texts a card needs beyond its fact page's view.
pub struct CardTexts<'a> {
    pub lang: &'a str,
    pub dir: &'a str,
    /// The claim's one-line "why", if it has one.
    pub why_short: Option<&'a str>,
    pub question: Option<String>,
    pub myth_label: String,
    pub fact_url: String,
    /// The caveat that the figure is about another population than the belief.
    pub population_note: Option<String>,
}

/// A card's view from its fact page's view.
pub fn card_view(fact: &Fact, view: &FactView, texts: CardTexts) -> CardView {
    let CardTexts { lang, dir, why_short, question, myth_label, fact_url, population_note } = texts;
    let percent = fact.actual.unit == Unit::Percent;
    let estimate = match (&fact.estimate, &view.estimate.figure) {
        (Estimate::Measured { figure, .. }, Some(shown)) => Some((figure.value, shown)),
        _ => None,
    };
    let largest = estimate.map_or(fact.actual.value, |(v, _)| v.max(fact.actual.value));
    // A zero or negative count still gets a drawable axis (and no NaN in the pinned JSON).
    let axis_max = if percent { 100f64.max(largest) } else { (largest * 1.1).max(1.0) };
    let width = |v: f64| ((v.clamp(0.0, axis_max) / axis_max * BAR_SPAN) * 10.0).round() / 10.0;
    CardView {
        id: view.id.clone(),
        lang: lang.to_string(),
        dir: dir.to_string(),
        sentence: view.sentence.clone(),
        topic_label: view.topic_label.clone(),
        place: view.place.clone(),
        in_place: view.in_place.clone(),
        value: fact.actual.value,
        value_text: view.actual.value_text.clone(),
        period: view.actual.period.clone(),
        percent,
        estimate: estimate.map(|(value, shown)| CardEstimate {
            value,
            value_text: shown.value_text.clone(),
            respondents: view.estimate.respondents_label.clone().unwrap_or_default(),
            n_text: shown.n_text.clone(),
            margin_text: view.estimate.margin_text.clone(),
            margin_basis: view.estimate.margin_basis.clone(),
            width: width(value),
        }),
        belief: view.belief.clone(),
        myth_label,
        why: why_short.map_or_else(|| first_sentence(&view.why).to_string(), str::to_string),
        show_myth: view.show_myth,
        finding: view.finding.clone(),
        // The benchmark goes with the verdict: a gap shown for natives too is innumeracy.
        verdict_line: view.show_myth.then(|| match &view.benchmark {
            Some(benchmark) => format!("{} {benchmark}", view.comparison),
            None => view.comparison.clone(),
        }),
        population_note,
        source: view.actual.source_title.clone(),
        certainty_text: view.actual.certainty_short.clone(),
        fact_url,
        question: question.filter(|_| percent),
        axis_max,
        actual_width: width(fact.actual.value),
    }
}

/// `'sha256-…'` of an inline script, for the card's Content-Security-Policy.
pub fn csp_hash(script: &str) -> String {
    let digest = Sha256::digest(script.as_bytes());
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest))
}

/// One month's cards: fact → language → view. Shared, not copied, between the
/// build's cards and the month's pins; and a map's node holds eleven values
/// inline, so a fact with one language would hold eleven cards' room.
pub type CardsByFact = BTreeMap<String, BTreeMap<String, std::sync::Arc<CardView>>>;

/// Pinned cards by month: `output/state/cards/<YYYY-MM>.json`.
pub type Pinned = BTreeMap<String, CardsByFact>;

pub fn load_pinned(state: &Durable) -> Result<Pinned, CardError> {
    let dir = state.card_pins();
    let mut pinned = Pinned::new();
    for file in files::list_files(&dir, "json")? {
        let month = file.file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
        let text = files::read_to_string(&file)?;
        let cards = serde_json::from_str(&text)
            .map_err(|e| CardError::Pinned { file: file.display().to_string(), message: e.to_string() })?;
        pinned.insert(month, cards);
    }
    Ok(pinned)
}

/// Writes this month's pinned cards: the caller adds cards seen for the first
/// time and never alters those already frozen.
pub fn pin_month(state: &Durable, month: &str, cards: &CardsByFact) -> Result<(), CardError> {
    let file = state.card_pins().join(format!("{month}.json"));
    if cards.is_empty() {
        return Ok(());
    }
    let json = serde_json::to_string_pretty(cards).expect("card views serialize") + "\n";
    files::write(&file, json)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_sentence_ends_before_the_next_capital() {
        assert_eq!(
            first_sentence("Jobs rise with time, e.g. after 5 years. A picture fails."),
            "Jobs rise with time, e.g. after 5 years."
        );
        assert_eq!(first_sentence("One line only"), "One line only");
    }

    #[test]
    fn the_csp_hash_is_base64_sha256() {
        assert_eq!(csp_hash(""), "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    }
}
