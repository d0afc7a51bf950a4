//! The programs the tests drive besides cargo: Node.js with the harness packages
//! (`tests/browser`), Debian's Chromium, Java (the Nu Html Checker) and Python with
//! aiosmtpd and frictionless (`tests/.venv`). `bash tests/run` installs all of them;
//! here each is found, or named as missing with the command that installs it, and
//! every run has a deadline, so no test waits forever on a program that never answers.

use crate::common::repo;
use std::io::Read;
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const INSTALL: &str = "run `bash tests/run --install-only` (it installs what the tests drive), or install it by hand";

/// A program the tests need, with how to get it.
#[derive(Clone, Copy, Debug)]
pub enum Tool {
    Node,
    Chromium,
    Java,
    /// Python with aiosmtpd and frictionless.
    Python,
}

impl Tool {
    fn hint(self) -> &'static str {
        match self {
            Tool::Node => "Node.js (Debian: apt-get install nodejs npm)",
            Tool::Chromium => "Chromium at /usr/bin/chromium (Debian: apt-get install chromium)",
            Tool::Java => "a Java runtime, 11 or newer (Debian: apt-get install default-jre-headless)",
            Tool::Python => "Python with aiosmtpd and frictionless in tests/.venv",
        }
    }

    /// The program to run; panics naming what is missing and how to install it.
    pub fn path(self) -> PathBuf {
        let found = match self {
            // tests/run puts Node 20 there when the system's is older.
            Tool::Node => ["x64", "arm64"]
                .iter()
                .map(|arch| repo().join(format!("tests/.node/node_modules/node-linux-{arch}/bin/node")))
                .find(|p| p.exists())
                .or_else(|| on_path("node")),
            Tool::Chromium => Some(PathBuf::from("/usr/bin/chromium")).filter(|p| p.exists()),
            Tool::Java => on_path("java"),
            Tool::Python => {
                let venv = repo().join("tests/.venv/bin/python");
                if venv.exists() { Some(venv) } else { on_path("python3") }
            }
        };
        found.unwrap_or_else(|| panic!("{} is missing: {INSTALL}", self.hint()))
    }

    /// A command for the tool, in the repository root.
    pub fn command(self) -> Command {
        let mut cmd = Command::new(self.path());
        cmd.current_dir(repo());
        cmd
    }
}

fn on_path(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")?.to_str()?.split(':').map(|dir| PathBuf::from(dir).join(name)).find(|p| p.is_file())
}

/// A frictionless command (from tests/.venv, else from PATH).
pub fn frictionless() -> Command {
    let venv = repo().join("tests/.venv/bin/frictionless");
    let program = if venv.exists() {
        venv
    } else {
        on_path("frictionless").unwrap_or_else(|| panic!("frictionless (Python) is missing: {INSTALL}"))
    };
    let mut cmd = Command::new(program);
    cmd.current_dir(repo());
    cmd
}

/// Runs a harness script with Node (`tests/browser/<script>`), with its packages
/// installed and Chromium (and, for the site checker, Java) present first.
pub fn node_harness(script: &str) -> Command {
    Tool::Chromium.path();
    if script == "check-site.mjs" {
        Tool::Java.path();
    }
    install_harness();
    let mut cmd = Tool::Node.command();
    cmd.arg(format!("tests/browser/{script}"));
    cmd
}

/// Installs the harness's Node packages from the lock file once per test run,
/// when `tests/browser/node_modules` is missing (`bash tests/run` does it beforehand).
pub fn install_harness() {
    static INSTALLED: std::sync::Mutex<bool> = std::sync::Mutex::new(false);
    let mut done = INSTALLED.lock().unwrap_or_else(|e| e.into_inner());
    if *done || repo().join("tests/browser/node_modules").is_dir() {
        *done = true;
        return;
    }
    let npm = on_path("npm").unwrap_or_else(|| panic!("npm is missing: {INSTALL} (Debian: apt-get install npm)"));
    let mut cmd = Command::new(npm);
    cmd.current_dir(repo()).args(["ci", "--prefix", "tests/browser", "--no-audit", "--no-fund", "--ignore-scripts"]);
    let out = output_within(&mut cmd, Duration::from_secs(600), "npm ci --prefix tests/browser");
    assert!(out.status.success(), "`npm ci --prefix tests/browser` failed: {}", String::from_utf8_lossy(&out.stderr));
    *done = true;
}

/// Runs `cmd` to its end, or kills it (and every process it started) after `limit`
/// and panics naming `what`. Output is read while it runs, so a chatty child never blocks.
pub fn output_within(cmd: &mut Command, limit: Duration, what: &str) -> Output {
    cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).process_group(0);
    let mut child = cmd.spawn().unwrap_or_else(|e| panic!("{what} could not be started: {e}"));
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        let mut pipe = pipe.unwrap();
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = pipe.read_to_end(&mut buf);
            buf
        })
    };
    let stdout = drain(child.stdout.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let stderr = drain(child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > limit {
            // The whole process group: a harness's browser goes with it.
            unsafe { libc::kill(-(child.id() as i32), libc::SIGKILL) };
            let _ = child.wait();
            let err = String::from_utf8_lossy(&stderr.join().unwrap_or_default()).into_owned();
            panic!("{what} did not finish within {} s and was stopped; what it printed:\n{err}", limit.as_secs());
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    // Children of the group that outlive the leader would hold the pipes open.
    unsafe { libc::kill(-(child.id() as i32), libc::SIGKILL) };
    Output { status, stdout: stdout.join().unwrap(), stderr: stderr.join().unwrap() }
}
