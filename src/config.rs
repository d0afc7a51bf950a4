//! The project's own settings, `factgap.toml` at the project root. Every
//! section has defaults, so a project without the file still builds.

use serde::{Deserialize, Serialize};

/// `factgap.toml`.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub site: SiteConfig,
    pub fetch: FetchConfig,
    pub method: MethodConfig,
    pub briefing: BriefingConfig,
    pub schedule: ScheduleConfig,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct SiteConfig {
    /// Absolute URL the site is served from, with a trailing slash; used for
    /// permalinks in citations.
    pub base_url: String,
    /// Languages to build; the first is served at the root, the others under `/<lang>/`.
    pub languages: Vec<String>,
    /// Draw a social image (PNG) for every fact; the slowest part of a build.
    pub social_images: bool,
    /// Build the Pagefind search index.
    pub search_index: bool,
    /// Digits per language where there is a choice (Arabic: `arabic-indic`
    /// or `western`); the same on the site, cards, images, feeds and briefing.
    pub digits: std::collections::BTreeMap<String, Digits>,
}

/// Which digits numbers and dates are written with.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Digits {
    /// The language's own default (CLDR).
    #[default]
    Default,
    /// 0123456789
    Western,
    /// ٠١٢٣٤٥٦٧٨٩
    ArabicIndic,
}

impl Default for SiteConfig {
    fn default() -> Self {
        SiteConfig {
            base_url: "https://factgap.example/".into(),
            languages: vec!["en".into()],
            social_images: true,
            search_index: true,
            digits: [("ar".to_string(), Digits::ArabicIndic)].into(),
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct FetchConfig {
    /// Contact address sent in the User-Agent, as statistics offices ask.
    pub contact: String,
    pub connect_timeout_secs: u64,
    /// Whole-request timeout.
    pub timeout_secs: f64,
    /// Largest response accepted, in bytes.
    pub max_body_bytes: u64,
    /// Attempts per request, the first included.
    pub max_attempts: u32,
    /// First retry delay; doubled per attempt, with jitter.
    pub retry_base_secs: f64,
    /// Longest wait between attempts, `Retry-After` included.
    pub retry_max_secs: f64,
}

impl Default for FetchConfig {
    fn default() -> Self {
        FetchConfig {
            contact: "factgap@example.org".into(),
            connect_timeout_secs: 10,
            timeout_secs: 60.0,
            max_body_bytes: 100 * 1024 * 1024,
            max_attempts: 3,
            retry_base_secs: 1.0,
            retry_max_secs: 60.0,
        }
    }
}

/// How claims are judged; every number here is shown on the methodology page.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct MethodConfig {
    /// Margin of error (percentage points, 95%) assumed for a public estimate
    /// whose survey publishes neither a margin nor a sample size. Gaps smaller
    /// than this are called "about right": the cautious reading.
    pub assumed_margin_pp: f64,
    /// A fetched source older than this is shown as stale.
    pub stale_after_days: i64,
}

impl Default for MethodConfig {
    fn default() -> Self {
        MethodConfig { assumed_margin_pp: 5.0, stale_after_days: 120 }
    }
}

/// The monthly briefing: who sends it, to whom, and what it covers.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct BriefingConfig {
    /// The sending organisation, as named in the briefing.
    pub organisation: String,
    /// The From address.
    pub from: String,
    /// Reply-To, if not the From address.
    pub reply_to: Option<String>,
    /// Contact lines (name, role, phone, email; reachable in and out of hours).
    pub contacts: Vec<String>,
    /// Notes to editors: about the organisation, one paragraph each.
    pub boilerplate: Vec<String>,
    /// The sender's countries (ISO codes), in this order: the briefing covers
    /// only these (a section each); empty, it covers every place by topic.
    pub countries: Vec<String>,
    /// An optional quote from a named spokesperson, placed after the lead.
    pub quote: Option<Quote>,
    /// Not for publication before this time (RFC 3339); empty: for immediate release.
    pub embargo: Option<String>,
    /// Where readers unsubscribe: `mailto:` or `https:` (the List-Unsubscribe header
    /// and the link in sent mail). Files for mailing tools carry `*|UNSUB|*` instead.
    pub unsubscribe: String,
    /// Recipients of `factgap briefing --send`.
    pub recipients: Vec<String>,
    /// The language of the briefing that is sent; by default the site's first.
    pub language: Option<String>,
    /// `contacts` and `boilerplate` in the site's other languages
    /// (`[briefing.text.de]`): the briefing is written in every language.
    pub text: std::collections::BTreeMap<String, BriefingText>,
    pub smtp: SmtpConfig,
}

/// A spokesperson's quote: the words (in the first language), who said them and their role.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Quote {
    pub text: String,
    pub name: String,
    pub role: String,
}

/// The sender's own lines of the briefing, in one language.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct BriefingText {
    pub contacts: Vec<String>,
    pub boilerplate: Vec<String>,
    /// The spokesperson's quote and role in this language.
    pub quote: Option<String>,
    pub quote_role: Option<String>,
}

impl Default for BriefingConfig {
    fn default() -> Self {
        BriefingConfig {
            organisation: "factgap".into(),
            from: "briefings@factgap.example".into(),
            reply_to: None,
            contacts: Vec::new(),
            boilerplate: Vec::new(),
            countries: Vec::new(),
            quote: None,
            embargo: None,
            unsubscribe: "mailto:briefings@factgap.example?subject=unsubscribe".into(),
            recipients: Vec::new(),
            language: None,
            text: Default::default(),
            smtp: SmtpConfig::default(),
        }
    }
}

/// The SMTP server; the user name and password come from the environment
/// (`FACTGAP_SMTP_USERNAME`, `FACTGAP_SMTP_PASSWORD`), never from a file.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct SmtpConfig {
    pub host: String,
    pub port: u16,
    /// `starttls`, `tls`, or `none` (only for a server on this machine).
    pub security: SmtpSecurity,
    pub timeout_secs: u64,
}

impl Default for SmtpConfig {
    fn default() -> Self {
        SmtpConfig { host: "localhost".into(), port: 587, security: SmtpSecurity::Starttls, timeout_secs: 30 }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SmtpSecurity {
    Starttls,
    Tls,
    None,
}

/// `factgap schedule`: when to run, and how long a run may take.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct ScheduleConfig {
    /// Fetch → publish. Cron, in UTC: five fields as in crontab, or six or seven beginning with seconds.
    pub run: String,
    /// The monthly briefing.
    pub briefing: String,
    /// Send the scheduled briefing to the recipients (else it is only written and archived).
    pub send_briefing: bool,
    /// A run still going after this long is stopped before publishing and reported.
    pub deadline_minutes: f64,
    /// On SIGTERM or Ctrl-C, how long the current run may take to finish.
    pub grace_seconds: f64,
    /// A command run (with `sh -c`) after each successful publish, with
    /// `FACTGAP_SITE` set to the site folder: an rsync, an object-store upload.
    pub after_publish: Option<String>,
}

impl Default for ScheduleConfig {
    fn default() -> Self {
        ScheduleConfig {
            run: "0 6 * * *".into(),
            briefing: "0 8 1 * *".into(),
            send_briefing: false,
            deadline_minutes: 30.0,
            grace_seconds: 120.0,
            after_publish: None,
        }
    }
}
