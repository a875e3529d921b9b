// Shared by the end-to-end tests: a static server for dist/ and a headless browser.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, extname, resolve, normalize } from "node:path";
import { chromium, firefox } from "playwright-core";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm",
  ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png",
  ".webmanifest": "application/manifest+json", ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves `root` on a free loopback port; `prefix` mounts it under a sub-path. Files named in
 * `missing` are answered 404, as from a host that lost them.
 */
export async function serve(root = resolve("../../dist"), prefix = "/", { missing = [] } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://x");
    if (!url.pathname.startsWith(prefix)) { res.writeHead(404).end(); return; }
    if (missing.some((name) => url.pathname.endsWith(`/${name}`))) { res.writeHead(404).end(); return; }
    let path = normalize(join(root, decodeURIComponent(url.pathname.slice(prefix.length))));
    if (!path.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      if ((await stat(path)).isDirectory()) path = join(path, "index.html");
      const body = await readFile(path);
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((ok) => server.close(ok)) };
}

const CHROMIUM_FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/** Which browser the tests run in: BROWSER=chromium (the default) or BROWSER=firefox. */
export const BROWSER = process.env.BROWSER ?? "chromium";

/** Debian's headless Chromium or Firefox ESR (driven over WebDriver BiDi), with a fresh profile. */
export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), "textlens-e2e-"));
  const context = BROWSER === "firefox"
    ? await firefox.launchPersistentContext(profile, {
      channel: "moz-firefox",
      executablePath: process.env.FIREFOX ?? "/usr/bin/firefox-esr",
      headless: true,
    })
    : await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      headless: true,
      args: CHROMIUM_FLAGS,
    });
  return {
    context,
    close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); },
  };
}

/**
 * Opens the page at `url` in a new tab and waits for its text box; with `text`, pastes it and
 * waits for its analysis. `errors` collects the page's uncaught errors.
 */
export async function openPage(browser, url, text) {
  const page = await browser.context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url);
  await page.locator("#text").waitFor();
  if (text !== undefined) {
    await paste(page, text);
    await settled(page);
  }
  return { page, errors };
}

/** Types `text` into the page's text box the way a paste does (one input event). */
export async function paste(page, text) {
  await page.locator("#text").fill(text);
}

/** The figure shown for a stat on the Overview tab, as a number. */
export async function stat_(page, name) {
  const value = await page.locator(`[data-stat="${name}"] .value`).textContent();
  return Number(value.replace(/,/g, ""));
}

/** Waits until the analysis on show is of the text as it is now. */
export async function settled(page) {
  await page.locator('.analysis[aria-busy="false"]').waitFor();
}

/**
 * Catches the files the page offers for download (the page clicks an <a download> with a blob
 * URL). Works in every engine, unlike a browser's download events. Returns a function that
 * waits for the next file: `{ name, text }`.
 */
export async function catchDownloads(page) {
  await page.evaluate(() => {
    // The blobs are kept as they are made: the page's CSP rightly forbids fetching blob: URLs.
    window.__downloads = [];
    const blobs = new Map();
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (blob) => {
      const url = createObjectURL(blob);
      blobs.set(url, blob);
      return url;
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      if (!this.download || !blobs.has(this.href)) return click.call(this);
      const name = this.download;
      window.__downloads.push(blobs.get(this.href).text().then((text) => ({ name, text })));
    };
  });
  let taken = 0;
  return async () => {
    await page.waitForFunction((n) => window.__downloads.length > n, taken);
    return page.evaluate((n) => window.__downloads[n], taken++);
  };
}
