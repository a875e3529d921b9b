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
  // Every list the module packs (see crates/js/src/packed.rs), with names and words outside
  // ASCII (their lengths differ in UTF-16 and UTF-8), a quote with no speaker and a fragment.
  const text = [
    "“We will not wait,” Sen. Chuck Schumer told reporters in the U.S. Capitol. Trump’s allies disagreed.",
    "José Núñez of Société Générale said on March 3, 2025 that prices rose 4.5% to $1.2 billion in Zürich. 🚀",
    "“Le café est fermé,” Núñez said. Critics called it a “so-called reform.” “Nobody knows.”",
    "Mail news@example.org, see https://example.org/a or follow @textlens and #news. Société Générale prices rose again.",
  ].join("\n\n") + "\n";
  const page = await browser.context.newPage();
  await page.goto(server.url + "tests/e2e/blank.html");
  const report = await page.evaluate(async (text) => {
    const m = await import("/pkg/textlens.js");
    await m.default();
    return m.analyze(text);
  }, text);
  const cli = JSON.parse(execFileSync(resolve(ROOT, "target/release/textlens"), ["analyze", "--json", "-"], { input: text }));
  assert.deepEqual(report, cli);
  assert.ok(report.stats.sentences >= 8);
  assert.ok(report.quotes.some((q) => q.speaker === null) && report.quotes.some((q) => q.speaker !== null));
  assert.ok(report.entities.some((e) => e.name.includes("Núñez")));
  assert.ok(report.phrases.length > 0);
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
