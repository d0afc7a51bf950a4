//! Zenodo records (`/api/records/{id}` or a search, `/api/records?q=…`):
//! title, DOI, publication date and files of each publication, so the site's
//! citations of FOCUS stay current.

use serde::Serialize;
use serde_json::Value;

/// One publication as Zenodo describes it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Publication {
    pub title: String,
    pub doi: Option<String>,
    pub publication_date: Option<String>,
    pub url: Option<String>,
    pub files: Vec<PublicationFile>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublicationFile {
    pub key: String,
    pub size: Option<u64>,
    pub url: Option<String>,
}

/// Publications in a record or a search response, newest first.
pub fn parse(bytes: &[u8]) -> Result<Vec<Publication>, String> {
    let root: Value = serde_json::from_slice(bytes).map_err(|e| format!("not JSON: {e}"))?;
    let records: Vec<&Value> = match root.pointer("/hits/hits").and_then(Value::as_array) {
        Some(hits) => hits.iter().collect(),
        None if root.get("metadata").is_some() => vec![&root],
        None => return Err("neither a Zenodo record ($.metadata) nor a search result ($.hits.hits)".into()),
    };
    let mut out = Vec::new();
    for (i, record) in records.iter().enumerate() {
        let at = format!("record {i}");
        let metadata = record.get("metadata").ok_or(format!("{at}: no metadata"))?;
        let title = metadata.get("title").and_then(Value::as_str).ok_or(format!("{at}: metadata.title is missing"))?;
        let text = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_string);
        // Links from a response are data: only web addresses, never `javascript:` or `data:`.
        let link = |v: Option<&Value>| text(v).filter(|u| u.starts_with("https://") || u.starts_with("http://"));
        let files = record
            .get("files")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|f| {
                Some(PublicationFile {
                    key: text(f.get("key"))?,
                    size: f.get("size").and_then(Value::as_u64),
                    url: link(f.pointer("/links/self")).or_else(|| link(f.pointer("/links/download"))),
                })
            })
            .collect();
        out.push(Publication {
            title: title.trim().to_string(),
            doi: text(record.get("doi")).or_else(|| text(metadata.get("doi"))),
            publication_date: text(metadata.get("publication_date")),
            url: link(record.pointer("/links/html")).or_else(|| link(record.get("doi_url"))),
            files,
        });
    }
    out.sort_by(|a, b| b.publication_date.cmp(&a.publication_date).then_with(|| a.title.cmp(&b.title)));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_that_are_not_web_addresses_are_dropped() {
        let json = br#"{"metadata":{"title":"T"},"links":{"html":"javascript:alert(1)"},"files":[{"key":"a.csv","links":{"self":"data:text/csv,1"}}]}"#;
        let p = parse(json).unwrap();
        assert_eq!(p[0].url, None);
        assert_eq!(p[0].files[0].url, None);
    }

    #[test]
    fn a_search_result_lists_publications_with_dois_and_files() {
        let json = br#"{"hits":{"total":1,"hits":[{"id":1,"doi":"10.5281/zenodo.1","links":{"html":"https://zenodo.org/records/1"},
            "metadata":{"title":"Test record","publication_date":"2022-01-31"},
            "files":[{"key":"tables.csv","size":12,"links":{"self":"https://zenodo.org/api/records/1/files/tables.csv/content"}}]}]}}"#;
        let p = parse(json).unwrap();
        assert_eq!(p[0].title, "Test record");
        assert_eq!(p[0].doi.as_deref(), Some("10.5281/zenodo.1"));
        assert_eq!(p[0].files[0].key, "tables.csv");
    }
}
