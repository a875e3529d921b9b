use std::collections::BTreeMap;

use textlens_engine::{Entity, EntityKind, Report};
use yew::prelude::*;

use crate::export;
use crate::shared::{Shared, Text};
use crate::state::Marks;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub report: Shared<Report>,
    pub text: Text,
    pub on_mark: Callback<Marks>,
}

/// The kinds shown, in order, with their names and the class of their marks.
pub(super) const KINDS: [(EntityKind, &str, &str); 10] = [
    (EntityKind::Person, "People", "person"),
    (EntityKind::Organization, "Organizations", "organization"),
    (EntityKind::Place, "Places", "place"),
    (EntityKind::Date, "Dates", "date"),
    (EntityKind::Money, "Money", "money"),
    (EntityKind::Percent, "Percentages", "percent"),
    (EntityKind::Hashtag, "Hashtags", "hashtag"),
    (EntityKind::Handle, "Handles", "handle"),
    (EntityKind::Url, "Links", "url"),
    (EntityKind::Email, "Emails", "email"),
];

fn class_of(kind: EntityKind) -> &'static str {
    KINDS.iter().find(|k| k.0 == kind).map_or("other", |k| k.2)
}

/// Which sentence (index) holds the byte `at`.
fn sentence_at(report: &Report, at: usize) -> Option<usize> {
    let i = report.sentences.partition_point(|s| s.end <= at);
    report.sentences.get(i).filter(|s| s.start <= at).map(|_| i)
}

/// Who is mentioned, grouped by kind, with counts; click one to see its mentions.
#[function_component(EntitiesView)]
pub fn entities_view(props: &Props) -> Html {
    let shown = use_state(|| vec![EntityKind::Person, EntityKind::Organization, EntityKind::Place]);
    let selected = use_state(|| None::<usize>);
    let report = &props.report;
    let most = report.entities.iter().map(|e| e.count).max().unwrap_or(1).max(1);

    let toggles = KINDS.iter().filter(|(kind, ..)| report.entities.iter().any(|e| e.kind == *kind)).map(
        |&(kind, label, class)| {
            let on = shown.contains(&kind);
            let n = report.entities.iter().filter(|e| e.kind == kind).count();
            let onchange = {
                let shown = shown.clone();
                Callback::from(move |_: Event| {
                    let mut next = (*shown).clone();
                    if let Some(i) = next.iter().position(|k| *k == kind) {
                        next.remove(i);
                    } else {
                        next.push(kind);
                    }
                    shown.set(next);
                })
            };
            html! {
                <label class={classes!("toggle", class)}>
                    <input type="checkbox" checked={on} {onchange} />{ format!(" {label} ({n})") }
                </label>
            }
        },
    );

    let select = |index: usize, entity: &Entity| {
        let on_mark = props.on_mark.clone();
        let selected = selected.clone();
        let label = format!("Mentions of {}", entity.name);
        let class = class_of(entity.kind);
        let spans: Vec<_> = entity.mentions.iter().map(|m| (m.start, m.end, class)).collect();
        Callback::from(move |_: MouseEvent| {
            selected.set(Some(index));
            on_mark.emit(Marks { label: label.clone(), spans: spans.clone() });
        })
    };

    let groups = KINDS.iter().filter(|(kind, ..)| shown.contains(kind)).map(|&(kind, label, class)| {
        let rows: Vec<Html> = report
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == kind)
            .take(40)
            .map(|(i, e)| {
                let width = e.count as f64 * 100.0 / most as f64;
                html! {
                    <li>
                        <button type="button" class="entity" onclick={select(i, e)} aria-pressed={(*selected == Some(i)).to_string()}>
                            <span class="name">{ &e.name }</span>
                            <span class="bar" aria-hidden="true"><span class={classes!("fill", class)} style={format!("width:{width:.1}%")}></span></span>
                            <span class="count">{ e.count }</span>
                        </button>
                    </li>
                }
            })
            .collect();
        if rows.is_empty() {
            return html! {};
        }
        html! {
            <section class="entity-group">
                <h3>{ label }</h3>
                <ul class="entities">{ for rows }</ul>
            </section>
        }
    });

    // The sentences that mention the selected entity.
    let mentioned_in = selected.and_then(|i| report.entities.get(i)).map(|e| {
        let mut indices: Vec<usize> = e.mentions.iter().filter_map(|m| sentence_at(report, m.start)).collect();
        indices.dedup();
        html! {
            <section class="mentioned-in">
                <h3>{ format!("Sentences that mention {}", e.name) }</h3>
                <ol>
                    { for indices.iter().take(30).filter_map(|&i| report.sentences.get(i)).map(|s| html! {
                        <li>{ props.text.get(s.start..s.end).unwrap_or("") }</li>
                    }) }
                </ol>
            </section>
        }
    });

    let export_csv = {
        let report = report.clone();
        Callback::from(move |_: MouseEvent| {
            let rows =
                report.entities.iter().map(|e| vec![e.name.clone(), class_of(e.kind).to_owned(), e.count.to_string()]);
            export::download(
                "entities.csv",
                "text/csv;charset=utf-8",
                &export::csv(&["name", "kind", "mentions"], rows),
            );
        })
    };

    html! {
        <section aria-label="Entities">
            if report.entities.is_empty() {
                <p class="summary">{ "No people, organizations or places found." }</p>
            } else {
                <div class="toolbar">
                    { for toggles }
                    <button type="button" id="entities-csv" onclick={export_csv}>{ "Export CSV" }</button>
                </div>
                { for groups }
                { mentioned_in.unwrap_or_default() }
                <CoOccurrence report={report.clone()} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct CoProps {
    report: Shared<Report>,
}

/// Which people, organizations and places appear together in the same sentences.
#[function_component(CoOccurrence)]
fn co_occurrence(props: &CoProps) -> Html {
    let report = &props.report;
    let pairs = use_memo(report.clone(), |report| {
        // One pass over every mention, sorted by position, sentence by sentence.
        let mut mentions: Vec<(usize, usize)> = report
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(e.kind, EntityKind::Person | EntityKind::Organization | EntityKind::Place))
            .flat_map(|(i, e)| e.mentions.iter().map(move |m| (m.start, i)))
            .collect();
        mentions.sort_unstable();
        let mut together: BTreeMap<(usize, usize), usize> = BTreeMap::new();
        let mut current: Vec<usize> = Vec::new();
        let mut current_sentence = None;
        let mut flush = |members: &mut Vec<usize>| {
            members.sort_unstable();
            members.dedup();
            // A sentence naming dozens of entities is a list: cap the pairs it adds.
            for (k, &a) in members.iter().enumerate().take(12) {
                for &b in members.iter().skip(k + 1).take(12) {
                    *together.entry((a, b)).or_default() += 1;
                }
            }
            members.clear();
        };
        for (start, entity) in mentions {
            let s = sentence_at(report, start);
            if s != current_sentence {
                flush(&mut current);
                current_sentence = s;
            }
            current.push(entity);
        }
        flush(&mut current);
        let mut pairs: Vec<((usize, usize), usize)> = together.into_iter().collect();
        pairs.sort_by_key(|p| std::cmp::Reverse(p.1));
        pairs.truncate(15);
        pairs
    });
    if pairs.is_empty() {
        return html! {};
    }
    html! {
        <section class="co-occurrence">
            <h3>{ "Named together" }</h3>
            <table>
                <thead><tr><th scope="col">{ "Together" }</th><th scope="col" class="num">{ "Sentences" }</th></tr></thead>
                <tbody>
                    { for pairs.iter().map(|&((a, b), n)| html! {
                        <tr>
                            <td>{ format!("{} · {}", report.entities[a].name, report.entities[b].name) }</td>
                            <td class="num">{ n }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}
