// The engine's worker (see index.html). Its WebAssembly is asked for before importScripts
// loads its JavaScript, synchronously, so that both download at once.
const engine = fetch("./textlens-worker_bg.wasm");
importScripts("./textlens-worker.js");
// A rejected promise is no error event: rethrown in a task, it reaches the page's onerror.
wasm_bindgen({ module_or_path: engine }).catch((error) => setTimeout(() => { throw error; }));
