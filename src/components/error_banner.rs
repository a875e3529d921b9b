use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub message: AttrValue,
    pub on_dismiss: Callback<()>,
}

/// A problem said in plain words, with a way to make it go away.
#[function_component(ErrorBanner)]
pub fn error_banner(props: &Props) -> Html {
    let dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="error" role="alert">
            <span>{ props.message.clone() }</span>
            <button type="button" class="link" onclick={dismiss} aria-label="Dismiss this message">{ "×" }</button>
        </div>
    }
}
