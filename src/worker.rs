//! The engine behind a message: the page's Web Worker. It receives `{id, text}` (the text as
//! UTF-8 bytes in a transferred buffer), analyses it, and answers `{id, report}` (the report as
//! JSON bytes, transferred back). Nothing is copied twice and the page's thread never waits.
//!
//! With `parts: true` in the request, the report comes back in pieces instead: `{id, part:
//! "head", data}` (the report without its long lists), then `{id, part: "sentences", data}` and
//! so on, a few thousand items at a time, then `{id, part: "done"}`. The page reads each piece
//! in a task of its own, so a 10 MB text's report never blocks it for long.
//!
//! The engine's smaller jobs, which the page's own code leaves to the worker so that it need not
//! carry the engine's tokenizer and tables (numbered apart from the analyses, by `job`):
//! - `{job, kind: "decode", bytes, html}`: a file's bytes to text (for an HTML file, its visible
//!   text). Answer `{job, text}` (UTF-8 bytes) or `{job, error}` (why it is not text, in words).
//! - `{job, kind: "occurrences", text, terms, stem}` (`terms` a JSON list of strings): where each
//!   term occurs. Answer `{job, spans}`: a `Uint32Array` holding, for each term in turn, its
//!   number of occurrences and then the start and end of each.

/// A short text that touches every stage of the engine.
#[cfg(target_arch = "wasm32")]
const WARM_UP: &str = "Sen. Jane Doe of New York told Reuters on Tuesday: “We will vote in May.” She said 5% was fine.";

#[cfg(target_arch = "wasm32")]
fn main() {
    use js_sys::{Array, Object, Reflect, Uint8Array};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        let id = Reflect::get(&data, &"id".into()).unwrap_or(JsValue::NULL);
        let field_bytes = |field: &str| {
            Reflect::get(&data, &field.into())
                .ok()
                .and_then(|v| v.dyn_into::<Uint8Array>().ok())
                .map(|a| a.to_vec())
                .unwrap_or_default()
        };
        let as_text = |bytes: Vec<u8>| {
            String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
        };
        let answer = |field: &str, value: &JsValue, transfer: &Array| {
            let message = Object::new();
            let job = Reflect::get(&data, &"job".into()).unwrap_or(JsValue::NULL);
            let _ = Reflect::set(&message, &"job".into(), &job);
            let _ = Reflect::set(&message, &field.into(), value);
            let _ = reply_to.post_message_with_transfer(&message, transfer);
        };
        let flag = |field: &str| Reflect::get(&data, &field.into()).ok().and_then(|v| v.as_bool()).unwrap_or(false);
        match Reflect::get(&data, &"kind".into()).ok().and_then(|v| v.as_string()).as_deref() {
            Some("decode") => {
                match textlens_engine::decode(&field_bytes("bytes")) {
                    Ok(text) => {
                        let text = if flag("html") { textlens_engine::visible_text(&text) } else { text };
                        let out = Uint8Array::from(text.as_bytes());
                        answer("text", &out, &Array::of1(&out.buffer()));
                    }
                    Err(error) => answer("error", &error.to_string().into(), &Array::new()),
                }
                return;
            }
            Some("occurrences") => {
                let text = as_text(field_bytes("text"));
                let terms: Vec<String> = Reflect::get(&data, &"terms".into())
                    .ok()
                    .and_then(|v| v.as_string())
                    .and_then(|json| serde_json::from_str(&json).ok())
                    .unwrap_or_default();
                let terms: Vec<&str> = terms.iter().map(String::as_str).collect();
                let mut flat = Vec::new();
                for spans in textlens_engine::occurrences_of_each(&text, &terms, flag("stem")) {
                    flat.push(spans.len() as u32);
                    for span in spans {
                        flat.extend([span.start as u32, span.end as u32]);
                    }
                }
                let out = js_sys::Uint32Array::from(flat.as_slice());
                answer("spans", &out, &Array::of1(&out.buffer()));
                return;
            }
            _ => {}
        }
        let bytes = field_bytes("text");
        let options = Reflect::get(&data, &"options".into())
            .ok()
            .and_then(|v| v.as_string())
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default();
        let in_parts = flag("parts");
        let text = as_text(bytes);
        let mut report = textlens_engine::analyze(&text, &options);
        let send = |part: Option<&str>, json: Option<Vec<u8>>| {
            let message = Object::new();
            let _ = Reflect::set(&message, &"id".into(), &id);
            let transfer = Array::new();
            if let Some(part) = part {
                let _ = Reflect::set(&message, &"part".into(), &part.into());
            }
            if let Some(json) = json {
                let out = Uint8Array::from(json.as_slice());
                let _ = Reflect::set(&message, &if part.is_some() { "data" } else { "report" }.into(), &out);
                transfer.push(&out.buffer());
            }
            let _ = reply_to.post_message_with_transfer(&message, &transfer);
        };
        if !in_parts {
            send(None, Some(serde_json::to_vec(&report).unwrap_or_default()));
            return;
        }
        let sentences = std::mem::take(&mut report.sentences);
        let frequencies = std::mem::take(&mut report.frequencies);
        let phrases = std::mem::take(&mut report.phrases);
        let entities = std::mem::take(&mut report.entities);
        let quotes = std::mem::take(&mut report.quotes);
        send(Some("head"), serde_json::to_vec(&report).ok());
        // Chunk sizes keep each piece to a few hundred kilobytes of JSON.
        for chunk in sentences.chunks(20_000) {
            send(Some("sentences"), serde_json::to_vec(chunk).ok());
        }
        for chunk in frequencies.chunks(8_000) {
            send(Some("frequencies"), serde_json::to_vec(chunk).ok());
        }
        for chunk in phrases.chunks(8_000) {
            send(Some("phrases"), serde_json::to_vec(chunk).ok());
        }
        for chunk in entities.chunks(1_000) {
            send(Some("entities"), serde_json::to_vec(chunk).ok());
        }
        for chunk in quotes.chunks(4_000) {
            send(Some("quotes"), serde_json::to_vec(chunk).ok());
        }
        send(Some("done"), None);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // The engine builds its word lists and gazetteers on first use: do that now, while the page
    // is still loading, rather than in the user's first analysis.
    let _ = textlens_engine::analyze(WARM_UP, &textlens_engine::Options::default());
    // Messages sent before this point found no listener: tell the page it can send now.
    let _ = scope.post_message(&"ready".into());
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("textlens-worker runs in the browser, as the page's Web Worker");
}
