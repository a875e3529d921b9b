//! Reading a dropped or picked file into text, through the engine's decoder.

use js_sys::Uint8Array;
use wasm_bindgen_futures::JsFuture;
use web_sys::File;

/// Files larger than this are refused: analysing them would take the tab's memory.
pub const MAX_BYTES: f64 = 64.0 * 1024.0 * 1024.0;

/// The text of `file`, or a message saying in plain words why it has none.
pub async fn read(file: &File) -> Result<String, String> {
    let name = file.name();
    if file.size() > MAX_BYTES {
        return Err(format!(
            "{name} is {:.0} MB: too large to analyse in the browser (the limit is 64 MB). Split it, or use the textlens command-line tool.",
            file.size() / 1_048_576.0
        ));
    }
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(|_| format!("{name} could not be read."))?;
    let bytes = Uint8Array::new(&buffer).to_vec();
    if bytes.is_empty() {
        return Err(format!("{name} is empty: there is nothing to analyse."));
    }
    let text = textlens_engine::decode(&bytes).map_err(|e| format!("{name}: {e}."))?;
    let lower = name.to_ascii_lowercase();
    Ok(if lower.ends_with(".html") || lower.ends_with(".htm") { textlens_engine::visible_text(&text) } else { text })
}
