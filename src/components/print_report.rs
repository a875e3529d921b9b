//! The printed report: the key figures and tables of every view, one after another. Hidden on
//! screen; the print style sheet shows only this, so "Print report" (or the browser's own Print)
//! gives a clean page or two instead of a picture of the screen.

use textlens_engine::Report;
use yew::prelude::*;

use super::entities_view::KINDS;
use super::quotes_view::speakers;
use super::readability_view::readability_rows;
use super::{duration, thousands};
use crate::shared::{Shared, Text};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub report: Shared<Report>,
    pub text: Text,
    /// Where the text came from, if known.
    pub source: Option<AttrValue>,
}

/// Words in the top-words table.
const TOP_WORDS: usize = 20;
/// Entities listed for each kind.
const TOP_ENTITIES: usize = 8;
/// Speakers listed.
const TOP_SPEAKERS: usize = 10;

#[function_component(PrintReport)]
pub fn print_report(props: &Props) -> Html {
    let report = &props.report;
    let s = &report.stats;
    let r = &report.readability;
    let l = &report.sentence_lengths;
    let figures = [
        ("Words", thousands(s.words)),
        ("Unique words", thousands(s.unique_words)),
        ("Sentences", thousands(s.sentences)),
        ("Paragraphs", thousands(s.paragraphs)),
        ("Characters", thousands(s.characters)),
        ("Reading time", duration(s.reading_time_seconds)),
        ("Speaking time", duration(s.speaking_time_seconds)),
        ("Words per sentence", format!("{:.1} (median {})", l.mean, l.median)),
    ];
    let readability = readability_rows(r);
    let entity_groups: Vec<Html> = KINDS
        .iter()
        .filter_map(|&(kind, label, _)| {
            let mut of_kind = report.entities.iter().filter(|e| e.kind == kind).peekable();
            of_kind.peek()?;
            Some(html! {
                <p class="print-entities"><strong>{ format!("{label}: ") }</strong>
                    { of_kind.take(TOP_ENTITIES).map(|e| format!("{} ({})", e.name, e.count)).collect::<Vec<_>>().join(", ") }
                </p>
            })
        })
        .collect();
    let speakers = speakers(report, &props.text);

    html! {
        <article class="print-report" aria-label="Printable report">
            <h2>{ "textlens report" }</h2>
            <p class="print-source">
                { props.source.as_ref().map_or("Pasted text".to_owned(), |s| s.to_string()) }
                { format!(" · language: {}", report.language) }
            </p>
            <div class="print-columns">
                <section>
                    <h3>{ "Overview" }</h3>
                    <table class="print-figures">
                        <tbody>
                            { for figures.iter().map(|(label, value)| html! {
                                <tr><th scope="row">{ *label }</th><td class="num">{ value }</td></tr>
                            }) }
                        </tbody>
                    </table>
                    <h3>{ "Readability" }</h3>
                    <table class="print-readability">
                        <thead><tr><th scope="col">{ "Measure" }</th><th scope="col" class="num">{ "Score" }</th><th scope="col">{ "What it means" }</th></tr></thead>
                        <tbody>
                            { for readability.iter().map(|(name, value, note)| html! {
                                <tr><td>{ *name }</td><td class="num">{ format!("{value:.1}") }</td><td>{ *note }</td></tr>
                            }) }
                        </tbody>
                    </table>
                </section>
                <section>
                    <h3>{ format!("Top {} words", TOP_WORDS.min(report.frequencies.len())) }</h3>
                    <table class="print-words">
                        <thead><tr><th scope="col" class="num">{ "#" }</th><th scope="col">{ "Word" }</th><th scope="col" class="num">{ "Count" }</th><th scope="col" class="num">{ "Share" }</th></tr></thead>
                        <tbody>
                            { for report.frequencies.iter().take(TOP_WORDS).map(|f| html! {
                                <tr><td class="num">{ f.rank }</td><td>{ &f.term }</td><td class="num">{ f.count }</td>
                                    <td class="num">{ format!("{:.1}%", f.share * 100.0) }</td></tr>
                            }) }
                        </tbody>
                    </table>
                </section>
            </div>
            <section>
                <h3>{ "Entities (most mentioned first)" }</h3>
                if entity_groups.is_empty() {
                    <p>{ "None found." }</p>
                } else {
                    { for entity_groups }
                }
            </section>
            <section>
                <h3>{ "Quotes by speaker" }</h3>
                if speakers.is_empty() {
                    <p>{ "No direct quotes found." }</p>
                } else {
                    <table class="print-speakers">
                        <thead><tr><th scope="col">{ "Speaker" }</th><th scope="col" class="num">{ "Quotes" }</th><th scope="col" class="num">{ "Words" }</th></tr></thead>
                        <tbody>
                            { for speakers.iter().take(TOP_SPEAKERS).map(|(name, n, w)| html! {
                                <tr><td>{ name }</td><td class="num">{ n }</td><td class="num">{ w }</td></tr>
                            }) }
                        </tbody>
                    </table>
                }
            </section>
        </article>
    }
}
