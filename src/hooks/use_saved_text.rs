//! Keeps the text in the browser's local storage, so that it survives a reload or a crash of
//! the tab, and brings it back when the page opens.

use gloo_timers::callback::Timeout;
use web_sys::Storage;
use yew::prelude::*;

use crate::state::{Action, State};

const TEXT_KEY: &str = "textlens.text";
const SOURCE_KEY: &str = "textlens.source";
/// Saving waits for a pause in typing: a large text is not written at every keystroke.
const SAVE_DELAY_MS: u32 = 400;
/// Browsers keep about 5 MB of local storage (counted in UTF-16 units): a text over this is not
/// even tried, which spares the page a long, failing write.
const MAX_SAVED_BYTES: usize = 4_000_000;

/// What is stored, for the note beside the text box.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    Nothing,
    /// The text is saved; it takes this many bytes.
    Text(usize),
    /// The text did not fit (this many bytes); the last text that fitted is still stored.
    TooLarge(usize),
}

fn storage() -> Option<Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

#[hook]
pub fn use_saved_text(state: UseReducerHandle<State>) -> Saved {
    let saved = use_state(|| Saved::Nothing);
    // Bring back the last text once, when the page opens.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            if let Some(store) = storage() {
                let text = store.get_item(TEXT_KEY).ok().flatten().unwrap_or_default();
                if !text.is_empty() {
                    let name = store.get_item(SOURCE_KEY).ok().flatten().unwrap_or_else(|| "Your last text".into());
                    dispatcher.dispatch(Action::Load { name, text });
                }
            }
        });
    }
    {
        let saved = saved.clone();
        let text = state.text.clone();
        let source = state.source.clone();
        use_effect_with(text, move |text| {
            let text = text.clone();
            let timeout = Timeout::new(SAVE_DELAY_MS, move || {
                let Some(store) = storage() else { return };
                if text.is_empty() {
                    let _ = store.remove_item(TEXT_KEY);
                    let _ = store.remove_item(SOURCE_KEY);
                    saved.set(Saved::Nothing);
                    return;
                }
                if text.len() > MAX_SAVED_BYTES {
                    saved.set(Saved::TooLarge(text.len()));
                    return;
                }
                // A failed write (the storage is full) leaves the previous text in place.
                match store.set_item(TEXT_KEY, &text) {
                    Ok(()) => {
                        match &source {
                            Some(name) => store.set_item(SOURCE_KEY, name).ok(),
                            None => store.remove_item(SOURCE_KEY).ok(),
                        };
                        saved.set(Saved::Text(text.len()));
                    }
                    Err(_) => saved.set(Saved::TooLarge(text.len())),
                }
            });
            move || drop(timeout)
        });
    }
    *saved
}
