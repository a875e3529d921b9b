use std::rc::Rc;

use yew::prelude::*;

use super::entities_view::KINDS;
use super::thousands;
use crate::corpus::{self, SharedEntity};
use crate::export;
use crate::state::{Corpus, Doc};

/// Entities listed at most; the rest are counted in a note.
const ENTITIES_SHOWN: usize = 60;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub corpus: Rc<Corpus>,
    /// Open document `index` as the single document.
    pub on_open: Callback<usize>,
    /// Back to the single document.
    pub on_close: Callback<()>,
}

/// Several documents side by side: their figures, what sets each apart, who appears across them.
#[function_component(CorpusView)]
pub fn corpus_view(props: &Props) -> Html {
    let corpus = &props.corpus;
    let (done, total) = (corpus.done(), corpus.docs.len());
    // Merged once per report arriving, not at every render.
    let key = (corpus.id, done);
    let distinctive = use_memo(key, {
        let c = corpus.clone();
        move |_| corpus::distinctive(&c.docs)
    });
    let entities = use_memo(key, {
        let c = corpus.clone();
        move |_| corpus::entities(&c.docs)
    });
    let speakers = use_memo(key, {
        let c = corpus.clone();
        move |_| corpus::speakers(&c.docs)
    });

    let close = props.on_close.reform(|_: MouseEvent| ());
    let csv = {
        let corpus = corpus.clone();
        let distinctive = distinctive.clone();
        Callback::from(move |_: MouseEvent| {
            export::download("corpus.csv", "text/csv;charset=utf-8", &corpus::table_csv(&corpus.docs, &distinctive))
        })
    };

    html! {
        <section class="corpus" aria-label="Corpus">
            <h2>{ format!("Corpus: {total} documents") }</h2>
            <div class="corpus-actions">
                <button type="button" id="close-corpus" onclick={close}>{ "Back to one document" }</button>
                <button type="button" id="corpus-csv" onclick={csv} disabled={done < total}>{ "Download CSV" }</button>
                <span class="progress" role="status" id="corpus-progress">
                    { if done < total { format!("{done} of {total} analysed") } else { format!("All {total} analysed") } }
                </span>
            </div>
            if !corpus.refused.is_empty() {
                <div class="refused" id="corpus-refused">
                    <h3>{ "Not analysed" }</h3>
                    <ul>{ for corpus.refused.iter().map(|why| html! { <li>{ why }</li> }) }</ul>
                </div>
            }
            { doc_table(&corpus.docs, &distinctive, &props.on_open) }
            <h3>{ "Entities across the set" }</h3>
            { entity_table(&entities) }
            <h3>{ "Speakers across the set" }</h3>
            { speaker_table(&speakers) }
        </section>
    }
}

/// One row per document; its name opens it.
fn doc_table(docs: &[Doc], distinctive: &[Vec<(String, f64)>], on_open: &Callback<usize>) -> Html {
    let reports: Vec<_> = docs.iter().filter_map(|d| d.report.as_deref()).collect();
    let mean = |f: &dyn Fn(&textlens_engine::Report) -> f64| {
        if reports.is_empty() {
            String::new()
        } else {
            format!("{:.1}", reports.iter().map(|r| f(r)).sum::<f64>() / reports.len() as f64)
        }
    };
    let rows = docs.iter().zip(distinctive).enumerate().map(|(i, (doc, words))| {
        let open = on_open.reform(move |_: MouseEvent| i);
        let figures = match (&doc.report, doc.failed) {
            (Some(r), _) => html! {
                <>
                    <td class="num" data-col="words">{ thousands(r.stats.words) }</td>
                    <td class="num" data-col="sentences">{ thousands(r.stats.sentences) }</td>
                    <td class="num" data-col="grade">{ format!("{:.1}", r.readability.flesch_kincaid_grade) }</td>
                    <td class="num" data-col="ease">{ format!("{:.1}", r.readability.flesch_reading_ease) }</td>
                </>
            },
            (None, true) => html! { <td colspan="4" class="failed">{ "The analysis failed on this document." }</td> },
            (None, false) => html! { <td colspan="4" class="busy">{ "Analysing…" }</td> },
        };
        html! {
            <tr data-doc={i.to_string()}>
                <th scope="row">
                    <button type="button" class="link doc-name" onclick={open}
                        title="Open this document on its own">{ &doc.name }</button>
                </th>
                { figures }
                <td class="distinctive">
                    <div class="chips">
                        { for words.iter().map(|(term, _)| html! { <span class="chip">{ term }</span> }) }
                    </div>
                </td>
            </tr>
        }
    });
    html! {
        // Six columns do not fit a phone: the table scrolls on its own, not the page.
        <div class="table-scroll" role="region" aria-label="Documents of the corpus" tabindex="0">
        <table class="corpus-docs">
            <caption class="visually-hidden">{ "Documents of the corpus" }</caption>
            <thead>
                <tr>
                    <th scope="col">{ "Document" }</th>
                    <th scope="col" class="num">{ "Words" }</th>
                    <th scope="col" class="num">{ "Sentences" }</th>
                    <th scope="col" class="num">{ "Grade (Flesch-Kincaid)" }</th>
                    <th scope="col" class="num">{ "Reading ease" }</th>
                    <th scope="col">{ "Distinctive words (TF-IDF)" }</th>
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
            <tfoot>
                <tr>
                    <th scope="row" title="Words and sentences: totals; grade and reading ease: means">{ "All documents" }</th>
                    <td class="num" id="corpus-words">{ thousands(reports.iter().map(|r| r.stats.words).sum()) }</td>
                    <td class="num">{ thousands(reports.iter().map(|r| r.stats.sentences).sum()) }</td>
                    <td class="num">{ mean(&|r| r.readability.flesch_kincaid_grade) }</td>
                    <td class="num">{ mean(&|r| r.readability.flesch_reading_ease) }</td>
                    <td></td>
                </tr>
            </tfoot>
        </table>
        </div>
    }
}

fn entity_table(entities: &[SharedEntity]) -> Html {
    if entities.is_empty() {
        return html! { <p class="none">{ "No people, organizations or places." }</p> };
    }
    let kind = |e: &SharedEntity| KINDS.iter().find(|k| k.0 == e.kind).map_or("other", |k| k.2);
    html! {
        <>
            <table class="corpus-entities">
                <caption class="visually-hidden">{ "People, organizations and places across the documents" }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Name" }</th>
                        <th scope="col">{ "Kind" }</th>
                        <th scope="col" class="num">{ "Documents" }</th>
                        <th scope="col" class="num">{ "Mentions" }</th>
                    </tr>
                </thead>
                <tbody>
                    { for entities.iter().take(ENTITIES_SHOWN).map(|e| html! {
                        <tr>
                            <th scope="row" class="name">{ &e.name }</th>
                            <td class={classes!("kind", kind(e))}>{ kind(e) }</td>
                            <td class="num docs">{ e.docs }</td>
                            <td class="num">{ e.mentions }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            if entities.len() > ENTITIES_SHOWN {
                <p class="note">{ format!("and {} more, each named in fewer documents", entities.len() - ENTITIES_SHOWN) }</p>
            }
        </>
    }
}

fn speaker_table(speakers: &[(String, usize, usize)]) -> Html {
    if speakers.is_empty() {
        return html! { <p class="none">{ "No quotes with a known speaker." }</p> };
    }
    html! {
        <table class="corpus-speakers">
            <caption class="visually-hidden">{ "Who is quoted across the documents" }</caption>
            <thead>
                <tr>
                    <th scope="col">{ "Speaker" }</th>
                    <th scope="col" class="num">{ "Quotes" }</th>
                    <th scope="col" class="num">{ "Documents" }</th>
                </tr>
            </thead>
            <tbody>
                { for speakers.iter().map(|(name, quotes, docs)| html! {
                    <tr>
                        <th scope="row" class="name">{ name }</th>
                        <td class="num">{ quotes }</td>
                        <td class="num docs">{ docs }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
