//! Cron expressions. The `cron` crate takes six or seven fields beginning
//! with seconds; crontab and GitHub Actions take five. factgap accepts both:
//! a five-field expression gets a leading `0` (on the second), so
//! `0 6 * * *` means every day at 06:00:00 UTC, as people expect.

use chrono::{DateTime, Utc};
use std::str::FromStr;

/// A parsed schedule and the text it came from.
#[derive(Debug, Clone)]
pub struct Schedule {
    pub text: String,
    inner: cron::Schedule,
}

impl Schedule {
    pub fn parse(text: &str) -> Result<Schedule, String> {
        let fields = text.split_whitespace().count();
        let full = match fields {
            5 => format!("0 {}", text.trim()),
            6 | 7 => text.trim().to_string(),
            n => {
                return Err(format!(
                    "`{text}` has {n} fields: write five (minute hour day month weekday, as in crontab) or six or seven beginning with seconds"
                ));
            }
        };
        let inner = cron::Schedule::from_str(&full).map_err(|e| {
            let hint = if fields == 5 { format!(" (read as `{full}`)") } else { String::new() };
            format!("`{text}` is not a cron expression{hint}: {e}")
        })?;
        Ok(Schedule { text: text.trim().to_string(), inner })
    }

    /// The first time strictly after `t`.
    pub fn next_after(&self, t: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.inner.after(&t).next()
    }

    /// The last time at or before `t` and after `since`: a tick missed while
    /// nothing ran. Only the last one counts: missed ticks give one catch-up run.
    pub fn missed(&self, since: DateTime<Utc>, t: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.inner.after(&since).take_while(|tick| *tick <= t).last()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn five_fields_read_as_crontab_and_six_as_cron() {
        let daily = Schedule::parse("0 6 * * *").unwrap();
        assert_eq!(daily.next_after(at("2026-11-24T06:00:00Z")), Some(at("2026-11-25T06:00:00Z")));
        let monthly = Schedule::parse("0 0 9 1 * *").unwrap();
        assert_eq!(monthly.next_after(at("2026-11-24T00:00:00Z")), Some(at("2026-12-01T09:00:00Z")));
        let err = Schedule::parse("every day").unwrap_err();
        assert!(err.contains("has 2 fields"), "{err}");
        let err = Schedule::parse("0 25 * * *").unwrap_err();
        assert!(err.contains("read as `0 0 25 * * *`"), "{err}");
    }

    #[test]
    fn missed_ticks_collapse_to_the_last() {
        let daily = Schedule::parse("0 6 * * *").unwrap();
        assert_eq!(
            daily.missed(at("2026-11-20T07:00:00Z"), at("2026-11-24T05:00:00Z")),
            Some(at("2026-11-23T06:00:00Z"))
        );
        assert_eq!(daily.missed(at("2026-11-24T06:30:00Z"), at("2026-11-24T07:00:00Z")), None);
    }
}
