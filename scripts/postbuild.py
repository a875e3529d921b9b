#!/usr/bin/env python3
"""Trunk post-build hook: finishes dist/ in trunk's staging folder.

1. Release builds: the page's JavaScript module (wasm-bindgen's glue, which trunk does not
   minify) minified by esbuild (installed by scripts/setup.sh), and its integrity hash in
   index.html made to match: 1.9 KB less gzipped, for the page's budget of 500,000 bytes.
2. A strict Content-Security-Policy in index.html: scripts only from the page's own origin plus
   the hashes of trunk's inline loader, WebAssembly allowed to compile, no other origin reachable.
3. sw.js: a service worker that caches exactly the files of this build, so the page works
   offline after the first visit; its cache name changes whenever any file changes.
"""
import base64
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

staging = Path(os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist"))
index = staging / "index.html"
html = index.read_text(encoding="utf-8")

# `trunk serve` (a debug build) fills in its live-reload script after this hook, so no hash can
# match it: there the inline scripts are allowed, and the reload socket. Release builds, the
# ones deployed and tested, keep the strict policy.
serving = os.environ.get("TRUNK_PROFILE") == "debug"


def minify_modules(html: str) -> str:
    """Minifies each module index.html preloads and puts its new hash in the link's integrity."""
    tools = Path(__file__).resolve().parent.parent / ".tools" / "node_modules" / ".bin" / "esbuild"
    esbuild = str(tools) if tools.exists() else shutil.which("esbuild")
    if esbuild is None:
        sys.exit("postbuild: esbuild is missing: scripts/setup.sh installs it into .tools/")

    def relink(link: re.Match) -> str:
        tag = link.group(0)
        href = re.search(r"""href=["']?\./([^"'\s>]+\.js)""", tag)
        if href is None:
            return tag
        module = staging / href.group(1)
        subprocess.run([esbuild, str(module), "--minify", "--format=esm", "--log-level=warning",
                        f"--outfile={module}", "--allow-overwrite"], check=True)
        digest = base64.b64encode(hashlib.sha384(module.read_bytes()).digest()).decode()
        return re.sub(r"sha384-[A-Za-z0-9+/=]+", f"sha384-{digest}", tag)

    return re.sub(r"<link\b[^>]*\bmodulepreload\b[^>]*>", relink, html)


if not serving:
    html = minify_modules(html)

hashes = []
for body in re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S):
    digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
    hashes.append(f"'sha256-{digest}'")

inline = "'unsafe-inline'" if serving else " ".join(hashes)

policy = "; ".join([
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval' " + inline,
    # Yew sets style attributes (bar heights, cloud positions); no style sheet comes from elsewhere.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'" + (" ws: wss:" if serving else ""),
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
])
meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}" />'
html = re.sub(r'<meta http-equiv="?Content-Security-Policy"?[^>]*>\s*', "", html)
# Right after the charset, before any script; a minified page has no <head> tag to find.
charset = re.search(r"<meta charset[^>]*>", html, flags=re.I)
if charset is None:
    sys.exit("postbuild: index.html has no <meta charset> to put the Content-Security-Policy after")
html = html[: charset.end()] + meta + html[charset.end() :]
index.write_text(html, encoding="utf-8")

files = sorted(p.relative_to(staging).as_posix() for p in staging.rglob("*") if p.is_file() and p.name != "sw.js")
version = hashlib.sha256()
for name in files:
    version.update(name.encode())
    version.update((staging / name).read_bytes())
listing = ",\n  ".join(f'"./{name}"' for name in files if name != "index.html")
template = (Path(__file__).parent / "sw.template.js").read_text(encoding="utf-8")
sw = template.replace("__VERSION__", version.hexdigest()[:16]).replace("__FILES__", listing)
(staging / "sw.js").write_text(sw, encoding="utf-8")
print(f"postbuild: CSP with {'inline scripts allowed (trunk serve)' if serving else f'{len(hashes)} inline script hash(es)'}; sw.js caches {len(files)} files")
