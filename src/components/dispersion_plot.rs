//! Dispersion: where in the text each word occurs, one strip per word along the document.

use std::rc::Rc;

use textlens_engine::occurrences_of_each;
use yew::prelude::*;

const WIDTH: f64 = 640.0;
const LABEL_WIDTH: f64 = 130.0;
const ROW: f64 = 26.0;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub text: Rc<str>,
    /// The words to plot, each with whether to match all forms of it (its stem).
    pub terms: Vec<(String, bool)>,
    pub on_pick: Callback<String>,
}

/// For each term, where it occurs as a fraction of the way through the text.
fn positions(text: &str, terms: &[(String, bool)]) -> Vec<Vec<f64>> {
    let length = text.len().max(1) as f64;
    let mut out = vec![Vec::new(); terms.len()];
    // One pass over the text per stemming choice, not per term.
    for stem in [false, true] {
        let which: Vec<usize> = (0..terms.len()).filter(|&i| terms[i].1 == stem).collect();
        if which.is_empty() {
            continue;
        }
        let wanted: Vec<&str> = which.iter().map(|&i| terms[i].0.as_str()).collect();
        for (i, spans) in which.into_iter().zip(occurrences_of_each(text, &wanted, stem)) {
            out[i] = spans.iter().map(|s| s.start as f64 / length).collect();
        }
    }
    out
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
    let positions = use_memo((props.text.clone(), props.terms.clone()), |(text, terms)| positions(text, terms));
    if props.terms.is_empty() {
        return html! {};
    }
    let height = ROW * props.terms.len() as f64 + 20.0;
    let strip = WIDTH - LABEL_WIDTH - 10.0;
    let summary: Vec<String> =
        props.terms.iter().zip(positions.iter()).map(|((t, _), p)| format!("{t} {} times", p.len())).collect();
    let label = format!("Where the words occur from the start of the text to its end: {}", summary.join(", "));
    html! {
        <figure class="dispersion">
            <svg viewBox={format!("0 0 {WIDTH} {height}")} role="img" aria-label={label}>
                { for props.terms.iter().zip(positions.iter()).enumerate().map(|(row, ((term, _), at))| {
                    let y = ROW * row as f64 + 4.0;
                    html! {
                        <g class="row" data-term={term.clone()}>
                            <text x="0" y={format!("{:.1}", y + ROW / 2.0)} class="label">{ term }</text>
                            <rect x={LABEL_WIDTH.to_string()} y={format!("{:.1}", y + 3.0)} width={strip.to_string()}
                                height={(ROW - 6.0).to_string()} class="track" />
                            { for pixels(at, strip).map(|x| {
                                html! { <line class="hit" x1={format!("{x:.1}")} x2={format!("{x:.1}")}
                                    y1={format!("{:.1}", y + 3.0)} y2={format!("{:.1}", y + ROW - 3.0)} /> }
                            }) }
                        </g>
                    }
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
