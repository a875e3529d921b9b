// The page's speed figures, shared by bench/run.js and bench/page.js.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * Opens `rootUrl` + `dist`/ in `page` and asks for the sample's analysis at once; returns, in
 * ms from navigation on the page's clock, `{ shown, clicked, loaded }`: when the analysis was on
 * screen (the first frame after it entered the page, so its layout and paint count), when the
 * sample was asked for, and when the page's load event began.
 *
 * `how` says who asks. "instant" (the default): the page's own script clicks the sample the
 * moment its button exists, so the figure is the page's alone, as for a user who is already
 * pointing at the button. "playwright": Playwright's real click, which first waits for its own
 * checks that the button is visible and still (often 100-200 ms on this machine).
 */
export async function firstAnalysis(page, rootUrl, dist = "dist", how = "instant") {
  await page.addInitScript((instant) => {
    const marks = (window.__first = {});
    new MutationObserver(() => {
      const sample = document.querySelector("#sample");
      if (instant && sample && marks.clicked === undefined) {
        marks.clicked = performance.now();
        sample.click();
      }
      const shown = document.querySelector('.analysis[aria-busy="false"] [data-stat="words"]');
      if (shown && marks.entered === undefined) {
        marks.entered = performance.now();
        // After the next frame's style, layout and paint, not when the DOM changed.
        requestAnimationFrame(() => setTimeout(() => { marks.shown = performance.now(); }));
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
    if (!instant) addEventListener("click", () => { marks.clicked ??= performance.now(); }, true);
  }, how === "instant");
  await page.goto(`${rootUrl}${dist}/`);
  if (how !== "instant") await page.locator("#sample").click();
  await page.waitForFunction(() => window.__first.shown !== undefined);
  return page.evaluate(() => ({
    shown: window.__first.shown,
    clicked: window.__first.clicked,
    loaded: performance.getEntriesByType("navigation")[0].loadEventStart,
  }));
}

/**
 * Makes a freshly started browser like one that has been running a while: a tab with an
 * ordinary page of text, left open. The page to measure then opens in a new tab, its files
 * never fetched before (a first visit), but the browser's own start is not counted.
 */
export async function warmUp(context) {
  const page = await context.newPage();
  await page.setContent(`<h1>Another site</h1><p>${"Some ordinary text on another page. ".repeat(100)}</p>`);
  await page.waitForTimeout(500);
}

/** Every .wasm, .js and .css in `dist`, each gzip -9: `{ total, files: [[name, bytes]] }`. */
export function pageSize(dist) {
  const gz = (f) => Number(execFileSync("sh", ["-c", `gzip -9c '${f}' | wc -c`]).toString().trim());
  // Recursive: wasm-bindgen puts a crate's own JavaScript in snippets/.
  const files = readdirSync(dist, { recursive: true })
    .filter((f) => /\.(wasm|js|css)$/.test(f))
    .map((f) => [f, gz(join(dist, f))])
    .sort((a, b) => b[1] - a[1]);
  return { total: files.reduce((n, [, bytes]) => n + bytes, 0), files };
}
