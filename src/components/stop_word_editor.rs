//! The stop words in force, shown and editable: take words off the list, add words to it.
//!
//! The list shown is the engine's (`Report::stop_words`); edits become `Options`
//! (`extra_stop_words`, `removed_stop_words`) and the text is analysed again.

use textlens_engine::{Options, Report, LANGUAGES};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub report: Shared<Report>,
    pub options: Options,
    pub on_options: Callback<Options>,
}

/// Lower case, curly apostrophes straight: how the engine spells terms.
fn normalise(word: &str) -> String {
    word.trim().to_lowercase().replace(['’', '‘'], "'")
}

/// `options` with `words` added to the stop words.
pub fn with_added(options: &Options, words: &[String]) -> Options {
    let mut next = options.clone();
    for word in words.iter().map(|w| normalise(w)).filter(|w| !w.is_empty()) {
        if let Some(i) = next.removed_stop_words.iter().position(|r| *r == word) {
            next.removed_stop_words.remove(i);
        } else if !next.extra_stop_words.contains(&word) {
            next.extra_stop_words.push(word);
        }
    }
    next
}

/// `options` with `word` taken off the stop words.
fn with_removed(options: &Options, word: &str) -> Options {
    let mut next = options.clone();
    if let Some(i) = next.extra_stop_words.iter().position(|w| w == word) {
        next.extra_stop_words.remove(i);
    } else if !next.removed_stop_words.iter().any(|w| w == word) {
        next.removed_stop_words.push(word.to_owned());
    }
    next
}

fn language_name(code: &str) -> &str {
    LANGUAGES.iter().find(|(c, _)| *c == code).map_or(code, |(_, name)| name)
}

#[function_component(StopWordEditor)]
pub fn stop_word_editor(props: &Props) -> Html {
    let input = use_node_ref();
    let add = {
        let input = input.clone();
        let options = props.options.clone();
        let on_options = props.on_options.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(field) = input.cast::<HtmlInputElement>() else { return };
            let words: Vec<String> =
                field.value().split(|c: char| c == ',' || c.is_whitespace()).map(str::to_owned).collect();
            field.set_value("");
            on_options.emit(with_added(&options, &words));
        })
    };
    let toggle_defaults = {
        let options = props.options.clone();
        let on_options = props.on_options.clone();
        Callback::from(move |e: Event| {
            let field: HtmlInputElement = e.target_unchecked_into();
            on_options.emit(Options { default_stop_words: field.checked(), ..options.clone() });
        })
    };
    let restore = {
        let options = props.options.clone();
        let on_options = props.on_options.clone();
        Callback::from(move |_: MouseEvent| {
            on_options.emit(Options {
                default_stop_words: true,
                extra_stop_words: Vec::new(),
                removed_stop_words: Vec::new(),
                ..options.clone()
            })
        })
    };
    let edited = !props.options.extra_stop_words.is_empty()
        || !props.options.removed_stop_words.is_empty()
        || !props.options.default_stop_words;
    let list = &props.report.stop_words;
    html! {
        <details class="stop-words">
            <summary>
                { format!("Stop words left out: {} ({} list{})", list.len(), language_name(&props.report.language),
                    if edited { ", edited" } else { "" }) }
            </summary>
            <div class="stop-words-tools">
                <form onsubmit={add}>
                    <label>{ "Add stop words " }
                        <input ref={input} type="text" name="stop-word" placeholder="e.g. mr, told" />
                    </label>
                    <button type="submit">{ "Add" }</button>
                </form>
                <label>
                    <input type="checkbox" checked={props.options.default_stop_words} onchange={toggle_defaults} />
                    { " Use the built-in list" }
                </label>
                <button type="button" onclick={restore} disabled={!edited}>{ "Restore the built-in list" }</button>
            </div>
            <ul class="stop-word-list" aria-label="Stop words; choose one to count it again">
                { for list.iter().map(|word| {
                    let onclick = {
                        let word = word.clone();
                        let options = props.options.clone();
                        props.on_options.reform(move |_: MouseEvent| with_removed(&options, &word))
                    };
                    html! {
                        <li>
                            <button type="button" {onclick} aria-label={format!("Count “{word}” again")}
                                data-word={word.clone()}>
                                { word }<span aria-hidden="true">{ " ×" }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </details>
    }
}
