//! Site search that works on a static host: a Pagefind index built in-process
//! from the pages just rendered (only those marked `data-pagefind-body`), one
//! index per page language, written under `pagefind/`.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("building the search index: {0}")]
    Index(String),
}

/// One page to index: its URL path as served (e.g. `/facts/x/`) and its HTML.
pub struct Page {
    pub url: String,
    pub html: String,
}

/// The index's files, relative to the bundle folder, in a stable order.
pub fn index(pages: Vec<Page>) -> Result<Vec<(PathBuf, Vec<u8>)>, SearchError> {
    let fail = |e: anyhow::Error| SearchError::Index(format!("{e:#}"));
    // Pagefind is async; it gets a runtime of its own for the length of the build.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| SearchError::Index(e.to_string()))?;
    runtime.block_on(async {
        let config = pagefind::options::PagefindServiceConfig::builder().keep_index_url(true).build();
        let mut index = pagefind::api::PagefindIndex::new(Some(config)).map_err(fail)?;
        for page in pages {
            index.add_html_file(None, Some(page.url), page.html).await.map_err(fail)?;
        }
        let mut files: Vec<(PathBuf, Vec<u8>)> =
            index.get_files().await.map_err(fail)?.into_iter().map(|f| (f.filename, f.contents)).collect();
        files.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(files)
    })
}
