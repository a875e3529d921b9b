//! The page: the text on one side, the analysis on the other.

use web_sys::File;
use yew::prelude::*;

use crate::components::{
    Analysing, CorpusView, Editor, EntitiesView, ErrorBanner, MarkedText, Overview, PrintReport, QuotesView,
    ReadabilityView, ReportActions, SentencesView, Tabs, WordsView,
};
use crate::files;
use crate::hooks::{use_analysis, use_corpus, use_saved_text, use_service_worker, Saved};
use crate::state::{Action, State, Tab};

/// An openly licensed news article to try the page on (see samples/SOURCE.md).
const SAMPLE: &str = include_str!("../samples/brown-a01.txt");
const SAMPLE_NAME: &str = "Sample: Atlanta Constitution, 1961 (Brown Corpus A01)";
/// A corpus holds at most this many documents: each keeps its text and report in memory.
const MAX_DOCS: usize = 200;

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(State::default);
    use_analysis(state.clone(), state.options.clone());
    use_corpus(state.clone());
    let (update_ready, apply_update) = use_service_worker();
    let saved = use_saved_text(state.clone());

    let dispatch = |state: &UseReducerHandle<State>| state.dispatcher();
    let on_edit = {
        let d = dispatch(&state);
        Callback::from(move |text: String| d.dispatch(Action::Edit(text)))
    };
    let on_files = {
        let d = dispatch(&state);
        Callback::from(move |files: Vec<File>| {
            let d = d.clone();
            wasm_bindgen_futures::spawn_local(async move { load_files(files, d).await });
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
    let on_open_doc = {
        let d = dispatch(&state);
        Callback::from(move |index: usize| d.dispatch(Action::OpenDoc(index)))
    };
    let on_close_corpus = {
        let d = dispatch(&state);
        Callback::from(move |()| d.dispatch(Action::CloseCorpus))
    };
    let on_dismiss = {
        let d = dispatch(&state);
        Callback::from(move |()| d.dispatch(Action::DismissError))
    };

    let analysis = match (&state.report, state.text.is_empty()) {
        _ if state.corpus.is_some() => html! {},
        (_, true) => html! {
            <div class="empty">
                <h2>{ "See what a text is made of" }</h2>
                <p>{ "Paste an article into the box, drop a file on it, or press “Try a sample”. \
                      Word frequencies, sentences and readability appear here at once. \
                      Your text never leaves this computer." }</p>
            </div>
        },
        (None, false) => html! { <Analysing bytes={state.text.len()} progress={state.progress.clone()} /> },
        (Some(report), false) => {
            let report = report.clone();
            let source = state.source.clone().map(AttrValue::from);
            let printed = report.clone();
            html! {
                <>
                    // Keeps the headings in order for screen readers: h1 page, h2 this, h3 in views.
                    <h2 class="visually-hidden">{ "Analysis" }</h2>
                    // A long text's new analysis under way, with the last one's figures on show.
                    if !state.fresh && state.progress.is_some() {
                        <Analysing bytes={state.text.len()} progress={state.progress.clone()} />
                    }
                    // Downloads and the printed report wait for the whole report.
                    if !state.partial {
                        <ReportActions report={report.clone()} source={source.clone()} />
                    }
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
                            Tab::Entities if state.partial => still_finding("names"),
                            Tab::Quotes if state.partial => still_finding("quotes"),
                            Tab::Entities => html! {
                                <EntitiesView report={report} text={state.text.clone()} on_mark={on_mark.clone()} />
                            },
                            Tab::Quotes => html! {
                                <QuotesView report={report} text={state.text.clone()} on_mark={on_mark.clone()} />
                            },
                        } }
                    </div>
                    if !state.partial {
                        <PrintReport report={printed} text={state.text.clone()} {source} />
                    }
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
                        highlight={state.highlight} saved={saved_note(saved)} {on_edit} {on_files} {on_sample} {on_clear} />
                }
                if let Some(corpus) = &state.corpus {
                    // Not aria-live: the view's progress line (role="status") says what changed,
                    // rather than the whole table being read out at every report.
                    <section class="analysis" aria-busy={(!corpus.complete()).to_string()}>
                        <CorpusView corpus={corpus.clone()} on_open={on_open_doc} on_close={on_close_corpus} />
                    </section>
                } else {
                    <section class="analysis" aria-live="polite" aria-busy={(!state.fresh).to_string()}>{ analysis }</section>
                }
            </main>
        </>
    }
}

/// Reads dropped or picked files. One file is loaded as today (or refused in the error
/// banner); several that give text open a corpus, with the refusals listed in it.
async fn load_files(files: Vec<File>, d: UseReducerDispatcher<State>) {
    if let [file] = files.as_slice() {
        match files::read(file).await {
            Ok(text) => d.dispatch(Action::Load { name: file.name(), text }),
            Err(message) => d.dispatch(Action::Fail(message)),
        }
        return;
    }
    let (mut docs, mut refused) = (Vec::new(), Vec::new());
    let mut files = files;
    if files.len() > MAX_DOCS {
        refused.push(format!(
            "{} more files were left out: a corpus takes at most {MAX_DOCS} documents.",
            files.len() - MAX_DOCS
        ));
        files.truncate(MAX_DOCS);
    }
    // One at a time: reading is quick next to analysing, and it keeps memory flat.
    for file in &files {
        match files::read(file).await {
            Ok(text) => docs.push((file.name(), text)),
            Err(message) => refused.push(message),
        }
    }
    match docs.len() {
        0 => d.dispatch(Action::Fail(refused.join(" "))),
        1 => {
            // Only one gave text: it is a single document after all; say what was left out.
            let (name, text) = docs.remove(0);
            d.dispatch(Action::Load { name, text });
            d.dispatch(Action::Fail(refused.join(" ")));
        }
        _ => d.dispatch(Action::OpenCorpus { docs, refused }),
    }
}

/// What a view says while its figures are still being found (a long text's other figures are
/// on show already).
fn still_finding(what: &str) -> Html {
    html! {
        <p class="busy" role="status" data-pending={what.to_owned()}>
            { format!("Finding the {what}… The word and sentence figures are ready; the {what} appear here as soon as they are found.") }
        </p>
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
