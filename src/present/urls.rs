//! Every address on the site, in one place. Each function gives an address
//! relative to the site's root (a folder ends in `/`); a caller puts the base
//! URL in front for a permalink, or the served path for the search index.
//! Templates reach [`slug`] as the `slug` filter.

/// URL-friendly form of a code: `population_share` → `population-share`, `EU27_2020` → `eu27-2020`.
pub fn slug(code: &str) -> String {
    code.to_lowercase().replace('_', "-")
}

/// Where a language's pages are: the first language at the root, the others under `<lang>/`.
pub fn language_prefix(first: bool, lang: &str) -> String {
    if first { String::new() } else { format!("{lang}/") }
}

/// A fact's page in a language (`prefix` from [`language_prefix`]).
pub fn fact(prefix: &str, id: &str) -> String {
    format!("{prefix}facts/{id}/")
}

/// A topic's page.
pub fn topic(prefix: &str, code: &str) -> String {
    format!("{prefix}topics/{}/", slug(code))
}

/// A place's page.
pub fn place(prefix: &str, geo: &str) -> String {
    format!("{prefix}places/{}/", slug(geo))
}

/// A briefing's page in the archive.
pub fn briefing(prefix: &str, month: &str) -> String {
    format!("{prefix}briefings/{month}/")
}

/// A fact's card in a language: the latest figure (its embed page, oEmbed and images beside it).
pub fn card(id: &str, lang: &str) -> String {
    format!("cards/{id}/{lang}/")
}

/// A fact's language chooser for cards.
pub fn card_chooser(id: &str) -> String {
    format!("cards/{id}/")
}

/// A card as it was pinned in `month`: frozen, for embeds that must not change.
pub fn pinned_card(month: &str, id: &str, lang: &str) -> String {
    format!("cards/v/{month}/{id}/{lang}/")
}

/// A download under `data/`.
pub fn data(name: &str) -> String {
    format!("data/{name}")
}

/// The path part of the base URL, ending in `/`: where the site is served from.
pub fn served_path(base_url: &str) -> String {
    let rest = base_url.split_once("://").map_or(base_url, |(_, r)| r);
    let path = rest.find('/').map_or("/", |i| &rest[i..]);
    if path.ends_with('/') { path.to_string() } else { format!("{path}/") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses() {
        assert_eq!(slug("EU27_2020"), "eu27-2020");
        assert_eq!(topic("de/", "population_share"), "de/topics/population-share/");
        assert_eq!(place("", "EU27_2020"), "places/eu27-2020/");
        assert_eq!(pinned_card("2026-11", "x-de", "ar"), "cards/v/2026-11/x-de/ar/");
        assert_eq!(served_path("https://example.org/factgap"), "/factgap/");
        assert_eq!(served_path("https://example.org"), "/");
    }
}
