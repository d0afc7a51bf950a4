//! The presentation layer, between compare and the outputs: the message
//! catalogues and number formats ([`i18n`]), each fact's and source's words in a
//! language ([`views`]), chart geometry ([`charts`]) and the template environment.
//! The site, the cards and the briefing all build on it; none builds on another.

pub mod charts;
pub mod i18n;
pub mod urls;
pub mod views;

use crate::compare::Facts;
use crate::normalize::Normalized;
use crate::project::Project;
use chrono::{DateTime, Utc};
use i18n::{Arg, Catalog, I18nError};
use minijinja::value::{Kwargs, Value};
use minijinja::{Environment, State, UndefinedBehavior};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use views::{FactView, ViewContext};

/// The template environment: templates from the project's `templates/`,
/// HTML escaping for HTML, XML, Atom and SVG (none for text and Markdown),
/// strict undefined values, `t(key, ...)` for messages and `md` for
/// Markdown-escaping data.
pub fn environment(templates: &Path, catalog: Arc<Catalog>) -> Environment<'static> {
    let mut env = Environment::new();
    env.set_loader(minijinja::path_loader(templates));
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_auto_escape_callback(|name| match name.rsplit('.').next() {
        Some("html" | "htm" | "xml" | "atom" | "svg") => minijinja::AutoEscape::Html,
        _ => minijinja::AutoEscape::None,
    });
    // HTML escaping of the five characters that matter (not `/`, which
    // minijinja also escapes): permalinks in feeds and sitemaps stay readable.
    env.set_formatter(|out, state, value| {
        if matches!(state.auto_escape(), minijinja::AutoEscape::Html)
            && !value.is_safe()
            && let Some(text) = value.as_str()
        {
            // The text between two escapes is written in one piece.
            let mut from = 0;
            for (at, byte) in text.bytes().enumerate() {
                let escaped = match byte {
                    b'&' => "&amp;",
                    b'<' => "&lt;",
                    b'>' => "&gt;",
                    b'"' => "&quot;",
                    b'\'' => "&#39;",
                    _ => continue,
                };
                out.write_str(&text[from..at])?;
                out.write_str(escaped)?;
                from = at + 1;
            }
            return Ok(out.write_str(&text[from..])?);
        }
        minijinja::escape_formatter(out, state, value)
    });
    env.add_filter("slug", |code: String| urls::slug(&code));
    env.add_filter("md", |text: String| -> String {
        // Data shown in Markdown stays text: no link, emphasis or raw HTML.
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!') {
                out.push('\\');
            }
            out.push(c);
        }
        out
    });
    let dates = catalog.clone();
    env.add_filter("date", move |state: &State, value: Value| -> Result<String, minijinja::Error> {
        let lang = state.lookup("lang");
        let lang = lang.as_ref().and_then(Value::as_str).unwrap_or_default();
        dates
            .when(lang, &value.to_string())
            .map_err(|e| minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, e.to_string()))
    });
    let numbers = catalog.clone();
    env.add_filter(
        "num",
        move |state: &State, value: f64, decimals: Option<usize>| -> Result<String, minijinja::Error> {
            let lang = state.lookup("lang");
            let lang = lang.as_ref().and_then(Value::as_str).unwrap_or_default();
            numbers
                .number(lang, value, decimals.unwrap_or(1))
                .map_err(|e| minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, e.to_string()))
        },
    );
    env.add_function("t", move |state: &State, key: &str, kwargs: Kwargs| -> Result<String, minijinja::Error> {
        let lang = state.lookup("lang");
        let lang = lang.as_ref().and_then(Value::as_str).unwrap_or_default();
        let mut args: Vec<(String, Arg)> = Vec::new();
        for name in kwargs.args() {
            let value: Value = kwargs.get(name)?;
            let arg = match value.as_i64().map(|n| n as f64).or_else(|| f64::try_from(value.clone()).ok()) {
                Some(n) if !value.is_safe() && value.as_str().is_none() => Arg::Number(n),
                _ => Arg::Text(value.to_string()),
            };
            args.push((name.to_string(), arg));
        }
        let borrowed: Vec<(&str, Arg)> = args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        catalog
            .message(lang, key, &borrowed)
            .map_err(|e| minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, e.to_string()))
    });
    env
}

/// Every fact's view in every language, built once per run: the site, the
/// cards and the briefing read them from here rather than wording a fact again.
pub struct Presented {
    pub catalog: Arc<Catalog>,
    /// By language, then by fact id. Boxed: a map's node holds eleven values
    /// inline, and a view is large.
    views: BTreeMap<String, BTreeMap<String, Box<FactView>>>,
}

/// A fact that cannot be worded in some language (a place or population
/// without a message), with the first language's error.
pub type Unworded = (String, I18nError);

impl Presented {
    /// Words every fact in every configured language. A fact that cannot be
    /// worded in one of them is left out of all of them, with its reason, so one
    /// unexpected code never takes the whole site down.
    pub fn of(
        project: &Project,
        normalized: &Normalized,
        facts: &Facts,
        now: DateTime<Utc>,
    ) -> Result<(Presented, Vec<Unworded>), I18nError> {
        let languages = &project.config.site.languages;
        let catalog = Arc::new(Catalog::of_project(project)?);
        let mut views: BTreeMap<String, BTreeMap<String, Box<FactView>>> =
            languages.iter().map(|l| (l.clone(), BTreeMap::new())).collect();
        let mut unworded = Vec::new();
        // Each fact is worded on its own, so on every core; in compare's order.
        let never = crate::run::cancel::Cancel::default();
        let worded = crate::run::parallel::map(
            &facts.facts,
            &never,
            || unreachable!("never cancelled"),
            |fact| {
                let worded: Result<Vec<FactView>, I18nError> = languages
                    .iter()
                    .map(|lang| ViewContext { catalog: &catalog, lang, project, normalized, now }.fact(fact))
                    .collect();
                Ok::<_, std::convert::Infallible>(worded)
            },
        );
        let Ok(worded) = worded;
        for (fact, worded) in facts.facts.iter().zip(worded) {
            match worded {
                Ok(worded) => {
                    for (lang, view) in languages.iter().zip(worded) {
                        views.get_mut(lang).expect("every language has a map").insert(fact.id.clone(), Box::new(view));
                    }
                }
                Err(e) => unworded.push((fact.id.clone(), e)),
            }
        }
        Ok((Presented { catalog, views }, unworded))
    }

    /// A fact's view in a language; `None` for a fact left out as unworded.
    pub fn view(&self, lang: &str, id: &str) -> Option<&FactView> {
        self.views.get(lang)?.get(id).map(|view| &**view)
    }
}

/// Breaks `text` into lines of at most `width` characters at spaces (a longer
/// word gets a line of its own); SVG text does not wrap by itself.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_breaks_at_spaces_within_the_width() {
        assert_eq!(
            wrap("In 2024, 62.6% of people were employed", 16),
            ["In 2024, 62.6%", "of people were", "employed"]
        );
        assert_eq!(wrap("", 10), Vec::<String>::new());
    }
}
