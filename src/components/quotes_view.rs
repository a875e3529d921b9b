use std::collections::HashMap;

use textlens_engine::{Quote, Report};
use yew::prelude::*;

use super::counted;
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

/// Speakers with their quotes and words quoted (fragments left out), most quoted first (ties:
/// first quoted first).
pub(super) fn speakers(report: &Report, text: &str) -> Vec<(String, usize, usize)> {
    let quote_text = |q: &Quote| text.get(q.start..q.end).unwrap_or("");
    // An index by name: a long text has thousands of speakers, and a search of the list for
    // each quote made this view quadratic.
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut speakers: Vec<(String, usize, usize)> = Vec::new();
    for q in report.quotes.iter().filter(|q| !q.fragment) {
        let name = speaker(q);
        let at = *index.entry(name).or_insert_with(|| {
            speakers.push((name.to_owned(), 0, 0));
            speakers.len() - 1
        });
        speakers[at].1 += 1;
        speakers[at].2 += words(quote_text(q));
    }
    speakers.sort_by(|a, b| b.1.cmp(&a.1).then(b.2.cmp(&a.2)));
    speakers
}

/// Speakers listed at first and added by "show more".
const SPEAKER_ROWS: usize = 50;
/// Quotes listed at first and added by "show more".
const QUOTE_ROWS: usize = 200;

/// Who is quoted, how often and how much; every quote one click from its place in the text.
#[function_component(QuotesView)]
pub fn quotes_view(props: &Props) -> Html {
    let filter = use_state(|| None::<String>);
    let show_fragments = use_state(|| false);
    let speaker_rows = use_state(|| SPEAKER_ROWS);
    let quote_rows = use_state(|| QUOTE_ROWS);
    let report = &props.report;
    let text: &str = &props.text;
    let quote_text = |q: &Quote| text.get(q.start..q.end).unwrap_or("");

    let speakers = use_memo((report.clone(), props.text.clone()), |(report, text)| speakers(report, text));
    let fragments = report.quotes.iter().filter(|q| q.fragment).count();
    let named = speakers.iter().filter(|(name, ..)| name != UNATTRIBUTED).count();

    let on_filter = {
        let filter = filter.clone();
        let quote_rows = quote_rows.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let value = select.value();
            filter.set((!value.is_empty()).then_some(value));
            quote_rows.set(QUOTE_ROWS);
        })
    };
    let on_fragments = {
        let show_fragments = show_fragments.clone();
        let quote_rows = quote_rows.clone();
        Callback::from(move |_: Event| {
            show_fragments.set(!*show_fragments);
            quote_rows.set(QUOTE_ROWS);
        })
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

    let listed = |q: &&Quote| (*show_fragments || !q.fragment) && filter.as_deref().is_none_or(|f| f == speaker(q));
    let total = report.quotes.iter().filter(listed).count();
    let items = report.quotes.iter().filter(listed).take(*quote_rows).map(|q| {
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
                    <caption>{ format!("{} from {}; {}",
                        counted(report.quotes.len() - fragments, "quote", "quotes"),
                        counted(named, "named speaker", "named speakers"),
                        counted(fragments, "short fragment or scare quote", "short fragments or scare quotes")) }</caption>
                    <thead><tr><th scope="col">{ "Speaker" }</th><th scope="col" class="num">{ "Quotes" }</th><th scope="col" class="num">{ "Words" }</th></tr></thead>
                    <tbody>
                        { for speakers.iter().take(*speaker_rows).map(|(name, n, w)| html! {
                            <tr><td>{ name }</td><td class="num">{ n }</td><td class="num">{ w }</td></tr>
                        }) }
                    </tbody>
                </table>
                if speakers.len() > *speaker_rows {
                    <button type="button" class="more" id="more-speakers"
                        onclick={{ let rows = speaker_rows.clone(); Callback::from(move |_: MouseEvent| rows.set(*rows + SPEAKER_ROWS * 4)) }}>
                        { format!("Show more speakers ({} of {} shown)", *speaker_rows, speakers.len()) }
                    </button>
                }
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
                if total > *quote_rows {
                    <button type="button" class="more" id="more-quotes"
                        onclick={{ let rows = quote_rows.clone(); Callback::from(move |_: MouseEvent| rows.set(*rows + QUOTE_ROWS)) }}>
                        { format!("Show more quotes ({} of {} shown)", *quote_rows, total) }
                    </button>
                }
            }
        </section>
    }
}
