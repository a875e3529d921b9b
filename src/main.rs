//! The textlens page: a Yew app that renders the engine's report. It holds no analysis of
//! its own: text goes to the engine, the report comes back and is drawn.

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod corpus;
#[allow(dead_code)] // Used by the page (wasm32) only; natively its tests run.
mod csv;
#[cfg(target_arch = "wasm32")]
mod export;
#[cfg(target_arch = "wasm32")]
mod files;
#[cfg(target_arch = "wasm32")]
mod hooks;
#[allow(dead_code)] // Used by the page (wasm32) only; natively its tests run.
mod shared;
#[cfg(target_arch = "wasm32")]
mod state;

#[cfg(target_arch = "wasm32")]
fn main() {
    std::panic::set_hook(Box::new(show_panic));
    yew::Renderer::<app::App>::new().render();
}

/// A bug in the page must not leave a blank or frozen page without a word: say what happened.
/// The text stays in the text box and in the browser's storage.
#[cfg(target_arch = "wasm32")]
fn show_panic(info: &std::panic::PanicHookInfo) {
    web_sys::console::error_1(&info.to_string().into());
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(banner) = document.create_element("div") else { return };
    banner.set_class_name("error fatal");
    let _ = banner.set_attribute("role", "alert");
    banner.set_text_content(Some(
        "textlens hit a bug and stopped. Your text is saved in this browser: reload the page to carry on.",
    ));
    if let Some(body) = document.body() {
        let _ = body.prepend_with_node_1(&banner);
    }
}

/// Natively there is no page: the app only means something in a browser.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("textlens-web is the browser app: build it with `trunk build`");
}
