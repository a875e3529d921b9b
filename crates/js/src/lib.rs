//! The textlens engine as an ES module: `wasm-bindgen --target web` over this crate gives
//! `textlens.js`, whose `analyze(text)` returns the report as a plain JavaScript object.

use wasm_bindgen::prelude::*;

/// Analyses `text` and returns the report (the same shape as `textlens analyze --json`).
///
/// The report crosses into JavaScript as one JSON string parsed by the JavaScript engine:
/// far cheaper than building the object field by field across the boundary.
#[wasm_bindgen]
pub fn analyze(text: &str) -> Result<JsValue, JsError> {
    js_sys::JSON::parse(&analyze_json(text)?).map_err(|_| JsError::new("the report could not be parsed"))
}

/// Analyses `text` and returns the report as a JSON string.
#[wasm_bindgen(js_name = analyzeJson)]
pub fn analyze_json(text: &str) -> Result<String, JsError> {
    let report = textlens_engine::analyze(text, &textlens_engine::Options::default());
    serde_json::to_string(&report).map_err(|e| JsError::new(&e.to_string()))
}

/// Decodes a file's bytes to text, or throws an error that says why it is not text.
#[wasm_bindgen]
pub fn decode(bytes: &[u8]) -> Result<String, JsError> {
    textlens_engine::decode(bytes).map_err(|e| JsError::new(&e.to_string()))
}
