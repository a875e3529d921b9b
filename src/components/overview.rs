use textlens_engine::Report;
use yew::prelude::*;

use super::{duration, thousands};
use crate::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub report: Shared<Report>,
}

/// The headline figures of the text.
#[function_component(Overview)]
pub fn overview(props: &Props) -> Html {
    let s = &props.report.stats;
    let r = &props.report.readability;
    let figure = |label: &'static str, value: String, id: &'static str| {
        html! {
            <div class="figure" data-stat={id}>
                <span class="value">{ value }</span>
                <span class="label">{ label }</span>
            </div>
        }
    };
    html! {
        <section aria-label="Overview">
            <div class="figures">
                { figure("words", thousands(s.words), "words") }
                { figure("unique words", thousands(s.unique_words), "unique_words") }
                { figure("sentences", thousands(s.sentences), "sentences") }
                { figure("paragraphs", thousands(s.paragraphs), "paragraphs") }
                { figure("characters", thousands(s.characters), "characters") }
                { figure("reading time", duration(s.reading_time_seconds), "reading_time") }
                { figure("speaking time", duration(s.speaking_time_seconds), "speaking_time") }
                { figure("grade level (Flesch-Kincaid)", format!("{:.1}", r.flesch_kincaid_grade), "grade") }
            </div>
            <h3>{ "Most frequent words" }</h3>
            <p class="chips">
                { for props.report.frequencies.iter().take(12).map(|f| html! {
                    <span class="chip">{ &f.term }<small>{ f.count }</small></span>
                }) }
            </p>
        </section>
    }
}
