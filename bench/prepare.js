// Writes the benchmark texts into bench/data/ (for the native benchmark).
import { texts } from "./texts.js";

for (const t of texts()) console.log(`${t.name}: ${t.url}`);
