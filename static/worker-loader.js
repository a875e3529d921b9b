// Starts the engine's worker (src/worker.rs, built by trunk as textlens-worker.js and its
// WebAssembly). The WebAssembly is asked for first: importScripts loads the JavaScript
// synchronously, and a fetch begun after it would wait for it, so both download at once.
const engine = fetch("./textlens-worker_bg.wasm");
importScripts("./textlens-worker.js");
wasm_bindgen({ module_or_path: engine }).catch((error) => {
  // A rejected promise is not an error event: thrown from a task of its own, it reaches the
  // page's `onerror` for the worker, and the page says the engine could not load.
  setTimeout(() => { throw error; });
});
