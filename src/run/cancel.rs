//! Stopping a run cleanly: a token the pipeline checks between stages and
//! before the swap (never during it). A deadline, the scheduler's shutdown or
//! SIGTERM/Ctrl-C to a plain `factgap run` sets it.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set by the process's SIGTERM/SIGINT handler.
static SIGNALLED: AtomicBool = AtomicBool::new(false);

/// Why a run was stopped.
#[derive(Debug, Clone, Default)]
pub struct Cancel {
    flag: Arc<AtomicBool>,
}

impl Cancel {
    pub fn new() -> Self {
        Cancel::default()
    }

    pub fn cancel(&self) {
        self.flag.store(true, Ordering::SeqCst);
    }

    /// Cancelled by its owner, or the process was asked to stop.
    pub fn is_cancelled(&self) -> bool {
        self.flag.load(Ordering::SeqCst) || SIGNALLED.load(Ordering::SeqCst)
    }
}

extern "C" fn on_signal(_: libc::c_int) {
    // Only an atomic store: async-signal-safe.
    SIGNALLED.store(true, Ordering::SeqCst);
}

/// Makes SIGTERM and Ctrl-C stop a run at its next checkpoint instead of
/// killing it: the site is then either swapped in whole or left as it was.
pub fn stop_on_signals() {
    // SAFETY: the handler only stores to an atomic.
    unsafe {
        libc::signal(libc::SIGTERM, on_signal as *const () as libc::sighandler_t);
        libc::signal(libc::SIGINT, on_signal as *const () as libc::sighandler_t);
    }
}
