// The page, built by trunk into dist/, in headless Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { serve, launch, paste, settled, stat_, openPage } from "./harness.js";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const open = () => openPage(browser, server.url);

test("the empty page says what to do", async () => {
  const { page, errors } = await open();
  const empty = await page.locator(".empty").textContent();
  assert.match(empty, /Paste an article/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("pasted text is analysed: words, sentences, frequencies", async () => {
  const { page, errors } = await open();
  await paste(page, "Sen. Chuck Schumer spoke in the U.S. Capitol on Monday. He said the vote was close. The vote failed.");
  await settled(page);
  assert.equal(await stat_(page, "words"), 19);
  assert.equal(await stat_(page, "sentences"), 3);
  await page.getByRole("tab", { name: "Words" }).click();
  const first = await page.locator("table.frequencies tbody tr").first().locator(".term").textContent();
  assert.equal(first, "vote");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the analysis follows edits", async () => {
  const { page } = await open();
  await paste(page, "One two three.");
  await settled(page);
  assert.equal(await stat_(page, "words"), 3);
  await page.locator("#text").press("End");
  await page.locator("#text").pressSequentially(" Four five.");
  await page.waitForFunction(() => document.querySelector('[data-stat="words"] .value')?.textContent === "5");
  assert.equal(await stat_(page, "sentences"), 2);
  await page.close();
});

test("the sample button loads an article and its attribution", async () => {
  const { page } = await open();
  await page.locator("#sample").click();
  await settled(page);
  assert.ok((await stat_(page, "words")) > 1500);
  assert.match(await page.locator(".source").textContent(), /Brown Corpus/);
  assert.match(await page.locator(".chips").textContent(), /jury/);
  await page.close();
});

test("a picked file is decoded and analysed (Windows-1252)", async () => {
  const { page } = await open();
  const bytes = Buffer.from("Caf\xe9 owners said \x93no\x94 to the plan. The plan died.", "latin1");
  await page.locator("#file-input").setInputFiles({ name: "story.txt", mimeType: "text/plain", buffer: bytes });
  // The engine's worker decodes it: wait for the text, then for its analysis.
  await page.waitForFunction(() => document.querySelector("#text").value.length > 0);
  await settled(page);
  assert.equal(await page.locator("#text").inputValue(), "Café owners said “no” to the plan. The plan died.");
  assert.equal(await stat_(page, "sentences"), 2);
  await page.close();
});

test("a newly opened file never shows the last document's figures", async () => {
  const { page } = await open();
  await page.locator("#sample").click();
  await settled(page);
  // While the new file is analysed, the page must say so, not show the sample's word count.
  await page.evaluate(() => {
    window.__staleFigures = false;
    window.__saidAnalysing = false;
    new MutationObserver(() => {
      const busy = document.querySelector('.analysis[aria-busy="true"]');
      if (busy?.querySelector('[data-stat="words"]')) window.__staleFigures = true;
      if (busy?.querySelector(".busy")) window.__saidAnalysing = true;
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const story = "The council met on Monday. It voted to close the bridge.\n".repeat(2000);
  await page.locator("#file-input").setInputFiles({ name: "council.txt", mimeType: "text/plain", buffer: Buffer.from(story) });
  await page.waitForFunction(() => document.querySelector('[data-stat="words"] .value')?.textContent === "22,000");
  assert.equal(await page.evaluate(() => window.__saidAnalysing), true);
  assert.equal(await page.evaluate(() => window.__staleFigures), false);
  await page.close();
});

test("a long text shows how far its analysis has come", async () => {
  const { page } = await open();
  await page.evaluate(() => {
    window.__progress = [];
    new MutationObserver(() => {
      const shown = document.querySelector(".analysing");
      const said = shown?.querySelector("p")?.textContent;
      if (said && window.__progress.at(-1)?.[0] !== said) window.__progress.push([said, shown.querySelector("progress").value]);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const story = "The council met on Monday. Mayor Jane Doe said: \u201cIt will close.\u201d The bridge stays shut.\n".repeat(40000);
  await page.locator("#file-input").setInputFiles({ name: "council.txt", mimeType: "text/plain", buffer: Buffer.from(story) });
  // The word figures show before the analysis ends (see the next test): wait for its end.
  await page.waitForFunction(() => document.querySelector('[data-stat="words"] .value')?.textContent === "640,000"
    && !document.querySelector(".analysing"), null, { timeout: 60000 });
  const progress = await page.evaluate(() => window.__progress);
  assert.ok(progress.length > 0, "no progress shown");
  for (const [said] of progress) {
    assert.match(said, /^Analysing 3\.\d MB: (reading the words|counting words|finding names|finding quotes)…$/);
  }
  const values = progress.map(([, value]) => value);
  assert.deepEqual(values, [...values].sort((a, b) => a - b));
  // The browser keeps the last text: leave an empty one for the tests that follow.
  await page.locator("#clear").click();
  await page.waitForFunction(() => localStorage.getItem("textlens.text") === null);
  await page.close();
});

test("a long text's figures show as they arrive: the words first, then the names and quotes", async () => {
  const { page } = await open();
  await paste(page, "Mayor Jane Doe spoke.");
  await page.getByRole("tab", { name: "Entities" }).click();
  // Every state the Entities view goes through, in order: still finding, or the names listed.
  await page.evaluate(() => {
    window.__seen = [];
    const look = () => {
      const pending = document.querySelector("[data-pending]");
      const what = pending ? `pending ${pending.dataset.pending}` : document.querySelector(".entity-group") ? "names" : null;
      const seen = what && `${what}${document.querySelector(".analysing") ? " with progress" : ""}`;
      if (seen && window.__seen.at(-1) !== seen) window.__seen.push(seen);
    };
    look();
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const story = "The council met on Monday. Mayor Jane Doe said: \u201cIt will close.\u201d The bridge stays shut.\n".repeat(40000);
  await page.locator("#file-input").setInputFiles({ name: "council.txt", mimeType: "text/plain", buffer: Buffer.from(story) });
  await page.waitForFunction(() => document.querySelector(".source")?.textContent.includes("council.txt")
    && document.querySelector(".entity-group") && !document.querySelector(".analysing"), null, { timeout: 60000 });
  const seen = await page.evaluate(() => window.__seen);
  // The short text's names, then the long one's word figures with its names still coming
  // (under the progress bar), then all of it.
  assert.deepEqual(seen, ["names", "pending names with progress", "names"]);
  await page.getByRole("tab", { name: "Quotes" }).click();
  assert.equal(await page.locator("table.speakers tr", { hasText: "Jane Doe" }).locator("td").nth(1).textContent(), "40000");
  await page.getByRole("tab", { name: "Overview" }).click();
  assert.equal(await stat_(page, "words"), 640000);
  await page.locator("#clear").click();
  await page.waitForFunction(() => localStorage.getItem("textlens.text") === null);
  await page.close();
});

test("a dropped HTML file gives its visible text", async () => {
  const { page } = await open();
  const html = "<html><head><style>p{color:red}</style><script>var x = 1;</script></head><body><h1>Title here</h1><p>First paragraph &amp; more.</p></body></html>";
  await page.evaluate((html) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([html], "page.html", { type: "text/html" }));
    const target = document.querySelector(".editor");
    target.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, html);
  await page.waitForFunction(() => document.querySelector("#text").value.length > 0);
  assert.equal(await page.locator("#text").inputValue(), "Title here\n\nFirst paragraph & more.");
  assert.match(await page.locator(".source").textContent(), /page\.html/);
  await page.close();
});

test("a binary file is refused in plain words, and the text is kept", async () => {
  const { page } = await open();
  await paste(page, "Keep this text.");
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  await page.locator("#file-input").setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: png });
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.textContent(), /photo\.png.*not text/);
  assert.equal(await page.locator("#text").inputValue(), "Keep this text.");
  await page.close();
});

test("clicking a long sentence selects it in the text", async () => {
  const { page } = await open();
  const text = "Short one. This sentence is clearly the longest one of all of them here. Tiny.";
  await paste(page, text);
  await page.getByRole("tab", { name: "Sentences" }).click();
  await page.locator("button.sentence").first().click();
  const selected = await page.evaluate(() => {
    const t = document.querySelector("#text");
    return t.value.slice(t.selectionStart, t.selectionEnd);
  });
  assert.equal(selected, "This sentence is clearly the longest one of all of them here.");
  await page.close();
});

test("user text is shown as text, never as HTML", async () => {
  const { page } = await open();
  await page.evaluate(() => { window.__pwned = false; });
  await paste(page, '<img src=x onerror="window.__pwned=true"> <script>window.__pwned=true</script> pwned pwned');
  await page.getByRole("tab", { name: "Words" }).click();
  await page.locator("table.frequencies").waitFor();
  assert.equal(await page.evaluate(() => window.__pwned), false);
  assert.equal(await page.locator("img").count(), 0);
  await page.close();
});

test("no network request after the page has loaded", async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url);
  await page.locator('body[data-engine="ready"]').waitFor();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.locator("#sample").click();
  await settled(page);
  for (const tab of ["Words", "Sentences", "Readability", "Overview"]) {
    await page.getByRole("tab", { name: tab }).click();
  }
  assert.deepEqual(requests, []);
  await page.close();
});
