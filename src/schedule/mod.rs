//! Unattended runs: cron schedules ([`when`]) and the lock that keeps runs
//! from overlapping, also across processes ([`lock`]).

pub mod cancel;
pub mod lock;
pub mod when;
