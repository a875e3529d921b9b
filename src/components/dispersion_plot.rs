//! Dispersion: where in the text each word occurs, one strip per word along the document.

use std::rc::Rc;

use textlens_engine::Span;
use yew::prelude::*;

use crate::hooks::use_occurrences;
use crate::shared::Text;

const WIDTH: f64 = 640.0;
const LABEL_WIDTH: f64 = 130.0;
const ROW: f64 = 26.0;
/// The width of a word's strip.
const STRIP: f64 = WIDTH - LABEL_WIDTH - 10.0;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub text: Text,
    /// The words to plot, each with whether to match all forms of it (its stem).
    pub terms: Vec<(String, bool)>,
    pub on_pick: Callback<String>,
}

/// Where each occurrence is, as a fraction of the way through a text of `length` bytes.
fn fractions(spans: &[Span], length: usize) -> Vec<f64> {
    let length = length.max(1) as f64;
    spans.iter().map(|s| s.start as f64 / length).collect()
}

/// The x positions of the marks, one per half pixel at most: a word seen thousands of times
/// draws a few hundred marks, not thousands.
fn pixels(at: &[f64], strip: f64) -> impl Iterator<Item = f64> + '_ {
    let mut last = f64::NAN;
    at.iter().filter_map(move |&f| {
        let x = LABEL_WIDTH + (f * strip * 2.0).round() / 2.0;
        (x != last).then(|| {
            last = x;
            x
        })
    })
}

#[function_component(DispersionPlot)]
pub fn dispersion_plot(props: &Props) -> Html {
    // Words plotted by their stem are looked for apart from the others: one search for each.
    let of_kind = |stem: bool| props.terms.iter().filter(|t| t.1 == stem).map(|t| t.0.clone()).collect::<Vec<_>>();
    let exact = use_occurrences(props.text.clone(), of_kind(false), false);
    let stemmed = use_occurrences(props.text.clone(), of_kind(true), true);
    let length = props.text.len();
    let fresh = (exact.fresh, stemmed.fresh);
    let positions =
        use_memo((exact.answer.clone(), stemmed.answer.clone(), fresh, length), |(exact, stemmed, fresh, length)| {
            // The newest answers, each for the words it was asked about, a fresh one first.
            let mut answers = [(fresh.0, exact), (fresh.1, stemmed)];
            answers.sort_by_key(|(fresh, _)| !fresh);
            // Each word with its count and its marks' x positions.
            let mut rows: Vec<(String, usize, Rc<Vec<f64>>)> = Vec::new();
            for (_, answer) in answers {
                let Some((terms, Some(found))) = answer.as_deref() else { continue };
                for (term, spans) in terms.iter().zip(found) {
                    if !rows.iter().any(|(t, ..)| t == term) {
                        let marks = pixels(&fractions(spans, *length), STRIP).collect();
                        rows.push((term.clone(), spans.len(), Rc::new(marks)));
                    }
                }
            }
            rows
        });
    // The words asked for, in order; until the answers for the words and text as they are now
    // come back, the plot keeps what it had (a word just added joins it then).
    let rows: Vec<&(String, usize, Rc<Vec<f64>>)> =
        props.terms.iter().filter_map(|(term, _)| positions.iter().find(|(t, ..)| t == term)).collect();
    if rows.is_empty() {
        return html! {};
    }
    let busy = !(fresh.0 && fresh.1);
    let height = ROW * rows.len() as f64 + 20.0;
    let summary: Vec<String> = rows.iter().map(|(t, count, _)| format!("{t} {count} times")).collect();
    let label = format!("Where the words occur from the start of the text to its end: {}", summary.join(", "));
    html! {
        <figure class="dispersion" aria-busy={busy.to_string()}>
            <svg viewBox={format!("0 0 {WIDTH} {height}")} role="img" aria-label={label}>
                // Each strip drawn at the top and moved into place: a strip that only moves (a
                // word added above it) or whose marks are the same is not drawn again.
                { for rows.iter().enumerate().map(|(row, (term, _, marks))| html! {
                    <g key={term.as_str()} transform={format!("translate(0 {:.1})", ROW * row as f64 + 4.0)}>
                        <Strip term={term.clone()} marks={marks.clone()} />
                    </g>
                }) }
                <text x={LABEL_WIDTH.to_string()} y={(height - 2.0).to_string()} class="axis">{ "start" }</text>
                <text x={(WIDTH - 10.0).to_string()} y={(height - 2.0).to_string()} class="axis end">{ "end" }</text>
            </svg>
            <figcaption>
                { "Where each word occurs, from the start of the text to its end. Show a word in context: " }
                { for props.terms.iter().map(|(term, _)| {
                    let t = term.clone();
                    let onclick = props.on_pick.reform(move |_: MouseEvent| t.clone());
                    html! { <button type="button" class="chip-button" {onclick}>{ term }</button> }
                }) }
            </figcaption>
        </figure>
    }
}

#[derive(Properties, PartialEq)]
struct StripProps {
    term: String,
    /// The x positions of its marks. Compared by content (`Rc`'s `==` on floats), and cheaply:
    /// a strip has at most two marks a pixel. The plot works them all out anew when any answer
    /// comes, so identity would redraw every strip.
    marks: Rc<Vec<f64>>,
}

/// One word's strip: a component of its own, so that a word added to the plot (a click in the
/// word table) draws only its own strip, not again the thousands of marks of the others.
#[function_component(Strip)]
fn strip(props: &StripProps) -> Html {
    // Drawn at the top: the plot moves each strip into its row.
    let (top, bottom) = ("3", format!("{:.1}", ROW - 3.0));
    html! {
        <g class="row" data-term={props.term.clone()}>
            <text x="0" y={format!("{:.1}", ROW / 2.0)} class="label">{ &props.term }</text>
            <rect x={LABEL_WIDTH.to_string()} y={top} width={STRIP.to_string()}
                height={(ROW - 6.0).to_string()} class="track" />
            { for props.marks.iter().map(|x| {
                let x = format!("{x:.1}");
                html! { <line class="hit" x1={x.clone()} x2={x} y1={top} y2={bottom.clone()} /> }
            }) }
        </g>
    }
}
