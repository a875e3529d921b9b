//! Analyses the documents of a corpus in a small pool of Web Workers, one document at a time
//! per worker, so that several cores work at once and the page's thread only moves bytes.
//!
//! Same worker script and protocol as `use_analysis`: wait for "ready", post `{id, text,
//! options}`, read back `{id, report}`. The pool lives as long as its corpus: closing the corpus
//! (or opening another) terminates every worker, and reports of an old corpus are dropped by the
//! reducer, which checks the corpus id.

use std::cell::RefCell;
use std::rc::Rc;

use textlens_engine::Report;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::engine_worker::{answer_bytes, answer_id, is_ready, EngineWorker};
use crate::shared::Shared;
use crate::state::{Action, Corpus, State};
/// More workers than this cost memory (each holds a copy of the engine) for little gain.
const MAX_WORKERS: usize = 4;

/// One worker of the pool and the document it is working on.
struct Slot {
    worker: EngineWorker,
    /// The document (index) in flight, if any.
    busy: Option<usize>,
}

struct Pool {
    corpus: Rc<Corpus>,
    options: String,
    /// Documents not yet sent, in order.
    queue: Vec<usize>,
    slots: Vec<Option<Slot>>,
    dispatch: Callback<Action>,
}

impl Pool {
    fn shut_down(&mut self) {
        for slot in self.slots.iter_mut().filter_map(Option::take) {
            slot.worker.terminate();
        }
        self.queue.clear();
    }
}

/// How many workers the machine can usefully run for `docs` documents.
fn pool_size(docs: usize) -> usize {
    let cores = web_sys::window().map(|w| w.navigator().hardware_concurrency()).unwrap_or(1.0);
    let cores = if cores.is_finite() && cores >= 1.0 { cores as usize } else { 1 };
    cores.min(MAX_WORKERS).min(docs).max(1)
}

/// Starts a worker in `slot`; false if the browser would not.
fn start(pool: &Rc<RefCell<Pool>>, slot: usize) -> bool {
    let on_message = Rc::downgrade(pool);
    let on_error = Rc::downgrade(pool);
    let worker = EngineWorker::start(
        move |data| {
            if let Some(pool) = on_message.upgrade() {
                received(&pool, slot, data);
            }
        },
        move || {
            if let Some(pool) = on_error.upgrade() {
                failed(&pool, slot);
            }
        },
    );
    let Some(worker) = worker else { return false };
    pool.borrow_mut().slots[slot] = Some(Slot { worker, busy: None });
    true
}

/// With no worker left alive, the documents still queued will never be analysed: say so.
fn fail_rest_if_idle(pool: &Rc<RefCell<Pool>>) {
    let (corpus, dispatch, queue) = {
        let mut p = pool.borrow_mut();
        if p.slots.iter().any(Option::is_some) {
            return;
        }
        (p.corpus.id, p.dispatch.clone(), std::mem::take(&mut p.queue))
    };
    for index in queue {
        dispatch.emit(Action::DocFailed { corpus, index });
    }
}

/// Gives the worker in `slot` the next document, or lets it go when none is left.
fn feed(pool: &Rc<RefCell<Pool>>, slot: usize) {
    let mut p = pool.borrow_mut();
    let Some(index) = (!p.queue.is_empty()).then(|| p.queue.remove(0)) else {
        if let Some(s) = p.slots[slot].take() {
            s.worker.terminate();
        }
        return;
    };
    let Some(doc) = p.corpus.docs.get(index) else { return };
    let (text, options) = (doc.text.clone(), p.options.clone());
    let Some(s) = p.slots[slot].as_mut() else { return };
    s.busy = Some(index);
    s.worker.send(index as u32, &text, &options, false);
}

fn received(pool: &Rc<RefCell<Pool>>, slot: usize, data: JsValue) {
    if is_ready(&data) {
        feed(pool, slot);
        return;
    }
    let id = answer_id(&data).map(|id| id as usize);
    let (corpus, dispatch) = {
        let mut p = pool.borrow_mut();
        let Some(s) = p.slots[slot].as_mut() else { return };
        if s.busy != id || id.is_none() {
            return;
        }
        s.busy = None;
        (p.corpus.id, p.dispatch.clone())
    };
    let index = id.unwrap_or_default();
    let bytes = answer_bytes(&data, "report");
    // Send the next document before parsing this report, so the worker is never idle.
    feed(pool, slot);
    match serde_json::from_slice::<Report>(&bytes) {
        Ok(report) => dispatch.emit(Action::DocAnalysed { corpus, index, report: Shared::new(report) }),
        Err(_) => dispatch.emit(Action::DocFailed { corpus, index }),
    }
}

/// The worker died (an engine bug on that document): mark the document, carry on with a new worker.
fn failed(pool: &Rc<RefCell<Pool>>, slot: usize) {
    let (busy, corpus, dispatch, more) = {
        let mut p = pool.borrow_mut();
        let Some(s) = p.slots[slot].take() else { return };
        s.worker.terminate();
        (s.busy, p.corpus.id, p.dispatch.clone(), !p.queue.is_empty())
    };
    // A worker that died on a document gets a successor; one that died before its first
    // document (it could not load) does not, or a broken script would be restarted forever.
    if let Some(index) = busy {
        dispatch.emit(Action::DocFailed { corpus, index });
        if more && start(pool, slot) {
            return;
        }
    }
    fail_rest_if_idle(pool);
}

/// Runs the open corpus's documents through a pool of workers; the reports come back as
/// `Action::DocAnalysed`.
#[hook]
pub fn use_corpus(state: UseReducerHandle<State>) {
    let dispatcher = state.dispatcher();
    let corpus = state.corpus.clone();
    let id = corpus.as_ref().map(|c| c.id);
    // Only a new corpus starts a pool: a report stored in the corpus changes the Rc, not the id.
    let options = serde_json::to_string(&state.options).unwrap_or_default();
    use_effect_with(id, move |_| {
        let pool = corpus.map(|corpus| {
            let size = pool_size(corpus.docs.len());
            let pool = Rc::new(RefCell::new(Pool {
                queue: (0..corpus.docs.len()).collect(),
                corpus,
                options,
                slots: (0..size).map(|_| None).collect(),
                dispatch: Callback::from(move |action| dispatcher.dispatch(action)),
            }));
            for slot in 0..size {
                start(&pool, slot);
            }
            fail_rest_if_idle(&pool);
            pool
        });
        move || {
            if let Some(pool) = pool {
                pool.borrow_mut().shut_down();
            }
        }
    });
}
