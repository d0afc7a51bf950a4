//! Release-aware fetching: a source whose provider cannot have published
//! anything since our last good snapshot is not asked again. Eurostat refreshes
//! its database at 11:00 and 23:00 CET ("datasets are updated twice a day");
//! UNHCR updates its statistics twice a year, so a copy a few hours old is
//! current (Eurostat's API user guide; UNHCR's Refugee Data Finder release calendar:
//! Global Trends in June, a mid-year update). Other providers are asked with
//! conditional requests (ETag, Last-Modified), which cost one 304.

use crate::project::SourceKind;
use chrono::{DateTime, Duration, NaiveTime, Utc};

/// UNHCR's statistics change twice a year and its API sends no validators; a six-hour
/// cache asks it a few times a day at most.
const UNHCR_CACHE_HOURS: i64 = 6;

/// Why the snapshot retrieved at `retrieved` is still current at `now`, if it is.
pub fn up_to_date(kind: SourceKind, retrieved: DateTime<Utc>, now: DateTime<Utc>) -> Option<String> {
    match kind {
        SourceKind::Eurostat => {
            let refresh = last_eurostat_refresh(now);
            (retrieved >= refresh).then(|| {
                format!(
                    "Eurostat has not refreshed its data since {} (it does at 11:00 and 23:00 CET)",
                    refresh.format("%Y-%m-%d %H:%M UTC")
                )
            })
        }
        SourceKind::Unhcr => (now - retrieved < Duration::hours(UNHCR_CACHE_HOURS))
            .then(|| format!("UNHCR updates twice a year; the snapshot is under {UNHCR_CACHE_HOURS} hours old")),
        _ => None,
    }
}

/// The latest possible Eurostat refresh at or before `now`. 11:00 and 23:00 CET
/// are 10:00 and 22:00 UTC in winter, 09:00 and 21:00 UTC in summer: all four
/// count, so neither season's refresh is ever missed.
fn last_eurostat_refresh(now: DateTime<Utc>) -> DateTime<Utc> {
    let hours = [9, 10, 21, 22];
    let mut day = now.date_naive();
    loop {
        for hour in hours.iter().rev() {
            let at = day.and_time(NaiveTime::from_hms_opt(*hour, 0, 0).expect("valid time")).and_utc();
            if at <= now {
                return at;
            }
        }
        day = day.pred_opt().expect("a day before");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn eurostat_is_asked_again_only_after_its_next_refresh() {
        let fetched = at("2026-11-24T06:00:00Z");
        assert!(up_to_date(SourceKind::Eurostat, fetched, at("2026-11-24T08:59:00Z")).is_some());
        assert!(up_to_date(SourceKind::Eurostat, fetched, at("2026-11-24T09:00:00Z")).is_none());
        assert_eq!(last_eurostat_refresh(at("2026-11-24T06:00:00Z")), at("2026-11-23T22:00:00Z"));
        // Winter: the 10:00 UTC refresh is not missed by a copy fetched at 09:30.
        assert!(up_to_date(SourceKind::Eurostat, at("2027-01-15T09:30:00Z"), at("2027-01-15T10:30:00Z")).is_none());
    }

    #[test]
    fn unhcr_is_cached_for_six_hours_and_others_always_asked() {
        let fetched = at("2026-11-24T06:00:00Z");
        assert!(up_to_date(SourceKind::Unhcr, fetched, at("2026-11-24T11:59:00Z")).is_some());
        assert!(up_to_date(SourceKind::Unhcr, fetched, at("2026-11-24T12:00:00Z")).is_none());
        assert!(up_to_date(SourceKind::Oecd, fetched, at("2026-11-24T06:01:00Z")).is_none());
    }
}
