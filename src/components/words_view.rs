//! The Words tab: frequencies (words, phrases, distinctive words) with their controls, the stop
//! words, a word cloud, keyword in context and dispersion.

use textlens_engine::{Frequency, Options, Report, LANGUAGES};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::stop_word_editor::with_added;
use super::{thousands, DispersionPlot, FrequencyExport, KwicView, StopWordEditor, WordCloud};
use crate::shared::{Shared, Text};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub report: Shared<Report>,
    pub text: Text,
    pub options: Options,
    pub on_options: Callback<Options>,
    pub on_select: Callback<(usize, usize)>,
}

/// Rows rendered at first and added by "show more": a long text has tens of thousands of terms.
const ROWS: usize = 50;
/// Words in the dispersion plot besides the one chosen.
const DISPERSION_WORDS: usize = 5;

/// Which table is on show.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Listing {
    Words,
    Phrases,
    Distinctive,
}

impl Listing {
    const ALL: [Listing; 3] = [Listing::Words, Listing::Phrases, Listing::Distinctive];

    fn label(self) -> &'static str {
        match self {
            Listing::Words => "Words",
            Listing::Phrases => "Phrases",
            Listing::Distinctive => "Distinctive words",
        }
    }
}

/// The term whose occurrences are on show, and whether all its forms count.
#[derive(Clone, PartialEq)]
struct Chosen {
    term: String,
    stem: bool,
}

#[function_component(WordsView)]
pub fn words_view(props: &Props) -> Html {
    let filter = use_state(String::new);
    let shown = use_state(|| ROWS);
    let listing = use_state(|| Listing::Words);
    let phrase_words = use_state(|| 0usize);
    let chosen = use_state(|| None::<Chosen>);
    let kwic_ref = use_node_ref();

    let report = &props.report;
    let english = report.language == "en";
    // Stems are English only: the engine ignores the option for other languages.
    let stemmed = props.options.stem && english;

    {
        // Bring the occurrences into view when a word is chosen (it may be chosen in the cloud).
        let kwic_ref = kwic_ref.clone();
        use_effect_with((*chosen).clone(), move |chosen| {
            if let (Some(_), Some(el)) = (chosen, kwic_ref.cast::<web_sys::Element>()) {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                el.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
    }

    let choose = |stem: bool| {
        let chosen = chosen.clone();
        Callback::from(move |term: String| chosen.set(Some(Chosen { term, stem })))
    };
    let choose_word = choose(stemmed);
    let choose_phrase = choose(false);
    let choose_surface = choose(false);

    let on_filter = {
        let filter = filter.clone();
        let shown = shown.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            filter.set(input.value().trim().to_lowercase());
            shown.set(ROWS);
        })
    };
    let on_min_count = {
        let options = props.options.clone();
        let on_options = props.on_options.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let min_count = input.value().trim().parse::<usize>().unwrap_or(1).max(1);
            on_options.emit(Options { min_count, ..options.clone() });
        })
    };
    let on_stem = {
        let options = props.options.clone();
        let on_options = props.on_options.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_options.emit(Options { stem: input.checked(), ..options.clone() });
        })
    };
    let on_language = {
        let options = props.options.clone();
        let on_options = props.on_options.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let value = select.value();
            let language = (!value.is_empty()).then_some(value);
            on_options.emit(Options { language, ..options.clone() });
        })
    };
    let on_phrase_words = {
        let phrase_words = phrase_words.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            phrase_words.set(select.value().parse().unwrap_or(0));
        })
    };
    let hide = {
        let options = props.options.clone();
        let on_options = props.on_options.clone();
        Callback::from(move |term: String| on_options.emit(with_added(&options, &[term])))
    };

    // The rows of the table on show, search applied, as frequencies (for the export too).
    let needle = (*filter).clone();
    let matches = |term: &str| needle.is_empty() || term.contains(needle.as_str());
    // Worked out again only when what it depends on changes: a long text has hundreds of
    // thousands of phrases, and a click elsewhere in the view must not copy them all.
    let rows: Shared<Vec<Frequency>> = (*use_memo(
        (report.clone(), *listing, needle.clone(), *phrase_words),
        |(report, listing, needle, phrase_words)| {
            let matches = |term: &str| needle.is_empty() || term.contains(needle.as_str());
            Shared::new(match listing {
                Listing::Words => report.frequencies.iter().filter(|f| matches(&f.term)).cloned().collect(),
                Listing::Phrases => report
                    .phrases
                    .iter()
                    .filter(|f| *phrase_words == 0 || f.term.split(' ').count() == *phrase_words)
                    .filter(|f| matches(&f.term))
                    .cloned()
                    .collect(),
                Listing::Distinctive => Vec::new(),
            })
        },
    ))
    .clone();
    let cloud_words = use_memo(report.clone(), |r| r.frequencies.iter().take(100).cloned().collect::<Vec<_>>());

    let mut dispersion_terms: Vec<(String, bool)> = Vec::new();
    if let Some(c) = &*chosen {
        dispersion_terms.push((c.term.clone(), c.stem));
    }
    for f in report.frequencies.iter().take(DISPERSION_WORDS) {
        if !dispersion_terms.iter().any(|(t, _)| *t == f.term) {
            dispersion_terms.push((f.term.clone(), stemmed));
        }
    }

    let language_label = LANGUAGES.iter().find(|(c, _)| *c == report.language).map_or("?", |(_, n)| n);
    let tabs = html! {
        <div class="listing" role="group" aria-label="What to list">
            { for Listing::ALL.iter().map(|&l| {
                let onclick = {
                    let listing = listing.clone();
                    let shown = shown.clone();
                    Callback::from(move |_: MouseEvent| { listing.set(l); shown.set(ROWS); })
                };
                let disabled = l == Listing::Distinctive && !english;
                html! {
                    <button type="button" aria-pressed={(*listing == l).to_string()} {onclick} {disabled}
                        data-listing={l.label()}>{ l.label() }</button>
                }
            }) }
        </div>
    };

    let table = match *listing {
        Listing::Distinctive => distinctive_table(report, &matches, &choose_surface),
        Listing::Words | Listing::Phrases => {
            let total = rows.len();
            let visible = &rows[..total.min(*shown)];
            let is_words = *listing == Listing::Words;
            let pick = if is_words { choose_word.clone() } else { choose_phrase.clone() };
            let caption = if is_words {
                format!(
                    "{} of {} words, most frequent first (stop words left out)",
                    thousands(visible.len()),
                    thousands(total)
                )
            } else {
                format!(
                    "{} of {} phrases of two or three words seen at least twice",
                    thousands(visible.len()),
                    thousands(total)
                )
            };
            let more = {
                let shown = shown.clone();
                Callback::from(move |_: MouseEvent| shown.set(*shown + ROWS))
            };
            html! {
                <>
                    <table class={if is_words { "frequencies" } else { "frequencies phrases" }}>
                        <caption>{ caption }</caption>
                        <thead><tr>
                            <th scope="col" class="num">{ "#" }</th>
                            <th scope="col">{ if is_words { "Word" } else { "Phrase" } }</th>
                            <th scope="col" class="num">{ "Count" }</th>
                            <th scope="col" class="num">{ "Share" }</th>
                            if is_words { <th scope="col"><span class="visually-hidden">{ "Leave out" }</span></th> }
                        </tr></thead>
                        <tbody>
                            { for visible.iter().map(|f| frequency_row(f, is_words, &pick, &hide)) }
                        </tbody>
                    </table>
                    if total > visible.len() {
                        <button type="button" class="more" onclick={more}>
                            { format!("Show {} more ({} of {} shown)", ROWS.min(total - visible.len()),
                                thousands(visible.len()), thousands(total)) }
                        </button>
                    }
                </>
            }
        }
    };

    html! {
        <section class="words" aria-label="Word frequencies">
            <div class="word-controls">
                <label class="search">{ "Find a word " }
                    <input type="search" placeholder="e.g. election" oninput={on_filter} value={(*filter).clone()} />
                </label>
                <label>{ "Minimum count " }
                    <input type="number" class="min-count" min="1" value={props.options.min_count.max(1).to_string()}
                        onchange={on_min_count} />
                </label>
                <label title={if english { "Count election, elections and elected as one word" } else { "English texts only" }}>
                    <input type="checkbox" class="stem" checked={stemmed} disabled={!english} onchange={on_stem} />
                    { " Group forms of a word" }
                </label>
                <label>{ "Language " }
                    <select class="language" onchange={on_language}>
                        <option value="" selected={props.options.language.is_none()}>
                            { format!("Detected: {language_label}") }
                        </option>
                        { for LANGUAGES.iter().map(|(code, name)| html! {
                            <option value={*code} selected={props.options.language.as_deref() == Some(*code)}>{ *name }</option>
                        }) }
                    </select>
                </label>
            </div>
            <StopWordEditor report={report.clone()} options={props.options.clone()} on_options={props.on_options.clone()} />
            <WordCloud words={cloud_words.clone()} on_pick={choose_word.clone()} />
            <div ref={kwic_ref}>
                if let Some(c) = &*chosen {
                    <KwicView text={props.text.clone()} term={AttrValue::from(c.term.clone())} stem={c.stem}
                        on_select={props.on_select.clone()} on_close={{ let chosen = chosen.clone(); Callback::from(move |()| chosen.set(None)) }} />
                }
            </div>
            <DispersionPlot text={props.text.clone()} terms={dispersion_terms} on_pick={choose_word.clone()} />
            <div class="listing-bar">
                { tabs }
                if *listing == Listing::Phrases {
                    <label>{ "Length " }
                        <select class="phrase-length" onchange={on_phrase_words}>
                            <option value="0" selected={*phrase_words == 0}>{ "2 or 3 words" }</option>
                            <option value="2" selected={*phrase_words == 2}>{ "2 words" }</option>
                            <option value="3" selected={*phrase_words == 3}>{ "3 words" }</option>
                        </select>
                    </label>
                }
                if *listing != Listing::Distinctive {
                    <FrequencyExport rows={rows.clone()}
                        name={if *listing == Listing::Words { "textlens-words.csv" } else { "textlens-phrases.csv" }} />
                }
            </div>
            { table }
        </section>
    }
}

fn frequency_row(f: &Frequency, is_words: bool, pick: &Callback<String>, hide: &Callback<String>) -> Html {
    let term = f.term.clone();
    let onclick = pick.reform(move |_: MouseEvent| term.clone());
    let term = f.term.clone();
    let on_hide = hide.reform(move |_: MouseEvent| term.clone());
    html! {
        <tr>
            <td class="num">{ f.rank }</td>
            <td class="term">
                <button type="button" class="term-button" {onclick} title="Show it in context">{ &f.term }</button>
                if f.forms.len() > 1 {
                    <small class="forms">{ f.forms.join(", ") }</small>
                }
            </td>
            <td class="num count">{ f.count }</td>
            <td class="num">{ format!("{:.2}%", f.share * 100.0) }</td>
            if is_words {
                <td><button type="button" class="link hide" onclick={on_hide}
                    aria-label={format!("Leave out “{}” (add it to the stop words)", f.term)}>{ "×" }</button></td>
            }
        </tr>
    }
}

fn distinctive_table(report: &Report, matches: &dyn Fn(&str) -> bool, pick: &Callback<String>) -> Html {
    let rows: Vec<_> = report.distinctive.iter().filter(|d| matches(&d.term)).collect();
    html! {
        <table class="frequencies distinctive">
            <caption>{ "Words this text uses far more often than ordinary English does (log-likelihood against \
                         English word frequencies from wordfreq)" }</caption>
            <thead><tr>
                <th scope="col">{ "Word" }</th>
                <th scope="col" class="num">{ "Count" }</th>
                <th scope="col" class="num">{ "Expected" }</th>
                <th scope="col" class="num">{ "Times more" }</th>
                <th scope="col" class="num">{ "Keyness" }</th>
            </tr></thead>
            <tbody>
                { for rows.iter().map(|d| {
                    let term = d.term.clone();
                    let onclick = pick.reform(move |_: MouseEvent| term.clone());
                    html! {
                        <tr>
                            <td class="term"><button type="button" class="term-button" {onclick}>{ &d.term }</button></td>
                            <td class="num count">{ d.count }</td>
                            <td class="num">{ format!("{:.2}", d.expected) }</td>
                            <td class="num">{ format!("{:.0}×", d.ratio) }</td>
                            <td class="num">{ format!("{:.1}", d.score) }</td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}
