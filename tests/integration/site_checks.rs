//! The site checker: `tests/browser/check-site.mjs` (Node) serves a built site on
//! 127.0.0.1 and reports what the Nu Html Checker, axe-core in Debian's Chromium,
//! a JavaScript-less load and a link walk find. Tests call [`check_site`] and read
//! the [`SiteReport`], or demand none of it with [`SiteReport::assert_clean`].
//! The harness needs `npm ci --prefix tests/browser` (bash .ci/run does this),
//! Chromium at /usr/bin/chromium and Java.

use crate::tools;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The longest a browser harness may take before the test stops it and fails.
pub const HARNESS_LIMIT: Duration = Duration::from_secs(600);

/// What `check-site.mjs` printed: every finding, grouped by check.
#[derive(Debug, Clone, Deserialize)]
pub struct SiteReport {
    /// Nu Html Checker errors, over every HTML (and SVG) file of the site.
    pub vnu_errors: Vec<VnuMessage>,
    /// Nu Html Checker warnings: informative, not a finding of `assert_clean`.
    pub vnu_warnings: Vec<VnuMessage>,
    /// axe-core violations per checked page; the dark-mode pass is keyed `"<page> dark"`.
    pub axe: BTreeMap<String, Vec<AxeViolation>>,
    /// Requests a checked page made (or tried) to any origin other than the local server.
    pub foreign_requests: Vec<ForeignRequest>,
    /// alert/confirm/prompt dialogs a checked page opened.
    pub dialogs: Vec<PageMessage>,
    /// Uncaught exceptions, console errors, failed local requests, failed navigations.
    pub page_errors: Vec<PageMessage>,
    /// Checked pages that show no text with JavaScript off.
    pub no_js_empty: Vec<String>,
    /// Internal links (and `#fragments`) of every HTML file that lead nowhere.
    pub broken_links: Vec<BrokenLink>,
    /// Links to other hosts (and mailto: and the like): counted, never fetched.
    pub external_links: usize,
    pub pages_checked: usize,
    pub html_files: usize,
    /// The checked site folder.
    #[serde(skip)]
    pub site: PathBuf,
}

#[derive(Debug, Clone, Deserialize)]
pub struct VnuMessage {
    /// Path relative to the site folder.
    pub file: String,
    pub line: Option<u64>,
    pub column: Option<u64>,
    pub message: String,
    pub extract: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct AxeViolation {
    pub id: String,
    pub impact: Option<String>,
    pub help: String,
    pub nodes_total: usize,
    /// The first affected nodes (at most 25).
    pub nodes: Vec<AxeNode>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct AxeNode {
    pub target: Vec<String>,
    pub html: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ForeignRequest {
    pub page: String,
    pub url: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct PageMessage {
    pub page: String,
    pub message: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct BrokenLink {
    pub file: String,
    pub href: String,
    pub reason: String,
}

/// Runs `node tests/browser/check-site.mjs --site <site> --pages <pages> [--axe-dark]` from the
/// repository root. `pages` are site-relative (`index.html`, `sources/index.html`); they are opened
/// in Chromium, while validation and the link walk cover every HTML file. `dark` runs axe a second
/// time with `prefers-color-scheme: dark`. Panics when the harness itself cannot run.
pub fn check_site(site: &Path, pages: &[&str], dark: bool) -> SiteReport {
    let site = std::fs::canonicalize(site).unwrap_or_else(|e| panic!("site folder {}: {e}", site.display()));
    let mut cmd = tools::node_harness("check-site.mjs");
    cmd.arg("--site").arg(&site).arg("--pages").arg(pages.join(","));
    if dark {
        cmd.arg("--axe-dark");
    }
    let out = tools::output_within(&mut cmd, HARNESS_LIMIT, "the site checker (tests/browser/check-site.mjs)");
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        panic!("the site checker failed ({}):\n{stderr}", out.status);
    }
    let mut report: SiteReport = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("the site checker printed no report ({e}):\n{}\n{stderr}", String::from_utf8_lossy(&out.stdout))
    });
    report.site = site;
    report
}

impl SiteReport {
    /// Every finding, one readable line each (vnu warnings and external links are not findings).
    pub fn findings(&self) -> Vec<String> {
        let mut out = Vec::new();
        for m in &self.vnu_errors {
            let at = match (m.line, m.column) {
                (Some(l), Some(c)) => format!(":{l}:{c}"),
                (Some(l), None) => format!(":{l}"),
                _ => String::new(),
            };
            let extract = m.extract.as_deref().map(|e| format!(" in `{}`", one_line(e))).unwrap_or_default();
            out.push(format!("HTML validation: {}{at}: {}{extract}", m.file, m.message));
        }
        for (page, violations) in &self.axe {
            for v in violations {
                let impact = v.impact.as_deref().unwrap_or("no impact given");
                let nodes: Vec<String> =
                    v.nodes.iter().map(|n| format!("{} `{}`", n.target.join(", "), one_line(&n.html))).collect();
                let more = v.nodes_total.saturating_sub(v.nodes.len());
                let more = if more > 0 { format!("; and {more} more") } else { String::new() };
                out.push(format!(
                    "accessibility (axe) on {page}: {} ({impact}): {} — {} node(s): {}{more}",
                    v.id,
                    v.help,
                    v.nodes_total,
                    nodes.join("; ")
                ));
            }
        }
        for r in &self.foreign_requests {
            out.push(format!("foreign request from {}: {}", r.page, r.url));
        }
        for d in &self.dialogs {
            out.push(format!("dialog on {}: {}", d.page, d.message));
        }
        for e in &self.page_errors {
            out.push(format!("page error on {}: {}", e.page, e.message));
        }
        for page in &self.no_js_empty {
            out.push(format!("no text without JavaScript: {page}"));
        }
        for l in &self.broken_links {
            out.push(format!("broken link in {}: {} ({})", l.file, l.href, l.reason));
        }
        out
    }

    /// `Err` with every finding listed, one a line, when there is any.
    pub fn clean(&self) -> Result<(), String> {
        let findings = self.findings();
        if findings.is_empty() {
            return Ok(());
        }
        Err(format!(
            "the site check of {} found {} problem(s) ({} HTML files, {} pages in Chromium, {} validator warnings not counted):\n  {}",
            self.site.display(),
            findings.len(),
            self.html_files,
            self.pages_checked,
            self.vnu_warnings.len(),
            findings.join("\n  ")
        ))
    }

    /// Panics listing every finding when there is any.
    pub fn assert_clean(&self) {
        if let Err(message) = self.clean() {
            panic!("{message}");
        }
    }

    /// The ids of the axe violations on `key` (`"<page>"` or `"<page> dark"`).
    pub fn axe_ids(&self, key: &str) -> Vec<&str> {
        self.axe.get(key).map(|v| v.iter().map(|v| v.id.as_str()).collect()).unwrap_or_default()
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

const BROKEN_PAGE: &str = r##"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Broken</title>
<link rel="stylesheet" href="https://fonts.example.com/x.css">
</head>
<body>
<main>
<h1 id="dup">Broken</h1>
<p id="dup">A duplicate id and a stray end tag.</p>
</div>
<img src="x.png">
<p><a href="missing.html">Missing</a> <a href="#nowhere">Nowhere</a> <a href="index.html#fine">Fine</a></p>
<script>alert(1)</script>
</main>
</body>
</html>
"##;

/// Shows its text only through JavaScript, then throws.
const SCRIPTED_PAGE: &str = r##"<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Scripted</title></head>
<body><main id="m"></main>
<script>document.getElementById("m").textContent = "Only with JavaScript"; null.x;</script>
</body>
</html>
"##;

const CLEAN_PAGE: &str = r##"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Clean</title>
<style>
body { color: #111; background: #fff; }
a { color: #0645ad; }
@media (prefers-color-scheme: dark) {
  body { color: #eee; background: #111; }
  a { color: #8cb4ff; }
}
</style>
</head>
<body>
<main>
<h1 id="fine">Clean</h1>
<p>Nothing is wrong here. <a href="#fine">Back to the heading</a>, <a href="./">this page again</a>,
<a href="https://example.org/">an external site</a>.</p>
</main>
</body>
</html>
"##;

#[test]
fn the_harness_reports_what_a_broken_site_has() {
    let dir = tempfile::tempdir().unwrap();
    let broken_site = dir.path().join("broken");
    let clean_site = dir.path().join("clean");
    for site in [&broken_site, &clean_site] {
        std::fs::create_dir_all(site).unwrap();
        std::fs::write(site.join("index.html"), CLEAN_PAGE).unwrap();
    }
    std::fs::write(broken_site.join("broken.html"), BROKEN_PAGE).unwrap();
    std::fs::write(broken_site.join("scripted.html"), SCRIPTED_PAGE).unwrap();

    let report = check_site(&broken_site, &["broken.html", "scripted.html", "index.html"], false);
    let dump = format!("{report:#?}");
    assert_eq!((report.html_files, report.pages_checked), (3, 3), "{dump}");

    // Each planted fault is reported, and only on the broken page.
    let invalid: Vec<&str> =
        report.vnu_errors.iter().filter(|m| m.file == "broken.html").map(|m| m.message.as_str()).collect();
    assert!(invalid.iter().any(|m| m.contains("Duplicate ID")), "{dump}");
    assert!(invalid.iter().any(|m| m.contains("Stray end tag")), "{dump}");
    assert!(report.axe_ids("broken.html").contains(&"image-alt"), "{dump}");
    assert!(
        report.foreign_requests.iter().any(|r| r.page == "broken.html" && r.url == "https://fonts.example.com/x.css"),
        "{dump}"
    );
    assert!(report.dialogs.iter().any(|d| d.page == "broken.html" && d.message.contains('1')), "{dump}");
    let broken_hrefs: Vec<&str> =
        report.broken_links.iter().filter(|l| l.file == "broken.html").map(|l| l.href.as_str()).collect();
    assert!(broken_hrefs.contains(&"missing.html"), "{dump}");
    assert!(broken_hrefs.contains(&"#nowhere"), "{dump}");
    assert!(!broken_hrefs.contains(&"index.html#fine"), "an existing fragment is no broken link: {dump}");
    assert_eq!(report.no_js_empty, ["scripted.html"], "{dump}");
    assert!(
        report.page_errors.iter().any(|e| e.page == "scripted.html" && e.message.starts_with("uncaught:")),
        "{dump}"
    );
    // The missing image is a failed local load too.
    assert!(report.page_errors.iter().any(|e| e.page == "broken.html" && e.message.contains("x.png")), "{dump}");

    // The clean page, in the same run, has none of it.
    assert!(report.vnu_errors.iter().all(|m| m.file != "index.html"), "{dump}");
    assert_eq!(report.axe_ids("index.html"), Vec::<&str>::new(), "{dump}");
    assert!(report.foreign_requests.iter().all(|r| r.page != "index.html"), "{dump}");
    assert!(report.dialogs.iter().chain(&report.page_errors).all(|m| m.page != "index.html"), "{dump}");
    assert!(report.broken_links.iter().all(|l| l.file != "index.html"), "{dump}");
    // Counted, never fetched: the clean page's link to example.org, the broken page's stylesheet.
    assert_eq!(report.external_links, 2, "{dump}");

    // assert_clean fails on it, naming every kind of finding.
    let message = report.clean().expect_err("a broken site passes");
    for expected in [
        "HTML validation: broken.html",
        "accessibility (axe) on broken.html: image-alt",
        "foreign request from broken.html: https://fonts.example.com/x.css",
        "dialog on broken.html: alert: 1",
        "broken link in broken.html: missing.html",
        "broken link in broken.html: #nowhere",
        "page error on scripted.html: uncaught:",
        "no text without JavaScript: scripted.html",
    ] {
        assert!(message.contains(expected), "{expected:?} not in:\n{message}");
    }

    // A site of only the clean page passes, in dark mode too.
    let clean = check_site(&clean_site, &["index.html"], true);
    assert!(clean.axe.contains_key("index.html dark"), "{clean:#?}");
    clean.assert_clean();
}

/// What `check-rtl.mjs` measured on the Arabic fact page and card.
#[derive(Debug, Clone, Deserialize)]
pub struct RtlReport {
    pub pages: Vec<RtlPage>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct RtlPage {
    pub page: String,
    pub screenshot: PathBuf,
    /// `direction` of the document, as Chromium computed it.
    pub direction: String,
    pub heading_left: f64,
    pub heading_right: f64,
    pub heading_lines: u32,
    pub column_left: f64,
    pub column_right: f64,
    /// A short line under the heading, to read in the screenshot.
    pub line: Rect,
    /// Dark pixels of `line` in the screenshot's left and right halves of the line's box.
    #[serde(default)]
    pub ink_left: f64,
    #[serde(default)]
    pub ink_right: f64,
}

#[derive(Debug, Clone, Copy, Deserialize)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

/// Screenshots the Arabic fact page and card in Chromium (into `out`) and
/// reads, in each screenshot, on which side of its box the short line's ink lies.
pub fn check_rtl(site: &Path, out: &Path) -> RtlReport {
    let site = std::fs::canonicalize(site).unwrap();
    let mut cmd = tools::node_harness("check-rtl.mjs");
    cmd.arg("--site").arg(&site).arg("--out").arg(out);
    let output = tools::output_within(&mut cmd, HARNESS_LIMIT, "the RTL checker (tests/browser/check-rtl.mjs)");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "the RTL checker failed ({}):\n{stderr}", output.status);
    let mut report: RtlReport = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("the RTL checker printed no report ({e}):\n{stderr}"));
    for page in &mut report.pages {
        (page.ink_left, page.ink_right) = ink_halves(&page.screenshot, page.line);
    }
    report
}

/// Dark pixels (luma under 128) in the left and right halves of `area` of a PNG.
fn ink_halves(png_path: &Path, area: Rect) -> (f64, f64) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(png_path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    let (w, h) = (info.width as usize, info.height as usize);
    let (x0, y0) = (area.x.max(0.0) as usize, area.y.max(0.0) as usize);
    let (x1, y1) = (((area.x + area.width) as usize).min(w), ((area.y + area.height) as usize).min(h));
    let middle = (x0 + x1) / 2;
    let (mut left, mut right) = (0.0, 0.0);
    for y in y0..y1 {
        for x in x0..x1 {
            let p = &buf[(y * w + x) * channels..];
            let luma = 0.299 * f64::from(p[0]) + 0.587 * f64::from(p[1]) + 0.114 * f64::from(p[2]);
            if luma < 128.0 {
                if x < middle { left += 1.0 } else { right += 1.0 }
            }
        }
    }
    (left, right)
}
