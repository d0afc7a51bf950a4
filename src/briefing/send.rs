//! Sending the briefing by SMTP (lettre): one message per recipient, as
//! multipart/alternative (text, then HTML), with Date, Message-ID and
//! List-Unsubscribe. Who has received it is recorded after each message, so
//! a send that failed part-way is retried for just those who did not get it,
//! and nobody receives the same briefing twice.

use crate::config::{BriefingConfig, SmtpSecurity};
use crate::files::{self, FileError};
use chrono::{DateTime, Utc};
use lettre::message::header::{ContentType, Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum SendError {
    #[error(transparent)]
    File(#[from] FileError),
    #[error("`{0}` is not an email address")]
    Address(String),
    #[error("no recipients: list them under [briefing] recipients in factgap.toml")]
    NoRecipients,
    #[error("SMTP server {host}:{port}: {message}")]
    Transport { host: String, port: u16, message: String },
    #[error("`{file}` is not a send log: {message}")]
    Log { file: String, message: String },
}

/// `sent.json` beside the briefing: who received it, and when.
#[derive(Debug, Default, Serialize, Deserialize)]
struct SentLog {
    sent: BTreeMap<String, DateTime<Utc>>,
}

/// What a send did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SendReport {
    pub sent: Vec<String>,
    /// Recipient and the server's answer.
    pub failed: Vec<(String, String)>,
    /// Already received this briefing earlier.
    pub skipped: Vec<String>,
    pub dry_run: bool,
}

/// The message to one recipient.
pub struct Outgoing<'a> {
    pub month: &'a str,
    pub subject: &'a str,
    pub html: &'a str,
    pub text: &'a str,
    pub now: DateTime<Utc>,
}

#[derive(Clone)]
struct ListUnsubscribe(String);

impl Header for ListUnsubscribe {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe")
    }
    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribe(s.trim_matches(['<', '>']).to_string()))
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), format!("<{}>", self.0))
    }
}

/// Sends to every configured recipient who has not received this briefing yet.
pub fn send(
    config: &BriefingConfig,
    message: &Outgoing,
    log_dir: &Path,
    dry_run: bool,
) -> Result<SendReport, SendError> {
    if config.recipients.is_empty() {
        return Err(SendError::NoRecipients);
    }
    let log_path = log_dir.join("sent.json");
    let mut log: SentLog = if log_path.exists() {
        serde_json::from_str(&files::read_to_string(&log_path)?)
            .map_err(|e| SendError::Log { file: log_path.display().to_string(), message: e.to_string() })?
    } else {
        SentLog::default()
    };
    let from: Mailbox = config.from.parse().map_err(|_| SendError::Address(config.from.clone()))?;
    let reply_to = config
        .reply_to
        .as_deref()
        .map(|r| r.parse::<Mailbox>().map_err(|_| SendError::Address(r.into())))
        .transpose()?;
    let mut report = SendReport { dry_run, ..SendReport::default() };
    let transport = if dry_run { None } else { Some(transport(config)?) };
    for recipient in &config.recipients {
        if log.sent.contains_key(recipient) {
            report.skipped.push(recipient.clone());
            continue;
        }
        let email = match recipient.parse::<Mailbox>().map_err(|_| SendError::Address(recipient.clone())) {
            Ok(to) => build(&from, reply_to.as_ref(), to, &config.unsubscribe, message),
            Err(e) => Err(e),
        };
        let email = match email {
            Ok(email) => email,
            Err(e) => {
                report.failed.push((recipient.clone(), e.to_string()));
                continue;
            }
        };
        let Some(transport) = &transport else {
            report.sent.push(recipient.clone());
            continue;
        };
        match transport.send(&email) {
            Ok(_) => {
                log.sent.insert(recipient.clone(), message.now);
                // Recorded at once, atomically: a crash later never causes a second copy.
                let tmp = log_path.with_extension("json.partial");
                files::write(&tmp, serde_json::to_string_pretty(&log).expect("log serializes") + "\n")?;
                files::rename(&tmp, &log_path)?;
                report.sent.push(recipient.clone());
            }
            Err(e) => report.failed.push((recipient.clone(), e.to_string())),
        }
    }
    Ok(report)
}

fn build(
    from: &Mailbox,
    reply_to: Option<&Mailbox>,
    to: Mailbox,
    unsubscribe: &str,
    m: &Outgoing,
) -> Result<Message, SendError> {
    let domain = from.email.domain().to_string();
    // Stable per briefing and recipient: a resend is recognisably the same message.
    let id = format!("<factgap-briefing-{}-{:016x}@{domain}>", m.month, fnv(to.email.as_ref()));
    let mut builder = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(m.subject)
        .date(m.now.into())
        .message_id(Some(id))
        .header(ListUnsubscribe(unsubscribe.to_string()));
    if let Some(reply_to) = reply_to {
        builder = builder.reply_to(reply_to.clone());
    }
    builder
        .multipart(
            MultiPart::alternative()
                .singlepart(SinglePart::builder().header(ContentType::TEXT_PLAIN).body(m.text.to_string()))
                .singlepart(SinglePart::builder().header(ContentType::TEXT_HTML).body(m.html.to_string())),
        )
        .map_err(|e| SendError::Address(e.to_string()))
}

fn transport(config: &BriefingConfig) -> Result<SmtpTransport, SendError> {
    let smtp = &config.smtp;
    let fail = |e: lettre::transport::smtp::Error| SendError::Transport {
        host: smtp.host.clone(),
        port: smtp.port,
        message: e.to_string(),
    };
    let builder = match smtp.security {
        SmtpSecurity::Starttls => SmtpTransport::starttls_relay(&smtp.host).map_err(fail)?,
        SmtpSecurity::Tls => SmtpTransport::relay(&smtp.host).map_err(fail)?,
        SmtpSecurity::None => SmtpTransport::builder_dangerous(&smtp.host),
    };
    let mut builder = builder.port(smtp.port).timeout(Some(Duration::from_secs(smtp.timeout_secs)));
    if let (Ok(user), Ok(password)) = (std::env::var("FACTGAP_SMTP_USERNAME"), std::env::var("FACTGAP_SMTP_PASSWORD")) {
        builder = builder.credentials(Credentials::new(user, password));
    }
    Ok(builder.build())
}

/// FNV-1a: a stable hash for Message-IDs.
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf29ce484222325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3))
}
