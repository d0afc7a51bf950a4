//! `cargo bench --bench parse_jsonstat`: JSON-stat parse throughput (MB/s)
//! and peak memory, on the ONS benchmark file in `../shared/fixtures` and on a
//! generated ~48 MB response in Eurostat's sparse shape (3.6 million cells,
//! 3.1 million values, 5% with a status flag). A benchmark: it prints figures
//! and asserts nothing about speed.

use factgap::formats::jsonstat;
use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

fn main() {
    let ons = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures/jsonstat_benchmark/A02Level_ons.json");
    match std::fs::read(&ons) {
        Ok(bytes) => measure("A02Level_ons.json (JSON-stat 1.0, ONS)", &bytes, 20),
        Err(_) => println!("A02Level_ons.json: ../shared/fixtures is absent, skipped"),
    }
    let generated = generate();
    measure("generated Eurostat-shaped response", &generated, 3);
    whole_process(&generated);
}

/// `factgap inspect` on the generated response, as a user runs it: the whole
/// process (start, read, parse, CSV to standard output), best of 3.
fn whole_process(bytes: &[u8]) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("generated.json");
    std::fs::write(&file, bytes).expect("the response is written");
    let mut best = f64::MAX;
    for _ in 0..3 {
        let started = Instant::now();
        let status = std::process::Command::new(env!("CARGO_BIN_EXE_factgap"))
            .arg("inspect")
            .arg(&file)
            .stdout(std::process::Stdio::null())
            .status()
            .expect("factgap runs");
        assert!(status.success(), "factgap inspect failed");
        best = best.min(started.elapsed().as_secs_f64());
    }
    println!(
        "factgap inspect on the generated {:.0} MB response, CSV out: best of 3 {:.0} ms (whole process)",
        bytes.len() as f64 / 1e6,
        best * 1000.0
    );
}

fn measure(name: &str, bytes: &[u8], runs: usize) {
    let mut best = f64::MAX;
    for _ in 0..runs {
        reset_peak();
        let before = peak_kb();
        let started = Instant::now();
        let cube = jsonstat::parse(bytes).expect("parses");
        let secs = started.elapsed().as_secs_f64();
        let cells = cube.cells.len();
        best = best.min(secs);
        {
            let after = peak_kb();
            if let (Some(b), Some(a)) = (before, after) {
                let mb = bytes.len() as f64 / 1e6;
                println!(
                    "{name}: {mb:.1} MB, {cells} values: {:.0} ms = {:.0} MB/s; peak memory while parsing +{} MB over the {mb:.0} MB input",
                    secs * 1000.0,
                    mb / secs,
                    a.saturating_sub(b) / 1024
                );
            }
        }
        drop(cube);
    }
    println!("{name}: best of {runs}: {:.0} ms ({:.0} MB/s)", best * 1000.0, bytes.len() as f64 / 1e6 / best);
}

/// A response in Eurostat's shape: 7 dimensions, 3.6 million cells, sparse
/// `value` with unsorted keys for 86% of them, `status` on 5%.
fn generate() -> Vec<u8> {
    let sizes = [1usize, 1, 3, 10, 4, 40, 750];
    let total: usize = sizes.iter().product();
    let names = ["freq", "unit", "sex", "age", "citizen", "geo", "time"];
    let mut out = String::with_capacity(50_000_000);
    out.push_str(r#"{"version":"2.0","class":"dataset","label":"generated","source":"ESTAT","updated":"2025-04-24T23:00:00+0200","value":{"#);
    let mut first = true;
    let mut status = String::from(r#""status":{"#);
    let mut first_status = true;
    // A fixed permutation of the index space: keys arrive unsorted, as Eurostat's do.
    let step = 1_000_003usize;
    for k in 0..total {
        let i = (k * step) % total;
        if i % 7 == 3 {
            continue; // 1 cell in 7 has no value
        }
        if !first {
            out.push(',');
        }
        first = false;
        let _ = write!(out, "\"{i}\":{}.{}", i % 1000, i % 10);
        if i % 20 == 0 {
            if !first_status {
                status.push(',');
            }
            first_status = false;
            let _ = write!(status, "\"{i}\":\"{}\"", if i % 40 == 0 { "u" } else { "b" });
        }
    }
    out.push_str("},");
    out.push_str(&status);
    out.push_str("},\"id\":[");
    out.push_str(&names.iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(","));
    out.push_str("],\"size\":[");
    out.push_str(&sizes.iter().map(|s| s.to_string()).collect::<Vec<_>>().join(","));
    out.push_str("],\"dimension\":{");
    let dims: Vec<String> = names
        .iter()
        .zip(sizes)
        .map(|(n, s)| {
            let index: Vec<String> = (0..s).map(|i| format!("\"{n}{i}\":{i}")).collect();
            format!("\"{n}\":{{\"label\":\"{n}\",\"category\":{{\"index\":{{{}}}}}}}", index.join(","))
        })
        .collect();
    out.push_str(&dims.join(","));
    out.push_str("}}");
    out.into_bytes()
}

/// Resets the kernel's peak-RSS mark (Linux), so each run measures its own peak.
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn peak_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.trim_start_matches("VmHWM:").trim().trim_end_matches("kB").trim().parse().ok()
}
