//! The textlens engine as an ES module: `wasm-bindgen --target web` over this crate gives
//! `textlens.js`, whose `analyze(text)` returns the report as a plain JavaScript object.

use wasm_bindgen::prelude::*;

/// Analyses `text` and returns the report (the same shape as `textlens analyze --json`).
#[wasm_bindgen]
pub fn analyze(text: &str) -> Result<JsValue, JsError> {
    let report = textlens_engine::analyze(text, &textlens_engine::Options::default());
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&report, &serializer).map_err(|e| JsError::new(&e.to_string()))
}

/// Decodes a file's bytes to text, or throws an error that says why it is not text.
#[wasm_bindgen]
pub fn decode(bytes: &[u8]) -> Result<String, JsError> {
    textlens_engine::decode(bytes).map_err(|e| JsError::new(&e.to_string()))
}
