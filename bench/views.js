// The page on long texts, without building anything (run `trunk build --release --offline` and
// `./scripts/bench.sh` once first, for dist/ and the texts in bench/data/): in headless Chromium,
// on the ~10 MB news file,
//   - each tab clicked in turn (twice round; the second round is printed): ms from the click to
//     the next frame after the tab's view is in the page;
//   - three words clicked in the word table: ms until their context lines and the dispersion plot
//     are shown;
// and on 950 KB of it (under the page's limit for the editable text box), typing twelve letters
// one by one: the longest main-thread task meanwhile.
//   node bench/views.js [--dist DIR]
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { serve, launch } from "../tests/e2e/harness.js";
import { DATA } from "./texts.js";

const ROOT = resolve(import.meta.dirname, "..");
const distArg = process.argv.indexOf("--dist");
const DIST = distArg > 0 ? resolve(process.argv[distArg + 1]) : resolve(ROOT, "dist");
const TABS = [
  ["Entities", ".entity-group"],
  ["Quotes", "table.speakers"],
  ["Sentences", "button.sentence"],
  ["Readability", "table.readability"],
  ["Overview", '[data-stat="words"]'],
];

async function opened(browser, url, name, bytes) {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.locator("#file-input").waitFor({ state: "attached" });
  await page.locator("#file-input").setInputFiles({ name, mimeType: "text/plain", buffer: bytes });
  await page.waitForFunction((name) => document.querySelector(".source")?.textContent.includes(name), name);
  await page.locator('.analysis[aria-busy="false"] [data-stat="words"]').waitFor({ timeout: 120000 });
  return page;
}

const server = await serve(DIST);
const browser = await launch();
try {
  const big = readFileSync(resolve(DATA, "news-10mb.txt"));
  let page = await opened(browser, server.url, "news.txt", big);
  const tabs = [];
  for (const round of [0, 1]) {
    for (const [tab, shown] of TABS) {
      const ms = await page.evaluate(async ([tab, shown]) => {
        const button = [...document.querySelectorAll('[role="tab"]')].find((b) => b.textContent.trim() === tab);
        const t0 = performance.now();
        button.click();
        while (!document.querySelector(shown)) await new Promise((r) => setTimeout(r, 0));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return performance.now() - t0;
      }, [tab, shown]);
      if (round === 1) tabs.push(`${tab} ${ms.toFixed(0)}`);
    }
  }
  console.log(`10 MB, tab clicked to its view on screen, ms: ${tabs.join(", ")}`);

  await page.getByRole("tab", { name: "Words" }).click();
  await page.locator('.dispersion[aria-busy="false"]').waitFor({ timeout: 60000 });
  const words = [];
  for (const i of [0, 1, 2]) {
    const t0 = Date.now();
    await page.locator("table.frequencies .term-button").nth(i).click();
    await page.locator(".kwic tbody tr").first().waitFor({ timeout: 60000 });
    await page.waitForFunction(() => !document.querySelector(".kwic-pending") && document.querySelector('.dispersion[aria-busy="false"]'));
    words.push(Date.now() - t0);
  }
  console.log(`10 MB, a word clicked in the word table to its context and dispersion shown, ms: ${words.join(", ")}`);
  await page.close();

  page = await opened(browser, server.url, "news.txt", big.subarray(0, 950_000));
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: "longtask" });
    const box = document.querySelector("#text");
    box.focus();
    box.setSelectionRange(100, 100);
  });
  await page.keyboard.type("Hello there ", { delay: 80 });
  await page.locator('.analysis[aria-busy="false"]').waitFor({ timeout: 60000 });
  const longest = await page.evaluate(() => window.__longest);
  console.log(`950 KB, twelve letters typed: longest main-thread task ${longest.toFixed(0)} ms (0: none over 50 ms)`);
  await page.close();
} finally {
  await browser.close();
  await server.close();
}
