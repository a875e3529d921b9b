//! Reading dropped or picked files (or folders) into text, through the engine's decoder (in the
//! engine's worker: `hooks::engine_jobs`).

use js_sys::{Array, Function, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
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
    let bytes = Uint8Array::new(&buffer);
    if bytes.length() == 0 {
        return Err(format!("{name} is empty: there is nothing to analyse."));
    }
    let lower = name.to_ascii_lowercase();
    let html = lower.ends_with(".html") || lower.ends_with(".htm");
    crate::hooks::decode(bytes, html).await.map_err(|e| format!("{name}: {e}."))
}

/// What was dropped, as file-system entries (`webkitGetAsEntry`), which alone tell a folder
/// from a file. Taken at once: the browser empties the drop's data when the event ends.
/// Read through `Reflect`, as these interfaces are not in the page's web-sys features.
pub fn dropped_entries(transfer: &web_sys::DataTransfer) -> Vec<JsValue> {
    let Ok(items) = Reflect::get(transfer, &"items".into()) else { return Vec::new() };
    let length = Reflect::get(&items, &"length".into()).ok().and_then(|v| v.as_f64()).unwrap_or(0.0) as u32;
    (0..length)
        .filter_map(|i| {
            let item = Reflect::get(&items, &i.into()).ok()?;
            let get = Reflect::get(&item, &"webkitGetAsEntry".into()).ok()?.dyn_into::<Function>().ok()?;
            get.call0(&item).ok().filter(|entry| !entry.is_null() && !entry.is_undefined())
        })
        .collect()
}

/// Whether an entry is a folder.
pub fn is_folder(entry: &JsValue) -> bool {
    Reflect::get(entry, &"isDirectory".into()).ok().and_then(|v| v.as_bool()).unwrap_or(false)
}

/// Calls `target.method(success, failure)` (the file-system API's callback style) as a future.
async fn callback_call(target: &JsValue, method: &str) -> Result<JsValue, JsValue> {
    let function = Reflect::get(target, &method.into())?.dyn_into::<Function>()?;
    let promise = Promise::new(&mut |resolve, reject| {
        if let Err(e) = function.call2(target, &resolve, &reject) {
            let _ = reject.call1(&JsValue::NULL, &e);
        }
    });
    JsFuture::from(promise).await
}

/// Every file under the dropped entries, folders walked to any depth, each folder's files in
/// name order. Hidden files (".DS_Store") are left out: nobody means to analyse those.
pub async fn files_of(entries: Vec<JsValue>) -> Vec<File> {
    let mut files = Vec::new();
    // A stack rather than recursion: async recursion would need boxing.
    let mut pending: Vec<JsValue> = entries.into_iter().rev().collect();
    while let Some(entry) = pending.pop() {
        if is_folder(&entry) {
            let Ok(reader) = Reflect::get(&entry, &"createReader".into())
                .and_then(|f| f.dyn_into::<Function>())
                .and_then(|f| f.call0(&entry))
            else {
                continue;
            };
            // readEntries gives a folder's entries a batch at a time, until an empty batch.
            let mut children = Vec::new();
            while let Ok(batch) = callback_call(&reader, "readEntries").await {
                let batch = Array::from(&batch);
                if batch.length() == 0 {
                    break;
                }
                children.extend(batch.iter());
            }
            let key =
                |e: &JsValue| Reflect::get(e, &"name".into()).ok().and_then(|v| v.as_string()).unwrap_or_default();
            children.sort_by_key(key);
            pending.extend(children.into_iter().filter(|c| !key(c).starts_with('.')).rev());
        } else {
            if let Ok(file) = callback_call(&entry, "file").await.and_then(|f| f.dyn_into::<File>()) {
                files.push(file);
            }
        }
    }
    files
}
