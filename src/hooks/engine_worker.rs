//! The page's side of the worker protocol (see `src/worker.rs`), shared by the single-document
//! analysis and the corpus pool: starting a worker, sending it a text, reading its answers.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};

/// Starts the `textlens-worker` binary, which trunk builds next to the page
/// (`static/worker-loader.js`).
const WORKER_SCRIPT: &str = "./worker-loader.js";
/// Where index.html leaves the worker it starts before the page's own code has loaded.
const EARLY_WORKER: &str = "textlensWorker";

/// A running worker and the callbacks it holds (they must live as long as it does).
pub struct EngineWorker {
    pub worker: Worker,
    _handlers: [Closure<dyn FnMut(JsValue)>; 2],
}

impl EngineWorker {
    /// Starts a worker; `on_message` gets each answer's data, `on_error` is called if it dies.
    pub fn start(on_message: impl FnMut(JsValue) + 'static, on_error: impl FnMut() + 'static) -> Option<Self> {
        Some(Self::listen(Worker::new(WORKER_SCRIPT).ok()?, on_message, on_error))
    }

    /// Takes over the worker that index.html started while the page's code was loading, if it
    /// is there and has not failed, with whether it has already said it is ready (that message
    /// came before anyone here was listening). Only the first call gets it.
    pub fn adopt(on_message: impl FnMut(JsValue) + 'static, on_error: impl FnMut() + 'static) -> Option<(Self, bool)> {
        let window = web_sys::window()?;
        let early = Reflect::get(&window, &EARLY_WORKER.into()).ok()?.dyn_into::<Worker>().ok()?;
        let _ = Reflect::delete_property(&window, &EARLY_WORKER.into());
        let flag = |name: &str| Reflect::get(&early, &name.into()).ok().and_then(|v| v.as_bool()).unwrap_or(false);
        if flag("failed") {
            early.terminate();
            return None;
        }
        let ready = flag("ready");
        Some((Self::listen(early, on_message, on_error), ready))
    }

    fn listen(
        worker: Worker,
        mut on_message: impl FnMut(JsValue) + 'static,
        mut on_error: impl FnMut() + 'static,
    ) -> Self {
        let message = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
            if let Ok(event) = event.dyn_into::<MessageEvent>() {
                on_message(event.data());
            }
        });
        let error = Closure::<dyn FnMut(JsValue)>::new(move |_event: JsValue| on_error());
        worker.set_onmessage(Some(message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(error.as_ref().unchecked_ref()));
        EngineWorker { worker, _handlers: [message, error] }
    }

    /// Sends `text` (its UTF-8 bytes, transferred, not copied twice) for analysis as request
    /// `id`. For a `long` text the worker tells how far it has come as it goes, and the report
    /// comes back in pieces. False if it could not be sent.
    pub fn send(&self, id: u32, text: &str, options: &str, long: bool) -> bool {
        let bytes = Uint8Array::from(text.as_bytes());
        let message = Object::new();
        let _ = Reflect::set(&message, &"id".into(), &id.into());
        let _ = Reflect::set(&message, &"text".into(), &bytes);
        let _ = Reflect::set(&message, &"options".into(), &options.into());
        let _ = Reflect::set(&message, &"parts".into(), &long.into());
        let _ = Reflect::set(&message, &"progress".into(), &long.into());
        self.worker.post_message_with_transfer(&message, &Array::of1(&bytes.buffer())).is_ok()
    }

    pub fn terminate(self) {
        self.worker.terminate();
    }
}

/// Whether an answer is the worker saying it is listening.
pub fn is_ready(data: &JsValue) -> bool {
    data.as_string().as_deref() == Some("ready")
}

/// The request number an answer belongs to.
pub fn answer_id(data: &JsValue) -> Option<u32> {
    Reflect::get(data, &"id".into()).ok().and_then(|v| v.as_f64()).map(|v| v as u32)
}

/// The bytes an answer carries in `field` (empty if none).
pub fn answer_bytes(data: &JsValue, field: &str) -> Vec<u8> {
    Reflect::get(data, &field.into())
        .ok()
        .and_then(|v| v.dyn_into::<Uint8Array>().ok())
        .map(|a| a.to_vec())
        .unwrap_or_default()
}
