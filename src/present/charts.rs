//! Chart geometry, computed at build time so the SVG templates only place
//! what is here: no JavaScript, and the same numbers give the same picture.
//! Coordinates are rounded to one decimal so the output stays small and stable.

use crate::compare::{Estimate, Fact};
use serde::Serialize;

/// Width of every chart's drawing, in SVG user units (it scales to the column).
pub const WIDTH: f64 = 480.0;
/// Where bars start (row labels sit above the bars, so phones keep the width).
const LABEL_ROOM: f64 = 4.0;
/// The room on the end side for the value written after a bar.
const VALUE_ROOM: f64 = 120.0;
/// Vertical room of one row: its label, then its bar.
const ROW: f64 = 76.0;

/// One horizontal bar of the comparison chart.
#[derive(Debug, Clone, Serialize)]
pub struct Bar {
    /// `estimate` or `actual`: styles the bar (hatched or solid) and names its row.
    pub role: &'static str,
    pub label: String,
    pub value_text: String,
    pub y: f64,
    pub width: f64,
    /// The margin of error drawn as a whisker, when the figure has one.
    pub whisker: Option<(f64, f64)>,
    /// Where the value text starts.
    pub text_x: f64,
    /// The bar's left edge.
    pub rect_x: f64,
}

/// The public's estimate against the official figure.
#[derive(Debug, Clone, Serialize)]
pub struct CompareChart {
    pub width: f64,
    pub height: f64,
    /// Where row labels start.
    pub label_x: f64,
    /// `ltr`, or `rtl` for a mirrored chart: text anchors follow it.
    pub direction: &'static str,
    pub bar_height: f64,
    pub bars: Vec<Bar>,
    /// Axis ticks: position and text.
    pub ticks: Vec<(f64, String)>,
    pub axis_y: f64,
}

/// The official figure over time (or over years since arrival, for a cohort).
#[derive(Debug, Clone, Serialize)]
pub struct TrendChart {
    pub width: f64,
    pub height: f64,
    pub points: Vec<TrendMark>,
    /// The SVG path of the line through the points.
    pub path: String,
    pub y_ticks: Vec<(f64, String)>,
    pub plot_left: f64,
    pub plot_right: f64,
    pub plot_top: f64,
    pub plot_bottom: f64,
    /// Where the value axis' labels end.
    pub tick_label_x: f64,
    /// `ltr`, or `rtl` for a mirrored chart: text anchors follow it.
    pub direction: &'static str,
    /// The x axis counts years since arrival rather than calendar time.
    pub by_arrival: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct TrendMark {
    pub x: f64,
    pub y: f64,
    pub period: String,
    pub value_text: String,
    /// Flagged points (break in series, low reliability) are drawn hollow.
    pub flagged: bool,
    pub flags: String,
    /// Years since arrival of the cohort at that point, where the source gives it.
    pub years_since_arrival: Option<u32>,
    /// Print the period under this point (every point when few, else a thinned set).
    pub show_period: bool,
}

fn r1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// A round upper bound for the value axis: 100 for shares that fit, else the
/// next multiple of a round step above the largest value.
fn axis_max(largest: f64, percent: bool) -> f64 {
    if percent && largest <= 100.0 {
        return 100.0;
    }
    let magnitude = 10f64.powf(largest.max(1.0).log10().floor());
    [1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0]
        .iter()
        .map(|s| s * magnitude)
        .find(|s| largest <= *s)
        .unwrap_or(10.0 * magnitude)
}

/// The comparison chart, or none when the public's side is not a number.
/// `labels` are (estimate row, actual row) in the page's language; `texts`
/// the values as written, and `tick_text` writes an axis value.
pub fn compare(
    fact: &Fact,
    labels: (&str, &str),
    texts: (&str, &str),
    tick_text: impl Fn(f64) -> String,
) -> Option<CompareChart> {
    let Estimate::Measured { figure, margin_pp, .. } = &fact.estimate else { return None };
    // The figure the estimate was judged against: the one at the time of the survey, if not the headline.
    let judged = fact.compared.as_ref().unwrap_or(&fact.actual);
    let percent = judged.unit == crate::normalize::Unit::Percent;
    let largest = (figure.value + margin_pp).max(judged.value);
    let max = axis_max(largest, percent);
    let span = WIDTH - LABEL_ROOM - VALUE_ROOM;
    let scale = |v: f64| r1(LABEL_ROOM + v.clamp(0.0, max) / max * span);
    let bar_height = 32.0;
    let mut bars = Vec::new();
    for (i, (role, label, value, text, margin)) in [
        ("estimate", labels.0, figure.value, texts.0, Some(*margin_pp)),
        ("actual", labels.1, judged.value, texts.1, None),
    ]
    .into_iter()
    .enumerate()
    {
        let end = scale(value);
        let whisker = margin.filter(|m| *m > 0.0).map(|m| (scale(value - m), scale(value + m)));
        let text_x = r1(whisker.map_or(end, |(_, hi)| hi.max(end)) + 6.0);
        bars.push(Bar {
            role,
            label: label.to_string(),
            value_text: text.to_string(),
            y: 30.0 + i as f64 * ROW,
            width: r1(end - LABEL_ROOM),
            whisker,
            text_x,
            rect_x: LABEL_ROOM,
        });
    }
    let axis_y = 30.0 + ROW + bar_height + 8.0;
    let ticks = (0..=4).map(|k| max * f64::from(k) / 4.0).map(|v| (scale(v), tick_text(v))).collect();
    Some(CompareChart {
        width: WIDTH,
        height: axis_y + 28.0,
        label_x: LABEL_ROOM,
        direction: "ltr",
        bar_height,
        bars,
        ticks,
        axis_y,
    })
}

impl CompareChart {
    /// Mirrored for a right-to-left page: bars grow from the right, labels
    /// and values sit on their reading side (anchors follow `direction`).
    pub fn mirror(&mut self) {
        let w = self.width;
        for bar in &mut self.bars {
            bar.rect_x = r1(w - bar.rect_x - bar.width);
            bar.text_x = r1(w - bar.text_x);
            bar.whisker = bar.whisker.map(|(lo, hi)| (r1(w - hi), r1(w - lo)));
        }
        self.label_x = r1(w - self.label_x);
        for tick in &mut self.ticks {
            tick.0 = r1(w - tick.0);
        }
        self.direction = "rtl";
    }
}

/// The SVG path through the marks, in order.
fn line_path(marks: &[TrendMark]) -> String {
    marks
        .iter()
        .enumerate()
        .map(|(i, m)| format!("{}{} {}", if i == 0 { 'M' } else { 'L' }, m.x, m.y))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A period as a point in time: `2018-10` is 2018.75.
fn time_of(period: &str) -> Option<f64> {
    let (year, month) = period.split_once('-').unwrap_or((period, "01"));
    Some(year.parse::<f64>().ok()? + (month.parse::<f64>().ok()? - 1.0) / 12.0)
}

/// Where each point of the series sits along the x axis: by time, or, when a
/// cohort has several figures for one period (one per years since arrival),
/// by years since arrival; the bool says which.
fn positions(fact: &Fact) -> (Vec<(f64, &crate::compare::Figure)>, bool) {
    let mut periods: Vec<&str> = fact.trend.iter().map(|p| p.period.as_str()).collect();
    periods.sort();
    periods.dedup();
    if periods.len() == fact.trend.len() {
        return (fact.trend.iter().filter_map(|p| Some((time_of(&p.period)?, p))).collect(), false);
    }
    let mut by_arrival: Vec<(f64, &crate::compare::Figure)> =
        fact.trend.iter().filter_map(|p| Some((f64::from(p.years_since_arrival?), p))).collect();
    by_arrival.sort_by(|a, b| a.0.total_cmp(&b.0));
    by_arrival.dedup_by(|a, b| a.0 == b.0);
    if by_arrival.len() == fact.trend.len() {
        return (by_arrival, true);
    }
    // Mixed: keep the points comparable with the headline figure.
    let same: Vec<_> = fact
        .trend
        .iter()
        .filter(|p| p.years_since_arrival == fact.actual.years_since_arrival)
        .filter_map(|p| Some((time_of(&p.period)?, p)))
        .collect();
    (same, false)
}

/// The trend chart, when the series has at least two points in time.
/// `value_text` writes a value; `period_text` a period, in the page's language.
pub fn trend(
    fact: &Fact,
    value_text: impl Fn(f64) -> String,
    period_text: impl Fn(&str) -> String,
) -> Option<TrendChart> {
    let (points, by_arrival) = positions(fact);
    // Two points on a full axis say nothing a table does not: a line needs three.
    if points.len() < 3 {
        return None;
    }
    let percent = fact.actual.unit == crate::normalize::Unit::Percent;
    let largest = points.iter().map(|(_, p)| p.value).fold(0.0, f64::max);
    let max = axis_max(largest, percent);
    let (first, last) = (points[0].0, points[points.len() - 1].0);
    let (left, right, top, bottom) = (64.0, WIDTH - 24.0, 16.0, 216.0);
    let x = |t: f64| if last > first { r1(left + (t - first) / (last - first) * (right - left)) } else { left };
    let y = |v: f64| r1(bottom - v.clamp(0.0, max) / max * (bottom - top));
    // Label every period when they fit, else every other one (the table has them all).
    let every = if points.len() > 6 { 2 } else { 1 };
    let marks: Vec<TrendMark> = points
        .iter()
        .enumerate()
        .map(|(i, (t, p))| TrendMark {
            x: x(*t),
            y: y(p.value),
            period: period_text(&p.period),
            value_text: value_text(p.value),
            flagged: !p.flags.is_empty(),
            flags: p.flags.clone(),
            years_since_arrival: p.years_since_arrival,
            show_period: (points.len() - 1 - i) % every == 0,
        })
        .collect();
    let path = line_path(&marks);
    let y_ticks = (0..=4).map(|k| max * f64::from(k) / 4.0).map(|v| (y(v), value_text(v))).collect();
    Some(TrendChart {
        width: WIDTH,
        height: bottom + 36.0,
        points: marks,
        path,
        y_ticks,
        plot_left: left,
        plot_right: right,
        plot_top: top,
        plot_bottom: bottom,
        tick_label_x: left - 6.0,
        direction: "ltr",
        by_arrival,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axes_end_on_round_numbers() {
        assert_eq!(axis_max(62.6, true), 100.0);
        assert_eq!(axis_max(140.0, true), 150.0);
        assert_eq!(axis_max(643_641.0, false), 800_000.0);
        assert_eq!(axis_max(7.0, false), 8.0);
    }

    #[test]
    fn months_fall_between_years() {
        assert_eq!(time_of("2018-10"), Some(2018.75));
        assert_eq!(time_of("2022"), Some(2022.0));
        assert_eq!(time_of("n/a"), None);
    }
}
