//! Runs the engine on the text a moment after the user stops typing.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use textlens_engine::{analyze, Options};
use yew::prelude::*;

use crate::state::{Action, State};

/// How long typing must pause before the text is analysed again.
const DEBOUNCE_MS: u32 = 150;

#[hook]
pub fn use_analysis(state: UseReducerHandle<State>) {
    let text = state.text.clone();
    let dispatcher = state.dispatcher();
    use_effect_with(text, move |text| {
        let text = text.clone();
        // The first analysis of a loaded text runs at once; edits wait for a pause.
        let delay = if text.is_empty() { 0 } else { DEBOUNCE_MS };
        let timeout = Timeout::new(delay, move || {
            let report = analyze(&text, &Options::default());
            dispatcher.dispatch(Action::Analysed { for_text: text, report: Rc::new(report) });
        });
        move || drop(timeout)
    });
}
