// Accessibility: axe-core finds no serious or critical violation on the empty page, on every tab
// with an article and in the marked reading view, in light and dark themes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { serve, launch, paste, settled, openPage } from "./harness.js";

// axe is evaluated as a script through the driver, as a page's CSP does not apply there: the
// page's strict CSP (rightly) refuses an injected <script>, in every browser.
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const ARTICLE = readFileSync(new URL("../../samples/brown-a01.txt", import.meta.url), "utf8");
const THEMES = ["light", "dark"];

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const open = async () => (await openPage(browser, server.url)).page;

/** Runs axe in both themes; returns the serious and critical violations, described. */
async function violations(page, where) {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE);
  const found = [];
  for (const colorScheme of THEMES) {
    await page.emulateMedia({ colorScheme });
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
    for (const v of result.violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
      const nodes = v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")}: ${n.failureSummary.split("\n").slice(1, 2).join("").trim()}`);
      found.push(`${where} (${colorScheme}) ${v.id} [${v.impact}] ×${v.nodes.length}: ${nodes.join(" | ")}`);
    }
  }
  await page.emulateMedia({ colorScheme: null });
  return found;
}

test("the empty page has no serious accessibility problem", async () => {
  const page = await open();
  // The profile keeps the last text between pages: start from an empty document.
  if (await page.locator("#clear").isEnabled()) await page.locator("#clear").click();
  await page.locator(".empty").waitFor();
  assert.deepEqual(await violations(page, "empty page"), []);
  // The check itself works: a button without a name is caught.
  await page.evaluate(() => document.body.append(document.createElement("button")));
  assert.match((await violations(page, "with a nameless button")).join("\n"), /button-name \[critical\]/);
  await page.close();
});

test("every tab with an article has no serious accessibility problem", async () => {
  const page = await open();
  await paste(page, ARTICLE);
  await settled(page);
  const found = [];
  for (const tab of ["Overview", "Words", "Entities", "Quotes", "Sentences", "Readability"]) {
    await page.getByRole("tab", { name: tab }).click();
    await page.locator(".tab.selected", { hasText: tab }).waitFor();
    // The dispersion plot comes a moment later, from the engine's worker.
    if (tab === "Words") await page.locator('figure.dispersion[aria-busy="false"]').waitFor();
    found.push(...(await violations(page, `${tab} tab`)));
  }
  assert.deepEqual(found, []);
  await page.close();
});

test("the marked reading view has no serious accessibility problem", async () => {
  const page = await open();
  await paste(page, ARTICLE);
  await settled(page);
  await page.getByRole("tab", { name: "Entities" }).click();
  await page.locator("button.entity").first().click();
  await page.locator(".reading mark").first().waitFor();
  const found = await violations(page, "entity marks");
  await page.locator("#back-to-text").click();
  await page.getByRole("tab", { name: "Readability" }).click();
  await page.locator("#mark-hard").click();
  await page.locator(".reading").waitFor();
  found.push(...(await violations(page, "hard sentences marked")));
  assert.deepEqual(found, []);
  await page.close();
});
