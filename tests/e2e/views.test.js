// The Entities, Quotes and Readability views on a pasted news story, in headless Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, catchDownloads, openPage } from "./harness.js";

const STORY = `WASHINGTON — President Donald Trump met Sen. Chuck Schumer at the White House on Tuesday.

“We will not back down,” Schumer told reporters after the meeting. “The American people deserve better.”

Trump said the talks were “productive” and that he expected a deal by Friday. Gov. Kathy Hochul of New York called the plan a disaster for her state, and the Federal Reserve declined to comment on what the agreement would mean for interest rates across the country over the coming decade.

“=HYPERLINK(1) is not a plan,” Hochul said.
`;

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function open(tab) {
  const { page, errors } = await openPage(browser, server.url, STORY);
  await page.getByRole("tab", { name: tab }).click();
  return { page, errors };
}

test("entities are grouped by kind, and a click marks every mention", async () => {
  const { page, errors } = await open("Entities");
  const people = page.locator(".entity-group", { hasText: "People" });
  const trump = people.locator("button.entity", { hasText: "Donald Trump" });
  assert.equal(await trump.locator(".count").textContent(), "2");
  assert.equal(await people.locator("button.entity", { hasText: "Chuck Schumer" }).locator(".count").textContent(), "2");
  await trump.click();
  const marks = page.locator(".reading mark.person");
  assert.deepEqual(await marks.allTextContents(), ["President Donald Trump", "Trump"]);
  assert.match(await page.locator(".mentioned-in").textContent(), /expected a deal by Friday/);
  await page.locator("#back-to-text").click();
  assert.equal(await page.locator("#text").inputValue(), STORY);
  assert.deepEqual(errors, []);
  await page.close();
});

test("kind toggles hide and show groups", async () => {
  const { page } = await open("Entities");
  assert.equal(await page.locator(".entity-group", { hasText: "Places" }).count(), 1);
  await page.locator("label.toggle.place input").uncheck();
  assert.equal(await page.locator(".entity-group", { hasText: "Places" }).count(), 0);
  await page.close();
});

test("quotes are grouped by speaker and export as safe CSV", async () => {
  const { page } = await open("Quotes");
  const schumer = page.locator("table.speakers tr", { hasText: "Chuck Schumer" });
  assert.equal(await schumer.locator("td").nth(1).textContent(), "2");
  await page.locator("#speaker-filter").selectOption("Kathy Hochul");
  assert.deepEqual(await page.locator("ol.quotes q").allTextContents(), ["=HYPERLINK(1) is not a plan,"]);
  await page.locator("ol.quotes button").first().click();
  assert.deepEqual(await page.locator(".reading mark").allTextContents(), ["=HYPERLINK(1) is not a plan,", "Hochul"]);
  await page.locator("#back-to-text").click();
  await page.getByRole("tab", { name: "Quotes" }).click();
  const nextDownload = await catchDownloads(page);
  await page.locator("#quotes-csv").click();
  const { name, text: csv } = await nextDownload();
  assert.equal(name, "quotes.csv");
  assert.match(csv, /^speaker,cue,kind,quote\r\n/);
  assert.match(csv, /Kathy Hochul,said,quote,"'=HYPERLINK\(1\) is not a plan,"/);
  assert.doesNotMatch(csv, /,=HYPERLINK/);
  await page.close();
});

test("a long list of quotes and speakers is shown a page at a time", async () => {
  const firsts = ["Mary", "John", "Alice", "Peter", "Laura", "David"];
  const lasts = ["Adams", "Baker", "Carter", "Dixon", "Evans", "Foster", "Garcia", "Hughes", "Irving", "Jensen"];
  const people = firsts.flatMap((f) => lasts.map((l) => `${f} ${l}`));
  // 60 speakers, 260 quotes: Mary Adams is quoted 201 times, everyone else once or twice.
  const lines = [];
  for (let i = 0; i < 260; i++) {
    const who = i < 201 ? people[0] : people[1 + ((i - 201) % 59)];
    lines.push(`\u201cWe will vote on measure number ${i + 1} today,\u201d said ${who}.`);
  }
  const { page } = await openPage(browser, server.url, lines.join("\n\n"));
  await page.getByRole("tab", { name: "Quotes" }).click();
  assert.equal(await page.locator("table.speakers caption").textContent(),
    "260 quotes from 60 named speakers; 0 short fragments or scare quotes");
  assert.equal(await page.locator("table.speakers tbody tr").count(), 50);
  assert.equal(await page.locator("#more-speakers").textContent(), "Show more speakers (50 of 60 shown)");
  await page.locator("#more-speakers").click();
  assert.equal(await page.locator("table.speakers tbody tr").count(), 60);
  assert.equal(await page.locator("#more-speakers").count(), 0);
  assert.equal(await page.locator("ol.quotes li").count(), 200);
  assert.equal(await page.locator("#more-quotes").textContent(), "Show more quotes (200 of 260 shown)");
  await page.locator("#more-quotes").click();
  assert.equal(await page.locator("ol.quotes li").count(), 260);
  assert.equal(await page.locator("#more-quotes").count(), 0);
  // One speaker's 201 quotes: a page again, then the rest.
  await page.locator("#speaker-filter").selectOption("Mary Adams");
  assert.equal(await page.locator("#more-quotes").textContent(), "Show more quotes (200 of 201 shown)");
  assert.equal(await page.locator("table.speakers tbody tr").first().locator("td").nth(1).textContent(), "201");
  await page.close();
});

test("readability explains its scores and marks hard sentences", async () => {
  const { page } = await open("Readability");
  assert.match(await page.locator("table.readability").textContent(), /grade|easy|difficult/i);
  assert.match(await page.locator("#hard-count").textContent(), /^\d+ hard and \d+ very hard sentences$/);
  const [, veryHard] = (await page.locator("#hard-count").textContent()).match(/and (\d+) very hard/);
  await page.locator("#mark-hard").click();
  assert.equal(await page.locator(".reading mark.very-hard").count(), Number(veryHard));
  assert.ok(Number(veryHard) >= 1, "the long Hochul sentence is very hard");
  await page.close();
});
