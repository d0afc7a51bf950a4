//! The briefing's files: email-safe HTML (table layout, CSS inlined by
//! css-inline, 600 px, dark-mode aware), a plain-text alternative with the same
//! content, Markdown for a CMS, and a zip that Mailchimp imports.

use super::view::BriefingView;
use minijinja::context;
use minijinja::value::Serde;

/// The unsubscribe placeholder mailing tools replace (Mailchimp's merge tag).
pub const UNSUBSCRIBE_PLACEHOLDER: &str = "*|UNSUB|*";

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("template `{template}`: {message}")]
    Template { template: String, message: String },
    #[error("inlining the email's CSS: {0}")]
    Inline(String),
    #[error("building the zip: {0}")]
    Zip(String),
}

/// The rendered briefing.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub subject: String,
    /// For pasting into a mailing tool: unsubscribe placeholder in place.
    pub html: String,
    pub text: String,
    pub markdown: String,
    /// `briefing-mailchimp.zip`: index.html with Mailchimp's footer tags.
    pub mailchimp_zip: Vec<u8>,
}

pub fn render(env: &minijinja::Environment<'static>, view: &BriefingView) -> Result<Rendered, RenderError> {
    let html = email_html(env, view, UNSUBSCRIBE_PLACEHOLDER, false)?;
    let text = template(env, "briefing/text.txt", view, UNSUBSCRIBE_PLACEHOLDER, false)?;
    let markdown = template(env, "briefing/markdown.md", view, UNSUBSCRIBE_PLACEHOLDER, false)?;
    let mailchimp = email_html(env, view, UNSUBSCRIBE_PLACEHOLDER, true)?;
    Ok(Rendered {
        subject: view.subject.clone(),
        html,
        text,
        markdown,
        mailchimp_zip: zip_one("index.html", &mailchimp)?,
    })
}

/// The HTML and text parts as sent, with the real unsubscribe link.
pub fn for_sending(
    env: &minijinja::Environment<'static>,
    view: &BriefingView,
    unsubscribe: &str,
) -> Result<(String, String), RenderError> {
    Ok((email_html(env, view, unsubscribe, false)?, template(env, "briefing/text.txt", view, unsubscribe, false)?))
}

fn template(
    env: &minijinja::Environment<'static>,
    name: &str,
    view: &BriefingView,
    unsubscribe: &str,
    mailchimp: bool,
) -> Result<String, RenderError> {
    let fail = |e: minijinja::Error| RenderError::Template { template: name.into(), message: format!("{e:#}") };
    env.get_template(name)
        .map_err(fail)?
        .render(context! { lang => &view.lang, b => Serde(view), unsubscribe => unsubscribe, mailchimp => mailchimp })
        .map_err(fail)
}

fn email_html(
    env: &minijinja::Environment<'static>,
    view: &BriefingView,
    unsubscribe: &str,
    mailchimp: bool,
) -> Result<String, RenderError> {
    let html = template(env, "briefing/email.html", view, unsubscribe, mailchimp)?;
    // Inline every rule; keep @media (dark mode, narrow screens) in a <style> for clients that read it.
    css_inline::CSSInliner::options()
        .keep_at_rules(true)
        .load_remote_stylesheets(false)
        .build()
        .inline(&html)
        .map_err(|e| RenderError::Inline(e.to_string()))
}

/// A zip with one file and a fixed timestamp, so the same briefing gives the same bytes.
fn zip_one(name: &str, contents: &str) -> Result<Vec<u8>, RenderError> {
    crate::files::zip_files(&[(name, contents.as_bytes())]).map_err(|e| RenderError::Zip(e.to_string()))
}
