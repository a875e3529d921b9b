use std::rc::Rc;

use textlens_engine::Report;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub report: Rc<Report>,
}

/// How many rows the table shows: the rest is one click away, not rendered up front.
const ROWS: usize = 50;

/// The frequency table and the commonest phrases.
#[function_component(WordsView)]
pub fn words_view(props: &Props) -> Html {
    let filter = use_state(String::new);
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            filter.set(input.value().to_lowercase());
        })
    };
    let needle = (*filter).clone();
    let rows: Vec<_> = props
        .report
        .frequencies
        .iter()
        .filter(|f| needle.is_empty() || f.term.contains(needle.as_str()))
        .take(ROWS)
        .collect();
    html! {
        <section aria-label="Word frequencies">
            <label class="search">{ "Find a word " }
                <input type="search" placeholder="e.g. election" oninput={on_filter} />
            </label>
            <table class="frequencies">
                <caption>{ format!("Top {} of {} terms (stop words left out)", rows.len(), props.report.frequencies.len()) }</caption>
                <thead><tr><th scope="col">{ "#" }</th><th scope="col">{ "Word" }</th><th scope="col">{ "Count" }</th><th scope="col">{ "Share" }</th></tr></thead>
                <tbody>
                    { for rows.iter().map(|f| html! {
                        <tr>
                            <td class="num">{ f.rank }</td>
                            <td class="term">{ &f.term }</td>
                            <td class="num count">{ f.count }</td>
                            <td class="num">{ format!("{:.2}%", f.share * 100.0) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            if !props.report.phrases.is_empty() {
                <h3>{ "Phrases" }</h3>
                <table class="phrases">
                    <thead><tr><th scope="col">{ "Phrase" }</th><th scope="col">{ "Count" }</th></tr></thead>
                    <tbody>
                        { for props.report.phrases.iter().take(20).map(|f| html! {
                            <tr><td>{ &f.term }</td><td class="num">{ f.count }</td></tr>
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}
