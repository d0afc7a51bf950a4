//! The binary: commands, global options, the problem table and exit codes.

use crate::common::TestProject;
use std::process::{Command, Output};

fn factgap(project: &TestProject, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factgap"))
        .arg("--project")
        .arg(project.path())
        .args(["--now", "2026-11-24T06:00:00Z"])
        .args(args)
        .env_remove("FACTGAP_LOG")
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn run_offline_publishes_says_where_each_source_came_from_and_exits_3_for_stale_data() {
    let project = TestProject::bundled();
    let out = factgap(&project, &["--offline", "run"]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(
        stderr.contains("eurostat.lfsa_ergan: offline, using seed figures from sources/seed/eurostat.lfsa_ergan.csv"),
        "{stderr}"
    );
    assert!(stderr.contains("iab.refugee_survey: seed figures from sources/seed/iab.refugee_survey.csv"));
    assert!(stderr.contains("published 52 facts to"));
    assert!(!stderr.contains('\u{1b}'), "no colour codes when stderr is not a terminal");
    assert!(stderr.contains(" WARN ") || stderr.contains("INFO "), "{stderr}");
    assert!(
        stderr.contains("stale or left out: destatis.schutzsuchende, dst.ras200, eurostat.edat_lfs_9912, eurostat.lfsa_ergan, eurostat.lfsa_urgan, focus.zenodo, scb.tab6379, unhcr.population"),
        "{stderr}"
    );
    assert!(project.out().join("site/index.html").exists());
    // -q leaves only errors.
    let quiet = factgap(&project, &["--offline", "-q", "build"]);
    assert_eq!(text(&quiet.stderr), "");
}

#[test]
fn out_puts_the_site_where_asked() {
    let project = TestProject::bundled();
    let elsewhere = tempfile::tempdir().unwrap();
    let out = factgap(&project, &["build", "--out", elsewhere.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(3));
    assert!(elsewhere.path().join("site/facts/welfare-de/index.html").exists());
    assert!(!project.out().exists());
}

#[test]
fn check_passes_on_the_bundled_project() {
    let project = TestProject::bundled();
    let out = factgap(&project, &["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(text(&out.stdout).contains("0 error(s), 0 warning(s)"));
    assert!(!project.out().exists(), "check writes nothing");
}

#[test]
fn check_prints_a_table_naming_file_row_and_field_and_fails() {
    let project = TestProject::bundled();
    project.edit(
        "sources/seed/unhcr.population.csv",
        "refugees,JO,all_origins,2025,T,all,436226,",
        "refugees,JO,all_origins,2025,T,all,,",
    );
    let out = factgap(&project, &["check"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let header = stdout.lines().next().unwrap();
    assert!(header.starts_with("SEVERITY  SOURCE"), "{header}");
    let row = stdout.lines().find(|l| l.contains("unhcr.population")).unwrap();
    for part in ["error", "sources/seed/unhcr.population.csv", "12", "value", "is required but empty"] {
        assert!(row.contains(part), "{part} missing from {row}");
    }
}

#[test]
fn sources_lists_kind_latest_period_origin_and_age() {
    let project = TestProject::bundled();
    let out = factgap(&project, &["sources"]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    let line = stdout.lines().find(|l| l.starts_with("eurostat.lfsa_ergan ")).unwrap();
    let cells: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(cells, ["eurostat.lfsa_ergan", "eurostat", "2024", "seed", "432", "d", "(stale)", "-", "-"]);
    let zenodo = stdout.lines().find(|l| l.starts_with("focus.zenodo ")).unwrap();
    assert!(zenodo.contains("not fetched yet"), "{zenodo}");
    let poll = stdout.lines().find(|l| l.starts_with("poll.example ")).unwrap();
    assert!(poll.contains("example (never published)"));
    assert!(stdout.lines().any(|l| l.starts_with("ba.syrians ") && l.contains("2024-09")));
}

#[test]
fn every_command_has_help_and_bad_input_is_a_usage_error() {
    for command in ["run", "build", "check", "sources"] {
        let out = Command::new(env!("CARGO_BIN_EXE_factgap")).args([command, "--help"]).output().unwrap();
        assert_eq!(out.status.code(), Some(0));
        let help = text(&out.stdout);
        assert!(
            help.contains("--project") && help.contains("--offline") && help.contains("--now"),
            "{command}: {help}"
        );
    }
    let top = text(&Command::new(env!("CARGO_BIN_EXE_factgap")).arg("--help").output().unwrap().stdout);
    assert!(top.contains("Exit codes:") && top.contains("3  published, but some sources are stale"));
    let bad = Command::new(env!("CARGO_BIN_EXE_factgap")).args(["--now", "yesterday", "build"]).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(text(&bad.stderr).contains("not an RFC 3339 time"));
}

#[test]
fn a_folder_that_is_not_a_project_is_an_error() {
    let empty = tempfile::tempdir().unwrap();
    let out =
        Command::new(env!("CARGO_BIN_EXE_factgap")).arg("--project").arg(empty.path()).arg("build").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("expected a `sources/` folder"));
}

#[test]
fn inspect_prints_tidy_rows_or_the_errors_with_their_path() {
    let bin = env!("CARGO_BIN_EXE_factgap");
    let file = crate::common::fixture("eurostat_lfsa_ergan.jsonstat.json");
    let out = Command::new(bin).arg("inspect").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    assert_eq!(stdout.lines().next(), Some("freq,unit,sex,age,citizen,geo,time,value,flags,flag_meaning"));
    assert!(stdout.contains("A,PC,T,Y20-64,NEU27_2020_FOR,DE,2024,62.6,,\n"));
    assert!(stdout.contains("A,PC,T,Y20-64,NAT,DK,2023,80.5,b,break in time series\n"));
    assert_eq!(stdout.lines().count(), 12);
    assert!(text(&out.stderr).contains("11 cell(s) with a value in 7 dimension(s) (jsonstat)"));

    let wrong = Command::new(bin).arg("inspect").arg(&file).args(["--format", "unhcr"]).output().unwrap();
    assert_eq!(wrong.status.code(), Some(1));
    assert!(text(&wrong.stderr).contains("read as unhcr: $[0].items is missing"), "{}", text(&wrong.stderr));

    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, r#"{"class":"dataset","id":["geo"],"size":[2],"dimension":{"geo":{"category":{"index":{"DE":0,"SE":3}}}},"value":[1,2]}"#).unwrap();
    let bad = Command::new(bin).arg("inspect").arg(&broken).output().unwrap();
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        text(&bad.stderr).contains("$.dimension.geo.category.index.SE is at 3, beyond the size 2"),
        "{}",
        text(&bad.stderr)
    );
    assert_eq!(text(&bad.stdout), "");
}
