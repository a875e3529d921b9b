// The main paths of the page in WebKitGTK, driven over plain WebDriver.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve } from "./harness.js";
import { startWebKit } from "./webdriver.js";

let server, browser;
before(async () => { server = await serve(); browser = await startWebKit(); });
after(async () => { await browser?.close(); await server?.close(); });

// Sets the text box as a paste would (one input event), then waits for the analysis of it.
const PASTE = `
  const area = document.querySelector("#text");
  area.value = arguments[0];
  area.dispatchEvent(new InputEvent("input", { bubbles: true }));`;
const SETTLED = `return document.querySelector('.analysis[aria-busy="false"] [data-stat="words"]')?.textContent ?? null;`;

async function fresh() {
  await browser.goto(server.url);
  await browser.until(`return document.body.dataset.engine === "ready";`);
  await browser.run(`localStorage.clear();`);
}

test("pasted text is analysed in a worker", async () => {
  await fresh();
  await browser.run(PASTE, "Sen. Chuck Schumer spoke in the U.S. Capitol on Monday. He said the vote was close. The vote failed.");
  await browser.until(`return ${JSON.stringify("19")} === document.querySelector('.analysis[aria-busy="false"] [data-stat="words"] .value')?.textContent;`);
  assert.equal(await browser.run(`return document.querySelector('[data-stat="sentences"] .value').textContent;`), "3");
});

test("entities and their mentions", async () => {
  await fresh();
  await browser.run(PASTE, "President Donald Trump met Sen. Chuck Schumer on Tuesday. Trump said it went well.");
  await browser.until(SETTLED);
  await browser.run(`[...document.querySelectorAll('[role="tab"]')].find((t) => t.textContent === "Entities").click();`);
  const count = await browser.until(`
    const b = [...document.querySelectorAll("button.entity")].find((b) => b.textContent.includes("Donald Trump"));
    return b?.querySelector(".count").textContent;`);
  assert.equal(count, "2");
});

test("a dropped file is decoded, and a binary one refused in plain words", async () => {
  await fresh();
  await browser.run(`
    const drop = (file) => {
      const transfer = new DataTransfer();
      transfer.items.add(file);
      document.querySelector(".editor").dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    };
    drop(new File([new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x2e])], "cafe.txt"));`);
  assert.equal(await browser.until(`return document.querySelector("#text").value;`), "Café.");
  await browser.run(`
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])], "photo.png"));
    document.querySelector(".editor").dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));`);
  const alert = await browser.until(`return document.querySelector('[role="alert"]')?.textContent;`);
  assert.match(alert, /photo\.png.*not text/);
  assert.equal(await browser.run(`return document.querySelector("#text").value;`), "Café.");
});

test("user text is never run as HTML", async () => {
  await fresh();
  await browser.run(`window.__pwned = false;`);
  await browser.run(PASTE, '<img src=x onerror="window.__pwned=true"> <script>window.__pwned=true</script> pwned');
  await browser.until(SETTLED);
  await browser.run(`[...document.querySelectorAll('[role="tab"]')].find((t) => t.textContent === "Words").click();`);
  await browser.until(`return document.querySelector("table.frequencies");`);
  assert.equal(await browser.run(`return window.__pwned || document.querySelectorAll("img").length > 0;`), false);
});

test("the text survives a reload", async () => {
  await fresh();
  await browser.run(PASTE, "Kept across a reload.");
  await browser.until(`return document.querySelector("#saved")?.textContent.includes("Saved");`);
  await browser.goto(server.url);
  assert.equal(await browser.until(`return document.querySelector("#text")?.value;`), "Kept across a reload.");
  await browser.run(`localStorage.clear();`);
});
