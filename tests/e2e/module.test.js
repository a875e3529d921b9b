// The engine as an ES module (scripts/build-js.sh -> pkg/): same report as the CLI.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { serve, launch } from "./harness.js";

const ROOT = resolve("../..");
let server, browser;
before(async () => { server = await serve(ROOT); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test("analyze(text) in the browser gives the CLI's report", async () => {
  const text = "“We will not wait,” Sen. Chuck Schumer told reporters in the U.S. Capitol. Trump’s allies disagreed.\n";
  const page = await browser.context.newPage();
  await page.goto(server.url + "tests/e2e/blank.html");
  const report = await page.evaluate(async (text) => {
    const m = await import("/pkg/textlens.js");
    await m.default();
    return m.analyze(text);
  }, text);
  const cli = JSON.parse(execFileSync(resolve(ROOT, "target/release/textlens"), ["analyze", "--json", "-"], { input: text }));
  assert.deepEqual(report, cli);
  assert.equal(report.stats.sentences, 2);
  await page.close();
});

test("decode(bytes) refuses binary data with a reason", async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url + "tests/e2e/blank.html");
  const message = await page.evaluate(async () => {
    const m = await import("/pkg/textlens.js");
    await m.default();
    try { m.decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1])); return "accepted"; }
    catch (e) { return String(e.message ?? e); }
  });
  assert.match(message, /not text/);
  await page.close();
});
