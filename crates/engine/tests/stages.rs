//! The report so far, as `analyze_with_progress` shows it stage by stage: a page shows these
//! figures while the rest is found, so each must already be the finished report's.

use textlens_engine::{analyze_with_progress, Options, Report};

const ARTICLE: &str = include_str!("../../../samples/brown-a01.txt");

/// The report as seen at each stage that shows one, and the finished report.
fn stages(text: &str) -> (Vec<(&'static str, Report)>, Report) {
    let mut seen = Vec::new();
    let report = analyze_with_progress(text, &Options::default(), &mut |p| {
        if let Some(so_far) = p.so_far {
            seen.push((p.stage, so_far.clone()));
        }
    });
    (seen, report)
}

#[test]
fn word_figures_come_first_then_names_then_quotes() {
    let (seen, report) = stages(ARTICLE);
    let names: Vec<&str> = seen.iter().map(|(stage, _)| *stage).collect();
    assert_eq!(names, ["finding names", "finding quotes"]);
    assert!(!report.entities.is_empty() && !report.quotes.is_empty(), "the sample has names and quotes");

    let (_, words) = &seen[0];
    assert!(words.entities.is_empty() && words.quotes.is_empty());
    // Everything else is already as it will be.
    let finished_words = Report { entities: Vec::new(), quotes: Vec::new(), ..report.clone() };
    assert_eq!(*words, finished_words);

    let (_, names) = &seen[1];
    assert_eq!(names.entities, report.entities);
    assert!(names.quotes.is_empty());
    assert_eq!(*names, Report { quotes: Vec::new(), ..report.clone() });
}

#[test]
fn the_empty_text_goes_through_every_stage_too() {
    let (seen, report) = stages("");
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[1].1, report);
}
