use yew::prelude::*;

use crate::state::Tab;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub current: Tab,
    pub on_select: Callback<Tab>,
}

#[function_component(Tabs)]
pub fn tabs(props: &Props) -> Html {
    html! {
        <nav class="tabs" role="tablist" aria-label="Views of the analysis">
            { for Tab::ALL.iter().map(|&tab| {
                let onclick = props.on_select.reform(move |_: MouseEvent| tab);
                let selected = tab == props.current;
                html! {
                    <button type="button" role="tab" aria-selected={selected.to_string()} aria-controls="view"
                        id={format!("tab-{}", tab.label().to_lowercase())}
                        class={classes!("tab", selected.then_some("selected"))} {onclick}>
                        { tab.label() }
                    </button>
                }
            }) }
        </nav>
    }
}
