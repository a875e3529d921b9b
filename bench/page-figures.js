// The page's speed figures, shared by bench/run.js and bench/page.js.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * Opens `rootUrl` + `dist`/ in `page`, clicks the sample at once and returns the ms from
 * navigation to its analysis shown.
 */
export async function firstAnalysis(page, rootUrl, dist = "dist") {
  await page.goto(`${rootUrl}${dist}/`);
  await page.locator("#sample").click();
  await page.locator('.analysis[aria-busy="false"] [data-stat="words"]').waitFor();
  return page.evaluate(() => performance.now());
}

/** Every .wasm, .js and .css in `dist`, each gzip -9: `{ total, files: [[name, bytes]] }`. */
export function pageSize(dist) {
  const gz = (f) => Number(execFileSync("sh", ["-c", `gzip -9c '${f}' | wc -c`]).toString().trim());
  const files = readdirSync(dist)
    .filter((f) => /\.(wasm|js|css)$/.test(f))
    .map((f) => [f, gz(join(dist, f))])
    .sort((a, b) => b[1] - a[1]);
  return { total: files.reduce((n, [, bytes]) => n + bytes, 0), files };
}
