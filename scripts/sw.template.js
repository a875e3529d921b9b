// The service worker: the app's own files, cached at install, served cache-first, so the page
// works offline after one visit. Written by scripts/postbuild.py for each build.
const CACHE = "textlens-__VERSION__";
const FILES = [
  "./",
  __FILES__
];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page asks a waiting new version to take over when the user accepts the update.
self.addEventListener("message", (event) => {
  if (event.data === "activate") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(request, { ignoreSearch: true });
      if (hit) return hit;
      try {
        return await fetch(request);
      } catch (error) {
        // Offline and not cached: a navigation gets the app shell.
        if (request.mode === "navigate") return (await cache.match("./")) ?? Response.error();
        throw error;
      }
    }),
  );
});
