// The Words tab in headless Chromium: frequencies, stop words, stems, phrases, keyword in
// context, dispersion, the word cloud, distinctive words, languages and the CSV export.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, paste, settled, catchDownloads, BROWSER, openPage } from "./harness.js";

let server, browser;
// DIST lets a build in another folder be tested (the default is the project's dist/).
before(async () => { server = await serve(process.env.DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// A made-up news article: "council" 5 times, "budget" 4, "election" 2 + "elections" 2 +
// "elected" 1, "city council" 3 times, the handle "@cityhall" twice, 108 terms in all.
const ARTICLE = `The city council approved a new budget on Tuesday after a long night of debate over the coming election.

Mayor Ana Torres said the budget would pay for three new libraries, a flood barrier along the river and higher wages for bus drivers. "This budget keeps the promises we made in the last election," Torres said. Critics on the city council argued that the plan spends reserves the city may need after the elections next spring.

Councillor James Okafor, who was elected four years ago, voted against the budget. He said the city council had not heard enough from residents of the eastern districts, where the flood barrier will be built. Okafor posted his objections to @cityhall before the vote, and residents replied to @cityhall through the night.

The libraries will open in 2027. Each will hold a reading room, a workshop with printers and a small garden. Librarians welcomed the news, saying that attendance at the old buildings had doubled since the pandemic.

Bus drivers, whose union had threatened a strike in March, called the wage increase fair. Their contract runs until the elections, when the new council will review transport spending again.

The river barrier is the largest project. Engineers estimate it will protect eleven thousand homes from the floods that hit the valley twice in the past decade. Construction begins in autumn, and the council expects the barrier to be finished before the winter storms of 2028.`;

async function open(text = ARTICLE) {
  const { page, errors } = await openPage(browser, server.url, text);
  await page.getByRole("tab", { name: "Words" }).click();
  await page.locator("table.frequencies tbody tr").first().waitFor();
  return { page, errors };
}

/** The table's rows as [term, count]. */
async function rows(page) {
  return page.locator("table.frequencies tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector(".term-button").textContent, Number(tr.querySelector(".count").textContent)]));
}

/** Waits until the table's first row is `term` with `count`. */
async function firstRowIs(page, term, count) {
  await page.waitForFunction(([term, count]) => {
    const tr = document.querySelector("table.frequencies tbody tr");
    return tr && tr.querySelector(".term-button").textContent === term && tr.querySelector(".count").textContent === String(count);
  }, [term, count]);
}

test("the frequency table: counts, shares, search and show more", async () => {
  const { page, errors } = await open();
  const first = await rows(page);
  assert.deepEqual(first.slice(0, 4), [["council", 5], ["city", 4], ["budget", 4], ["barrier", 4]]);
  assert.equal(first.length, 50, "50 rows at first, not all 108");
  assert.ok(!first.some(([t]) => t === "the"), "stop words are left out");
  const share = await page.locator("table.frequencies tbody tr").first().locator("td").nth(3).textContent();
  assert.equal(share, "2.08%"); // 5 of 240 words
  await page.getByRole("button", { name: /^Show 50 more/ }).click();
  assert.equal((await rows(page)).length, 100);
  await page.getByRole("button", { name: /^Show 8 more/ }).click();
  assert.equal((await rows(page)).length, 108);
  await page.getByLabel("Find a word").fill("libr");
  assert.deepEqual(await rows(page), [["libraries", 2], ["librarians", 1]]);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the stop words are shown and editing them changes the counts", async () => {
  const { page, errors } = await open();
  const summary = page.locator("details.stop-words summary");
  assert.match(await summary.textContent(), /Stop words left out: \d+ \(English list\)/);
  await summary.click();
  const the = page.getByRole("button", { name: "Count “the” again" });
  await the.click();
  await firstRowIs(page, "the", 31);
  assert.match(await summary.textContent(), /edited/);
  // Add a word: it leaves the table.
  await page.getByLabel("Add stop words").fill("Council, budget");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await page.waitForFunction(() => ![...document.querySelectorAll("table.frequencies .term-button")].some((b) => b.textContent === "council"));
  const terms = (await rows(page)).map(([t]) => t);
  assert.ok(!terms.includes("budget"));
  assert.ok(await page.locator('ul.stop-word-list button[data-word="council"]').isVisible());
  // The × on a row leaves that word out too.
  await page.getByRole("button", { name: "Leave out “the” (add it to the stop words)" }).click();
  await firstRowIs(page, "city", 4);
  await page.getByRole("button", { name: "Restore the built-in list" }).click();
  await firstRowIs(page, "council", 5);
  assert.deepEqual(errors, []);
  await page.close();
});

test("grouping by stem counts election, elections and elected as one word", async () => {
  const { page, errors } = await open();
  let terms = await rows(page);
  assert.ok(terms.some(([t, c]) => t === "election" && c === 2));
  assert.ok(terms.some(([t, c]) => t === "elections" && c === 2));
  await page.getByLabel("Group forms of a word").check();
  await page.waitForFunction(() => document.querySelector("table.frequencies tbody tr:nth-child(2) .term-button")?.textContent === "election");
  terms = await rows(page);
  assert.deepEqual(terms[1], ["election", 5]);
  assert.ok(!terms.some(([t]) => t === "elections" || t === "elected"));
  const forms = await page.locator("table.frequencies tbody tr").nth(1).locator(".forms").textContent();
  assert.equal(forms, "election, elections, elected");
  // In context, all the forms are found (the engine's worker finds them: wait for its answer).
  await page.locator("table.frequencies tbody tr").nth(1).locator(".term-button").click();
  await page.locator(".kwic").waitFor();
  assert.equal(await page.locator(".kwic tbody tr").count(), 5);
  assert.deepEqual(errors, []);
  await page.close();
});

test("phrases: two- and three-word phrases, by length", async () => {
  const { page, errors } = await open();
  await page.getByRole("button", { name: "Phrases" }).click();
  assert.deepEqual(await rows(page), [["city council", 3], ["flood barrier", 2], ["bus drivers", 2]]);
  await page.getByLabel("Length").selectOption("3");
  assert.deepEqual(await rows(page), []);
  await page.getByLabel("Length").selectOption("2");
  await page.locator("table.frequencies tbody tr").first().locator(".term-button").click();
  await page.locator(".kwic").waitFor();
  const hits = await page.locator(".kwic td.hit").allTextContents();
  assert.deepEqual(hits, ["city council", "city council", "city council"]);
  assert.deepEqual(errors, []);
  await page.close();
});

test("keyword in context: every occurrence with its context, selectable in the text", async () => {
  const { page, errors } = await open();
  await page.locator("table.frequencies .term-button", { hasText: /^budget$/ }).click();
  assert.match(await page.locator(".kwic h3").textContent(), /“budget”: 4 occurrences/);
  const lines = page.locator(".kwic tbody tr");
  assert.equal(await lines.count(), 4);
  assert.match(await lines.nth(0).locator(".left").textContent(), /The city council approved a new $/);
  assert.match(await lines.nth(0).locator(".right").textContent(), /^ on Tuesday after/);
  await lines.nth(3).locator(".hit button").click();
  const selected = await page.locator("#text").evaluate((t) => [t.value.slice(0, t.selectionStart), t.value.slice(t.selectionStart, t.selectionEnd)]);
  assert.equal(selected[1], "budget");
  assert.match(selected[0], /voted against the $/);
  // User text is shown as text, never as markup.
  await page.getByRole("button", { name: "Close keyword in context" }).click();
  assert.equal(await page.locator(".kwic").count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test("keyword in context follows the text: after an edit a word is found anew", async () => {
  const { page, errors } = await open();
  const kwicSays = async (term, count) => {
    await page.locator("table.frequencies .term-button", { hasText: new RegExp(`^${term}$`) }).click();
    await page.waitForFunction(([term, count]) =>
      document.querySelector(".kwic h3")?.textContent.includes(`“${term}”: ${count} occurrences`), [term, count]);
  };
  await kwicSays("budget", 4);
  // The engine's worker keeps the words of the last text searched: an edited text is not it.
  await paste(page, `${ARTICLE}\n\nThe budget passed, and the council went home.`);
  await settled(page);
  await kwicSays("budget", 5);
  await kwicSays("council", 6);
  assert.deepEqual(errors, []);
  await page.close();
});

test("text with markup in it stays text in context", async () => {
  const { page, errors } = await open("The <b>bold</b> plan and the <img src=x onerror=alert(1)> plan.");
  await page.locator("table.frequencies .term-button", { hasText: /^plan$/ }).click();
  const right = await page.locator(".kwic tbody tr").first().locator(".right").textContent();
  assert.match(right, /<img src=x onerror=alert\(1\)>/);
  assert.equal(await page.locator(".kwic img, .kwic b").count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test("dispersion: where each word occurs along the text", async () => {
  const { page, errors } = await open();
  const plot = page.locator("figure.dispersion svg[role=img]");
  assert.match(await plot.getAttribute("aria-label"), /council 5 times/);
  // "barrier" occurs in the second paragraph and at the very end.
  const xs = await plot.locator('g[data-term="barrier"] line.hit').evaluateAll((ls) => ls.map((l) => Number(l.getAttribute("x1"))));
  assert.equal(xs.length, 4);
  assert.ok(xs.every((x, i) => i === 0 || x > xs[i - 1]), "in order along the text");
  assert.ok(xs[3] - xs[0] > 250, "spread along the strip");
  // A chosen word joins the plot (once the engine's worker has found it).
  await page.locator("table.frequencies .term-button", { hasText: /^okafor$/ }).click();
  await plot.locator('g[data-term="okafor"]').waitFor();
  assert.equal(await plot.locator('g[data-term="okafor"] line.hit').count(), 2);
  assert.deepEqual(errors, []);
  await page.close();
});

test("word cloud: no overlaps, the same every time, a word opens its context", async () => {
  const { page, errors } = await open();
  const words = page.locator("figure.cloud text.word");
  const n = await words.count();
  assert.ok(n >= 60, `${n} words`);
  const boxes = await words.evaluateAll((ts) => ts.map((t) => { const b = t.getBBox(); return [t.dataset.term, b.x, b.y, b.width, b.height]; }));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, ax, ay, aw, ah] = boxes[i], [b, bx, by, bw, bh] = boxes[j];
      const overlap = ax + 0.5 < bx + bw && bx + 0.5 < ax + aw && ay + 0.5 < by + bh && by + 0.5 < ay + ah;
      assert.ok(!overlap, `${a} overlaps ${b}`);
    }
  }
  const layout = await words.evaluateAll((ts) => ts.map((t) => `${t.dataset.term}@${t.getAttribute("x")},${t.getAttribute("y")}`));
  // The largest word is the most frequent one.
  const sizes = await words.evaluateAll((ts) => ts.map((t) => [t.dataset.term, Number(t.getAttribute("font-size"))]));
  assert.equal(sizes.reduce((a, b) => (b[1] > a[1] ? b : a))[0], "council");
  // Colours differ between light and dark themes. (Playwright cannot switch Firefox's colour
  // scheme over WebDriver BiDi: that part runs in Chromium.)
  if (BROWSER === "chromium") {
    const fill = await words.first().evaluate((t) => getComputedStyle(t).fill);
    await page.emulateMedia({ colorScheme: "dark" });
    const dark = await words.first().evaluate((t) => getComputedStyle(t).fill);
    assert.notEqual(fill, dark);
    await page.emulateMedia({ colorScheme: "light" });
  }
  // Same text, same cloud.
  const again = await open();
  const layout2 = await again.page.locator("figure.cloud text.word").evaluateAll((ts) => ts.map((t) => `${t.dataset.term}@${t.getAttribute("x")},${t.getAttribute("y")}`));
  assert.deepEqual(layout2, layout);
  await again.page.close();
  await page.locator('figure.cloud text.word[data-term="barrier"]').click();
  assert.match(await page.locator(".kwic h3").textContent(), /“barrier”: 4 occurrences/);
  await page.locator('figure.cloud text.word[data-term="budget"]').focus();
  await page.keyboard.press("Enter");
  assert.match(await page.locator(".kwic h3", { hasText: "“budget”" }).textContent(), /“budget”: 4 occurrences/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("CSV export: every row, formulas neutralised", async () => {
  const { page, errors } = await open();
  const nextDownload = await catchDownloads(page);
  await page.getByRole("button", { name: "Download CSV" }).click();
  const { name, text: csv } = await nextDownload();
  assert.equal(name, "textlens-words.csv");
  const lines = csv.trim().split(/\r\n/);
  assert.equal(lines[0], "rank,term,count,share,forms");
  assert.equal(lines.length, 1 + 108, "all rows, not only those on show");
  assert.equal(lines[1], "1,council,5,0.020833,");
  assert.ok(lines.includes("6,'@cityhall,2,0.008333,"), "a cell starting with @ gets an apostrophe");
  assert.deepEqual(errors, []);
  await page.close();
});

test("distinctive words and other languages", async () => {
  const { page, errors } = await open();
  await page.getByRole("button", { name: "Distinctive words" }).click();
  const distinctive = await page.locator("table.distinctive .term-button").allTextContents();
  assert.ok(distinctive.slice(0, 3).includes("barrier"), distinctive.join(" "));
  // "new" is as frequent here as "barrier" but common in English: far less distinctive.
  assert.ok(distinctive.indexOf("new") > distinctive.indexOf("barrier") + 5, distinctive.join(" "));
  await page.close();

  const spanish = "El ayuntamiento aprobó el presupuesto el martes. Los vecinos dijeron que el presupuesto no es suficiente para las bibliotecas y que las obras del puente llegarán tarde.";
  const es = await open(spanish);
  assert.match(await es.page.locator("details.stop-words summary").textContent(), /Spanish list/);
  assert.match(await es.page.locator("select.language option:checked").textContent(), /Detected: Spanish/);
  const terms = (await rows(es.page)).map(([t]) => t);
  assert.equal(terms[0], "presupuesto");
  assert.ok(!terms.includes("los") && !terms.includes("que"));
  assert.ok(await es.page.getByLabel("Group forms of a word").isDisabled());
  assert.deepEqual(errors, []);
  assert.deepEqual(es.errors, []);
  await es.page.close();
});

test("a 1 MB text keeps the Words tab light", async () => {
  // 30,000 made-up words, and "budget" after every tenth.
  const words = [];
  for (let i = 0; i < 30000; i++) words.push("w" + i.toString(36).replace(/\d/g, (d) => "abcdefghij"[d]));
  let text = "";
  for (let i = 0; text.length < 1_000_000; i++) text += words[(i * 7919) % words.length] + (i % 10 === 9 ? " budget.\n" : " ");
  const { page, errors } = await open("A short text first.");
  await page.getByRole("tab", { name: "Overview" }).click();
  // Playwright's fill() types a megabyte slowly; setting the value is what a paste does.
  await page.locator("#text").evaluate((el, text) => {
    el.value = text;
    el.dispatchEvent(new InputEvent("input", { bubbles: true }));
  }, text);
  await page.waitForFunction(() => Number(document.querySelector('[data-stat="words"] .value')?.textContent.replace(/,/g, "")) > 100000);
  let started = Date.now();
  await page.getByRole("tab", { name: "Words" }).click();
  await page.locator("table.frequencies tbody tr").first().waitFor();
  assert.ok(Date.now() - started < 3000, `Words tab in ${Date.now() - started} ms`);
  assert.equal(await page.locator("table.frequencies tbody tr").count(), 50, "50 rows, not 30,000");
  assert.deepEqual((await rows(page))[0], ["budget", 17374]);
  started = Date.now();
  await page.locator("table.frequencies .term-button").first().click();
  await page.locator(".kwic h3", { hasText: "17374 occurrences" }).waitFor();
  assert.equal(await page.locator(".kwic tbody tr").count(), 100, "100 lines of context at first");
  assert.ok(Date.now() - started < 3000, `in context in ${Date.now() - started} ms`);
  assert.deepEqual(errors, []);
  await page.close();
});
