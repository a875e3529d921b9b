// A small W3C WebDriver client for WebKitGTK (WebKitWebDriver + MiniBrowser under Xvfb), for
// the engine Playwright cannot drive here. Only what the tests need.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";

const MINIBROWSER = process.env.MINIBROWSER ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Starts Xvfb (unless there is a display), WebKitWebDriver and a MiniBrowser session. */
export async function startWebKit() {
  const children = [];
  const env = { ...process.env };
  if (!env.DISPLAY) {
    // Xvfb picks a free display itself and writes its number to file descriptor 3.
    const xvfb = spawn("Xvfb", ["-displayfd", "3", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
      { stdio: ["ignore", "ignore", "ignore", "pipe"] });
    children.push(xvfb);
    const display = await new Promise((ok, fail) => {
      let out = "";
      xvfb.stdio[3].on("data", (chunk) => {
        out += chunk;
        if (out.includes("\n")) ok(`:${out.trim()}`);
      });
      xvfb.on("exit", (code) => fail(new Error(`Xvfb exited with ${code}`)));
    });
    env.DISPLAY = display;
  }
  const port = await freePort();
  children.push(spawn("WebKitWebDriver", [`--port=${port}`], { env, stdio: "ignore" }));
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const response = await fetch(base + path, {
      method, headers: { "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined,
    });
    const json = await response.json();
    if (json.value?.error) throw new Error(`${json.value.error}: ${json.value.message}`);
    return json.value;
  };
  let session;
  for (let i = 0; i < 50 && !session; i++) {
    try {
      session = await call("POST", "/session", {
        capabilities: { alwaysMatch: { "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] } } },
      });
    } catch { await sleep(200); }
  }
  if (!session) throw new Error("WebKitWebDriver did not start a session");
  const id = session.sessionId;
  const stop = () => { for (const c of children.reverse()) c.kill(); };
  return {
    goto: (url) => call("POST", `/session/${id}/url`, { url }),
    /** Runs `body` (a function body using `arguments`) in the page. */
    run: (body, ...args) => call("POST", `/session/${id}/execute/sync`, { script: body, args }),
    /** Waits until `body` returns something truthy, and returns it. */
    async until(body, timeout = 20000, ...args) {
      const end = Date.now() + timeout;
      for (;;) {
        const value = await call("POST", `/session/${id}/execute/sync`, { script: body, args });
        if (value) return value;
        if (Date.now() > end) throw new Error(`timed out waiting for: ${body}`);
        await sleep(100);
      }
    },
    async close() {
      try { await call("DELETE", `/session/${id}`); } finally { stop(); }
    },
  };
}

export const webkitAvailable = () => existsSync(MINIBROWSER);
