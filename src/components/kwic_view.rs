//! Keyword in context: every occurrence of a term with the words to its left and right.

use textlens_engine::Span;
use yew::prelude::*;

use crate::hooks::use_occurrences;
use crate::shared::Text;

/// Characters of context on each side.
const CONTEXT_CHARS: usize = 60;
/// Lines shown at first and added by "show more".
const PAGE: usize = 100;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub text: Text,
    pub term: AttrValue,
    /// Match every form with the same stem.
    pub stem: bool,
    pub on_select: Callback<(usize, usize)>,
    pub on_close: Callback<()>,
}

/// Up to `CONTEXT_CHARS` characters before `at`, on one line.
fn left_of(text: &str, at: usize) -> String {
    let before = text.get(..at).unwrap_or("");
    let start = before.char_indices().rev().nth(CONTEXT_CHARS - 1).map_or(0, |(i, _)| i);
    one_line(&before[start..])
}

/// Up to `CONTEXT_CHARS` characters after `at`, on one line.
fn right_of(text: &str, at: usize) -> String {
    let after = text.get(at..).unwrap_or("");
    let end = after.char_indices().nth(CONTEXT_CHARS).map_or(after.len(), |(i, _)| i);
    one_line(&after[..end])
}

/// Line breaks and tabs as spaces, so each occurrence is one line.
fn one_line(s: &str) -> String {
    s.chars().map(|c| if c.is_whitespace() { ' ' } else { c }).collect()
}

#[function_component(KwicView)]
pub fn kwic_view(props: &Props) -> Html {
    let shown = use_state(|| PAGE);
    {
        let shown = shown.clone();
        use_effect_with(props.term.clone(), move |_| shown.set(PAGE));
    }
    let found = use_occurrences(props.text.clone(), vec![props.term.to_string()], props.stem);
    let answer = found.answer.filter(|_| found.fresh);
    let Some(answer) = answer else {
        // The engine's worker is finding them (a moment; longer in a very long text).
        return html! {
            <p class="busy kwic-pending" role="status">{ format!("Finding “{}” in the text…", props.term) }</p>
        };
    };
    let no_spans = Vec::new();
    let (spans, failed): (&Vec<Span>, bool) = match &answer.1 {
        Some(each) => (each.first().unwrap_or(&no_spans), false),
        None => (&no_spans, true),
    };
    let text: &str = &props.text;
    let more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE))
    };
    let close = props.on_close.reform(|_: MouseEvent| ());
    let heading = match spans.len() {
        _ if failed => format!("“{}”: its occurrences could not be found (edit the text to try again)", props.term),
        0 => format!("“{}” does not occur in the text as it is now", props.term),
        1 => format!("“{}”: 1 occurrence", props.term),
        n => format!("“{}”: {} occurrences", props.term, n),
    };
    html! {
        <section class="kwic" aria-label="Keyword in context">
            <div class="kwic-head">
                <h3>{ heading }{ if props.stem { " (all forms)" } else { "" } }</h3>
                <button type="button" class="link" onclick={close} aria-label="Close keyword in context">{ "×" }</button>
            </div>
            <table>
                <caption class="visually-hidden">{ "Each occurrence with the text before and after it; choose one to select it in the text" }</caption>
                <tbody>
                    { for spans.iter().take(*shown).map(|s| {
                        let (start, end) = (s.start, s.end);
                        let onclick = props.on_select.reform(move |_: MouseEvent| (start, end));
                        html! {
                            <tr>
                                <td class="left"><span dir="ltr">{ left_of(text, start) }</span></td>
                                <td class="hit">
                                    <button type="button" {onclick} title="Select it in the text">
                                        { text.get(start..end).unwrap_or("") }
                                    </button>
                                </td>
                                <td class="right">{ right_of(text, end) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            if spans.len() > *shown {
                <button type="button" class="more" onclick={more}>
                    { format!("Show more ({} of {} shown)", *shown, spans.len()) }
                </button>
            }
        </section>
    }
}
