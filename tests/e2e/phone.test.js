// The page on a phone (390×844, an iPhone 12-14): nothing is wider than the screen, so the page
// never scrolls sideways, whatever view is open.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, settled } from "./harness.js";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Where the page is wider than the viewport, and which elements stick out (for the message). */
async function overflow(page, where) {
  const { scroll, width, wide } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: innerWidth,
    wide: [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > innerWidth + 0.5)
      .slice(0, 3).map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
  }));
  return scroll <= width ? [] : [`${where}: ${scroll} > ${width} (${wide.join(", ")})`];
}

test("a 390 px wide phone screen never scrolls sideways", async () => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(server.url);
  await page.locator("#text").waitFor();
  const found = await overflow(page, "start");
  await page.locator("#sample").click();
  await settled(page);
  for (const tab of ["Overview", "Words", "Entities", "Quotes", "Sentences", "Readability"]) {
    await page.getByRole("tab", { name: tab }).click();
    await page.locator(".tab.selected", { hasText: tab }).waitFor();
    // The dispersion plot comes a moment later, from the engine's worker.
    if (tab === "Words") await page.locator('figure.dispersion[aria-busy="false"]').waitFor();
    found.push(...(await overflow(page, tab)));
  }
  await page.getByRole("tab", { name: "Words" }).click();
  await page.locator("table.frequencies .term-button").first().click();
  await page.locator(".kwic").waitFor();
  found.push(...(await overflow(page, "keyword in context")));
  await page.getByRole("tab", { name: "Entities" }).click();
  await page.locator("button.entity").first().click();
  await page.locator(".reading mark").first().waitFor();
  found.push(...(await overflow(page, "marked text")));
  assert.deepEqual(found, []);
  assert.ok(await page.locator(".reading").isVisible());
  await page.close();
});
