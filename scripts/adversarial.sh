#!/usr/bin/env bash
# Adversarial inputs stay linear: times `textlens analyze --json` on pathological texts and
# prints each one's CPU time per byte relative to ordinary news (bench/data/news-1mb.txt, or the
# Brown sample repeated). The bar: no crash, and no worse than 3x news per byte. A measurement,
# not a test: figures depend on the machine and its load.
#
#   ./scripts/adversarial.sh [NAME...]     (names as in the table; default all)
#
# Inputs are generated into target/adversarial/ (not committed).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin textlens
exec python3 - "$@" <<'PY'
import os, subprocess, sys, time

OUT = "target/adversarial"
BIN = "target/release/textlens"
MB = 1 << 20
os.makedirs(OUT, exist_ok=True)

def news():
    path = "bench/data/news-1mb.txt"
    if os.path.exists(path):
        return open(path, encoding="utf-8").read()
    brown = open("samples/brown-a01.txt", encoding="utf-8").read()
    return (brown + "\n\n") * (MB // len(brown.encode()) + 1)

NEWS = news()

def fill(unit, size=5 * MB):
    """`unit` repeated to about `size` bytes."""
    n = max(1, size // len(unit.encode()))
    return unit * n

def no_spaces():
    return "".join(NEWS.split()) * 5

def one_sentence():
    words = [w.strip(".!?…") for w in NEWS.split()]
    text = " ".join(w for w in words if w)
    return (text + " ") * (2 * MB // len(text.encode()) + 1)

def capitalised():
    import random
    rng = random.Random(1)
    letters = "abcdefghijklmnopqrstuvwxyz"
    return " ".join(rng.choice("ABCDEFGHIJKLMNOPRSTW") + "".join(rng.choice(letters) for _ in range(rng.randint(2, 9)))
                    for _ in range(100_000))

def rtl():
    return fill("قال الرئيس «إن الاقتصاد ينمو». אמר ראש העיר: „זה עובד“. مرحبا بكم في القاهرة. ")

def emoji():
    return fill("👩\u200d👩\u200d👧 🇺🇸🇬🇧 👍🏽👍🏿 1\ufe0f\u20e3 ❤️‍🔥 🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F 😀😀 ")

INPUTS = [
    ("news", lambda: NEWS),
    ("quote-marks-glued", lambda: fill("“”‘’\"'«»„‹›")),
    ("quote-marks-spaced", lambda: fill("“ ” ‘ ’ \" ' « » „ ‹ › ")),
    ("quote-opens-words", lambda: fill("“a ‘b «c „d ‹e \"f 'g ")),
    ("no-spaces", no_spaces),
    ("no-spaces-letters", lambda: fill("abcdefghij")),
    ("one-2mb-sentence", one_sentence),
    ("nested-brackets-100k", lambda: "(" * 100_000 + "x" + ")" * 100_000),
    ("nested-mixed-100k", lambda: "([{“‘«" * 17_000 + "x" + "»’”}])" * 17_000),
    ("combining-marks", lambda: "e" + "\u0301" * (5 * MB // 2)),
    ("combining-on-words", lambda: fill("Zalgo\u0336\u0334\u0335 te\u0301xt ")),
    ("zero-width-joiners", lambda: fill("\u200d")),
    ("zwj-emoji-chain", lambda: "👩" + fill("\u200d👩")),
    ("zwj-between-letters", lambda: fill("a\u200db\u200c")),
    ("rtl-text", rtl),
    ("emoji-sequences", emoji),
    ("capitalised-100k", capitalised),
    ("us-abbrev-100k", lambda: "U.S. " * 100_000),
    ("us-abbrev-glued-100k", lambda: "U.S." * 100_000),
    ("titles-100k", lambda: "Sen. Dr. Mr. " * 34_000),
    ("newlines-5mb", lambda: fill("\n")),
    ("crlf-blank-lines", lambda: fill("a\r\n\r\n")),
    ("periods-5mb", lambda: fill(".")),
    ("dot-space-5mb", lambda: fill(". ")),
    ("list-markers", lambda: fill("1. A 2) B a. C ")),
    ("url-trailing-dots", lambda: "https://example.org/" + "." * MB),
    ("url-5mb", lambda: "https://example.org/" + fill("a/b")),
    ("thousands-commas", lambda: fill("1,000,")),
    ("apostrophes", lambda: fill("'a' ’b’ rock’n’roll ")),
    ("hashtags-handles", lambda: fill("#a@b.c @x#y ")),
    ("html-ampersands.html", lambda: fill("&")),
    ("html-open-tags.html", lambda: fill("<p")),
    ("html-comments.html", lambda: fill("<!--")),
]

LIMIT = 300

def cpu_seconds(path):
    """The CPU time (user + system) of one run, and its exit code (None on timeout). CPU time,
    not wall time: the machine is shared, and other loads inflate wall time unevenly."""
    p = subprocess.Popen([BIN, "analyze", "--json", path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    start = time.monotonic()
    while True:
        pid, status, usage = os.wait4(p.pid, os.WNOHANG)
        if pid:
            code = os.waitstatus_to_exitcode(status)
            return usage.ru_utime + usage.ru_stime, code
        if time.monotonic() - start > LIMIT:
            p.kill()
            _, _, usage = os.wait4(p.pid, 0)
            return usage.ru_utime + usage.ru_stime, None
        time.sleep(0.005)

only = set(sys.argv[1:])
rows = []
news_rate = None
for name, make in INPUTS:
    if only and name not in only and name != "news":
        continue
    path = os.path.join(OUT, name if "." in name else name + ".txt")
    data = make().encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    runs = 3 if name == "news" else 1
    best, status = None, "ok"
    for _ in range(runs):
        elapsed, code = cpu_seconds(path)
        if code is None:
            status = "TIMEOUT (%d s)" % LIMIT
        elif code != 0:
            status = "EXIT %d" % code if code > 0 else "KILLED BY SIGNAL %d" % -code
        best = elapsed if best is None else min(best, elapsed)
    rate = best / len(data)
    if name == "news":
        news_rate = rate
    ratio = rate / news_rate
    flag = "" if status == "ok" and ratio <= 3 else "  <-- over the bar" if status == "ok" else "  <-- " + status
    rows.append((name, len(data), best, rate * 1e9, ratio, flag))
    print("%-24s %10d B %8.3f s cpu %8.1f ns/B %6.2fx%s" % rows[-1], flush=True)

bad = [r for r in rows if r[5]]
print("\n%d inputs, %d over the bar (3x news per byte) or failed" % (len(rows), len(bad)))
PY
