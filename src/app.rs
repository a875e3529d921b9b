//! The page: the text on one side, the analysis on the other.

use std::rc::Rc;

use web_sys::File;
use yew::prelude::*;

use crate::components::{
    Editor, EntitiesView, ErrorBanner, MarkedText, Overview, PrintReport, QuotesView, ReadabilityView, ReportActions,
    SentencesView, Tabs, WordsView,
};
use crate::files;
use crate::hooks::{use_analysis, use_saved_text, use_service_worker, Saved};
use crate::state::{Action, State, Tab};

/// An openly licensed news article to try the page on (see samples/SOURCE.md).
const SAMPLE: &str = include_str!("../samples/brown-a01.txt");
const SAMPLE_NAME: &str = "Sample: Atlanta Constitution, 1961 (Brown Corpus A01)";

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(State::default);
    use_analysis(state.clone(), state.options.clone());
    let (update_ready, apply_update) = use_service_worker();
    let saved = use_saved_text(state.clone());

    let dispatch = |state: &UseReducerHandle<State>| state.dispatcher();
    let on_edit = {
        let d = dispatch(&state);
        Callback::from(move |text: String| d.dispatch(Action::Edit(text)))
    };
    let on_file = {
        let d = dispatch(&state);
        Callback::from(move |file: File| {
            let d = d.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match files::read(&file).await {
                    Ok(text) => d.dispatch(Action::Load { name: file.name(), text }),
                    Err(message) => d.dispatch(Action::Fail(message)),
                }
            });
        })
    };
    let on_sample = {
        let d = dispatch(&state);
        Callback::from(move |()| d.dispatch(Action::Load { name: SAMPLE_NAME.into(), text: SAMPLE.into() }))
    };
    let on_clear = {
        let d = dispatch(&state);
        Callback::from(move |()| d.dispatch(Action::Clear))
    };
    let on_tab = {
        let d = dispatch(&state);
        Callback::from(move |tab: Tab| d.dispatch(Action::Show(tab)))
    };
    let on_select = {
        let d = dispatch(&state);
        Callback::from(move |(start, end): (usize, usize)| d.dispatch(Action::Highlight(start, end)))
    };
    let on_options = {
        let d = dispatch(&state);
        Callback::from(move |options| d.dispatch(Action::SetOptions(options)))
    };
    let on_mark = {
        let d = dispatch(&state);
        Callback::from(move |marks| d.dispatch(Action::Mark(marks)))
    };
    let on_unmark = {
        let d = dispatch(&state);
        Callback::from(move |()| d.dispatch(Action::Unmark))
    };
    let on_dismiss = {
        let d = dispatch(&state);
        Callback::from(move |()| d.dispatch(Action::DismissError))
    };

    let analysis = match (&state.report, state.text.is_empty()) {
        (_, true) => html! {
            <div class="empty">
                <h2>{ "See what a text is made of" }</h2>
                <p>{ "Paste an article into the box, drop a file on it, or press “Try a sample”. \
                      Word frequencies, sentences and readability appear here at once. \
                      Your text never leaves this computer." }</p>
            </div>
        },
        (None, false) => html! { <p class="busy">{ "Analysing…" }</p> },
        (Some(report), false) => {
            let report: Rc<_> = report.clone();
            let source = state.source.clone().map(AttrValue::from);
            let printed = report.clone();
            html! {
                <>
                    // Keeps the headings in order for screen readers: h1 page, h2 this, h3 in views.
                    <h2 class="visually-hidden">{ "Analysis" }</h2>
                    <ReportActions report={report.clone()} source={source.clone()} />
                    <Tabs current={state.tab} on_select={on_tab} />
                    <div class="view" id="view" role="tabpanel" aria-labelledby={format!("tab-{}", state.tab.label().to_lowercase())}>
                        { match state.tab {
                            Tab::Overview => html! { <Overview report={report} /> },
                            Tab::Words => html! {
                                <WordsView report={report} text={state.text.clone()} options={state.options.clone()}
                                    on_options={on_options} on_select={on_select.clone()} />
                            },
                            Tab::Sentences => html! {
                                <SentencesView report={report} text={state.text.clone()} on_select={on_select} />
                            },
                            Tab::Readability => html! {
                                <ReadabilityView report={report} text={state.text.clone()} on_mark={on_mark.clone()} />
                            },
                            Tab::Entities => html! {
                                <EntitiesView report={report} text={state.text.clone()} on_mark={on_mark.clone()} />
                            },
                            Tab::Quotes => html! {
                                <QuotesView report={report} text={state.text.clone()} on_mark={on_mark.clone()} />
                            },
                        } }
                    </div>
                    <PrintReport report={printed} text={state.text.clone()} {source} />
                </>
            }
        }
    };

    html! {
        <>
            <header class="masthead">
                <h1>{ "textlens" }</h1>
                <p>{ "A text analyser that runs entirely in your browser." }</p>
            </header>
            if update_ready {
                <div class="update" role="status">
                    { "A new version of textlens is ready. " }
                    <button type="button" onclick={apply_update.reform(|_: MouseEvent| ())}>{ "Reload to update" }</button>
                </div>
            }
            if let Some(message) = &state.error {
                <ErrorBanner message={message.clone()} {on_dismiss} />
            }
            <main class="layout">
                if let Some(marks) = &state.marks {
                    <MarkedText text={state.text.clone()} marks={marks.clone()} on_close={on_unmark} />
                } else {
                    <Editor text={state.text.clone()} source={state.source.clone().map(AttrValue::from)}
                        highlight={state.highlight} saved={saved_note(saved)} {on_edit} {on_file} {on_sample} {on_clear} />
                }
                <section class="analysis" aria-live="polite" aria-busy={(!state.fresh).to_string()}>{ analysis }</section>
            </main>
        </>
    }
}

/// The note beside the text box on what this browser keeps of the text.
fn saved_note(saved: Saved) -> Option<AttrValue> {
    let kb = |bytes: usize| (bytes as f64 / 1024.0).ceil();
    match saved {
        Saved::Nothing => None,
        Saved::Text(bytes) => Some(format!("Saved in this browser ({:.0} KB)", kb(bytes)).into()),
        Saved::TooLarge(bytes) => Some(
            format!(
                "Not saved: {:.0} KB is more than this browser keeps; the last text that fitted is kept",
                kb(bytes)
            )
            .into(),
        ),
    }
}
