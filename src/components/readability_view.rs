use std::rc::Rc;

use textlens_engine::Report;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub report: Rc<Report>,
}

/// The readability scores, each with what it means.
#[function_component(ReadabilityView)]
pub fn readability_view(props: &Props) -> Html {
    let r = &props.report.readability;
    let rows = [
        ("Flesch reading ease", r.flesch_reading_ease, "0–100: higher is easier"),
        ("Flesch-Kincaid grade", r.flesch_kincaid_grade, "US school grade"),
        ("Gunning fog", r.gunning_fog, "years of schooling"),
        ("SMOG", r.smog_index, "US school grade"),
        ("Coleman-Liau", r.coleman_liau_index, "US school grade"),
        ("Automated readability index", r.automated_readability_index, "US school grade"),
    ];
    html! {
        <section aria-label="Readability">
            <table class="readability">
                <thead><tr><th scope="col">{ "Measure" }</th><th scope="col">{ "Score" }</th><th scope="col">{ "Scale" }</th></tr></thead>
                <tbody>
                    { for rows.iter().map(|(name, value, scale)| html! {
                        <tr><td>{ *name }</td><td class="num">{ format!("{value:.1}") }</td><td>{ *scale }</td></tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}
