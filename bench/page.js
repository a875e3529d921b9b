// The page's two speed figures, without building anything: the page size (every .wasm, .js and
// .css in dist/, each gzip -9, summed) and the time from navigation to the first analysis on
// screen, the median of N loads in headless Chromium, each in a fresh browser profile (nothing
// cached, no service worker yet). Three ways: the browser just started (the page is its first
// tab) or already running (another page shown first), and the sample clicked by the page's own
// script the moment its button exists (the page's figure) or by Playwright's real click (which
// adds its own wait for the button to be visible and still).
//   node bench/page.js [N=7] [--detail] [--dist DIR]
// Each time is also given from the page's load event, as well as from navigation.
// --dist measures another build (a copy of dist/ kept for comparison) instead of dist/.
// --detail also prints, for each load, when each file was fetched (by the page and by its worker),
// when the load event fired, the sample button appeared and was clicked, and the worker said ready.
// Build first: trunk build --release --offline.
import { basename, dirname, resolve } from "node:path";
import { serve, launch } from "../tests/e2e/harness.js";
import { firstAnalysis, pageSize, warmUp } from "./page-figures.js";

const ROOT = resolve(import.meta.dirname, "..");
const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 7);
const detail = process.argv.includes("--detail");
const distArg = process.argv.indexOf("--dist");
const DIST = distArg > 0 ? resolve(process.argv[distArg + 1]) : resolve(ROOT, "dist");

const server = await serve(dirname(DIST));
// Each load in a freshly started browser: "cold" opens the page as the browser's first tab;
// "warm" first shows another page (warmUp), as in a browser that is already running.
const MODES = [["cold", "instant"], ["warm", "instant"], ["warm", "playwright"]];
const times = Object.fromEntries(MODES.map((m) => [m.join(" "), []]));
// The same, counted from the page's load event instead of from navigation.
const afterLoad = Object.fromEntries(MODES.map((m) => [m.join(" "), []]));
try {
  for (let i = 0; i < runs; i++) {
    for (const [start, how] of MODES) {
      const browser = await launch();
      try {
        if (start === "warm") await warmUp(browser.context);
        const page = await browser.context.newPage();
        const workers = [];
        if (detail) await watch(page, workers);
        const first = await firstAnalysis(page, server.url, basename(DIST), how);
        times[`${start} ${how}`].push(first.shown);
        afterLoad[`${start} ${how}`].push(first.shown - first.loaded);
        if (detail) await printDetail(page, workers, `${start} browser, ${how}`, first);
        await page.close();
      } finally {
        await browser.close();
      }
    }
  }
} finally {
  await server.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const list = (xs) => xs.map((t) => t.toFixed(0)).join(", ");
const LABELS = {
  "cold instant": "browser just started, sample clicked by the page as its button appears",
  "warm instant": "browser running, sample clicked by the page as its button appears",
  "warm playwright": "browser running, sample clicked by Playwright",
};
console.log(`navigation to first analysis on screen (first visit, nothing cached), ms, median of ${runs}:`);
for (const [mode, label] of Object.entries(LABELS)) {
  console.log(`  ${(label + ":").padEnd(74)} ${median(times[mode]).toFixed(0)} (${list(times[mode])})`);
}
console.log(`the same from the page's load event to first analysis on screen, ms, median of ${runs}:`);
for (const [mode, label] of Object.entries(LABELS)) {
  console.log(`  ${(label + ":").padEnd(74)} ${median(afterLoad[mode]).toFixed(0)} (${list(afterLoad[mode])})`);
}
const size = pageSize(DIST);
// Bytes, and kB of 1,000 bytes: "500 KB" means the same to everyone that way.
console.log(`page size (wasm + js + css, gzip -9): ${size.total.toLocaleString("en")} bytes (${(size.total / 1000).toFixed(1)} kB)`);
for (const [name, bytes] of size.files) console.log(`  ${(bytes / 1000).toFixed(1).padStart(7)} kB  ${name}`);

/** Records, on the page's clock, when the page's parts appear and when it hears from its workers. */
async function watch(page, workers) {
  page.on("worker", (w) => workers.push(w));
  await page.addInitScript(() => {
    window.__marks = {};
    new MutationObserver(() => {
      const m = window.__marks;
      if (!m.sample && document.querySelector("#sample")) m.sample = performance.now();
      if (!m.ready && document.body?.dataset.engine === "ready") m.ready = performance.now();
      if (!m.words && document.querySelector('[data-stat="words"]')) m.words = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true });
    addEventListener("load", () => { window.__marks.load = performance.now(); });
    window.__longtasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longtasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask" });
    const Worker = window.Worker;
    window.Worker = function (...args) {
      const worker = new Worker(...args);
      worker.addEventListener("message", (e) => {
        const what = typeof e.data === "string" ? e.data : e.data.part ?? Object.keys(e.data).join("+");
        window.__marks[`message ${what}`] ??= performance.now();
      });
      return worker;
    };
    window.Worker.prototype = Worker.prototype;
  });
}

async function printDetail(page, workers, how, first) {
  const fromPage = await page.evaluate(() => ({
    origin: performance.timeOrigin,
    marks: window.__marks,
    longtasks: window.__longtasks,
    entries: performance.getEntriesByType("resource").map((e) => [e.name, e.startTime, e.responseEnd]),
  }));
  const rows = fromPage.entries.map(([name, start, end]) => [`page: ${name.split("/").pop()}`, start, end]);
  for (const w of workers) {
    try {
      const fromWorker = await w.evaluate(() => ({
        origin: performance.timeOrigin,
        entries: performance.getEntriesByType("resource").map((e) => [e.name, e.startTime, e.responseEnd]),
      }));
      const shift = fromWorker.origin - fromPage.origin;
      rows.push(["worker: started", shift, shift]);
      for (const [name, start, end] of fromWorker.entries) rows.push([`worker: ${name.split("/").pop()}`, start + shift, end + shift]);
    } catch { /* the worker has ended */ }
  }
  for (const [name, at] of Object.entries(fromPage.marks ?? {})) rows.push([`mark: ${name}`, at, at]);
  for (const [at, ms] of fromPage.longtasks ?? []) rows.push([`long task (${ms.toFixed(0)} ms)`, at, at + ms]);
  rows.push([`sample clicked (${how})`, first.clicked, first.clicked]);
  rows.push(["first analysis on screen", first.shown, first.shown]);
  rows.sort((a, b) => a[1] - b[1]);
  for (const [name, start, end] of rows) console.log(`  ${start.toFixed(0).padStart(5)} → ${end.toFixed(0).padStart(5)}  ${name}`);
  console.log();
}
