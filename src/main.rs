//! The textlens page: a Yew app that renders the engine's report. It holds no analysis of
//! its own: text goes to the engine, the report comes back and is drawn.

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod components;
#[allow(dead_code)] // Used by the page (wasm32) only; natively its tests run.
mod csv;
#[cfg(target_arch = "wasm32")]
mod export;
#[cfg(target_arch = "wasm32")]
mod files;
#[cfg(target_arch = "wasm32")]
mod hooks;
#[cfg(target_arch = "wasm32")]
mod state;

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<app::App>::new().render();
}

/// Natively there is no page: the app only means something in a browser.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("textlens-web is the browser app: build it with `trunk build`");
}
