//! The engine behind a message: the page's Web Worker. It receives `{id, text}` (the text as
//! UTF-8 bytes in a transferred buffer), analyses it, and answers `{id, report}` (the report as
//! JSON bytes, transferred back). Nothing is copied twice and the page's thread never waits.

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
        let bytes = Reflect::get(&data, &"text".into())
            .ok()
            .and_then(|v| v.dyn_into::<Uint8Array>().ok())
            .map(|a| a.to_vec())
            .unwrap_or_default();
        let options = Reflect::get(&data, &"options".into())
            .ok()
            .and_then(|v| v.as_string())
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default();
        let text = String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        let report = textlens_engine::analyze(&text, &options);
        let json = serde_json::to_vec(&report).unwrap_or_default();
        let out = Uint8Array::from(json.as_slice());
        let message = Object::new();
        let _ = Reflect::set(&message, &"id".into(), &id);
        let _ = Reflect::set(&message, &"report".into(), &out);
        let _ = reply_to.post_message_with_transfer(&message, &Array::of1(&out.buffer()));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages sent before this point found no listener: tell the page it can send now.
    let _ = scope.post_message(&"ready".into());
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("textlens-worker runs in the browser, as the page's Web Worker");
}
