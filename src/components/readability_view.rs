use textlens_engine::{interpret_ease, interpret_grade, Readability, Report};
use yew::prelude::*;

use crate::shared::{Shared, Text};
use crate::state::Marks;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub report: Shared<Report>,
    pub text: Text,
    pub on_mark: Callback<Marks>,
}

/// Hemingway's bands, by the automated readability index of one sentence.
const HARD: f64 = 10.0;
const VERY_HARD: f64 = 14.0;
/// Short sentences are never flagged, whatever their words.
const MIN_WORDS: usize = 14;

/// The ARI grade of one sentence: letters per word and words per sentence.
fn sentence_grade(text: &str, words: usize) -> f64 {
    if words == 0 {
        return 0.0;
    }
    let letters = text.chars().filter(|c| c.is_alphanumeric()).count();
    4.71 * letters as f64 / words as f64 + 0.5 * words as f64 - 21.43
}

/// Each readability score with its name and what it means (also used by the printed report).
pub fn readability_rows(r: &Readability) -> [(&'static str, f64, &'static str); 6] {
    [
        ("Flesch reading ease", r.flesch_reading_ease, interpret_ease(r.flesch_reading_ease)),
        ("Flesch-Kincaid grade", r.flesch_kincaid_grade, interpret_grade(r.flesch_kincaid_grade)),
        ("Gunning fog", r.gunning_fog, interpret_grade(r.gunning_fog)),
        ("SMOG", r.smog_index, interpret_grade(r.smog_index)),
        ("Coleman-Liau", r.coleman_liau_index, interpret_grade(r.coleman_liau_index)),
        ("Automated readability index", r.automated_readability_index, interpret_grade(r.automated_readability_index)),
    ]
}

/// The readability scores, each with what it means, and the hard sentences marked.
#[function_component(ReadabilityView)]
pub fn readability_view(props: &Props) -> Html {
    let rows = readability_rows(&props.report.readability);
    let bands = use_memo((props.report.clone(), props.text.clone()), |(report, text)| {
        report
            .sentences
            .iter()
            .filter(|s| s.words >= MIN_WORDS)
            .filter_map(|s| {
                let grade = sentence_grade(text.get(s.start..s.end).unwrap_or(""), s.words);
                let class = if grade >= VERY_HARD {
                    "very-hard"
                } else if grade >= HARD {
                    "hard"
                } else {
                    return None;
                };
                Some((s.start, s.end, class))
            })
            .collect::<Vec<_>>()
    });
    let hard = bands.iter().filter(|b| b.2 == "hard").count();
    let very_hard = bands.len() - hard;
    let mark = {
        let bands = bands.clone();
        props.on_mark.reform(move |_: MouseEvent| Marks {
            label: "Hard (yellow) and very hard (red) sentences".into(),
            spans: (*bands).clone(),
        })
    };
    let s = &props.report.stats;
    html! {
        <section aria-label="Readability">
            <table class="readability">
                <thead><tr><th scope="col">{ "Measure" }</th><th scope="col" class="num">{ "Score" }</th><th scope="col">{ "What it means" }</th></tr></thead>
                <tbody>
                    { for rows.iter().map(|(name, value, note)| html! {
                        <tr><td>{ *name }</td><td class="num">{ format!("{value:.1}") }</td><td>{ note }</td></tr>
                    }) }
                </tbody>
            </table>
            <p class="summary">
                { format!("{} words, {} sentences, {} syllables ({:.2} a word).", s.words, s.sentences, s.syllables,
                    if s.words == 0 { 0.0 } else { s.syllables as f64 / s.words as f64 }) }
            </p>
            <p>
                <strong id="hard-count">{ format!("{hard} hard and {very_hard} very hard sentences") }</strong>
                { " (as Hemingway counts them: 14 words or more, at grade 10 and at grade 14 and above). " }
                <button type="button" id="mark-hard" onclick={mark} disabled={bands.is_empty()}>{ "Show them in the text" }</button>
            </p>
        </section>
    }
}
