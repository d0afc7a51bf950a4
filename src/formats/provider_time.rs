//! Providers' own update times, as they write them: Eurostat's
//! `2025-04-24T23:00:00+0200` (no colon in the offset), RFC 3339 with `Z`,
//! SDMX-CSV's `dd/mm/yy HH:MM:SS`, or a plain date.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

/// The instant a provider's update-time string names, if it can be read.
pub fn parse(text: &str) -> Option<DateTime<Utc>> {
    let text = text.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Some(t.with_timezone(&Utc));
    }
    if let Ok(t) = DateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%z") {
        return Some(t.with_timezone(&Utc));
    }
    if let Ok(t) = NaiveDateTime::parse_from_str(text, "%d/%m/%y %H:%M:%S") {
        return Some(t.and_utc());
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok().and_then(|d| d.and_hms_opt(0, 0, 0)).map(|t| t.and_utc())
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn every_providers_form_reads() {
        let at = |s: &str| parse(s).map(|t| t.to_rfc3339());
        assert_eq!(at("2025-04-24T23:00:00+0200").as_deref(), Some("2025-04-24T21:00:00+00:00"));
        assert_eq!(at("2023-12-21T23:00:00+0100").as_deref(), Some("2023-12-21T22:00:00+00:00"));
        assert_eq!(at("2026-06-08T06:00:00Z").as_deref(), Some("2026-06-08T06:00:00+00:00"));
        assert_eq!(at("11/06/26 23:00:00").as_deref(), Some("2026-06-11T23:00:00+00:00"));
        assert_eq!(at("2022-01-31").as_deref(), Some("2022-01-31T00:00:00+00:00"));
        assert_eq!(at("soon"), None);
    }
}
