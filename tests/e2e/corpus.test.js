// Several documents dropped at once: the corpus view (issue 9). Chromium, or BROWSER=firefox.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { serve, launch, catchDownloads, openPage } from "./harness.js";

// axe runs as a script through the driver (the page's CSP refuses injected scripts), as in a11y.test.js.
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Ten short articles on different topics; Maria Lopez is named in three of them.
const ARTICLES = [
  ["01-garden.txt", "Tomatoes grow well in warm soil. Gardeners water tomatoes every morning."],
  ["02-harbor.txt", "The harbor opened a new pier on Monday. Fishermen unloaded herring and mackerel at dawn. Mayor Maria Lopez cut the ribbon. \u201cThis pier will feed the town,\u201d Lopez said."],
  ["03-chess.txt", "A young player won the chess tournament. She defeated three grandmasters with bold openings."],
  ["04-budget.txt", "The city council approved the budget after a long debate. Maria Lopez defended the spending on schools. Taxes will not rise this year, officials said."],
  ["05-weather.txt", "A storm brought heavy snow to the valley. Roads closed and schools shut early. Forecasters expect sunshine by Friday."],
  ["06-library.txt", "The library extended its hours for students. Librarians added a quiet reading room upstairs. Visitors praised the new novels on the shelves."],
  ["07-festival.txt", "Thousands danced at the music festival in Riverside Park. Maria Lopez opened the event with a speech. \u201cMusic brings neighbors together,\u201d she said."],
  ["08-bakery.txt", "A family bakery celebrated fifty years of bread. The bakers still knead dough by hand. Customers lined up for croissants before sunrise."],
  ["09-bridge.txt", "Engineers inspected the old bridge over the river. Cracks were found in two steel beams. Repairs will begin next month."],
  ["10-soccer.txt", "The local soccer team won the regional final. Their goalkeeper saved a penalty in extra time. Fans celebrated in the streets."],
];

const open = () => openPage(browser, server.url);

/** Drops files on the text box as a user would: `[name, content (string or byte array), type]`. */
async function drop(page, files) {
  await page.evaluate((files) => {
    const transfer = new DataTransfer();
    for (const [name, content, type] of files) {
      const body = typeof content === "string" ? content : new Uint8Array(content);
      transfer.items.add(new File([body], name, { type }));
    }
    const target = document.querySelector(".editor");
    target.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
}

/** Waits until every document of the corpus has its report. */
async function analysed(page, n) {
  await page.locator("#corpus-progress").filter({ hasText: `All ${n} analysed` }).waitFor();
}

const row = (page, name) => page.locator("table.corpus-docs tbody tr").filter({ has: page.getByRole("button", { name }) });

test("ten articles dropped together give the corpus view", async () => {
  const { page, errors } = await open();
  await drop(page, ARTICLES.map(([name, text]) => [name, text, "text/plain"]));
  await analysed(page, 10);
  assert.equal(await page.locator("table.corpus-docs tbody tr").count(), 10);
  // Counted by hand: "Tomatoes grow well in warm soil. Gardeners water tomatoes every morning."
  assert.equal(await row(page, "01-garden.txt").locator('[data-col="words"]').textContent(), "11");
  assert.equal(await row(page, "01-garden.txt").locator('[data-col="sentences"]').textContent(), "2");
  // "A young player won the chess tournament. She defeated three grandmasters with bold openings."
  assert.equal(await row(page, "03-chess.txt").locator('[data-col="words"]').textContent(), "14");
  assert.equal(await row(page, "03-chess.txt").locator('[data-col="sentences"]').textContent(), "2");
  // Distinctive words: the garden article's first is the word it alone uses, twice.
  const garden = await row(page, "01-garden.txt").locator(".distinctive .chip").allTextContents();
  assert.equal(garden[0], "tomatoes");
  assert.ok(garden.length > 0 && garden.length <= 8);
  for (const word of garden) {
    const others = ARTICLES.filter(([name]) => name !== "01-garden.txt").map(([, text]) => text.toLowerCase());
    assert.ok(others.every((text) => !new RegExp(`\\b${word}\\b`).test(text)), `${word} is in another article`);
  }
  // Maria Lopez is named in three articles, four times in all; quoted in two.
  const lopez = page.locator("table.corpus-entities tbody tr").filter({ hasText: "Maria Lopez" });
  assert.equal(await lopez.locator(".docs").textContent(), "3");
  assert.equal(await lopez.locator("td").last().textContent(), "4");
  const speaker = page.locator("table.corpus-speakers tbody tr").filter({ hasText: "Maria Lopez" });
  assert.deepEqual(await speaker.locator("td").allTextContents(), ["2", "2"]);
  assert.equal(await page.locator("#corpus-words").textContent(), "206");
  // Accessible in both themes: no serious or critical axe violation.
  await page.evaluate(AXE);
  for (const colorScheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme });
    const result = await page.evaluate(() => window.axe.run(document.querySelector(".corpus"), { resultTypes: ["violations"] }));
    const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    assert.deepEqual(bad.map((v) => `${colorScheme} ${v.id}: ${v.nodes.slice(0, 2).map((n) => n.target.join(" ")).join(" | ")}`), []);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test("the corpus table downloads as CSV, and a document opens on its own", async () => {
  const { page, errors } = await open();
  const next = await catchDownloads(page);
  await drop(page, ARTICLES.map(([name, text]) => [name, text, "text/plain"]));
  await analysed(page, 10);
  await page.getByRole("button", { name: "Download CSV" }).click();
  const { name, text } = await next();
  assert.equal(name, "corpus.csv");
  const lines = text.trim().split("\r\n");
  assert.equal(lines.length, 11);
  assert.match(lines[0], /^document,words,sentences,flesch_kincaid_grade,flesch_reading_ease,distinctive_words$/);
  assert.match(lines[1], /^01-garden\.txt,11,2,/);

  await page.getByRole("button", { name: "03-chess.txt" }).click();
  await page.locator(".corpus").waitFor({ state: "detached" });
  assert.equal(await page.locator("#text").inputValue(), ARTICLES[2][1]);
  assert.match(await page.locator(".editor .source").textContent(), /03-chess\.txt/);
  await page.locator('.analysis[aria-busy="false"] [data-stat="words"]').waitFor();
  assert.equal(await page.locator('[data-stat="words"] .value').textContent(), "14");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a binary file among text files is reported, and the rest analysed", async () => {
  const { page, errors } = await open();
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52];
  await drop(page, [
    ...ARTICLES.slice(0, 3).map(([name, text]) => [name, text, "text/plain"]),
    ["photo.png", png, "image/png"],
  ]);
  await analysed(page, 3);
  assert.equal(await page.locator("table.corpus-docs tbody tr").count(), 3);
  assert.match(await page.locator("#corpus-refused").textContent(), /photo\.png.*not text/);
  assert.equal(await row(page, "01-garden.txt").locator('[data-col="words"]').textContent(), "11");
  // Back to the single document: the text box's text is as it was (empty).
  await page.getByRole("button", { name: "Back to one document" }).click();
  await page.locator(".empty").waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test("a dropped folder is walked: every file in it, hidden files left out", async () => {
  const { page, errors } = await open();
  // No driver can drop a real folder, so the drop's entries are stood in for, with the
  // file-system API's shape (webkitGetAsEntry, createReader, readEntries in batches, file).
  await page.evaluate((articles) => {
    const file = ([name, text]) => ({
      isDirectory: false, isFile: true, name,
      file: (ok) => setTimeout(() => ok(new File([text], name, { type: "text/plain" }))),
    });
    const folder = (name, children) => ({
      isDirectory: true, isFile: false, name,
      createReader: () => {
        const batches = [children.slice(0, 2), children.slice(2), []];
        return { readEntries: (ok) => setTimeout(() => ok(batches.shift() ?? [])) };
      },
    });
    const root = folder("articles", [
      file(articles[1]), file([".DS_Store", "\u0000\u0001"]), folder("more", [file(articles[2])]), file(articles[0]),
    ]);
    const transfer = new DataTransfer();
    Object.defineProperty(transfer, "items", { value: { length: 1, 0: { webkitGetAsEntry: () => root } } });
    const target = document.querySelector(".editor");
    target.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, ARTICLES);
  await analysed(page, 3);
  const names = await page.locator("table.corpus-docs tbody th button").allTextContents();
  assert.deepEqual(names, ["01-garden.txt", "02-harbor.txt", "03-chess.txt"]);
  assert.equal(await page.locator("#corpus-refused").count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test("one dropped file is still one document", async () => {
  const { page, errors } = await open();
  await drop(page, [ARTICLES[0].concat("text/plain")]);
  await page.waitForFunction(() => document.querySelector("#text").value.length > 0);
  assert.equal(await page.locator("#text").inputValue(), ARTICLES[0][1]);
  assert.equal(await page.locator(".corpus").count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});
