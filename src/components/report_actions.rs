//! Getting the whole analysis out of the page: printed, as the JSON report, or as a short
//! plain-text summary on the clipboard.

use textlens_engine::{EntityKind, Report};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use super::{duration, thousands};
use crate::export::download;
use crate::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub report: Shared<Report>,
    /// Where the text came from, if known.
    pub source: Option<AttrValue>,
}

/// The summary put on the clipboard: the headline figures, the top words and the people.
pub fn summary(report: &Report, source: Option<&str>) -> String {
    let s = &report.stats;
    let top_words: Vec<String> =
        report.frequencies.iter().take(10).map(|f| format!("{} ({})", f.term, f.count)).collect();
    let people: Vec<String> = report
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .take(10)
        .map(|e| format!("{} ({})", e.name, e.count))
        .collect();
    let list = |items: Vec<String>| if items.is_empty() { "none found".to_owned() } else { items.join(", ") };
    let mut out = String::from("textlens summary");
    if let Some(source) = source {
        out.push_str(": ");
        out.push_str(source);
    }
    out.push('\n');
    out.push_str(&format!("Words: {}\n", thousands(s.words)));
    out.push_str(&format!("Sentences: {}\n", thousands(s.sentences)));
    out.push_str(&format!("Reading time: {}\n", duration(s.reading_time_seconds)));
    out.push_str(&format!("Grade level (Flesch-Kincaid): {:.1}\n", report.readability.flesch_kincaid_grade));
    out.push_str(&format!("Top words: {}\n", list(top_words)));
    out.push_str(&format!("People: {}\n", list(people)));
    out
}

#[function_component(ReportActions)]
pub fn report_actions(props: &Props) -> Html {
    let status = use_state(String::new);
    let print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let save_json = {
        let report = props.report.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| match serde_json::to_string_pretty(&*report) {
            Ok(json) => download("textlens-report.json", "application/json", &json),
            Err(_) => status.set("The report could not be written as JSON.".into()),
        })
    };
    let copy = {
        let report = props.report.clone();
        let source = props.source.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(window) = web_sys::window() else { return };
            let promise = window.navigator().clipboard().write_text(&summary(&report, source.as_deref()));
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                status.set(match JsFuture::from(promise).await {
                    Ok(_) => "Summary copied.".into(),
                    Err(_) => "The browser did not allow copying.".into(),
                });
            });
        })
    };
    html! {
        <div class="report-actions" role="group" aria-label="Export the analysis">
            <button type="button" id="print-report" onclick={print}>{ "Print report" }</button>
            <button type="button" id="download-json" onclick={save_json}>{ "Download JSON" }</button>
            <button type="button" id="copy-summary" onclick={copy}>{ "Copy summary" }</button>
            <span class="status" role="status">{ (*status).clone() }</span>
        </div>
    }
}
