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
            5 => {
                // crontab counts weekdays 0–7 from Sunday; the cron crate 1–7 from Sunday.
                // Rather than guess, numbers are refused and the named form is shown.
                let weekday = text.split_whitespace().nth(4).unwrap_or("*");
                if weekday.chars().any(|c| c.is_ascii_digit()) {
                    let named = named_weekdays(weekday);
                    return Err(format!(
                        "`{text}`: write the weekday by name, e.g. `{}` (crontab and the cron crate number weekdays differently)",
                        text.split_whitespace().take(4).chain([named.as_str()]).collect::<Vec<_>>().join(" ")
                    ));
                }
                format!("0 {}", text.trim())
            }
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

/// crontab's numeric weekdays (0 or 7 = Sunday) as names: `1-5` → `MON-FRI`.
fn named_weekdays(field: &str) -> String {
    const NAMES: [&str; 8] = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"];
    let mut out = String::new();
    let mut number = String::new();
    for c in field.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() {
            number.push(c);
            continue;
        }
        if !number.is_empty() {
            match number.parse::<usize>().ok().and_then(|n| NAMES.get(n)) {
                Some(name) => out.push_str(name),
                None => out.push_str(&number),
            }
            number.clear();
        }
        if c != ' ' {
            out.push(c);
        }
    }
    out
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
        let err = Schedule::parse("0 6 * * 1-5").unwrap_err();
        assert!(err.contains("`0 6 * * MON-FRI`"), "{err}");
        let weekdays = Schedule::parse("0 6 * * MON-FRI").unwrap();
        assert_eq!(
            weekdays.next_after(at("2026-11-27T07:00:00Z")),
            Some(at("2026-11-30T06:00:00Z")),
            "Friday → Monday"
        );
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
