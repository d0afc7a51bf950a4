//! The monthly briefing: its files, what changed across two runs, the
//! embargo, sending by SMTP to a real server on 127.0.0.1, and its layout in
//! headless Chromium.

use crate::common::{TestProject, fixture, now, repo};
use crate::tools::Tool;
use chrono::{DateTime, Utc};
use factgap::pipeline::{self, BriefingOptions, BriefingReport, Options};
use factgap::project::ReadFormat;
use factgap::store::{Retrieval, Store};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

fn at(time: &str) -> DateTime<Utc> {
    time.parse().unwrap()
}

fn brief(project: &TestProject, month: &str, now: DateTime<Utc>, b: BriefingOptions) -> BriefingReport {
    let options = Options { now, ..project.options() };
    pipeline::briefing(&options, &BriefingOptions { month: Some(month.into()), ..b }).unwrap()
}

fn file(project: &TestProject, month: &str, name: &str) -> String {
    project.read(&format!("output/state/briefings/{month}/{name}"))
}

/// Records a JSON-stat snapshot of `eurostat.lfsa_ergan`, with an edit to the fixture.
fn snapshot(project: &TestProject, from: &str, to: &str, when: DateTime<Utc>) {
    let body = std::fs::read_to_string(fixture("eurostat_lfsa_ergan.jsonstat.json")).unwrap();
    assert!(body.contains(from));
    let retrieval = Retrieval {
        url: "http://127.0.0.1/lfsa_ergan".into(),
        retrieved_at: when,
        http_status: 200,
        etag: None,
        last_modified: None,
        provider_updated: None,
        format: ReadFormat::Jsonstat,
    };
    Store::new(&project.path().join("sources"))
        .record("eurostat.lfsa_ergan", body.replacen(from, to, 1).as_bytes(), retrieval, &[], Ok(()))
        .unwrap();
}

/// The hidden preview text of the email.
fn report_preheader(html: &str) -> String {
    let start = html.find("<div class=\"preheader\"").unwrap();
    let start = start + html[start..].find('>').unwrap() + 1;
    crate::common::unescape(&html[start..start + html[start..].find("</div>").unwrap()])
}

/// The text between two headings of the plain-text briefing.
fn section(text: &str, heading: &str) -> String {
    let start = text.find(&format!("== {heading} ==")).unwrap_or_else(|| panic!("no {heading}"));
    let rest = &text[start..];
    let end = rest[3..].find("\n== ").map_or(rest.len(), |i| i + 3);
    rest[..end].trim_end().to_string()
}

#[test]
fn a_briefing_writes_html_text_markdown_and_a_mailchimp_zip_with_the_same_figures() {
    let project = TestProject::bundled();
    let report = brief(&project, "2026-11", now(), BriefingOptions::default());
    // No change yet (a first briefing): the strongest current refugee fact of the sender's countries.
    let headline = "In Germany, 60% of Syrian refugees who arrived in 2015 were in work in 2022.";
    assert_eq!(report.subject, format!("November 2026: {headline}"));
    let html = file(&project, "2026-11", "briefing.html");
    let text = file(&project, "2026-11", "briefing.txt");
    let markdown = file(&project, "2026-11", "briefing.md");
    for body in [&html, &text] {
        assert!(crate::common::unescape(body).contains(headline));
        assert!(body.contains("For immediate release"));
        assert!(body.contains("ENDS"));
        assert!(body.contains("*|UNSUB|*"), "the unsubscribe placeholder mailing tools expect");
    }
    assert!(markdown.contains("# In Germany, 60% of Syrian refugees"));
    // Ready to send: a preview line after the subject, hidden in the body.
    assert!(html.contains("<div class=\"preheader\""), "the inbox preview text");
    assert!(report_preheader(&html).starts_with("The first briefing: 52 facts on refugees"));
    // Only the sender's countries, each fact once, no sentence repeated.
    for other in ["In the United States", "In Italy", "In Denmark", "In Austria"] {
        assert!(!text.contains(other), "{other}: not one of the sender's countries");
    }
    for url in ["facts/employment-de/", "facts/welfare-de/", "facts/education-tertiary-se/"] {
        assert_eq!(text.matches(&format!("https://factgap.example/{url}")).count(), 1, "{url} is listed once");
    }
    let sentences: Vec<&str> = text.split(". ").filter(|s| s.len() > 40).collect();
    for s in &sentences {
        assert_eq!(text.matches(s).count(), 1, "repeated: {s}");
    }
    // FOCUS's direction said once, as what it is.
    assert_eq!(text.matches("tend to underestimate refugees' education and employment").count(), 1);
    assert!(!text.contains("FOCUS surveys found"));
    // Every number in the text is in the HTML: the same content in both.
    let html_text = crate::common::unescape(&html);
    let numbers: Vec<&str> = text
        .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '%'))
        .filter(|w| w.ends_with('%') && w.len() > 1)
        .collect();
    assert!(numbers.len() > 8, "{numbers:?}");
    for n in &numbers {
        assert!(html_text.contains(n), "{n} is in the text but not the HTML");
    }
    // Each number with its short citation and a link to its fact page; sources at the end.
    assert!(text.contains("(Bundesagentur für Arbeit; from a secondary source, not yet checked; https://factgap.example/facts/welfare-de/)"));
    // The welfare line carries its context, each figure with its citation.
    assert!(text.contains(
        "In Germany, 8.4% of the whole population lived in households receiving basic income support in August 2024."
    ));
    let sources = section(&text, "Sources");
    assert!(
        sources.contains("FOCUS project (2022)") && sources.contains("] Institute for Employment Research (IAB)"),
        "{sources}"
    );
    // Stale sources are named in words, in one line near the end, not passed off as new.
    let notes = section(&text, "Notes to editors");
    assert!(notes.contains("Not refreshed from their producers this month, so a newer figure may exist: Eurostat: Population by educational attainment level"), "{notes}");
    assert!(!text[..text.find("== What changed").unwrap()].contains("stale"), "no stale box at the top");
    // Email-safe: inlined CSS, a 600 px container, dark mode kept, Outlook ghost table.
    assert!(html.contains("<td class=\"pad\" style=\""), "styles are inlined");
    assert!(html.contains("max-width: 600px"));
    assert!(html.contains("@media (prefers-color-scheme: dark)"));
    assert!(html.contains("<!--[if mso]><table role=\"presentation\" width=\"600\""));
    assert!(!html.contains("<img"), "no image the message depends on");
    assert!(html.len() < 100_000, "under Gmail's clipping size");
    // The zip Mailchimp imports: the HTML with its footer merge tags.
    let zip = std::fs::read(project.path().join("output/state/briefings/2026-11/briefing-mailchimp.zip")).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).unwrap();
    let mut index = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("index.html").unwrap(), &mut index).unwrap();
    assert!(
        index.contains("*|UNSUB|*")
            && index.contains("*|LIST:DESCRIPTION|*")
            && index.contains("*|HTML:LIST_ADDRESS_HTML|*")
    );
    // An archive page and an Atom entry on the site.
    let page = project.page("briefings/2026-11/index.html");
    assert!(page.contains(headline));
    assert!(project.page("briefings/index.html").contains("href=\"../briefings/2026-11/index.html\""));
    let feed = project.page("briefings/feed.atom");
    assert!(feed.contains("<id>https://factgap.example/briefings/2026-11/</id>"));
    assert!(feed.contains(&format!("<title>{}</title>", report.subject)));
    // The same inputs give the same briefing, byte for byte.
    brief(&project, "2026-11", now(), BriefingOptions::default());
    assert_eq!(file(&project, "2026-11", "briefing.html"), html);
    assert!(section(&text, "What changed since the last briefing").contains("This is the first briefing"));
}

#[test]
fn what_changed_names_a_revision_a_new_period_and_a_correction() {
    let project = TestProject::bundled();
    // The sender follows Austria and Denmark too: changes there are theirs to hear of.
    project.edit("factgap.toml", r#"countries = ["DE", "SE"]"#, r#"countries = ["DE", "SE", "AT", "DK"]"#);
    snapshot(&project, "\"9\": 72.6", "\"9\": 72.6", at("2026-10-01T06:00:00Z"));
    brief(&project, "2026-10", at("2026-10-01T06:00:00Z"), BriefingOptions::default());
    // A month later: Eurostat revised Denmark's 2024 figure; a 2025 figure for
    // Austria appeared (a made-up test value); we corrected a transcribed IAB figure.
    snapshot(&project, "\"9\": 72.6", "\"9\": 72.9", at("2026-11-01T06:00:00Z"));
    let seed = "sources/seed/eurostat.edat_lfs_9912.csv";
    let mut text = project.read(seed);
    text.push_str("tertiary_education_share,AT,non_eu_born,2025,T,25-64,31.5,percent,,,,,actual,,,Test fixture (not real data),D,\n");
    project.write(seed, text);
    project.edit(
        "sources/seed/iab.refugee_survey.csv",
        "employment_rate,DE,syrian_refugees_2015_arrivals,2022,T,all,60,",
        "employment_rate,DE,syrian_refugees_2015_arrivals,2022,T,all,61,",
    );
    let report = brief(&project, "2026-11", at("2026-11-24T06:00:00Z"), BriefingOptions::default());
    let changes = &report.changes;
    assert_eq!(changes.moved.len(), 2);
    assert_eq!(changes.corrections.len(), 1);
    let got = section(&file(&project, "2026-11", "briefing.txt"), "What changed since the last briefing");
    let golden = std::fs::read_to_string(fixture("golden/what-changed.txt")).unwrap();
    assert_eq!(
        got,
        golden.trim_end(),
        "\n--- got ---\n{got}\n--- expected (tests/fixtures/golden/what-changed.txt) ---\n{golden}"
    );
    // The record of October stays as it was: the comparison is always against it.
    assert!(file(&project, "2026-10", "record.json").contains("\"value\": 72.6"));
}

#[test]
fn an_embargo_holds_back_new_facts_until_it_passes() {
    let project = TestProject::bundled();
    // The new claim below is written in English only.
    project.english_only();
    brief(&project, "2026-10", at("2026-10-01T06:00:00Z"), BriefingOptions::default());
    // A new claim: unemployment of non-EU citizens, judged in every place with data.
    let mut claims = project.read("sources/claims.toml");
    claims.push_str(
        r#"
[[claim]]
id = "unemployment-non-eu"
topic = "employment"
indicator = "unemployment_rate"
max_period_gap_years = 4.0
[claim.text.en]
belief = "Refugees do not look for work."
why = "Test explanation."
[claim.estimate]
kind = "finding"
source = "focus.findings"
finding = "rc-underestimates-employment"
population = "syrian_refugees_post_2015"
[[claim.actual]]
population = "non_eu_citizens"
age = "20-64"
[claim.actual.caveat]
en = "Test caveat."
"#,
    );
    project.write("sources/claims.toml", claims);
    let embargo = at("2026-12-01T09:00:00Z");
    let report = brief(
        &project,
        "2026-11",
        at("2026-11-24T06:00:00Z"),
        BriefingOptions { embargo: Some(embargo), ..Default::default() },
    );
    assert!(report.changes.new_facts.contains(&"unemployment-non-eu-de".to_string()));
    assert!(
        file(&project, "2026-11", "briefing.txt")
            .contains("EMBARGOED: not for publication or broadcast before 09:00 UTC on December 1, 2026")
    );
    let site = project.out().join("site");
    assert!(!site.join("facts/unemployment-non-eu-de").exists(), "held back until the embargo");
    assert!(!project.read("output/site/data/facts.csv").contains("unemployment-non-eu-de"));
    assert!(!site.join("briefings/2026-11").exists(), "the briefing itself is embargoed");
    assert!(site.join("facts/employment-de/index.html").exists());
    // The next run after the embargo publishes them.
    pipeline::build(&Options { now: at("2026-12-01T09:00:01Z"), ..project.options() }).unwrap();
    assert!(site.join("facts/unemployment-non-eu-de/index.html").exists());
    assert!(site.join("briefings/2026-11/index.html").exists());
}

/// aiosmtpd on 127.0.0.1, stopped on drop.
struct SmtpServer {
    child: Child,
    port: u16,
    dir: tempfile::TempDir,
}

impl SmtpServer {
    fn start() -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("mail")).unwrap();
        let mut child = Tool::Python
            .command()
            .arg(repo().join("tests/support/smtp_server.py"))
            .arg(port.to_string())
            .arg(dir.path().join("mail"))
            .arg(dir.path().join("reject"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("python runs (bash tests/run --install-only puts aiosmtpd in tests/.venv)");
        // "ready" once listening; a server that never says so fails the test in 30 s.
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let line = rx.recv_timeout(Duration::from_secs(30)).unwrap_or_else(|_| {
            let _ = child.kill();
            panic!("the SMTP test server did not start within 30 s")
        });
        assert_eq!(
            line.trim(),
            "ready",
            "the SMTP test server needs aiosmtpd: run `bash tests/run --install-only` (puts it in tests/.venv)"
        );
        SmtpServer { child, port, dir }
    }

    fn reject(&self, addresses: &[&str]) {
        std::fs::write(self.dir.path().join("reject"), addresses.join("\n")).unwrap();
    }

    fn messages(&self) -> Vec<serde_json::Value> {
        let mut files: Vec<PathBuf> =
            std::fs::read_dir(self.dir.path().join("mail")).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        files.iter().map(|f| serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap()).collect()
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        drop(self.child.stdin.take());
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn smtp_project(server: &SmtpServer) -> TestProject {
    let project = TestProject::bundled();
    project.edit(
        "factgap.toml",
        "recipients = []",
        "recipients = [\"ana@newsroom.example\", \"ben@newsroom.example\", \"cy@ngo.example\"]",
    );
    project.edit(
        "factgap.toml",
        "host = \"localhost\"\nport = 587\nsecurity = \"starttls\"",
        &format!("host = \"127.0.0.1\"\nport = {}\nsecurity = \"none\"", server.port),
    );
    project
}

#[test]
fn sending_delivers_multipart_alternative_and_retries_only_failed_recipients() {
    let server = SmtpServer::start();
    let project = smtp_project(&server);
    server.reject(&["ben@newsroom.example"]);
    let send = BriefingOptions { send: true, ..Default::default() };
    let first = brief(&project, "2026-11", now(), send.clone());
    let sent = first.sent.unwrap();
    assert_eq!(sent.sent, ["ana@newsroom.example", "cy@ngo.example"]);
    assert_eq!(sent.failed.len(), 1);
    assert_eq!(sent.failed[0].0, "ben@newsroom.example");
    assert!(sent.failed[0].1.contains("550"), "{}", sent.failed[0].1);

    let messages = server.messages();
    assert_eq!(messages.len(), 2);
    let m = &messages[0];
    assert_eq!(m["to"], serde_json::json!(["ana@newsroom.example"]), "one message per recipient");
    assert_eq!(m["content_type"], "multipart/alternative");
    let headers = &m["headers"];
    assert_eq!(headers["Subject"], first.subject.as_str());
    assert_eq!(headers["From"], "briefings@factgap.example");
    assert_eq!(headers["To"], "ana@newsroom.example");
    assert!(headers["Date"].as_str().unwrap().contains("24 Nov 2026 06:00:00"));
    assert!(headers["Message-ID"].as_str().unwrap().starts_with("<factgap-briefing-2026-11-"));
    assert_eq!(headers["List-Unsubscribe"], "<mailto:briefings@factgap.example?subject=unsubscribe>");
    let parts = m["parts"].as_array().unwrap();
    assert_eq!(
        parts.iter().map(|p| p["type"].as_str().unwrap()).collect::<Vec<_>>(),
        ["text/plain", "text/html"],
        "text first, HTML last"
    );
    let (text, html) = (parts[0]["text"].as_str().unwrap(), parts[1]["text"].as_str().unwrap());
    assert!(
        !text.contains("*|UNSUB|*") && text.contains("mailto:briefings@factgap.example?subject=unsubscribe"),
        "sent mail has the real link"
    );
    let html = crate::common::unescape(html);
    for figure in ["58%", "54.9%", "60%", "13%", "59.9%"] {
        assert!(text.contains(figure) && html.contains(figure), "{figure} in both parts");
    }

    // Retry: only the failed recipient gets it; nobody gets it twice.
    server.reject(&[]);
    let second = brief(&project, "2026-11", now(), send.clone()).sent.unwrap();
    assert_eq!(second.sent, ["ben@newsroom.example"]);
    assert_eq!(second.skipped, ["ana@newsroom.example", "cy@ngo.example"]);
    let third = brief(&project, "2026-11", now(), send).sent.unwrap();
    assert!(third.sent.is_empty());
    let all: Vec<String> = server.messages().iter().map(|m| m["to"][0].as_str().unwrap().to_string()).collect();
    assert_eq!(all, ["ana@newsroom.example", "cy@ngo.example", "ben@newsroom.example"]);
}

#[test]
fn a_dry_run_sends_nothing_and_the_cli_reports_failed_recipients() {
    let server = SmtpServer::start();
    let project = smtp_project(&server);
    let dry = brief(&project, "2026-11", now(), BriefingOptions { send: true, dry_run: true, ..Default::default() });
    assert_eq!(dry.sent.unwrap().sent.len(), 3);
    assert!(server.messages().is_empty());
    server.reject(&["cy@ngo.example"]);
    let out = Command::new(env!("CARGO_BIN_EXE_factgap"))
        .arg("--project")
        .arg(project.path())
        .args(["--now", "2026-11-24T06:00:00Z", "briefing", "--send"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{stderr}");
    assert!(stderr.contains("failed to send to cy@ngo.example"));
    assert!(stderr.contains("run `factgap briefing --month 2026-11 --send` again to retry just those"));
}

/// The width of the email's content and of its frame, laid out by headless
/// Chromium in an iframe `width` pixels wide (Chromium's own window is at least 500 px).
fn layout_width(html_file: &Path, width: u32) -> (u32, u32) {
    let dir = tempfile::tempdir().unwrap();
    let probe = dir.path().join("probe.html");
    let html = std::fs::read_to_string(html_file).unwrap().replace('&', "&amp;").replace('"', "&quot;");
    let page = format!(
        r#"<!doctype html><html><body style="margin:0"><iframe id="f" style="width:{width}px;height:3000px;border:0" srcdoc="{html}" onload="var d=this.contentDocument; document.body.setAttribute('data-widths', d.documentElement.scrollWidth + ' ' + this.contentWindow.innerWidth)"></iframe></body></html>"#
    );
    std::fs::write(&probe, page).unwrap();
    let mut cmd = Tool::Chromium.command();
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
    ])
    .arg(format!("--user-data-dir={}", dir.path().join("profile").display()))
    .arg("--window-size=1200,3000")
    .arg("--dump-dom")
    .arg(format!("file://{}", probe.display()));
    let out = crate::tools::output_within(&mut cmd, Duration::from_secs(120), "headless Chromium (the email's layout)");
    let dom = String::from_utf8_lossy(&out.stdout);
    let start = dom
        .find("data-widths=\"")
        .unwrap_or_else(|| panic!("no layout from chromium: {}", String::from_utf8_lossy(&out.stderr)))
        + 13;
    let widths: Vec<u32> =
        dom[start..start + dom[start..].find('"').unwrap()].split(' ').map(|w| w.parse().unwrap()).collect();
    (widths[0], widths[1])
}

#[test]
fn the_email_fits_600_and_320_pixels_without_horizontal_scrolling() {
    let project = TestProject::bundled();
    brief(&project, "2026-11", now(), BriefingOptions::default());
    let html = project.path().join("output/state/briefings/2026-11/briefing.html");
    for width in [600, 320] {
        let (content, window) = layout_width(&html, width);
        assert!(content <= window, "at {width} px the content is {content} px wide in a {window} px window");
    }
}

#[test]
fn a_briefing_whose_site_fails_to_publish_leaves_nothing_behind() {
    let project = TestProject::bundled();
    project.edit("templates/i18n/en/site.ftl", "myth-flag = Myth\n", "");
    let options = Options { now: now(), ..project.options() };
    let err = pipeline::briefing(&options, &BriefingOptions { month: Some("2026-11".into()), ..Default::default() })
        .unwrap_err();
    assert!(err.to_string().contains("myth-flag"), "{err}");
    let briefings = project.out().join("state/briefings");
    let left: Vec<_> = std::fs::read_dir(&briefings)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert!(left.is_empty(), "no record to compare the next briefing with: {left:?}");
}

#[test]
fn a_malformed_address_is_a_failed_recipient_not_a_stopped_send() {
    let server = SmtpServer::start();
    let project = smtp_project(&server);
    project.edit("factgap.toml", "\"ben@newsroom.example\"", "\"not an address\"");
    let sent = brief(&project, "2026-11", now(), BriefingOptions { send: true, ..Default::default() }).sent.unwrap();
    assert_eq!(sent.sent, ["ana@newsroom.example", "cy@ngo.example"]);
    assert_eq!(sent.failed.len(), 1);
    assert!(sent.failed[0].1.contains("is not an email address"));
}
