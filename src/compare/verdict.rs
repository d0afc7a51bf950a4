//! The uncertainty rule: a gap inside the combined margin of error is "about
//! right", never a misperception. Verdicts are decided on unrounded values,
//! so no rounding on a page can flip one.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, strum::IntoStaticStr, strum::EnumString)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Verdict {
    Overestimated,
    Underestimated,
    AboutRight,
    /// FOCUS reported a direction for its study as a whole; nobody measured the
    /// belief about this figure, so there is no verdict on it.
    DirectionReported,
    /// The respondents' worded answer (a range) lies on the wrong side of the figure.
    AnswerContradicted,
    /// The respondents' worded answer holds the figure.
    AnswerConsistent,
    /// Asked as a category ("low", "high"): nothing to set against a number.
    AnswerNotJudged,
    NoMeasuredEstimate,
}

impl Verdict {
    /// A misperception was measured: the gap is larger than the margin.
    pub fn is_misperception(self) -> bool {
        matches!(self, Verdict::Overestimated | Verdict::Underestimated)
    }

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// How the margin of a public estimate was obtained; shown beside every verdict.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MarginBasis {
    /// Half the published confidence interval (or the published margin of error).
    Published,
    /// The widest 95% margin a mean of estimates on a 0–100 scale can have
    /// with this sample size: 1.96 × 50 / √n.
    SampleSize,
    /// Neither margin nor sample size published: the project's assumed margin.
    Assumed,
}

/// Margin (percentage points, 95%) of an estimate and how it was found.
pub fn estimate_margin(ci: Option<(f64, f64)>, n: Option<u64>, assumed: f64) -> (f64, MarginBasis) {
    if let Some((low, high)) = ci {
        return ((high - low) / 2.0, MarginBasis::Published);
    }
    if let Some(n) = n {
        return (1.96 * 50.0 / (n as f64).sqrt(), MarginBasis::SampleSize);
    }
    (assumed, MarginBasis::Assumed)
}

/// Margins of two independent figures combine as the root of their squares.
pub fn combined_margin(estimate: f64, actual: f64) -> f64 {
    (estimate * estimate + actual * actual).sqrt()
}

/// Judges a worded answer ("under 40 %") against the actual figure: a range
/// that excludes the figure is wrong; a category has nothing to judge.
pub fn decide_answer(below: Option<f64>, above: Option<f64>, actual: f64) -> Verdict {
    match (below, above) {
        (None, None) => Verdict::AnswerNotJudged,
        (b, a) if b.is_some_and(|b| actual >= b) || a.is_some_and(|a| actual <= a) => Verdict::AnswerContradicted,
        _ => Verdict::AnswerConsistent,
    }
}

/// Judges an estimate against the actual figure.
pub fn decide(estimate: f64, actual: f64, combined_margin: f64) -> Verdict {
    let gap = estimate - actual;
    if gap.abs() <= combined_margin {
        Verdict::AboutRight
    } else if gap > 0.0 {
        Verdict::Overestimated
    } else {
        Verdict::Underestimated
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaps_outside_the_margin_have_a_direction() {
        assert_eq!(decide(16.7, 7.2, 3.0), Verdict::Overestimated);
        assert_eq!(decide(12.0, 20.0, 3.0), Verdict::Underestimated);
    }

    #[test]
    fn a_gap_inside_the_margin_is_about_right_even_when_rounding_would_show_more() {
        // 12.7 vs 12.4 with a 5-point margin: about right (Sweden, Eurobarometer 469).
        assert_eq!(decide(12.7, 12.4, 5.0), Verdict::AboutRight);
        // A gap of 3.04 shown as "3.0" against a margin of 3.04 must stay about right.
        assert_eq!(decide(13.04, 10.0, 3.04), Verdict::AboutRight);
        assert_eq!(decide(13.05, 10.0, 3.04), Verdict::Overestimated);
    }

    #[test]
    fn a_worded_range_is_judged_only_when_it_has_bounds() {
        // Fores/Novus 2014: "almost half think under 40 %", SCB/Fores: 63 %.
        assert_eq!(decide_answer(Some(40.0), None, 63.0), Verdict::AnswerContradicted);
        assert_eq!(decide_answer(Some(40.0), None, 35.0), Verdict::AnswerConsistent);
        assert_eq!(decide_answer(None, Some(50.0), 40.0), Verdict::AnswerContradicted);
        assert_eq!(decide_answer(None, None, 13.0), Verdict::AnswerNotJudged);
    }

    #[test]
    fn margins_come_from_the_best_published_basis() {
        assert_eq!(estimate_margin(Some((20.0, 26.0)), Some(1000), 5.0), (3.0, MarginBasis::Published));
        let (m, basis) = estimate_margin(None, Some(1000), 5.0);
        assert_eq!(basis, MarginBasis::SampleSize);
        assert!((m - 3.099).abs() < 0.001);
        assert_eq!(estimate_margin(None, None, 5.0), (5.0, MarginBasis::Assumed));
        assert!((combined_margin(3.0, 4.0) - 5.0).abs() < 1e-12);
    }
}
