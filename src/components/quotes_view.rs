use textlens_engine::{Quote, Report};
use yew::prelude::*;

use crate::export;
use crate::shared::{Shared, Text};
use crate::state::Marks;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub report: Shared<Report>,
    pub text: Text,
    pub on_mark: Callback<Marks>,
}

const UNATTRIBUTED: &str = "(no speaker)";

fn speaker(q: &Quote) -> &str {
    q.speaker.as_deref().unwrap_or(UNATTRIBUTED)
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Speakers with their quotes and words quoted (fragments left out), most quoted first.
pub(super) fn speakers(report: &Report, text: &str) -> Vec<(String, usize, usize)> {
    let quote_text = |q: &Quote| text.get(q.start..q.end).unwrap_or("");
    let mut speakers: Vec<(String, usize, usize)> = Vec::new();
    for q in report.quotes.iter().filter(|q| !q.fragment) {
        let name = speaker(q);
        match speakers.iter_mut().find(|s| s.0 == name) {
            Some(s) => {
                s.1 += 1;
                s.2 += words(quote_text(q));
            }
            None => speakers.push((name.to_owned(), 1, words(quote_text(q)))),
        }
    }
    speakers.sort_by(|a, b| b.1.cmp(&a.1).then(b.2.cmp(&a.2)));
    speakers
}

/// Who is quoted, how often and how much; every quote one click from its place in the text.
#[function_component(QuotesView)]
pub fn quotes_view(props: &Props) -> Html {
    let filter = use_state(|| None::<String>);
    let show_fragments = use_state(|| false);
    let report = &props.report;
    let text: &str = &props.text;
    let quote_text = |q: &Quote| text.get(q.start..q.end).unwrap_or("");

    let speakers = speakers(report, text);
    let fragments = report.quotes.iter().filter(|q| q.fragment).count();

    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let value = select.value();
            filter.set((!value.is_empty()).then_some(value));
        })
    };
    let on_fragments = {
        let show_fragments = show_fragments.clone();
        Callback::from(move |_: Event| show_fragments.set(!*show_fragments))
    };
    let export_csv = {
        let report = report.clone();
        let text = props.text.clone();
        Callback::from(move |_: MouseEvent| {
            let rows = report.quotes.iter().map(|q| {
                vec![
                    speaker(q).to_owned(),
                    q.cue.clone().unwrap_or_default(),
                    if q.fragment { "fragment" } else { "quote" }.to_owned(),
                    text.get(q.start..q.end).unwrap_or("").to_owned(),
                ]
            });
            export::download(
                "quotes.csv",
                "text/csv;charset=utf-8",
                &export::csv(&["speaker", "cue", "kind", "quote"], rows),
            );
        })
    };

    let shown = report
        .quotes
        .iter()
        .filter(|q| (*show_fragments || !q.fragment) && filter.as_deref().is_none_or(|f| f == speaker(q)));
    let items = shown.take(200).map(|q| {
        let mut spans = vec![(q.start, q.end, "quote")];
        if let Some(m) = q.speaker_mention {
            if m.end <= q.start || m.start >= q.end {
                spans.push((m.start, m.end, "speaker"));
            }
        }
        spans.sort_unstable();
        let label = format!("Quote from {}", speaker(q));
        let onclick = props.on_mark.reform(move |_: MouseEvent| Marks { label: label.clone(), spans: spans.clone() });
        html! {
            <li class={classes!("quote", q.fragment.then_some("fragment"))}>
                <button type="button" class="sentence" {onclick} title="Show it in the text">
                    <span class="said">{ format!("{}{}", speaker(q), q.cue.as_deref().map(|c| format!(" ({c})")).unwrap_or_default()) }</span>
                    <q>{ quote_text(q) }</q>
                </button>
            </li>
        }
    });

    html! {
        <section aria-label="Quotes">
            if report.quotes.is_empty() {
                <p class="summary">{ "No direct quotes found." }</p>
            } else {
                <table class="speakers">
                    <caption>{ format!("{} quotes from {} speakers; {} short fragments or scare quotes",
                        report.quotes.len() - fragments, speakers.len(), fragments) }</caption>
                    <thead><tr><th scope="col">{ "Speaker" }</th><th scope="col" class="num">{ "Quotes" }</th><th scope="col" class="num">{ "Words" }</th></tr></thead>
                    <tbody>
                        { for speakers.iter().map(|(name, n, w)| html! {
                            <tr><td>{ name }</td><td class="num">{ n }</td><td class="num">{ w }</td></tr>
                        }) }
                    </tbody>
                </table>
                <div class="toolbar">
                    <label>{ "Speaker " }
                        <select onchange={on_filter} id="speaker-filter">
                            <option value="" selected={filter.is_none()}>{ "everyone" }</option>
                            { for speakers.iter().map(|(name, ..)| html! {
                                <option value={name.clone()} selected={filter.as_deref() == Some(name.as_str())}>{ name }</option>
                            }) }
                        </select>
                    </label>
                    <label><input type="checkbox" checked={*show_fragments} onchange={on_fragments} />{ " show fragments" }</label>
                    <button type="button" id="quotes-csv" onclick={export_csv}>{ "Export CSV" }</button>
                </div>
                <ol class="quotes">{ for items }</ol>
            }
        </section>
    }
}
