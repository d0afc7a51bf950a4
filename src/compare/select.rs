//! Which rows of the observation table any claim can use, picked on the
//! table's columns before a row becomes a typed observation: a bulk file holds
//! every sex, age band and indicator, and a claim reads few of them.

use crate::normalize::{Kind, Observation, Observations, RowKey};
use crate::project::{Claim, EstimateSpec};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// What the claims read, by kind of observation.
#[derive(Debug, Default)]
struct Wanted<'c> {
    /// Surveys' indicators: every row of them (a place is found by any sex).
    perceived: BTreeSet<&'c str>,
    /// Official indicators, by sex, with the age bands read (`None`: any band).
    actual: BTreeMap<&'c str, BTreeMap<&'c str, Option<BTreeSet<&'c str>>>>,
    /// Official indicators whose populations a refusal names, any sex and age.
    refusable: BTreeSet<&'c str>,
}

impl<'c> Wanted<'c> {
    fn of(claims: &'c [Claim]) -> Self {
        let mut wanted = Wanted::default();
        for claim in claims {
            for pairing in &claim.actual {
                let indicator = pairing.indicator.as_deref().unwrap_or(&claim.indicator);
                wanted.refusable.insert(indicator);
                wanted.read(indicator, &claim.sex, pairing.age.as_deref());
            }
            for spec in &claim.context {
                wanted.read(&spec.indicator, spec.sex.as_deref().unwrap_or(&claim.sex), spec.age.as_deref());
            }
            if let EstimateSpec::Survey { indicator, .. } = &claim.estimate {
                let indicator = indicator.as_deref().unwrap_or(&claim.indicator);
                wanted.perceived.insert(indicator);
                // The benchmark group's official figure: the survey's indicator, any age band.
                if claim.benchmark.is_some() {
                    wanted.read(indicator, &claim.sex, None);
                }
            }
        }
        wanted
    }

    fn read(&mut self, indicator: &'c str, sex: &'c str, age: Option<&'c str>) {
        let ages = self.actual.entry(indicator).or_default().entry(sex).or_insert_with(|| Some(BTreeSet::new()));
        match (ages.as_mut(), age) {
            (Some(ages), Some(age)) => {
                ages.insert(age);
            }
            _ => *ages = None,
        }
    }

    fn keeps(&self, key: &RowKey) -> bool {
        match key.kind {
            Kind::Perceived => self.perceived.contains(key.indicator),
            Kind::Actual => self
                .actual
                .get(key.indicator)
                .and_then(|by_sex| by_sex.get(key.sex))
                .is_some_and(|ages| ages.as_ref().is_none_or(|ages| ages.contains(key.age))),
            Kind::SelfReported => false,
        }
    }
}

/// The rows the claims can read, and for every official indicator a claim
/// pairs with, the populations present in each place (any sex or age band):
/// what a refusal names when none of them is acceptable.
pub(super) struct Selected<'t> {
    pub rows: Vec<Observation>,
    pub populations: HashMap<(&'t str, &'t str), BTreeSet<&'t str>>,
}

pub(super) fn select<'t>(claims: &[Claim], table: &'t Observations) -> polars::prelude::PolarsResult<Selected<'t>> {
    let wanted = Wanted::of(claims);
    let mut populations: HashMap<(&'t str, &'t str), BTreeSet<&'t str>> = HashMap::new();
    let rows = table.rows_where(|key| {
        if key.kind == Kind::Actual && wanted.refusable.contains(key.indicator) {
            populations.entry((key.indicator, key.geo)).or_default().insert(key.population);
        }
        wanted.keeps(key)
    })?;
    Ok(Selected { rows, populations })
}
