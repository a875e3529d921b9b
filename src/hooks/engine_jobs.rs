//! The engine's small jobs: decoding a dropped file's bytes to text and finding where words occur
//! (keyword in context, dispersion). They go to the page's analysis worker (`use_analysis`), as
//! messages of their own beside the analyses (protocol: `src/worker.rs`), so the page's own code
//! carries none of the engine's tokenizer, decoders and tables, and finding a word in a 10 MB
//! text never holds up the page's thread. Their answers come back as futures.
//!
//! A job waits for the worker to be ready; if the worker is stopped for a newer text, its jobs
//! go again to the next one; if it dies, the jobs it had fail (one of them may be the cause).
//!
//! A search sends its text only when the worker does not have it already: the worker keeps the
//! last text searched until it analyses another one, and so does this module's note of it
//! (`WORKER_HAS`), by the same rule. A click in the word table of a 10 MB text then sends a few
//! words, not 10 MB. Should the worker not have the text after all, it asks for it again.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use js_sys::{Function, Object, Promise, Reflect, Uint32Array, Uint8Array};
use textlens_engine::Span;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use super::engine_worker::answer_bytes;
use crate::shared::Text;

struct Job {
    /// Kept until the answer comes, to send again to a new worker if need be (so its buffers
    /// are copied, not transferred).
    message: Object,
    /// The text a search is in: put into the message only if the worker does not have it.
    text: Option<Text>,
    resolve: Function,
    sent: bool,
}

#[derive(Default)]
struct Jobs {
    next: u32,
    /// By number, so that they go in the order they came.
    jobs: BTreeMap<u32, Job>,
}

thread_local! {
    static JOBS: RefCell<Jobs> = RefCell::new(Jobs::default());
    /// The text the worker keeps for searches, as far as the page knows: the last one sent with
    /// a search, until the worker analyses another text or is stopped.
    static WORKER_HAS: RefCell<Option<Text>> = const { RefCell::new(None) };
}

/// Runs a job: `message` gets a job number and goes to the engine's worker (with `text` in
/// the field "text" if the worker does not have it). Resolves to the answer's data, or `None`
/// if the worker died on it or could not start.
async fn run(message: Object, text: Option<Text>) -> Option<JsValue> {
    let mut resolve_with = None;
    let promise = Promise::new(&mut |resolve, _reject| resolve_with = Some(resolve));
    let resolve = resolve_with?;
    JOBS.with(|cell| {
        let mut jobs = cell.borrow_mut();
        let id = jobs.next;
        jobs.next = jobs.next.wrapping_add(1);
        let _ = Reflect::set(&message, &"job".into(), &id.into());
        jobs.jobs.insert(id, Job { message, text, resolve, sent: false });
    });
    super::use_analysis::send_jobs();
    let answer = JsFuture::from(promise).await.ok()?;
    (!answer.is_undefined()).then_some(answer)
}

/// Sends every job not yet sent with `post` (to a worker that is ready); false from `post`
/// leaves the job for later.
pub(super) fn send_unsent(post: impl Fn(&Object) -> bool) {
    JOBS.with(|cell| {
        for job in cell.borrow_mut().jobs.values_mut().filter(|job| !job.sent) {
            if let Some(text) = &job.text {
                let has = WORKER_HAS.with(|has| has.borrow().as_ref() == Some(text));
                if has {
                    let _ = Reflect::delete_property(&job.message, &"text".into());
                } else {
                    let _ = Reflect::set(&job.message, &"text".into(), &Uint8Array::from(text.as_bytes()));
                }
            }
            job.sent = post(&job.message);
            if let (true, Some(text)) = (job.sent, &job.text) {
                // The worker takes the messages in order: the next search need not send it.
                WORKER_HAS.with(|has| *has.borrow_mut() = Some(text.clone()));
            }
        }
    });
}

/// The worker has no text kept for searches any more, or may not have (stopped, died, asked).
fn forget_worker_text() {
    WORKER_HAS.with(|has| *has.borrow_mut() = None);
}

/// The worker is sent `text` to analyse: it drops the text it kept for searches if this is
/// another one.
pub(super) fn analysing(text: &Text) {
    WORKER_HAS.with(|has| {
        let mut has = has.borrow_mut();
        if has.as_ref().is_some_and(|has| has != text) {
            *has = None;
        }
    });
}

/// Whether any job waits to be sent.
pub(super) fn any_unsent() -> bool {
    JOBS.with(|cell| cell.borrow().jobs.values().any(|job| !job.sent))
}

/// The worker was stopped (for a newer text): its jobs go again to the next one.
pub(super) fn requeue() {
    forget_worker_text();
    JOBS.with(|cell| cell.borrow_mut().jobs.values_mut().for_each(|job| job.sent = false));
}

/// The worker died: the jobs it had fail, and with `all`, those still waiting too.
pub(super) fn fail(all: bool) {
    forget_worker_text();
    let failed: Vec<Function> = JOBS.with(|cell| {
        let mut jobs = cell.borrow_mut();
        let ids: Vec<u32> = jobs.jobs.iter().filter(|(_, job)| all || job.sent).map(|(id, _)| *id).collect();
        ids.into_iter().filter_map(|id| jobs.jobs.remove(&id)).map(|job| job.resolve).collect()
    });
    for resolve in failed {
        let _ = resolve.call1(&JsValue::NULL, &JsValue::UNDEFINED);
    }
}

/// Takes an answer if it is a job's (`{job, ...}`); false if it is not one. A search whose
/// text the worker did not have (`{job, resend: true}`) waits to go again, with its text.
pub(super) fn answered(data: &JsValue) -> bool {
    let Some(id) = Reflect::get(data, &"job".into()).ok().and_then(|v| v.as_f64()) else { return false };
    if Reflect::get(data, &"resend".into()).ok().and_then(|v| v.as_bool()) == Some(true) {
        forget_worker_text();
        JOBS.with(|cell| {
            if let Some(job) = cell.borrow_mut().jobs.get_mut(&(id as u32)) {
                job.sent = false;
            }
        });
        return true;
    }
    let job = JOBS.with(|cell| cell.borrow_mut().jobs.remove(&(id as u32)));
    if let Some(job) = job {
        let _ = job.resolve.call1(&JsValue::NULL, data);
    }
    true
}

/// A file's bytes as text (see `textlens_engine::decode`); for an HTML file (`html`), its
/// visible text. The error says in words why the bytes are not text.
pub async fn decode(bytes: Uint8Array, html: bool) -> Result<String, String> {
    let message = Object::new();
    let _ = Reflect::set(&message, &"kind".into(), &"decode".into());
    let _ = Reflect::set(&message, &"bytes".into(), &bytes);
    let _ = Reflect::set(&message, &"html".into(), &html.into());
    let answer = run(message, None).await.ok_or_else(|| "the page's engine stopped while reading it".to_owned())?;
    if let Some(error) = Reflect::get(&answer, &"error".into()).ok().and_then(|v| v.as_string()) {
        return Err(error);
    }
    let text = answer_bytes(&answer, "text");
    Ok(String::from_utf8(text).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

/// Every occurrence of each of `terms` in `text`, one list per term (see
/// `textlens_engine::occurrences_of_each`); `None` if the engine failed on it.
pub async fn occurrences_of_each(text: &Text, terms: &[&str], stem: bool) -> Option<Vec<Vec<Span>>> {
    if terms.is_empty() {
        return Some(Vec::new());
    }
    let message = Object::new();
    let _ = Reflect::set(&message, &"kind".into(), &"occurrences".into());
    let _ = Reflect::set(&message, &"terms".into(), &serde_json::to_string(terms).ok()?.into());
    let _ = Reflect::set(&message, &"stem".into(), &stem.into());
    let answer = run(message, Some(text.clone())).await?;
    let flat = Reflect::get(&answer, &"spans".into()).ok()?.dyn_into::<Uint32Array>().ok()?.to_vec();
    // For each term: its number of occurrences, then the start and end of each.
    let mut at = flat.iter().map(|&n| n as usize);
    let mut out = Vec::with_capacity(terms.len());
    for _ in terms {
        let n = at.next()?;
        let mut spans = Vec::with_capacity(n);
        for _ in 0..n {
            spans.push(Span::new(at.next()?, at.next()?));
        }
        out.push(spans);
    }
    Some(out)
}

/// The newest answer of `use_occurrences`: the terms it is for and, for each, where it occurs
/// (`None` if the engine failed on it).
pub type Answer = Rc<(Vec<String>, Option<Vec<Vec<Span>>>)>;

/// What `use_occurrences` has.
pub struct Occurrences {
    pub answer: Option<Answer>,
    /// Whether `answer` is for the text, terms and stemming as they are now.
    pub fresh: bool,
}

/// Where each of `terms` occurs in `text`, found by the engine's worker. Until the answer for
/// these very inputs comes back, the previous answer (if any) stays, marked not fresh.
#[hook]
pub fn use_occurrences(text: Text, terms: Vec<String>, stem: bool) -> Occurrences {
    type Inputs = (Text, Vec<String>, bool);
    let latest = use_state(|| None::<(Inputs, Answer)>);
    let inputs: Inputs = (text, terms, stem);
    {
        let latest = latest.clone();
        use_effect_with(inputs.clone(), move |inputs| {
            let inputs = inputs.clone();
            // An answer that comes after the inputs changed (or the view closed) is dropped.
            let current = Rc::new(std::cell::Cell::new(true));
            let still = current.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let (text, terms, stem) = &inputs;
                let refs: Vec<&str> = terms.iter().map(String::as_str).collect();
                let spans = occurrences_of_each(text, &refs, *stem).await;
                if still.get() {
                    let answer = Rc::new((terms.clone(), spans));
                    latest.set(Some((inputs, answer)));
                }
            });
            move || current.set(false)
        });
    }
    match &*latest {
        Some((of, answer)) => Occurrences { answer: Some(answer.clone()), fresh: *of == inputs },
        None => Occurrences { answer: None, fresh: false },
    }
}
