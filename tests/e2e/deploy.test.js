// dist/ deploys to any static host: it works from the root or from a sub-path (GitHub Pages
// serves a project at /<repo>/), and once the service worker has installed, it works offline.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { resolve } from "node:path";
import { serve, launch, paste, settled, stat_ } from "./harness.js";

const DIST = resolve("../../dist");
const TEXT = "The page works from anywhere. It works offline too. Offline pages are handy.";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Loads the page at `url`, pastes TEXT and checks the analysis. */
async function analyses(page, url) {
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const response = await page.goto(url);
  assert.ok(response.ok(), `${url}: ${response.status()}`);
  await page.locator("#text").waitFor();
  await paste(page, TEXT);
  await settled(page);
  assert.equal(await stat_(page, "words"), 13);
  assert.equal(await stat_(page, "sentences"), 3);
  assert.match(await page.locator(".chips").textContent(), /works/);
  assert.deepEqual(errors, []);
}

for (const prefix of ["/", "/some/sub/path/"]) {
  test(`dist/ served at ${prefix} loads and analyses text`, async () => {
    const server = await serve(DIST, prefix);
    const page = await browser.context.newPage();
    const failed = [];
    // Every file the page needs comes from under the prefix: nothing is asked of the root.
    page.on("requestfinished", async (request) => {
      const status = (await request.response())?.status();
      if (status !== 200) failed.push(`${request.url()}: ${status}`);
    });
    page.on("requestfailed", (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
    await analyses(page, server.url);
    assert.deepEqual(failed, []);
    await page.close();
    await server.close();
  });
}

test("the page carries a strict Content-Security-Policy and breaks none of it", async () => {
  const server = await serve(DIST, "/");
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    window.__violations = [];
    addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await analyses(page, server.url);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  const scripts = policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src"));
  assert.match(scripts, /^script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.ok(!scripts.includes("unsafe-inline"), scripts);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await page.close();
  await server.close();
});

test("when the engine's WebAssembly cannot load, the page says so and keeps the text", async () => {
  const server = await serve(DIST, "/", { missing: ["textlens-worker_bg.wasm"] });
  const page = await browser.context.newPage();
  await page.goto(server.url);
  await page.locator("#text").waitFor();
  await paste(page, TEXT);
  await page.getByText("The analysis engine could not load").waitFor({ timeout: 10000 });
  assert.equal(await page.locator("#text").inputValue(), TEXT);
  await page.close();
  await server.close();
});

test("after the service worker has installed, the page loads and analyses text offline", async () => {
  const server = await serve(DIST, "/offline/app/");
  const page = await browser.context.newPage();
  await page.goto(server.url);
  await page.locator("#text").waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The worker claims the page when it activates; a reload makes sure if that came too late.
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!(await controlled())) {
    await page.reload();
    await page.locator("#text").waitFor();
  }
  assert.ok(await controlled(), "the page is controlled by the service worker");
  // Let everything this load asked for arrive first, so no request is cut off by the shutdown.
  await page.locator('body[data-engine="ready"]').waitFor();
  await page.waitForLoadState("networkidle");

  await server.close();
  // The server is gone: a fetch that reaches the network now fails.
  // (Probed from here, not from the page: Firefox reports a page's failed fetch as a page error
  // a moment later, which would land in the next check's error list.)
  const probe = await fetch(server.url).then(() => "reached", () => "failed");
  assert.equal(probe, "failed");
  // Load the page again, from the service worker's cache alone.
  await analyses(page, server.url);
  await page.close();
});

test("the app is installable: its manifest and every icon it names load", async () => {
  const server = await serve(DIST, "/app/");
  const manifest = await (await fetch(server.url + "manifest.webmanifest")).json();
  assert.equal(manifest.start_url, "./");
  assert.ok(manifest.icons.some((i) => i.sizes === "512x512" && i.type === "image/png"));
  for (const icon of manifest.icons) {
    const response = await fetch(server.url + icon.src);
    assert.equal(response.status, 200, icon.src);
    assert.ok((await response.arrayBuffer()).byteLength > 100, icon.src);
  }
  await server.close();
});
