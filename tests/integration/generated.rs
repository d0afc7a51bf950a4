//! The benchmark's generated project, built small in every configured language:
//! if the generator falls behind the project (a new language, a new required
//! text), this fails in the test suite instead of in `cargo bench`.

#[path = "../support/generated_project.rs"]
mod generated_project;

use crate::common::{now, repo};
use factgap::pipeline::{self, Options};

#[test]
fn the_benchmarks_generated_project_builds_in_every_language() {
    let project = tempfile::tempdir().unwrap();
    let (claims, places) = (4, 6);
    generated_project::generate(&repo(), project.path(), claims, places);
    let languages = generated_project::languages(&project.path().join("factgap.toml"));
    assert!(languages.len() >= 5, "the real configuration: {languages:?}");
    let out = tempfile::tempdir().unwrap();
    let options = Options {
        project_dir: project.path().to_path_buf(),
        out_dir: out.path().to_path_buf(),
        offline: true,
        now: now(),
        cancel: Default::default(),
    };
    let report = pipeline::build(&options).unwrap();
    assert!(report.problems.iter().all(|p| !p.is_error()), "{:?}", report.problems);
    assert_eq!(report.facts.facts.len(), claims * places);
    let site = out.path().join("site");
    for (i, lang) in languages.iter().enumerate() {
        let prefix = if i == 0 { String::new() } else { format!("{lang}/") };
        let page = std::fs::read_to_string(site.join(format!("{prefix}facts/share-000-b000/index.html")))
            .unwrap_or_else(|e| panic!("{lang}: {e}"));
        // (Arabic pages write the place's number in Arabic-Indic digits.)
        assert!(
            page.contains("Place ") && page.contains(&format!("born abroad ({lang})")),
            "{lang}: the generated place and sentence are on its page"
        );
    }
}
