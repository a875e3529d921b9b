use wasm_bindgen::JsCast;
use web_sys::{DragEvent, File, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::files;
use crate::shared::Text;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub text: Text,
    pub source: Option<AttrValue>,
    /// What the browser keeps of the text ("Saved in this browser (12 KB)").
    #[prop_or_default]
    pub saved: Option<AttrValue>,
    /// A span (UTF-8 bytes) to select in the text.
    pub highlight: Option<(usize, usize)>,
    pub on_edit: Callback<String>,
    /// Every file dropped or picked; one file is one document, several make a corpus.
    pub on_files: Callback<Vec<File>>,
    pub on_sample: Callback<()>,
    pub on_clear: Callback<()>,
}

/// Texts larger than this are not put in the text box: browsers lay out a huge text box
/// slowly, and nobody edits 10 MB by hand. The page shows the start of the text instead.
const EDITABLE_LIMIT: usize = 1_000_000;
/// How much of a large text the preview shows.
const PREVIEW_BYTES: usize = 20_000;

/// The text box: type, paste, drop a file or pick one.
#[function_component(Editor)]
pub fn editor(props: &Props) -> Html {
    let textarea = use_node_ref();
    let file_input = use_node_ref();
    let dragging = use_state(|| false);

    // Select the highlighted span, converting UTF-8 offsets to the UTF-16 ones the DOM uses.
    {
        let textarea = textarea.clone();
        let text = props.text.clone();
        use_effect_with(props.highlight, move |highlight| {
            if let (Some((start, end)), Some(area)) = (highlight, textarea.cast::<HtmlTextAreaElement>()) {
                let utf16 = |byte: usize| text.get(..byte).map_or(0, |s| s.encode_utf16().count()) as u32;
                let _ = area.focus();
                let _ = area.set_selection_range(utf16(*start), utf16(*end));
                // Scroll the selection into view: put the caret line near the top.
                let lines = text.get(..*start).map_or(0, |s| s.matches('\n').count());
                let line_height = 22;
                area.set_scroll_top((lines as i32 * line_height - 40).max(0));
            }
        });
    }

    let oninput = props.on_edit.reform(|e: InputEvent| {
        let area: HtmlTextAreaElement = e.target_unchecked_into();
        area.value()
    });
    let all_files = |files: Option<web_sys::FileList>| -> Vec<File> {
        files.map(|f| (0..f.length()).filter_map(|i| f.get(i)).collect()).unwrap_or_default()
    };
    let ondrop = {
        let on_files = props.on_files.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            let transfer = e.data_transfer();
            let entries = transfer.as_ref().map(files::dropped_entries).unwrap_or_default();
            if entries.iter().any(files::is_folder) {
                // A folder: its files are found asynchronously, walking it.
                let on_files = on_files.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let files = files::files_of(entries).await;
                    if !files.is_empty() {
                        on_files.emit(files);
                    }
                });
                return;
            }
            let files = all_files(transfer.and_then(|d| d.files()));
            if !files.is_empty() {
                on_files.emit(files);
            }
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let onchange = {
        let on_files = props.on_files.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else {
                return;
            };
            let files = all_files(input.files());
            if !files.is_empty() {
                on_files.emit(files);
            }
            // Picking the same file again should load it again.
            input.set_value("");
        })
    };
    let open = {
        let file_input = file_input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = file_input.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let sample = props.on_sample.reform(|_: MouseEvent| ());
    let clear = props.on_clear.reform(|_: MouseEvent| ());

    html! {
        <section class={classes!("editor", dragging.then_some("dragging"))}
            {ondrop} {ondragover} {ondragleave} aria-label="Your text">
            <div class="toolbar">
                <button type="button" onclick={open}>{ "Open files…" }</button>
                <input ref={file_input} type="file" class="hidden" id="file-input" multiple=true
                    accept=".txt,.md,.markdown,.html,.htm,text/plain,text/html,text/markdown" {onchange} />
                <button type="button" id="sample" onclick={sample}>{ "Try a sample" }</button>
                <button type="button" id="clear" onclick={clear} disabled={props.text.is_empty()}>{ "New document" }</button>
                if let Some(source) = &props.source {
                    <span class="source">{ source.clone() }</span>
                }
                if let Some(saved) = &props.saved {
                    <span class="saved" id="saved">{ saved.clone() }</span>
                }
            </div>
            if props.text.len() > EDITABLE_LIMIT {
                <div class="preview" id="preview" tabindex="0" aria-label="The start of the text">
                    <p class="source">{ format!("A large text ({:.1} MB): the analysis covers all of it; \
                        this shows its start. Use “New document” to type your own.", props.text.len() as f64 / 1e6) }</p>
                    { preview(&props.text) }
                    { " …" }
                </div>
            } else {
                <textarea ref={textarea} id="text" aria-label="Text to analyse" spellcheck="false"
                    placeholder="Paste or type an article here, or drop .txt, .md or .html files (several make a corpus)."
                    value={props.text.to_string()} {oninput} />
            }
        </section>
    }
}

/// The first few kilobytes of `text`, cut on a character boundary.
fn preview(text: &str) -> &str {
    let mut end = text.len().min(PREVIEW_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}
