use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The size of the text being analysed, in bytes.
    pub bytes: usize,
    /// How far the engine has come (0 to 1) and what it is doing, once it has said so (only
    /// long texts: a short one is done before anyone could read it).
    pub progress: Option<(f64, String)>,
}

/// What the page says while a text is analysed: for a long text, how far the engine has come.
#[function_component(Analysing)]
pub fn analysing(props: &Props) -> Html {
    let Some((done, stage)) = &props.progress else {
        return html! { <p class="busy">{ "Analysing…" }</p> };
    };
    html! {
        <div class="busy analysing" role="status">
            <p>{ format!("Analysing {:.1} MB: {stage}…", props.bytes as f64 / 1e6) }</p>
            <progress max="1" value={done.to_string()} aria-label="How far the analysis has come" />
        </div>
    }
}
