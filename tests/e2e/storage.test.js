// Nothing is lost: the text survives a reload, "New document" clears it, and a text too large
// for the browser's storage leaves the last saved text in place.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, paste, settled } from "./harness.js";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function open() {
  const page = await browser.context.newPage();
  await page.goto(server.url);
  await page.locator('body[data-engine="ready"]').waitFor();
  return page;
}

test("the text survives a reload, and New document forgets it", async () => {
  const page = await open();
  await paste(page, "Keep me across reloads. Please.");
  await page.locator("#saved", { hasText: "Saved in this browser" }).waitFor();
  await page.reload();
  await page.locator("#text").waitFor();
  await page.waitForFunction(() => document.querySelector("#text").value.length > 0);
  assert.equal(await page.locator("#text").inputValue(), "Keep me across reloads. Please.");
  await settled(page);
  assert.match(await page.locator('[data-stat="sentences"]').textContent(), /2/);
  await page.locator("#saved", { hasText: "Saved in this browser" }).waitFor();
  await page.locator("#clear").click();
  await page.waitForFunction(() => !document.querySelector("#saved") && localStorage.getItem("textlens.text") === null);
  await page.reload();
  await page.locator("#text").waitFor();
  await page.waitForTimeout(500);
  assert.equal(await page.locator("#text").inputValue(), "");
  await page.close();
});

test("a text too large to store keeps the last one that fitted", async () => {
  const page = await open();
  await paste(page, "The earlier text.");
  await page.locator("#saved", { hasText: "Saved in this browser" }).waitFor();
  const huge = Buffer.from("word ".repeat(2_600_000)); // 13 MB: more than any browser's local storage
  await page.locator("#file-input").setInputFiles({ name: "huge.txt", mimeType: "text/plain", buffer: huge });
  await page.locator("#saved", { hasText: "Not saved" }).waitFor({ timeout: 60000 });
  await page.reload();
  await page.waitForFunction(() => document.querySelector("#text")?.value.length > 0);
  assert.equal(await page.locator("#text").inputValue(), "The earlier text.");
  await page.locator("#clear").click();
  await page.close();
});
