//! Getting a frequency table out: a CSV file, or the same CSV on the clipboard.

use textlens_engine::Frequency;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::export::{csv, download};
use crate::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Every row of the table (not only those on show).
    pub rows: Shared<Vec<Frequency>>,
    /// The file name to offer.
    pub name: AttrValue,
}

/// The table as CSV: rank, term, count, share, and the forms counted together (with stems).
fn table_csv(rows: &[Frequency]) -> String {
    csv(
        &["rank", "term", "count", "share", "forms"],
        rows.iter().map(|f| {
            vec![f.rank.to_string(), f.term.clone(), f.count.to_string(), format!("{:.6}", f.share), f.forms.join(" ")]
        }),
    )
}

#[function_component(FrequencyExport)]
pub fn frequency_export(props: &Props) -> Html {
    let status = use_state(String::new);
    let save = {
        let rows = props.rows.clone();
        let name = props.name.clone();
        Callback::from(move |_: MouseEvent| download(&name, "text/csv;charset=utf-8", &table_csv(&rows)))
    };
    let copy = {
        let rows = props.rows.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(window) = web_sys::window() else { return };
            let promise = window.navigator().clipboard().write_text(&table_csv(&rows));
            let status = status.clone();
            let n = rows.len();
            wasm_bindgen_futures::spawn_local(async move {
                status.set(match JsFuture::from(promise).await {
                    Ok(_) => format!("Copied {n} rows."),
                    Err(_) => "The browser did not allow copying.".into(),
                });
            });
        })
    };
    let empty = props.rows.is_empty();
    html! {
        <div class="export">
            <button type="button" class="csv" onclick={save} disabled={empty}>{ "Download CSV" }</button>
            <button type="button" class="copy" onclick={copy} disabled={empty}>{ "Copy" }</button>
            <span class="status" role="status">{ (*status).clone() }</span>
        </div>
    }
}
