//! How far an analysis has come, for a page that shows a long analysis under way and its
//! figures as they arrive.

use crate::Report;

/// Reported by [`analyze_with_progress`](crate::analyze_with_progress) as each stage of the
/// analysis begins.
///
/// `done` is the share of the work behind it, from the stages' typical share of the time on
/// news text, so it is an estimate, not a count. Measured natively on 1 MB of news, the stages
/// begin at 0.36, 0.58 and 0.87 of the analysis; the figures below leave room for writing the
/// report, which the page's worker does next.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Progress<'a> {
    /// The share of the work done, from 0 up to (not including) 1.
    pub done: f32,
    /// What the engine is doing now, in a few plain words: "reading the words", "counting
    /// words", "finding names", "finding quotes".
    pub stage: &'static str,
    /// The report so far, once it has figures to show: from "finding names" on, everything but
    /// the entities, quotes and tokens (left empty); from "finding quotes" on, the entities too.
    /// Each field filled is already as it will be in the finished report.
    pub so_far: Option<&'a Report>,
}

/// The stages in order, each with the share of the time spent before it begins.
pub(crate) const READING: Progress = Progress { done: 0.0, stage: "reading the words", so_far: None };
pub(crate) const COUNTING: Progress = Progress { done: 0.33, stage: "counting words", so_far: None };
pub(crate) const NAMES: Progress = Progress { done: 0.52, stage: "finding names", so_far: None };
pub(crate) const QUOTES: Progress = Progress { done: 0.82, stage: "finding quotes", so_far: None };
