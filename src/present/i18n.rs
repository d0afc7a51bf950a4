//! Message catalogues (Project Fluent), one folder per language under
//! `templates/i18n/<lang>/`, and the language's number and date formats
//! (ICU4X, CLDR data). Code never holds user-facing text: it asks the
//! catalogue by key, and a build whose catalogues lack a message fails with
//! every missing key, per language.

use crate::config::Digits;
use crate::files::{self, FileError};
use chrono::{Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{YM, YMD};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_locale_core::Locale;
use std::collections::BTreeMap;
use std::path::Path;
use std::str::FromStr;
use unic_langid::LanguageIdentifier;

#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error(transparent)]
    File(#[from] FileError),
    #[error("`{file}`: {message}")]
    Syntax { file: String, message: String },
    #[error("`{0}` is not a language code")]
    Language(String),
    #[error("no messages for language `{0}` (expected templates/i18n/{0}/*.ftl)")]
    NoCatalogue(String),
    #[error("no number or date formats for `{lang}`: {message}")]
    Formats { lang: String, message: String },
    #[error("message `{key}` is missing in language `{lang}`")]
    Missing { lang: String, key: String },
    #[error("{}", missing_list(.0))]
    MissingKeys(BTreeMap<String, Vec<String>>),
    #[error("message `{key}` in `{lang}`: {message}")]
    Format { lang: String, key: String, message: String },
}

fn missing_list(missing: &BTreeMap<String, Vec<String>>) -> String {
    let mut text = String::from("translations are incomplete; missing messages, per language:");
    for (lang, keys) in missing {
        text.push_str(&format!("\n  {lang} ({}): {}", keys.len(), keys.join(", ")));
    }
    text
}

/// First strong isolate and pop directional isolate: Fluent wraps every
/// placeable in them, which lets the literal text be told from the arguments.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// One language: its messages and its formats.
struct Language {
    bundle: FluentBundle<FluentResource>,
    numbers: DecimalFormatter,
    /// Years and other numbers that are names rather than quantities: no grouping.
    plain: DecimalFormatter,
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    month: FixedCalendarDateTimeFormatter<Gregorian, YM>,
    /// Arabic-Indic digits: literal digits in messages and texts are written in them too.
    arabic_indic: bool,
    /// Each message that formats without arguments, formatted once at load:
    /// pages ask for their labels tens of thousands of times a build.
    fixed: std::collections::HashMap<String, String>,
}

/// All catalogues of a build.
pub struct Catalog {
    languages: BTreeMap<String, Language>,
    /// In build order; the first is the reference every other must match.
    order: Vec<String>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").field("languages", &self.order).finish()
    }
}

/// The ICU locale for `lang` with the chosen digits (`-u-nu-arab` / `-u-nu-latn`).
fn icu_locale(lang: &str, digits: Digits) -> Result<Locale, I18nError> {
    let tag = match digits {
        Digits::Default => lang.to_string(),
        Digits::Western => format!("{lang}-u-nu-latn"),
        Digits::ArabicIndic => format!("{lang}-u-nu-arab"),
    };
    Locale::from_str(&tag).map_err(|_| I18nError::Language(lang.into()))
}

impl Catalog {
    /// Loads `templates/i18n/<lang>/*.ftl` for each language, with its digits
    /// (`[site] digits`), and checks that every language has every message
    /// and attribute the first one has.
    pub fn load(
        templates: &Path,
        languages: &[String],
        digits: &BTreeMap<String, Digits>,
    ) -> Result<Catalog, I18nError> {
        let mut loaded = BTreeMap::new();
        let mut sources = BTreeMap::new();
        for lang in languages {
            let id: LanguageIdentifier = lang.parse().map_err(|_| I18nError::Language(lang.clone()))?;
            let digits = digits.get(lang).copied().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            bundle.set_use_isolating(true);
            bundle.set_formatter(Some(match digits {
                Digits::Default => numbers::default_digits,
                Digits::Western => numbers::western_digits,
                Digits::ArabicIndic => numbers::arabic_indic_digits,
            }));
            let files = files::list_files(&templates.join("i18n").join(lang), "ftl")?;
            if files.is_empty() {
                return Err(I18nError::NoCatalogue(lang.clone()));
            }
            let mut texts = Vec::new();
            for file in files {
                let text = files::read_to_string(&file)?;
                texts.push(text.clone());
                let name = file.display().to_string();
                let resource = FluentResource::try_new(text).map_err(|(_, errors)| I18nError::Syntax {
                    file: name.clone(),
                    message: errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; "),
                })?;
                bundle.add_resource(resource).map_err(|errors| I18nError::Syntax {
                    file: name.clone(),
                    message: errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; "),
                })?;
            }
            sources.insert(lang.clone(), texts);
            let locale = icu_locale(lang, digits)?;
            let formats = |e: &dyn std::fmt::Display| I18nError::Formats { lang: lang.clone(), message: e.to_string() };
            let numbers =
                DecimalFormatter::try_new(locale.clone().into(), Default::default()).map_err(|e| formats(&e))?;
            let mut options = DecimalFormatterOptions::default();
            options.grouping_strategy = Some(GroupingStrategy::Never);
            let plain = DecimalFormatter::try_new(locale.clone().into(), options).map_err(|e| formats(&e))?;
            let date =
                FixedCalendarDateTimeFormatter::try_new(locale.clone().into(), YMD::long()).map_err(|e| formats(&e))?;
            let month =
                FixedCalendarDateTimeFormatter::try_new(locale.clone().into(), YM::long()).map_err(|e| formats(&e))?;
            let arabic_indic = numbers.format(&Decimal::from(1)).to_string() == "١";
            let language = Language { bundle, numbers, plain, date, month, arabic_indic, fixed: Default::default() };
            loaded.insert(lang.clone(), language);
        }
        let mut catalog = Catalog { languages: loaded, order: languages.to_vec() };
        for (lang, texts) in &sources {
            let fixed = message_keys(texts)
                .into_iter()
                .filter(|key| !key.contains('.'))
                .filter_map(|key| Some((catalog.pattern(lang, &key, None, &[]).ok()?, key)))
                .map(|(text, key)| (key, text))
                .collect();
            catalog.languages.get_mut(lang).expect("every language is loaded").fixed = fixed;
        }
        catalog.check_complete(&sources)?;
        Ok(catalog)
    }

    /// Every message and attribute of the first language exists in every other.
    fn check_complete(&self, sources: &BTreeMap<String, Vec<String>>) -> Result<(), I18nError> {
        let Some(reference) = self.order.first() else { return Ok(()) };
        let wanted = message_keys(&sources[reference]);
        let mut missing: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for lang in &self.order[1..] {
            let have = message_keys(&sources[lang]);
            let lacking: Vec<String> = wanted.iter().filter(|k| !have.contains(*k)).cloned().collect();
            if !lacking.is_empty() {
                missing.insert(lang.clone(), lacking);
            }
        }
        if missing.is_empty() { Ok(()) } else { Err(I18nError::MissingKeys(missing)) }
    }

    /// The project's catalogues: `[site] languages` with their `digits`.
    pub fn of_project(project: &crate::project::Project) -> Result<Catalog, I18nError> {
        let site = &project.config.site;
        Catalog::load(&project.templates_dir(), &site.languages, &site.digits)
    }

    pub fn languages(&self) -> &[String] {
        &self.order
    }

    pub fn has(&self, lang: &str, key: &str) -> bool {
        self.languages.get(lang).is_some_and(|l| l.bundle.has_message(key))
    }

    /// The message `key` in `lang`, with its arguments filled in. Every
    /// message also receives `$numbering` (`latn` or `arab`).
    pub fn message(&self, lang: &str, key: &str, args: &[(&str, Arg)]) -> Result<String, I18nError> {
        if args.is_empty()
            && let Some(text) = self.languages.get(lang).and_then(|l| l.fixed.get(key))
        {
            return Ok(text.clone());
        }
        self.pattern(lang, key, None, args)
    }

    /// The attribute `key.attribute` in `lang`, if the message has it.
    pub fn attribute(
        &self,
        lang: &str,
        key: &str,
        attribute: &str,
        args: &[(&str, Arg)],
    ) -> Result<Option<String>, I18nError> {
        let has = self
            .languages
            .get(lang)
            .and_then(|l| l.bundle.get_message(key))
            .is_some_and(|m| m.get_attribute(attribute).is_some());
        if !has {
            return Ok(None);
        }
        self.pattern(lang, key, Some(attribute), args).map(Some)
    }

    fn pattern(
        &self,
        lang: &str,
        key: &str,
        attribute: Option<&str>,
        args: &[(&str, Arg)],
    ) -> Result<String, I18nError> {
        let missing = || I18nError::Missing {
            lang: lang.into(),
            key: attribute.map_or_else(|| key.to_string(), |a| format!("{key}.{a}")),
        };
        let language = self.languages.get(lang).ok_or_else(missing)?;
        let message = language.bundle.get_message(key).ok_or_else(missing)?;
        let pattern = match attribute {
            Some(name) => message.get_attribute(name).map(|a| a.value()),
            None => message.value(),
        }
        .ok_or_else(missing)?;
        let mut fluent_args = FluentArgs::new();
        fluent_args.set("numbering", numbering(language));
        for (name, value) in args {
            let value = match value {
                Arg::Text(s) => FluentValue::from(s.clone()),
                Arg::Number(n) => FluentValue::Number(FluentNumber::from(*n)),
            };
            fluent_args.set(name.to_string(), value);
        }
        let mut errors = Vec::new();
        let text = language.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
        if let Some(error) = errors.first() {
            return Err(I18nError::Format { lang: lang.into(), key: key.into(), message: error.to_string() });
        }
        Ok(literal_digits(&text, language.arabic_indic))
    }

    fn language(&self, lang: &str) -> Result<&Language, I18nError> {
        self.languages.get(lang).ok_or_else(|| I18nError::NoCatalogue(lang.into()))
    }

    /// `value` with at most `max_decimals` decimals, trailing zeros dropped,
    /// grouped and with the separators and digits of `lang`.
    pub fn number(&self, lang: &str, value: f64, max_decimals: usize) -> Result<String, I18nError> {
        let language = self.language(lang)?;
        Ok(language.numbers.format(&decimal(value, max_decimals)).to_string())
    }

    /// An integer that names rather than counts (a year): no grouping.
    pub fn plain_number(&self, lang: &str, value: i64) -> Result<String, I18nError> {
        Ok(self.language(lang)?.plain.format(&Decimal::from(value)).to_string())
    }

    /// A day, in the language's long form ("24 November 2026", "24. studenoga 2026.").
    pub fn date(&self, lang: &str, date: NaiveDate) -> Result<String, I18nError> {
        let language = self.language(lang)?;
        Ok(language.date.format(&gregorian(lang, date.year(), date.month(), date.day())?).to_string())
    }

    /// A month of a year ("March 2023", "ožujak 2023.").
    pub fn month(&self, lang: &str, year: i32, month: u32) -> Result<String, I18nError> {
        let language = self.language(lang)?;
        Ok(language.month.format(&gregorian(lang, year, month, 1)?).to_string())
    }

    /// Text written in the language (a translated note, a claim): its digits
    /// in the language's digits, codes such as `NEU27_2020` left alone.
    pub fn digits_in_text(&self, lang: &str, text: &str) -> String {
        match self.languages.get(lang) {
            Some(language) if language.arabic_indic => arabic_indic_words(text),
            _ => text.to_string(),
        }
    }

    /// A date (`YYYY-MM-DD`, or the start of a timestamp), a month (`YYYY-MM`)
    /// or a year (`YYYY`) as `lang` writes it; any other text (`2020-2021`)
    /// keeps its words, with the language's digits.
    pub fn when(&self, lang: &str, text: &str) -> Result<String, I18nError> {
        if let Some(day) = text.get(..10).and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()) {
            return self.date(lang, day);
        }
        if let Some((year, quarter)) = text.split_once("-Q").filter(|_| text.len() == 7) {
            if let (Ok(year), Ok(quarter)) = (year.parse::<i64>(), quarter.parse::<i64>()) {
                let year = self.plain_number(lang, year)?;
                let quarter = self.plain_number(lang, quarter)?;
                return self.message(lang, "period-quarter", &[("year", year.into()), ("quarter", quarter.into())]);
            }
        }
        let month = text.split_once('-').and_then(|(y, m)| Some((y.parse::<i32>().ok()?, m.parse::<u32>().ok()?)));
        match (month, text.parse::<i64>()) {
            (Some((y, m)), _) if text.len() == 7 && (1..=12).contains(&m) => self.month(lang, y, m),
            (_, Ok(year)) if text.len() == 4 => self.plain_number(lang, year),
            _ => Ok(self.digits_in_text(lang, text)),
        }
    }

    /// `arab` or `latn`: the digits `lang` is written with (messages get it as `$numbering`).
    pub fn numbering(&self, lang: &str) -> &'static str {
        self.languages.get(lang).map_or("latn", numbering)
    }

    /// `ltr` or `rtl`, from the catalogue's `dir` message.
    pub fn is_rtl(&self, lang: &str) -> bool {
        self.message(lang, "dir", &[]).is_ok_and(|d| d == "rtl")
    }
}

fn numbering(language: &Language) -> &'static str {
    if language.arabic_indic { "arab" } else { "latn" }
}

fn gregorian(lang: &str, year: i32, month: u32, day: u32) -> Result<Date<Gregorian>, I18nError> {
    Date::try_new_gregorian(year, month as u8, day as u8)
        .map_err(|e| I18nError::Formats { lang: lang.into(), message: format!("{year}-{month}-{day}: {e}") })
}

/// `value` rounded as Rust's `{:.N}` rounds it, trailing zeros dropped.
fn decimal(value: f64, max_decimals: usize) -> Decimal {
    let fixed = format!("{:.*}", max_decimals, value);
    let mut d = Decimal::from_str(&fixed).unwrap_or_default();
    d.absolute.trim_end();
    if d.absolute.is_zero() {
        // "-0" would read as a negative change.
        d = Decimal::from(0);
    }
    d
}

/// Message and attribute names of a catalogue's files (`key`, `key.attribute`).
fn message_keys(texts: &[String]) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    let mut keys = Vec::new();
    for text in texts {
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                keys.push(m.id.name.to_string());
                for a in m.attributes {
                    // `.of` is an optional inflected form; the plain value stands in for it.
                    if a.id.name != "of" {
                        keys.push(format!("{}.{}", m.id.name, a.id.name));
                    }
                }
            }
        }
    }
    keys
}

/// Drops Fluent's isolation marks; with Arabic-Indic digits, first writes the
/// message's own literal digits (outside the marks) in them.
fn literal_digits(text: &str, arabic_indic: bool) -> String {
    if !arabic_indic {
        return text.chars().filter(|c| *c != FSI && *c != PDI).collect();
    }
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    let mut literal = String::new();
    for c in text.chars() {
        match c {
            FSI => {
                if depth == 0 {
                    out.push_str(&arabic_indic_words(&literal));
                    literal.clear();
                }
                depth += 1;
            }
            PDI => depth = depth.saturating_sub(1),
            _ if depth == 0 => literal.push(c),
            _ => out.push(c),
        }
    }
    out.push_str(&arabic_indic_words(&literal));
    out
}

/// Western digits to Arabic-Indic, word by word; a word with Latin letters in
/// it (a code, a URL, `SHA-256`, `NEU27_2020`) keeps its digits. In a number,
/// the decimal point and a following percent sign become Arabic's own.
fn arabic_indic_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut word: Vec<char> = Vec::new();
    let flush = |word: &mut Vec<char>, out: &mut String| {
        if word.iter().any(|c| c.is_ascii_alphabetic()) {
            out.extend(word.iter());
        } else {
            for (i, c) in word.iter().enumerate() {
                let digit_before = i > 0 && word[i - 1].is_ascii_digit();
                let digit_after = word.get(i + 1).is_some_and(|n| n.is_ascii_digit());
                out.push(match c {
                    '0'..='9' => char::from_u32(0x0660 + (*c as u32 - '0' as u32)).unwrap_or(*c),
                    '.' if digit_before && digit_after => '\u{066B}',
                    '%' if digit_before => '\u{066A}',
                    c => *c,
                });
            }
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || matches!(c, '_' | '/' | ':' | '@' | '-' | '.' | '%') {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Numbers shown by Fluent itself (`{ $count }`): ICU4X in the bundle's
/// language, one formatter function per choice of digits.
mod numbers {
    use super::decimal;
    use fluent_bundle::FluentValue;
    use fluent_bundle::memoizer::MemoizerKind;
    use icu_decimal::DecimalFormatter;
    use icu_locale_core::Locale;
    use std::str::FromStr;
    use unic_langid::LanguageIdentifier;

    pub(super) struct Formatter(DecimalFormatter);

    impl intl_memoizer::Memoizable for Formatter {
        type Args = (&'static str,);
        type Error = String;
        fn construct(lang: LanguageIdentifier, args: Self::Args) -> Result<Self, Self::Error> {
            let tag = format!("{lang}{}", args.0);
            let locale = Locale::from_str(&tag).map_err(|e| e.to_string())?;
            DecimalFormatter::try_new(locale.into(), Default::default()).map(Formatter).map_err(|e| e.to_string())
        }
    }

    fn format<M: MemoizerKind>(value: &FluentValue, intls: &M, extension: &'static str) -> Option<String> {
        let FluentValue::Number(n) = value else { return None };
        let decimals = n.options.maximum_fraction_digits.unwrap_or(3);
        intls
            .with_try_get_threadsafe::<Formatter, _, _>((extension,), |f| {
                f.0.format(&decimal(n.value, decimals)).to_string()
            })
            .ok()
    }

    pub(super) fn default_digits<M: MemoizerKind>(value: &FluentValue, intls: &M) -> Option<String> {
        format(value, intls, "")
    }

    pub(super) fn western_digits<M: MemoizerKind>(value: &FluentValue, intls: &M) -> Option<String> {
        format(value, intls, "-u-nu-latn")
    }

    pub(super) fn arabic_indic_digits<M: MemoizerKind>(value: &FluentValue, intls: &M) -> Option<String> {
        format(value, intls, "-u-nu-arab")
    }
}

/// An argument to a message: text (already formatted) or a number (for plural rules).
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_in_literal_text_only_and_never_in_codes() {
        let text = format!("عام 2015. {FSI}NEU27_2020 2019{PDI} ISCED 5–8 و 1.96 و 48.4% SHA-256");
        assert_eq!(literal_digits(&text, true), "عام ٢٠١٥. NEU27_2020 2019 ISCED ٥–٨ و ١٫٩٦ و ٤٨٫٤٪ SHA-256");
        assert_eq!(literal_digits(&text, false), "عام 2015. NEU27_2020 2019 ISCED 5–8 و 1.96 و 48.4% SHA-256");
    }

    #[test]
    fn decimals_round_like_rust_and_drop_trailing_zeros() {
        assert_eq!(decimal(24.649, 1).to_string(), "24.6");
        assert_eq!(decimal(7.0, 2).to_string(), "7");
        assert_eq!(decimal(-0.01, 1).to_string(), "0");
    }
}
