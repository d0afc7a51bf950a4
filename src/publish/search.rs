//! Site search that works on a static host: a Pagefind index built in-process
//! from the pages just rendered (only those marked `data-pagefind-body`), one
//! index per page language, written under `pagefind/`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("building the search index: {0}")]
    Index(String),
}

/// One page to index: its URL path as served (e.g. `/facts/x/`), the language
/// Pagefind will read from it, and where its HTML is.
pub struct Page {
    pub url: String,
    language: Option<String>,
    html: Html,
}

enum Html {
    /// Held, as Pagefind will read it.
    Held(String),
    /// Written to this file: read and cut when it is indexed, so a site's pages
    /// are not all held in memory until the index is built.
    File(PathBuf),
}

impl Page {
    /// The page at `url`, trimmed to what its index entry is made of (see [`what_pagefind_reads`]).
    pub fn new(url: String, html: &str) -> Page {
        let cut = what_pagefind_reads(html).unwrap_or_else(|| html.to_string());
        Page { url, language: page_language(html), html: Html::Held(cut) }
    }

    /// The page at `url` whose `html` was written to `file`: indexed as [`Page::new`]
    /// would index it, read again when its turn comes.
    pub fn written(url: String, html: &str, file: PathBuf) -> Page {
        Page { url, language: page_language(html), html: Html::File(file) }
    }

    /// The page whole, as served: what a trimmed page is tested against.
    pub fn whole(url: String, html: String) -> Page {
        Page { url, language: page_language(&html), html: Html::Held(html) }
    }

    /// The HTML Pagefind reads.
    fn html(self) -> Result<String, SearchError> {
        match self.html {
            Html::Held(html) => Ok(html),
            Html::File(path) => {
                let html = crate::files::read_to_string(&path).map_err(|e| SearchError::Index(e.to_string()))?;
                Ok(what_pagefind_reads(&html).unwrap_or(html))
            }
        }
    }
}

/// A page cut to the parts its index entry is made of: the `<html>` tag (the
/// page's language), the `<title>` and the `<main>` element Pagefind indexes
/// (`data-pagefind-body`). About half of a fact page is the head, navigation
/// and footer, which Pagefind parses and drops: cut, the index is read in less
/// time and memory and is byte for byte the same (a test holds it to the
/// index of the whole pages). `None`, and the whole page is read, when
/// anything outside `<main>` could reach the index: an `id` (Pagefind numbers
/// anchors across the page), an `<h1>` or `<img>` (title and image), a
/// `data-pagefind-` attribute, or no single `<main>`.
pub fn what_pagefind_reads(html: &str) -> Option<String> {
    let start = html.find("<main")?;
    let end = html.rfind("</main>")? + "</main>".len();
    if end < start || html[start + 1..].contains("<main") {
        return None;
    }
    let (before, main, after) = (&html[..start], &html[start..end], &html[end..]);
    let reaches_index = |part: &str| ["id=", "<h1", "<img", "data-pagefind"].iter().any(|m| part.contains(m));
    if reaches_index(before) || reaches_index(after) {
        return None;
    }
    let html_tag = before.find("<html").and_then(|i| before[i..].find('>').map(|j| &before[i..=i + j]))?;
    let title = match (before.find("<title"), before.find("</title>")) {
        (Some(i), Some(j)) if i < j => &before[i..j + "</title>".len()],
        _ => "",
    };
    let mut page = String::with_capacity(html_tag.len() + title.len() + main.len() + 40);
    for part in [html_tag, "<head>", title, "</head><body>", main, "</body></html>"] {
        page.push_str(part);
    }
    Some(page)
}

/// The index's files, relative to the bundle folder, in a stable order.
///
/// Pagefind indexes each language on its own (its own page numbers, its own
/// files), so each language is handed to its own Pagefind instance, one after
/// the other, and only `pagefind-entry.json`, which lists them all, is merged:
/// the files are those one instance would write for every language, while
/// memory holds one language's index at a time and Pagefind's per-page search
/// of the pages it holds stays short. A page whose language cannot be read
/// from its `<html>` tag (Pagefind would merge it into the main language)
/// sends every page to one instance.
pub fn index(pages: Vec<Page>) -> Result<Vec<(PathBuf, Vec<u8>)>, SearchError> {
    if pages.iter().any(|page| page.language.is_none()) {
        return index_in_one(pages);
    }
    let mut by_language: BTreeMap<String, Vec<Page>> = BTreeMap::new();
    for page in pages {
        by_language.entry(page.language.clone().unwrap_or_default()).or_default().push(page);
    }
    let mut files: BTreeMap<PathBuf, Vec<u8>> = BTreeMap::new();
    let mut entries = Vec::new();
    for (lang, pages) in by_language {
        for (name, bytes) in index_in_one(pages)? {
            if name == Path::new(ENTRY) {
                entries.push((lang.clone(), bytes));
            } else if let Some(existing) = files.get(&name) {
                if *existing != bytes {
                    return Err(SearchError::Index(format!(
                        "`{}` differs between the languages' indexes (from {lang})",
                        name.display()
                    )));
                }
            } else {
                files.insert(name, bytes);
            }
        }
    }
    if !entries.is_empty() {
        files.insert(PathBuf::from(ENTRY), merged_entry(&entries)?);
    }
    Ok(files.into_iter().collect())
}

/// The file that lists every language's index.
const ENTRY: &str = "pagefind-entry.json";

/// One `pagefind-entry.json` listing the languages of all of `entries`, as
/// Pagefind writes it for them together: the same fields, the languages by name.
fn merged_entry(entries: &[(String, Vec<u8>)]) -> Result<Vec<u8>, SearchError> {
    let parse = |(lang, bytes): &(String, Vec<u8>)| {
        serde_json::from_slice::<serde_json::Value>(bytes)
            .map_err(|e| SearchError::Index(format!("{ENTRY} of {lang}: {e}")))
    };
    let mut merged = parse(&entries[0])?;
    let mut languages: BTreeMap<String, serde_json::Value> = BTreeMap::new();
    for entry in entries {
        let mut value = parse(entry)?;
        let listed = value.get_mut("languages").and_then(|l| l.as_object_mut()).map(std::mem::take);
        let Some(listed) = listed else {
            return Err(SearchError::Index(format!("{ENTRY} of {}: no `languages`", entry.0)));
        };
        for (key, field) in value.as_object().into_iter().flatten() {
            if key != "languages" && merged.get(key) != Some(field) {
                return Err(SearchError::Index(format!("{ENTRY}: `{key}` differs between languages ({})", entry.0)));
            }
        }
        languages.extend(listed);
    }
    merged["languages"] = serde_json::Value::Object(languages.into_iter().collect());
    serde_json::to_vec(&merged).map_err(|e| SearchError::Index(format!("{ENTRY}: {e}")))
}

/// The language Pagefind reads from a page: its `<html>` tag's `lang`, lower-cased.
fn page_language(html: &str) -> Option<String> {
    let start = html.find("<html")?;
    let tag = &html[start..start + html[start..].find('>')?];
    let at = tag.match_indices("lang=").find(|(i, _)| tag[..*i].ends_with(char::is_whitespace))?.0 + "lang=".len();
    let quote = tag[at..].chars().next().filter(|q| *q == '"' || *q == '\'')?;
    let value = &tag[at + 1..];
    let lang = &value[..value.find(quote)?];
    (!lang.trim().is_empty()).then(|| lang.to_lowercase())
}

/// All of `pages` in one Pagefind instance, every language together: what
/// [`index`] is tested against.
pub fn index_in_one(pages: Vec<Page>) -> Result<Vec<(PathBuf, Vec<u8>)>, SearchError> {
    let fail = |e: anyhow::Error| SearchError::Index(format!("{e:#}"));
    // Pagefind is async; it gets a runtime of its own for the length of the build.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| SearchError::Index(e.to_string()))?;
    runtime.block_on(async {
        let config = pagefind::options::PagefindServiceConfig::builder().keep_index_url(true).build();
        let mut index = pagefind::api::PagefindIndex::new(Some(config)).map_err(fail)?;
        let started = std::time::Instant::now();
        let count = pages.len();
        for page in pages {
            let url = page.url.clone();
            index.add_html_file(None, Some(url), page.html()?).await.map_err(fail)?;
        }
        tracing::debug!(pages = count, elapsed = ?started.elapsed(), "search: pages read");
        let started = std::time::Instant::now();
        let mut files: Vec<(PathBuf, Vec<u8>)> =
            index.get_files().await.map_err(fail)?.into_iter().map(|f| (f.filename, f.contents)).collect();
        files.sort_by(|a, b| a.0.cmp(&b.0));
        tracing::debug!(files = files.len(), elapsed = ?started.elapsed(), "search: index built");
        Ok(files)
    })
}

#[cfg(test)]
mod tests {
    use super::{page_language, what_pagefind_reads};

    #[test]
    fn a_page_language_is_read_from_its_html_tag_as_pagefind_reads_it() {
        assert_eq!(page_language("<!doctype html><html lang=\"AR\" dir=\"rtl\"><body>").as_deref(), Some("ar"));
        assert_eq!(page_language("<html dir='ltr' lang='de'>").as_deref(), Some("de"));
        assert_eq!(page_language("<html xml:lang=\"de\">"), None);
        assert_eq!(page_language("<html lang=\"\">"), None);
        assert_eq!(page_language("<html><body lang=\"de\">"), None);
    }

    const PAGE: &str = "<!doctype html><html lang=\"de\" dir=\"ltr\"><head><meta charset=\"utf-8\"><title>Fakt</title><style>p{}</style></head><body><nav><a href=\"/\">factgap</a></nav><main class=\"fact\" data-pagefind-body><h1 id=\"t\">Fakt</h1><p>Text</p></main><footer>Quelle</footer></body></html>";

    #[test]
    fn a_page_is_cut_to_its_html_tag_title_and_main() {
        assert_eq!(
            what_pagefind_reads(PAGE).unwrap(),
            "<html lang=\"de\" dir=\"ltr\"><head><title>Fakt</title></head><body><main class=\"fact\" data-pagefind-body><h1 id=\"t\">Fakt</h1><p>Text</p></main></body></html>"
        );
    }

    #[test]
    fn a_page_with_anything_outside_main_that_reaches_the_index_is_read_whole() {
        for (from, to) in [
            ("<nav>", "<nav id=\"n\">"),
            ("<footer>", "<footer><img src=\"x.png\" alt=\"\">"),
            ("<nav>", "<h1>Titel</h1><nav>"),
            ("<footer>", "<footer data-pagefind-meta=\"x:y\">"),
            ("</main>", "</main><main>"),
            ("<main class=\"fact\" data-pagefind-body>", "<div>"),
        ] {
            let page = PAGE.replacen(from, to, 1);
            assert_eq!(what_pagefind_reads(&page), None, "{to}");
        }
    }
}
