use std::rc::Rc;

use yew::prelude::*;

use crate::shared::Text;
use crate::state::Marks;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub text: Text,
    pub marks: Rc<Marks>,
    pub on_close: Callback<()>,
}

/// Texts longer than this are shown only around the marks, so the page stays quick.
const WHOLE_TEXT_LIMIT: usize = 300_000;
/// Bytes of context kept on each side of a mark in an excerpt.
const CONTEXT: usize = 300;
/// At most this many marks are drawn.
const MAX_MARKS: usize = 2_000;

/// The text, read-only, with spans marked (one colour per class, like displaCy).
#[function_component(MarkedText)]
pub fn marked_text(props: &Props) -> Html {
    let container = use_node_ref();
    {
        // Bring the first mark into view.
        let container = container.clone();
        use_effect_with(props.marks.clone(), move |_| {
            if let Some(el) = container.cast::<web_sys::Element>() {
                if let Ok(Some(first)) = el.query_selector("mark") {
                    let options = web_sys::ScrollIntoViewOptions::new();
                    options.set_block(web_sys::ScrollLogicalPosition::Center);
                    first.scroll_into_view_with_scroll_into_view_options(&options);
                }
            }
        });
    }
    let text: &str = &props.text;
    let spans = &props.marks.spans[..props.marks.spans.len().min(MAX_MARKS)];
    let whole = text.len() <= WHOLE_TEXT_LIMIT;
    let mut nodes: Vec<Html> = Vec::with_capacity(spans.len() * 2 + 1);
    let mut at = 0;
    for &(start, end, class) in spans {
        let (Some(_), Some(marked)) = (text.get(at..start.max(at)), text.get(start.max(at)..end)) else { continue };
        let gap_start = at;
        let gap_end = start.max(at);
        if whole || gap_end - gap_start <= 2 * CONTEXT {
            nodes.push(html! { { &text[gap_start..gap_end] } });
        } else {
            let head = floor(text, (gap_start + CONTEXT).min(gap_end));
            let tail = ceil(text, gap_end.saturating_sub(CONTEXT).max(head));
            if gap_start > 0 {
                nodes.push(html! { { &text[gap_start..head] } });
            }
            nodes.push(html! { <span class="elided" aria-label="text left out">{ " … " }</span> });
            nodes.push(html! { { &text[tail..gap_end] } });
        }
        nodes.push(html! { <mark class={class}>{ marked }</mark> });
        at = end.max(at);
    }
    let rest = &text[at.min(text.len())..];
    if whole || rest.len() <= CONTEXT {
        nodes.push(html! { { rest } });
    } else {
        nodes.push(html! { { &rest[..floor(rest, CONTEXT)] } });
        nodes.push(html! { <span class="elided">{ " …" }</span> });
    }
    let close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <section class="marked" aria-label="The text with marks">
            <div class="toolbar">
                <strong>{ props.marks.label.clone() }</strong>
                <span class="source">{ format!("{} marked", props.marks.spans.len()) }</span>
                <button type="button" id="back-to-text" onclick={close}>{ "Back to editing" }</button>
            </div>
            <div class="reading" ref={container} tabindex="0">{ for nodes }</div>
        </section>
    }
}

/// The nearest char boundary at or before `i`.
fn floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The nearest char boundary at or after `i`.
fn ceil(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}
