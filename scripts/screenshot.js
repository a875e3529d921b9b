// Takes docs/screenshot.png (1280×800) of the built page with the sample article, for the README.
// Builds nothing: run `trunk build --release --offline` first. Needs tests/e2e's node_modules
// (scripts/setup.sh --browser) and Debian's Chromium.
//
//   node scripts/screenshot.js [tab]      tab: Overview, Words (the default), Entities, ...
import { createRequire } from "node:module";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
// playwright-core lives in tests/e2e/node_modules, as does the harness's static server.
const { chromium } = createRequire(resolve(root, "tests/e2e/package.json"))("playwright-core");
const { serve } = await import(resolve(root, "tests/e2e/harness.js"));

const tab = process.argv[2] ?? "Words";
const out = resolve(root, "docs/screenshot.png");
const server = await serve(resolve(root, "dist"));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--font-render-hinting=none"],
});
try {
  // Light theme, 1280×800 CSS pixels, no service worker (the picture is of a first visit).
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: "light", serviceWorkers: "block" });
  await page.goto(server.url);
  await page.locator("#sample").click();
  await page.locator('.analysis[aria-busy="false"] .tabs').waitFor();
  await page.getByRole("tab", { name: tab }).click();
  await page.locator(".tab.selected", { hasText: tab }).waitFor();
  // Let the word cloud and plots lay themselves out before the picture is taken.
  await page.waitForTimeout(300);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`wrote ${out} (${tab})`);
} finally {
  await browser.close();
  await server.close();
}
