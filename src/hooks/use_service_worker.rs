//! The offline service worker (dist/sw.js): registered once, and when a new version of the page
//! has been deployed and downloaded, an offer to switch to it.
//!
//! It is registered a few seconds after the page starts, not at once: installing it downloads
//! every file of the page again to keep them, work that would otherwise compete with the page's
//! own start and first analysis (on a 2-core machine, about 75 ms of the time to a first
//! analysis). Whoever stays a few seconds gets the offline copy.

use gloo_timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};
use yew::prelude::*;

/// How long after the page starts the service worker is registered.
const REGISTER_AFTER_MS: u32 = 3_000;

/// Returns whether an update is ready, and the callback that applies it (and reloads).
#[hook]
pub fn use_service_worker() -> (bool, Callback<()>) {
    let waiting = use_state(|| None::<ServiceWorker>);
    {
        let waiting = waiting.clone();
        use_effect_with((), move |_| {
            let timeout = Timeout::new(REGISTER_AFTER_MS, move || register(waiting));
            move || drop(timeout)
        });
    }
    let apply = {
        let waiting = waiting.clone();
        Callback::from(move |()| {
            let Some(worker) = &*waiting else { return };
            // Once the new version has taken over, reload so that the page is the new version too.
            // (Only now: the first install also changes the controller, and must not reload.)
            if let Some(window) = web_sys::window() {
                let reload = Closure::<dyn FnMut()>::new(move || {
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().reload();
                    }
                });
                window.navigator().service_worker().set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
                reload.forget();
            }
            let _ = worker.post_message(&"activate".into());
        })
    };
    (waiting.is_some(), apply)
}

fn register(waiting: UseStateHandle<Option<ServiceWorker>>) {
    let Some(window) = web_sys::window() else { return };
    let container = window.navigator().service_worker();
    let had_controller = container.controller().is_some();
    let promise = container.register("sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = wasm_bindgen_futures::JsFuture::from(promise).await else { return };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else { return };
        // A first install is not an update: only offer one when this page is already controlled.
        if !had_controller {
            return;
        }
        if let Some(worker) = registration.waiting() {
            waiting.set(Some(worker));
            return;
        }
        let found_registration = registration.clone();
        let on_update = Closure::<dyn FnMut()>::new(move || {
            let Some(installing) = found_registration.installing() else { return };
            let waiting = waiting.clone();
            let watched = installing.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                if watched.state() == ServiceWorkerState::Installed {
                    waiting.set(Some(watched.clone()));
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_update.as_ref().unchecked_ref()));
        on_update.forget();
    });
}
