// Results leave the page: the whole report as JSON, a plain-text summary on the clipboard, and a
// printed report of a page or two (checked by printing to PDF in headless Chromium).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { serve, launch, stat_, catchDownloads, BROWSER, openPage } from "./harness.js";

const STORY = `WASHINGTON — President Donald Trump met Sen. Chuck Schumer at the White House on Tuesday.

“We will not back down,” Schumer told reporters after the meeting. “The American people deserve better.”

Trump said the talks were “productive” and that he expected a deal by Friday. Gov. Kathy Hochul of New York called the plan a disaster for her state, and the Federal Reserve declined to comment.

“<b>This</b> is not a plan,” Hochul said. Trump said Schumer was wrong.
`;
const ARTICLE = readFileSync(new URL("../../samples/brown-a01.txt", import.meta.url), "utf8");

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function open(text) {
  return openPage(browser, server.url, text);
}

test("Download JSON gives the whole report, as shown", async () => {
  const { page, errors } = await open(STORY);
  const next = await catchDownloads(page);
  await page.locator("#download-json").click();
  const file = await next();
  assert.equal(file.name, "textlens-report.json");
  const report = JSON.parse(file.text);
  assert.equal(report.schema, 1);
  assert.equal(report.stats.words, await stat_(page, "words"));
  assert.equal(report.stats.sentences, await stat_(page, "sentences"));
  assert.equal(report.sentences.length, report.stats.sentences);
  assert.ok(report.entities.some((e) => e.kind === "person" && /Trump/.test(e.name)));
  assert.ok(report.quotes.length >= 2);
  // Offsets are UTF-8 byte offsets into the text: the first quote is the text between its marks.
  const q = report.quotes[0];
  assert.equal(Buffer.from(STORY).subarray(q.start, q.end).toString(), "We will not back down,");
  assert.deepEqual(errors, []);
  await page.close();
});

test("Copy summary puts the headline figures, top words and people on the clipboard", async () => {
  const { page, errors } = await open(STORY);
  if (BROWSER === "chromium") {
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(server.url).origin });
  } else {
    // Firefox's automation cannot grant clipboard reading: catch what the page writes instead.
    await page.evaluate(() => {
      navigator.clipboard.writeText = async (text) => { window.__copied = text; };
      navigator.clipboard.readText = async () => window.__copied;
    });
  }
  await page.locator("#copy-summary").click();
  await page.locator(".report-actions .status", { hasText: "Summary copied." }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const lines = copied.trim().split("\n");
  assert.match(lines[0], /^textlens summary/);
  assert.equal(lines[1], `Words: ${await stat_(page, "words")}`);
  assert.equal(lines[2], `Sentences: ${await stat_(page, "sentences")}`);
  assert.match(lines[3], /^Reading time: \d+ s$/);
  assert.match(lines[4], /^Grade level \(Flesch-Kincaid\): -?\d+\.\d$/);
  const top = await page.locator(".chips .chip").first().evaluate((chip) => chip.firstChild.textContent);
  assert.match(lines[5], new RegExp(`^Top words: ${top} \\(\\d+\\)`));
  assert.equal(lines[5].split(", ").length, 10);
  assert.match(lines[6], /^People: .*Trump \(\d+\)/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("Print report: the report alone, on one or two pages, without the text box", { skip: BROWSER !== "chromium" && "page.pdf() is Chromium's" }, async () => {
  const { page, errors } = await open(ARTICLE);
  // The browser's print dialog cannot be driven here: record the call, then print to PDF.
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  await page.locator("#print-report").click();
  assert.equal(await page.evaluate(() => window.__printed), 1);

  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("#text").isVisible(), false);
  assert.equal(await page.locator(".tabs").isVisible(), false);
  assert.equal(await page.locator("button").first().isVisible(), false);
  const report = page.locator(".print-report");
  assert.ok(await report.isVisible());
  assert.match(await report.textContent(), /Flesch reading ease.*Top 20 words.*jury/s);
  await page.emulateMedia({ media: null });

  const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
  // On screen the printed report is not shown.
  assert.equal(await report.isVisible(), false);
  assert.deepEqual(errors, []);
  await page.close();
});
