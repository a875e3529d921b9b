// The benchmark: textlens's JavaScript module against compromise and wink-nlp, on the same
// texts, in one headless Chromium run; then the page's own start and its main thread under a
// 10 MB text. Run it with scripts/bench.sh (which builds everything it needs first).
import { build } from "esbuild";
import { statSync } from "node:fs";
import { resolve, join } from "node:path";
import { serve, launch } from "../tests/e2e/harness.js";
import { firstAnalysis as timeToFirstAnalysis, pageSize, warmUp } from "./page-figures.js";
import { texts, DATA } from "./texts.js";

const ROOT = resolve(import.meta.dirname, "..");
const quick = process.argv.includes("--quick");

async function bundle() {
  for (const name of ["compromise", "wink"]) {
    await build({
      entryPoints: [join(ROOT, `bench/src/${name}.js`)], bundle: true, format: "esm", minify: true,
      outfile: join(ROOT, `bench/dist/${name}.js`), logLevel: "warning",
    });
  }
}

/** Runs in the page: start-up times, then medians of timed runs after a warm-up. */
async function inPage({ texts, quick }) {
  const now = () => performance.now();
  const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
  const start = {};
  let t = now();
  const textlens = await import("/pkg/textlens.js");
  await textlens.default();
  start.textlens = now() - t;
  t = now();
  const compromise = await import("/bench/dist/compromise.js");
  compromise.run("Warm.");
  start.compromise = now() - t;
  t = now();
  const wink = await import("/bench/dist/wink.js");
  wink.init();
  start["wink-nlp"] = now() - t;

  const libraries = [
    { name: "textlens (full analysis)", run: (x) => textlens.analyze(x) },
    { name: "wink-nlp (full pipeline)", run: wink.runFull, maxMB: 11 },
    { name: "wink-nlp (tokenizer only)", run: wink.runTokens },
    { name: "compromise (full pipeline)", run: compromise.run, maxMB: 1.2 },
  ];
  const rows = [];
  for (const text of texts) {
    const body = await (await fetch(text.url)).text();
    const bytes = new TextEncoder().encode(body).length;
    for (const lib of libraries) {
      if (lib.maxMB && bytes > lib.maxMB * 1e6) continue;
      const runs = quick ? 1 : bytes > 5e6 ? 3 : bytes > 5e5 ? 5 : 15;
      // Warm-up, every library alike: at least a few runs and a second of them, so that the
      // JavaScript and WebAssembly engines have compiled the hot code with their optimising
      // tiers (WebAssembly moves a function up a tier only after it has run for a while: the
      // 12 KB article's 20 runs left part of textlens in V8's baseline tier).
      const warmFrom = now();
      for (let i = 0; i < Math.min(runs, 5) || (!quick && now() - warmFrom < 1000 && i < 1000); i++) lib.run(body);
      const times = [];
      for (let i = 0; i < runs; i++) {
        const t0 = now();
        lib.run(body);
        times.push(now() - t0);
      }
      const ms = median(times);
      rows.push({ text: text.name, library: lib.name, bytes, ms, mbPerS: bytes / 1e6 / (ms / 1000) });
    }
  }
  return { start, rows };
}

/** The app itself: time to first analysis, and the main thread while a 10 MB file is analysed. */
async function pageFigures(browser, rootUrl) {
  // Time to the first analysis, each in a freshly started browser (nothing cached): just
  // started, or running (another page shown first), with the page's own click or Playwright's.
  const first = {};
  for (const [start, how] of [["cold", "instant"], ["warm", "instant"], ["warm", "playwright"]]) {
    const fresh = await launch();
    if (start === "warm") await warmUp(fresh.context);
    first[`${start} ${how}`] = await timeToFirstAnalysis(await fresh.context.newPage(), rootUrl, "dist", how);
    await fresh.close();
  }
  const page = await browser.context.newPage();
  await page.goto(`${rootUrl}dist/`);
  await page.locator('body[data-engine="ready"]').waitFor();
  // The file is fetched before watching, so only the page's own work is measured (Playwright's
  // setInputFiles would add its own long task to copy 10 MB into the page).
  await page.evaluate(async () => {
    window.__file = new File([await (await fetch("/bench/data/news-10mb.txt")).blob()], "news-10mb.txt");
    window.__longest = 0;
    // The word figures of a long text show before its names and quotes are found.
    window.__figuresAt = 0;
    new MutationObserver(() => {
      if (!window.__figuresAt && document.querySelector(".source")?.textContent.includes("news-10mb")
        && document.querySelector('[data-stat="words"]')) window.__figuresAt = performance.now();
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: "longtask" });
  });
  const t0 = Date.now();
  await page.evaluate(() => {
    window.__droppedAt = performance.now();
    const transfer = new DataTransfer();
    transfer.items.add(window.__file);
    document.querySelector(".editor").dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.querySelector(".source")?.textContent.includes("news-10mb"), null, { timeout: 120000 });
  await page.locator('.analysis[aria-busy="false"]').waitFor({ timeout: 120000 });
  const bigMs = Date.now() - t0;
  await page.waitForTimeout(300);
  const longest = await page.evaluate(() => window.__longest);
  const figuresMs = await page.evaluate(() => Math.round(window.__figuresAt - window.__droppedAt));
  // The worker's WebAssembly memory: its high-water mark (it never shrinks), for the text, the
  // analysis and the report's pieces. wasm_bindgen() hands back the running instance.
  const workerMb = Math.max(...await Promise.all(page.workers().map((w) =>
    w.evaluate(async () => (await wasm_bindgen()).memory.buffer.byteLength / 1e6).catch(() => 0))));
  await page.close();
  return { first, bigMs, figuresMs, longest, workerMb };
}

const list = texts();
await bundle();
const server = await serve(ROOT);
const browser = await launch();
try {
  const page = await browser.context.newPage();
  await page.goto(server.url + "tests/e2e/blank.html");
  const { start, rows } = await page.evaluate(inPage, { texts: list, quick });
  const ours = Object.fromEntries(rows.filter((r) => r.library.startsWith("textlens")).map((r) => [r.text, r.mbPerS]));
  console.log("\n| text | library | median ms | MB/s | textlens is × faster |");
  console.log("|---|---|---:|---:|---:|");
  for (const r of rows) {
    const ratio = r.library.startsWith("textlens") ? "" : (ours[r.text] / r.mbPerS).toFixed(1);
    console.log(`| ${r.text} | ${r.library} | ${r.ms.toFixed(1)} | ${r.mbPerS.toFixed(2)} | ${ratio} |`);
  }
  console.log("\n| library | start (download, compile, initialise), ms |\n|---|---:|");
  for (const [name, ms] of Object.entries(start)) console.log(`| ${name} | ${ms.toFixed(1)} |`);
  const app = await pageFigures(browser, server.url);
  console.log("\n| the page | figure |\n|---|---:|");
  const shown = (mode, label) => {
    const { shown, loaded } = app.first[mode];
    console.log(`| first analysis on screen, ms from navigation (from the load event): ${label} | ${shown.toFixed(0)} (${(shown - loaded).toFixed(0)}) |`);
  };
  shown("cold instant", "browser just started, sample clicked by the page");
  shown("warm instant", "browser running, sample clicked by the page");
  shown("warm playwright", "browser running, sample clicked by Playwright");
  console.log(`| 10 MB file: drop to its word figures shown, ms | ${app.figuresMs} |`);
  console.log(`| 10 MB file: drop to the whole analysis shown, ms | ${app.bigMs} |`);
  console.log(`| 10 MB file: longest main-thread task, ms (0: none over 50 ms) | ${app.longest.toFixed(0)} |`);
  const tenMb = statSync(join(ROOT, "bench/data/news-10mb.txt")).size / 1e6;
  console.log(`| 10 MB file (${tenMb.toFixed(1)} MB): the worker's WebAssembly memory, MB (× the text) | ${app.workerMb.toFixed(0)} (${(app.workerMb / tenMb).toFixed(1)}×) |`);
  // Bytes: "500 KB" read as 1,000 or as 1,024 bytes would not agree.
  const bytes = (n) => n.toLocaleString("en");
  console.log(`| page size (wasm + js + css, gzip -9), bytes | ${bytes(pageSize(join(ROOT, "dist")).total)} |`);
  console.log(`| JS module size (pkg/: wasm + js, gzip -9), bytes | ${bytes(pageSize(join(ROOT, "pkg")).total)} |`);
} finally {
  await browser.close();
  await server.close();
}
