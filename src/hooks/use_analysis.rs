//! Runs the engine in a Web Worker a moment after the user stops typing.
//!
//! The page's thread only copies the text's bytes out and the report's bytes in; the analysis
//! itself happens in the worker. The newest text always wins: an answer for an older text is
//! dropped, and a long analysis of an older text is cut short by restarting the worker.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo_timers::callback::Timeout;
use js_sys::Reflect;
use textlens_engine::{Options, Report};
use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::engine_jobs;
use super::engine_worker::{answer_bytes, answer_id, is_ready, EngineWorker};
use crate::shared::{Shared, Text};
use crate::state::{Action, State};

/// How long typing must pause before the text is analysed again.
const DEBOUNCE_MS: u32 = 150;
/// An analysis of a text this large (bytes) is worth cutting short when the text changes.
const RESTART_ABOVE: usize = 1 << 20;
/// A text this large (bytes) is a long one: the page shows the analysis's progress, and the
/// report comes back in pieces, each read in a task of its own. A shorter text's report comes
/// whole, read at once (fewer tasks, sooner on screen).
const LONG_ABOVE: usize = 256 << 10;

/// What the page knows of its worker.
struct Engine {
    worker: Option<EngineWorker>,
    /// Whether the worker has said it is listening.
    ready: bool,
    /// The request being worked on: its number and its text.
    in_flight: Option<(u32, Text)>,
    /// The report of the request in flight, as its pieces arrive.
    arriving: Option<Report>,
    /// The newest text waiting for the worker.
    waiting: Option<Text>,
    next_id: u32,
    options: String,
    dispatch: Option<Callback<Action>>,
}

impl Engine {
    /// Ends the worker and forgets the request it had: the next request starts a new one.
    fn stop_worker(&mut self) {
        if let Some(worker) = self.worker.take() {
            worker.terminate();
        }
        // Its small jobs go to the next worker.
        engine_jobs::requeue();
        self.in_flight = None;
        self.arriving = None;
        self.ready = false;
    }

    fn new() -> Engine {
        Engine {
            worker: None,
            ready: false,
            in_flight: None,
            arriving: None,
            waiting: None,
            next_id: 1,
            options: serde_json::to_string(&Options::default()).unwrap_or_default(),
            dispatch: None,
        }
    }
}

/// The worker index.html started early, if it is still unclaimed; else a new one. With whether
/// it is ready already.
fn start_worker(engine: &Rc<RefCell<Engine>>) -> Option<(EngineWorker, bool)> {
    let handlers = || {
        let on_message = Rc::downgrade(engine);
        let on_error = Rc::downgrade(engine);
        (
            move |data| {
                if let Some(engine) = on_message.upgrade() {
                    received(&engine, data);
                }
            },
            move || {
                if let Some(engine) = on_error.upgrade() {
                    failed(&engine);
                }
            },
        )
    };
    let (on_message, on_error) = handlers();
    EngineWorker::adopt(on_message, on_error).or_else(|| {
        let (on_message, on_error) = handlers();
        EngineWorker::start(on_message, on_error).map(|worker| (worker, false))
    })
}

/// The worker is ready: the small jobs waiting for it go, and people and tests who want to know
/// the engine is loaded are told.
fn now_ready(engine: &Rc<RefCell<Engine>>) {
    if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
        let _ = body.set_attribute("data-engine", "ready");
    }
    let e = engine.borrow();
    if let (true, Some(worker)) = (e.ready, &e.worker) {
        engine_jobs::send_unsent(|message| worker.worker.post_message(message).is_ok());
    }
}

/// Starts the worker if there is none; false if it cannot be started.
fn ensure_worker(engine: &Rc<RefCell<Engine>>) -> bool {
    if engine.borrow().worker.is_some() {
        return true;
    }
    let Some((worker, ready)) = start_worker(engine) else { return false };
    {
        let mut e = engine.borrow_mut();
        e.worker = Some(worker);
        e.ready = ready;
    }
    if ready {
        now_ready(engine);
    }
    true
}

thread_local! {
    /// The page's engine, for the small jobs of `engine_jobs`.
    static CURRENT: RefCell<Weak<RefCell<Engine>>> = const { RefCell::new(Weak::new()) };
}

/// Sends the engine's small jobs (`engine_jobs`) to the worker, starting one if there is none;
/// they wait for it to be ready.
pub(super) fn send_jobs() {
    let Some(engine) = CURRENT.with(|current| current.borrow().upgrade()) else { return };
    if !ensure_worker(&engine) {
        engine_jobs::fail(true);
        return;
    }
    let e = engine.borrow();
    if let (true, Some(worker)) = (e.ready, &e.worker) {
        engine_jobs::send_unsent(|message| worker.worker.post_message(message).is_ok());
    }
}

/// Sends `text` to the worker, or queues it behind the analysis under way. The empty text is
/// not sent (the page shows its own invitation for it, not a report of nothing), but the worker
/// is made ready for the text to come.
fn submit(engine: &Rc<RefCell<Engine>>, text: Text) {
    if text.is_empty() {
        engine.borrow_mut().waiting = None;
        ensure_worker(engine);
        return;
    }
    let restart = {
        let e = engine.borrow();
        matches!(&e.in_flight, Some((_, busy)) if busy.len() > RESTART_ABOVE)
    };
    if restart {
        // The worker is deep in an old, long text: stop it rather than wait.
        engine.borrow_mut().stop_worker();
    }
    if !ensure_worker(engine) {
        report_failure(engine, "The page could not start its analysis worker. Reload the page to try again.");
        return;
    }
    if engine.borrow().in_flight.is_some() || !engine.borrow().ready {
        engine.borrow_mut().waiting = Some(text);
        return;
    }
    let mut e = engine.borrow_mut();
    let id = e.next_id;
    e.next_id = e.next_id.wrapping_add(1);
    let long = text.len() > LONG_ABOVE;
    if e.worker.as_ref().is_some_and(|worker| worker.send(id, &text, &e.options, long)) {
        engine_jobs::analysing(&text);
        e.in_flight = Some((id, text));
    }
}

fn received(engine: &Rc<RefCell<Engine>>, data: JsValue) {
    if is_ready(&data) {
        let waiting = {
            let mut e = engine.borrow_mut();
            e.ready = true;
            e.waiting.take()
        };
        now_ready(engine);
        if let Some(text) = waiting {
            submit(engine, text);
        }
        return;
    }
    if engine_jobs::answered(&data) {
        if engine_jobs::any_unsent() {
            send_jobs(); // a search the worker sent back for its text
        }
        return;
    }
    let id = answer_id(&data);
    if engine.borrow().in_flight.as_ref().map(|(expected, _)| *expected) != id {
        return; // an answer to a request that was cut short
    }
    if let Some(done) = Reflect::get(&data, &"progress".into()).ok().and_then(|v| v.as_f64()) {
        let stage = Reflect::get(&data, &"stage".into()).ok().and_then(|v| v.as_string()).unwrap_or_default();
        let (dispatch, text) = {
            let e = engine.borrow();
            (e.dispatch.clone(), e.in_flight.as_ref().map(|(_, text)| text.clone()))
        };
        if let (Some(dispatch), Some(text)) = (dispatch, text) {
            dispatch.emit(Action::Progress { for_text: text, done, stage });
        }
        return;
    }
    let part = Reflect::get(&data, &"part".into()).ok().and_then(|v| v.as_string());
    let Some(part) = part else {
        // A small text's report, whole.
        return finished(engine, serde_json::from_slice::<Report>(&answer_bytes(&data, "report")).ok());
    };
    let bytes = answer_bytes(&data, "data");
    // Each piece is read in its own task: the page never parses a whole large report at once.
    let read = {
        let mut e = engine.borrow_mut();
        match (part.as_str(), e.arriving.as_mut()) {
            ("head", _) => serde_json::from_slice::<Report>(&bytes).map(|head| e.arriving = Some(head)).is_ok(),
            ("sentences", Some(r)) => extend(&mut r.sentences, &bytes),
            ("frequencies", Some(r)) => extend(&mut r.frequencies, &bytes),
            ("phrases", Some(r)) => extend(&mut r.phrases, &bytes),
            ("entities", Some(r)) => extend(&mut r.entities, &bytes),
            ("quotes", Some(r)) => extend(&mut r.quotes, &bytes),
            ("words" | "names" | "done", Some(_)) => true,
            _ => false,
        }
    };
    match part.as_str() {
        _ if !read => {
            engine.borrow_mut().arriving = None;
            finished(engine, None);
        }
        // The names alone are not shown before the quotes: showing them would copy the whole
        // report on the page's thread once more (tens of milliseconds on 10 MB).
        "words" => show_so_far(engine),
        "done" => {
            let report = engine.borrow_mut().arriving.take();
            finished(engine, report);
        }
        _ => {}
    }
}

/// The report in flight has its word figures: the page shows them while the names and quotes
/// are found, unless a newer text is waiting (they would be stale at once).
fn show_so_far(engine: &Rc<RefCell<Engine>>) {
    let (so_far, text, dispatch) = {
        let e = engine.borrow();
        if e.waiting.is_some() {
            return;
        }
        // A copy: the report in flight grows on, the page shows this one meanwhile.
        (e.arriving.clone(), e.in_flight.as_ref().map(|(_, text)| text.clone()), e.dispatch.clone())
    };
    if let (Some(report), Some(text), Some(dispatch)) = (so_far, text, dispatch) {
        dispatch.emit(Action::Analysed { for_text: text, report: Shared::new(report), partial: true });
    }
}

/// The report in flight has all arrived (`None`: it did not read): it goes to the page, unless
/// a newer text is waiting.
fn finished(engine: &Rc<RefCell<Engine>>, report: Option<Report>) {
    let (text, dispatch, waiting) = {
        let mut e = engine.borrow_mut();
        let text = e.in_flight.take().map(|(_, text)| text);
        (text, e.dispatch.clone(), e.waiting.take())
    };
    if let Some(next) = waiting {
        // A newer text is waiting: this report is already stale.
        submit(engine, next);
        return;
    }
    if let (Some(dispatch), Some(text)) = (dispatch, text) {
        match report {
            Some(report) => {
                dispatch.emit(Action::Analysed { for_text: text, report: Shared::new(report), partial: false })
            }
            None => {
                dispatch.emit(Action::Fail("The analysis came back unreadable. Edit the text to try again.".into()))
            }
        }
    }
}

/// Appends a piece of a report's list (JSON bytes) to the list; false if it does not read.
fn extend<T: serde::de::DeserializeOwned>(list: &mut Vec<T>, bytes: &[u8]) -> bool {
    match serde_json::from_slice::<Vec<T>>(bytes) {
        Ok(items) => {
            list.extend(items);
            true
        }
        Err(_) => false,
    }
}

fn failed(engine: &Rc<RefCell<Engine>>) {
    // The worker died (an engine bug): say so, keep the text, and start afresh next time.
    let (was_ready, analysing) = {
        let e = engine.borrow();
        (e.ready, e.in_flight.is_some())
    };
    // The small jobs it had fail (one of them may be the cause); if it died before it was even
    // ready (it could not load), the waiting ones too, rather than start it again and again.
    engine_jobs::fail(!was_ready);
    let waiting = {
        let mut e = engine.borrow_mut();
        e.stop_worker();
        e.waiting.take()
    };
    if !was_ready {
        report_failure(engine, "The analysis engine could not load. Your text is kept; reload the page to try again.");
    } else if analysing {
        report_failure(engine, "The analysis failed on this text. Your text is kept; edit it to try again.");
    }
    if let Some(next) = waiting {
        submit(engine, next);
    } else if was_ready && engine_jobs::any_unsent() {
        send_jobs();
    }
}

fn report_failure(engine: &Rc<RefCell<Engine>>, message: &str) {
    let dispatch = engine.borrow().dispatch.clone();
    if let Some(dispatch) = dispatch {
        dispatch.emit(Action::Fail(message.into()));
    }
}

#[hook]
pub fn use_analysis(state: UseReducerHandle<State>, options: Options) {
    let engine = use_mut_ref(Engine::new);
    let engine: Rc<RefCell<Engine>> = engine;
    CURRENT.with(|current| *current.borrow_mut() = Rc::downgrade(&engine));
    {
        let dispatcher = state.dispatcher();
        engine.borrow_mut().dispatch = Some(Callback::from(move |action| dispatcher.dispatch(action)));
    }
    let text = state.text.clone();
    let typed = state.typed;
    use_effect_with((text, options), move |(text, options)| {
        let text = text.clone();
        engine.borrow_mut().options = serde_json::to_string(options).unwrap_or_default();
        // Typing is analysed once it pauses; a loaded file, the sample or an option change at
        // once, before the browser even lays out the new text.
        let timeout = if typed {
            Some(Timeout::new(DEBOUNCE_MS, move || submit(&engine, text)))
        } else {
            submit(&engine, text);
            None
        };
        move || drop(timeout)
    });
}
