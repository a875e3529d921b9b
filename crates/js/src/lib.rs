//! The textlens engine as an ES module: `wasm-bindgen --target web` over this crate gives
//! `textlens.js`, whose `analyze(text)` returns the report as a plain JavaScript object.

use wasm_bindgen::prelude::*;

mod packed;

#[wasm_bindgen(module = "/js/unpack.js")]
extern "C" {
    #[wasm_bindgen(catch)]
    fn unpack(rest: &str, numbers: &[u32], floats: &[f64], strings: &str) -> Result<JsValue, JsValue>;
}

/// Analyses `text` and returns the report (the same shape as `textlens analyze --json`).
///
/// The short fields cross as JSON; the long lists (sentences, frequencies, phrases, entities,
/// quotes) as numbers and one string, which `unpack.js` turns into objects. Building the objects
/// field by field across the boundary, or writing and parsing all of it as JSON, costs more.
#[wasm_bindgen]
pub fn analyze(text: &str) -> Result<JsValue, JsError> {
    let mut report = textlens_engine::analyze(text, &textlens_engine::Options::default());
    let packed = packed::pack(&mut report);
    let rest = serde_json::to_string(&report).map_err(|e| JsError::new(&e.to_string()))?;
    unpack(&rest, &packed.numbers, &packed.floats, &packed.strings)
        .map_err(|_| JsError::new("the report could not be unpacked"))
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
