//! The engine behind a message: the page's Web Worker. It receives `{id, text}` (the text as
//! UTF-8 bytes in a transferred buffer), analyses it, and answers `{id, report}` (the report as
//! JSON bytes, transferred back). Nothing is copied twice and the page's thread never waits.
//!
//! With `parts: true` in the request, the report comes back in pieces instead, each group as
//! soon as the engine has found it: `{id, part: "head", data}` (the report without its long
//! lists), then `{id, part: "sentences", data}` and so on, a few thousand items at a time, then
//! `{id, part: "words"}` (all but the names and quotes are in: the page may show them); the
//! entities, then `{id, part: "names"}`; the quotes, then `{id, part: "done"}`. The page reads
//! each piece in a task of its own, so a 10 MB text's report never blocks it for long. With
//! `progress: true`, the worker also says `{id, progress, stage}` as each stage of the analysis
//! begins (`progress` from 0 to 1, `stage` in words: "finding names").
//!
//! The engine's smaller jobs, which the page's own code leaves to the worker so that it need not
//! carry the engine's tokenizer and tables (numbered apart from the analyses, by `job`):
//! - `{job, kind: "decode", bytes, html}`: a file's bytes to text (for an HTML file, its visible
//!   text). Answer `{job, text}` (UTF-8 bytes) or `{job, error}` (why it is not text, in words).
//! - `{job, kind: "occurrences", text, terms, stem}` (`terms` a JSON list of strings): where each
//!   term occurs. Answer `{job, spans}`: a `Uint32Array` holding, for each term in turn, its
//!   number of occurrences and then the start and end of each. Without `text`, in the last text
//!   searched (kept until a different text is analysed); if there is none, `{job, resend: true}`.

/// A short text that touches every stage of the engine.
#[cfg(target_arch = "wasm32")]
const WARM_UP: &str = "Sen. Jane Doe of New York told Reuters on Tuesday: “We will vote in May.” She said 5% was fine.";

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let request = messages::Request(event.data());
        match request.string("kind").as_deref() {
            Some("decode") => messages::decode(&request, &reply_to),
            Some("occurrences") => messages::occurrences(&request, &reply_to),
            _ => messages::analysis(&request, &reply_to),
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // The engine builds its word lists and gazetteers on first use: do that now, while the page
    // is still loading, rather than in the user's first analysis; writing the report out has
    // the browser compile that code now too (it compiles a function when first called).
    let warm = textlens_engine::analyze(WARM_UP, &textlens_engine::Options::default());
    let _ = serde_json::to_vec(&warm);
    // Messages sent before this point found no listener: tell the page it can send now.
    let _ = scope.post_message(&"ready".into());
}

/// The three kinds of request and their answers (the protocol is in the module's docs).
#[cfg(target_arch = "wasm32")]
mod messages {
    use std::cell::RefCell;
    use std::rc::Rc;

    use js_sys::{Array, Object, Reflect, Uint32Array, Uint8Array};
    use textlens_engine::{Report, WordIndex};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::DedicatedWorkerGlobalScope;

    /// A message from the page, read field by field.
    pub struct Request(pub JsValue);

    impl Request {
        fn field(&self, name: &str) -> JsValue {
            Reflect::get(&self.0, &name.into()).unwrap_or(JsValue::NULL)
        }

        pub fn string(&self, name: &str) -> Option<String> {
            self.field(name).as_string()
        }

        fn flag(&self, name: &str) -> bool {
            self.field(name).as_bool().unwrap_or(false)
        }

        fn bytes(&self, name: &str) -> Vec<u8> {
            self.field(name).dyn_into::<Uint8Array>().map(|a| a.to_vec()).unwrap_or_default()
        }

        /// A field holding UTF-8 bytes, as text (never fails: bad bytes become U+FFFD).
        fn text(&self, name: &str) -> String {
            String::from_utf8(self.bytes(name)).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
        }

        /// A field holding JSON, read as `T` (the default if missing or malformed).
        fn json<T: serde::de::DeserializeOwned + Default>(&self, name: &str) -> T {
            self.string(name).and_then(|json| serde_json::from_str(&json).ok()).unwrap_or_default()
        }
    }

    /// Posts `{<name>: value, …}` to the page, with `transfer`'s buffers moved, not copied.
    fn post(reply_to: &DedicatedWorkerGlobalScope, fields: &[(&str, &JsValue)], transfer: &Array) {
        let message = Object::new();
        for (name, value) in fields {
            let _ = Reflect::set(&message, &(*name).into(), value);
        }
        let _ = reply_to.post_message_with_transfer(&message, transfer);
    }

    /// Answers a job: `{job, <field>: value}`.
    fn answer(
        request: &Request,
        reply_to: &DedicatedWorkerGlobalScope,
        field: &str,
        value: &JsValue,
        transfer: &Array,
    ) {
        post(reply_to, &[("job", &request.field("job")), (field, value)], transfer);
    }

    /// A file's bytes to text (its visible text, for HTML).
    // Each request kind apart, not inlined into the message handler: see the engine's
    // `analyze_with_progress` on what one large function costs a browser's compilers.
    #[inline(never)]
    pub fn decode(request: &Request, reply_to: &DedicatedWorkerGlobalScope) {
        match textlens_engine::decode(&request.bytes("bytes")) {
            Ok(text) => {
                let text = if request.flag("html") { textlens_engine::visible_text(&text) } else { text };
                let out = Uint8Array::from(text.as_bytes());
                answer(request, reply_to, "text", &out, &Array::of1(&out.buffer()));
            }
            Err(error) => answer(request, reply_to, "error", &error.to_string().into(), &Array::new()),
        }
    }

    thread_local! {
        /// The last text searched and its words: the next click on a word of the same text
        /// (the usual case) is answered without cutting the whole text into words again.
        static LAST_SEARCHED: RefCell<Option<(String, Rc<WordIndex>)>> = const { RefCell::new(None) };
    }

    /// The words of `text`, from the last search if it was of the same text.
    fn word_index(text: String) -> Rc<WordIndex> {
        LAST_SEARCHED.with(|last| {
            let mut last = last.borrow_mut();
            if let Some((searched, index)) = &*last {
                if *searched == text {
                    return index.clone();
                }
            }
            let index = Rc::new(WordIndex::new(&text));
            *last = Some((text, index.clone()));
            index
        })
    }

    /// Where each term occurs: for each in turn, its number of occurrences, then their spans.
    /// Without a text, in the last text searched; if there is none, the page is asked to send
    /// the search again with its text.
    #[inline(never)]
    pub fn occurrences(request: &Request, reply_to: &DedicatedWorkerGlobalScope) {
        let index = if request.field("text").is_undefined() {
            let Some(index) = LAST_SEARCHED.with(|last| last.borrow().as_ref().map(|(_, index)| index.clone())) else {
                return answer(request, reply_to, "resend", &true.into(), &Array::new());
            };
            index
        } else {
            word_index(request.text("text"))
        };
        let terms: Vec<String> = request.json("terms");
        let terms: Vec<&str> = terms.iter().map(String::as_str).collect();
        let mut flat = Vec::new();
        for spans in index.occurrences_of_each(&terms, request.flag("stem")) {
            flat.push(spans.len() as u32);
            for span in spans {
                flat.extend([span.start as u32, span.end as u32]);
            }
        }
        let out = Uint32Array::from(flat.as_slice());
        answer(request, reply_to, "spans", &out, &Array::of1(&out.buffer()));
    }

    /// The analysis: the whole report at once, or in parts when the page asks for them; with
    /// `progress: true`, `{id, progress, stage}` as each stage begins.
    #[inline(never)]
    pub fn analysis(request: &Request, reply_to: &DedicatedWorkerGlobalScope) {
        let text = request.text("text");
        // The words kept for searches are of another text now: they need not stay.
        LAST_SEARCHED.with(|last| {
            let mut last = last.borrow_mut();
            if last.as_ref().is_some_and(|(searched, _)| *searched != text) {
                *last = None;
            }
        });
        let id = request.field("id");
        let options: textlens_engine::Options = request.json("options");
        let tell = request.flag("progress");
        let in_parts = request.flag("parts");
        let send = |part: Option<&str>, json: Option<Vec<u8>>| {
            let part_value = part.map(JsValue::from);
            let data = json.map(|json| Uint8Array::from(json.as_slice()));
            let transfer = Array::new();
            let mut fields = vec![("id", &id)];
            if let Some(part) = &part_value {
                fields.push(("part", part));
            }
            if let Some(data) = &data {
                fields.push((if part.is_some() { "data" } else { "report" }, data.as_ref()));
                transfer.push(&data.buffer());
            }
            post(reply_to, &fields, &transfer);
        };
        // In parts, each group of figures goes as soon as the engine has it (the words, then
        // the names, then the quotes): the page shows the word figures of a long text while
        // its names are still being found.
        let mut groups_sent = 0;
        let report = textlens_engine::analyze_with_progress(&text, &options, &mut |p| {
            if tell {
                let fields = [("id", &id), ("progress", &f64::from(p.done).into()), ("stage", &p.stage.into())];
                post(reply_to, &fields, &Array::new());
            }
            // The first report so far has the word figures, the next the names too; the last
            // group ("done") waits for the finished report.
            if let (true, Some(so_far), true) = (in_parts, p.so_far, groups_sent < GROUPS - 1) {
                send_groups(so_far, groups_sent..groups_sent + 1, &send);
                groups_sent += 1;
            }
        });
        if in_parts {
            send_groups(&report, groups_sent..GROUPS, &send);
        } else {
            send(None, Some(serde_json::to_vec(&report).unwrap_or_default()));
        }
    }

    /// The report's groups of figures, in the order the engine finds them.
    const GROUPS: usize = 3;

    /// Sends one part of a report: its name and its JSON (none for a marker).
    type SendPart<'a> = dyn Fn(Option<&str>, Option<Vec<u8>>) + 'a;

    /// Sends groups `groups` of `report` in parts, each group followed by its marker: "words"
    /// (the report but its names and quotes: the page may show it), "names", then "done".
    /// Chunk sizes keep each part to a few hundred kilobytes of JSON, read by the page in a task
    /// of its own.
    fn send_groups(report: &Report, groups: std::ops::Range<usize>, send: &SendPart) {
        fn chunks<T: serde::Serialize>(part: &str, list: &[T], size: usize, send: &SendPart) {
            for chunk in list.chunks(size) {
                send(Some(part), serde_json::to_vec(chunk).ok());
            }
        }
        for group in groups {
            match group {
                0 => {
                    send(Some("head"), serde_json::to_vec(&head(report)).ok());
                    chunks("sentences", &report.sentences, 20_000, send);
                    chunks("frequencies", &report.frequencies, 8_000, send);
                    chunks("phrases", &report.phrases, 8_000, send);
                    send(Some("words"), None);
                }
                1 => {
                    chunks("entities", &report.entities, 1_000, send);
                    send(Some("names"), None);
                }
                _ => {
                    chunks("quotes", &report.quotes, 4_000, send);
                    send(Some("done"), None);
                }
            }
        }
    }

    /// The report without its long lists, which go in parts of their own.
    fn head(report: &Report) -> Report {
        Report {
            schema: report.schema,
            stats: report.stats.clone(),
            sentences: Vec::new(),
            sentence_lengths: report.sentence_lengths.clone(),
            frequencies: Vec::new(),
            phrases: Vec::new(),
            language: report.language.clone(),
            stop_words: report.stop_words.clone(),
            distinctive: report.distinctive.clone(),
            entities: Vec::new(),
            quotes: Vec::new(),
            readability: report.readability.clone(),
            tokens: report.tokens.clone(),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("textlens-worker runs in the browser, as the page's Web Worker");
}
