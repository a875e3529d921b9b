use textlens_engine::Report;
use yew::prelude::*;

use crate::shared::{Shared, Text};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub report: Shared<Report>,
    pub text: Text,
    pub on_select: Callback<(usize, usize)>,
}

/// Sentence lengths: figures, a histogram and the longest sentences.
#[function_component(SentencesView)]
pub fn sentences_view(props: &Props) -> Html {
    let l = &props.report.sentence_lengths;
    let most = l.histogram.iter().copied().max().unwrap_or(1).max(1);
    let mut longest: Vec<_> = props.report.sentences.iter().collect();
    longest.sort_by_key(|s| std::cmp::Reverse(s.words));
    longest.truncate(5);
    html! {
        <section aria-label="Sentences">
            <p class="summary">
                { format!("{} sentences; {:.1} words on average (median {}), from {} to {}, spread {:.1}.",
                    props.report.stats.sentences, l.mean, l.median, l.shortest, l.longest, l.spread) }
            </p>
            <figure class="histogram" aria-label="Histogram of sentence lengths">
                { for l.histogram.iter().enumerate().map(|(i, &n)| {
                    let height = n as f64 * 100.0 / most as f64;
                    let label = format!("{}–{} words: {} sentences", i * l.bucket, (i + 1) * l.bucket - 1, n);
                    html! {
                        <div class="bar" role="img" title={label.clone()} aria-label={label}>
                            <div class="fill" style={format!("height:{height:.1}%")}></div>
                            <span>{ i * l.bucket }</span>
                        </div>
                    }
                }) }
                <figcaption>{ "Words per sentence" }</figcaption>
            </figure>
            <h3>{ "Longest sentences" }</h3>
            <ol class="longest">
                { for longest.iter().map(|s| {
                    let (start, end) = (s.start, s.end);
                    let onclick = props.on_select.reform(move |_: MouseEvent| (start, end));
                    html! {
                        <li>
                            <button type="button" class="sentence" {onclick} title="Show it in the text">
                                <strong>{ format!("{} words: ", s.words) }</strong>
                                { props.text.get(start..end).unwrap_or("") }
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
