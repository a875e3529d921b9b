//! A word cloud: the commonest words, sized by count, placed along a spiral without overlaps.
//!
//! The layout is computed from the counts alone, so the same text always gives the same cloud.
//! Words are sized from an estimate of their width (no text measuring in the DOM, which would
//! make the layout depend on fonts and timing); the estimate errs on the wide side.

use std::rc::Rc;

use textlens_engine::Frequency;
use yew::prelude::*;

/// How many words the cloud shows at most.
const WORDS: usize = 80;
const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 400.0;
const SMALLEST: f64 = 12.0;
const LARGEST: f64 = 52.0;
/// How many colours the stylesheet defines (`.cloud .c0` … `.c4`).
const COLOURS: usize = 5;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Most frequent first, as in the report.
    pub words: Rc<Vec<Frequency>>,
    pub on_pick: Callback<String>,
}

/// A word placed in the cloud: centre, font size and the box it may occupy.
#[derive(Clone, Debug, PartialEq)]
struct Placed {
    term: String,
    count: usize,
    x: f64,
    y: f64,
    size: f64,
    half_width: f64,
    half_height: f64,
}

impl Placed {
    fn overlaps(&self, other: &Placed) -> bool {
        (self.x - other.x).abs() < self.half_width + other.half_width
            && (self.y - other.y).abs() < self.half_height + other.half_height
    }

    fn inside(&self) -> bool {
        self.x - self.half_width >= 0.0
            && self.x + self.half_width <= WIDTH
            && self.y - self.half_height >= 0.0
            && self.y + self.half_height <= HEIGHT
    }
}

/// How wide a word may be, in ems, in a semi-bold sans-serif face: measured on DejaVu Sans
/// Bold, among the widest common faces (lower-case letters 0.52 to 0.67 em), and rounded up.
fn width_in_ems(word: &str) -> f64 {
    word.chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | '\'' | '.' | '-' | 'f' | 't' | 'r' => 0.45,
            'm' | 'w' => 1.05,
            c if c.is_uppercase() => 0.85,
            c if !c.is_ascii() && c.is_alphabetic() && (c as u32) >= 0x2E80 => 1.1,
            _ => 0.74,
        })
        .sum()
}

/// Places words from the centre outwards along an Archimedean spiral: each word goes to the first
/// point where its box overlaps no word placed before it. Words that find no room are left out.
fn layout(words: &[Frequency]) -> Vec<Placed> {
    let words = &words[..words.len().min(WORDS)];
    let (Some(most), Some(least)) = (words.first(), words.last()) else { return Vec::new() };
    let span = (most.count - least.count) as f64;
    let mut placed: Vec<Placed> = Vec::with_capacity(words.len());
    for f in words {
        let weight = if span == 0.0 { 0.5 } else { ((f.count - least.count) as f64 / span).sqrt() };
        let size = SMALLEST + (LARGEST - SMALLEST) * weight;
        let mut word = Placed {
            term: f.term.clone(),
            count: f.count,
            x: 0.0,
            y: 0.0,
            size,
            half_width: width_in_ems(&f.term) * size / 2.0 + 2.0,
            half_height: size * 0.62 + 1.0,
        };
        // The spiral's angle grows by a fixed step, so its cosine and sine advance by one
        // rotation each: the page needs no trigonometry (libm's sine and cosine are 8 KB of
        // WebAssembly, and the page has a size budget).
        let (cos_step, sin_step) = (0.992_808_635_853_866_3, 0.119_712_207_288_919_36); // of 0.12
        let (mut t, mut cos, mut sin) = (0.0f64, 1.0f64, 0.0f64);
        while t < 160.0 {
            // Wider than tall, like the box.
            word.x = WIDTH / 2.0 + 2.6 * t * cos;
            word.y = HEIGHT / 2.0 + 1.6 * t * sin;
            if word.inside() && !placed.iter().any(|p| p.overlaps(&word)) {
                placed.push(word.clone());
                break;
            }
            t += 0.12;
            (cos, sin) = (cos * cos_step - sin * sin_step, sin * cos_step + cos * sin_step);
        }
    }
    placed
}

/// Like `DefaultHasher`, but stable across builds: a word's colour depends only on the word.
fn colour_of(term: &str) -> usize {
    term.bytes().fold(0usize, |h, b| h.wrapping_mul(31).wrapping_add(b as usize)) % COLOURS
}

#[function_component(WordCloud)]
pub fn word_cloud(props: &Props) -> Html {
    let placed = use_memo(props.words.clone(), |words| layout(words));
    if placed.is_empty() {
        return html! {};
    }
    let label = format!("Word cloud of the {} commonest words; choose a word to see it in context", placed.len());
    html! {
        <figure class="cloud">
            <svg viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="group" aria-label={label}>
                { for placed.iter().map(|p| {
                    let pick = {
                        let term = p.term.clone();
                        props.on_pick.reform(move |_: MouseEvent| term.clone())
                    };
                    let key = {
                        let term = p.term.clone();
                        let on_pick = props.on_pick.clone();
                        Callback::from(move |e: KeyboardEvent| {
                            if e.key() == "Enter" || e.key() == " " {
                                e.prevent_default();
                                on_pick.emit(term.clone());
                            }
                        })
                    };
                    html! {
                        <text x={format!("{:.1}", p.x)} y={format!("{:.1}", p.y)}
                            font-size={format!("{:.1}", p.size)}
                            class={classes!("word", format!("c{}", colour_of(&p.term)))}
                            role="button" tabindex="0" data-term={p.term.clone()}
                            aria-label={format!("{}, {} times", p.term, p.count)}
                            onclick={pick} onkeydown={key}>
                            <title>{ format!("{}: {} times", p.term, p.count) }</title>
                            { &p.term }
                        </text>
                    }
                }) }
            </svg>
            <figcaption>{ "Word size follows the count. Choose a word to see it in context." }</figcaption>
        </figure>
    }
}
