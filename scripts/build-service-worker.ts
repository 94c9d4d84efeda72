// Builds build/client/sw.js after the Remix build (npm run build). The app
// shell it keeps is read from Remix's own manifest: the entry and the learner's
// pages, with every chunk they import. Fingerprinted URLs carry no revision,
// so installing copies them from the browser's HTTP cache instead of
// downloading them again. See docs/decisions/016-offline.md.
import fs from "node:fs";
import path from "node:path";
import { build } from "vite";

const CLIENT = "build/client";
const SHELL_ROUTES = ["root", "routes/learn", "routes/lesson", "routes/course-outline", "routes/team-board", "routes/offline"];

interface ManifestEntry {
  module: string;
  imports?: string[];
  css?: string[];
}

function remixManifest(): { entry: ManifestEntry; routes: Record<string, ManifestEntry> } {
  const file = fs.readdirSync(path.join(CLIENT, "assets")).find((name) => /^manifest-[\w-]+\.js$/.test(name));
  if (!file) throw new Error("No Remix manifest in build/client/assets: run remix vite:build first.");
  const source = fs.readFileSync(path.join(CLIENT, "assets", file), "utf8");
  return JSON.parse(source.replace(/^window\.__remixManifest=/, "").replace(/;\s*$/, ""));
}

function shell(): { url: string; revision: string | null }[] {
  const manifest = remixManifest();
  const urls = new Set<string>();
  const add = (entry: ManifestEntry | undefined, name: string) => {
    if (!entry) throw new Error(`Route ${name} is not in the Remix manifest.`);
    for (const url of [entry.module, ...(entry.imports ?? []), ...(entry.css ?? [])]) urls.add(url);
  };
  add(manifest.entry, "entry");
  for (const id of SHELL_ROUTES) add(manifest.routes[id], id);
  // The home-screen icons are not kept: the phone stores them when the app is
  // installed, and no page shows them (a learner's week counts every byte).
  return [...urls].map((url) => ({ url, revision: null }));
}

const list = shell();
await build({
  configFile: false,
  logLevel: "warn",
  define: {
    __KUMI_SHELL__: JSON.stringify(list),
    // Workbox prints its development logs unless told this is production.
    "process.env.NODE_ENV": JSON.stringify("production"),
  },
  build: {
    outDir: CLIENT,
    emptyOutDir: false,
    target: "es2022",
    copyPublicDir: false,
    lib: { entry: "service-worker/index.ts", formats: ["iife"], name: "kumiServiceWorker", fileName: () => "sw.js" },
  },
});
const size = fs.statSync(path.join(CLIENT, "sw.js")).size;
console.log(`service worker: build/client/sw.js, ${(size / 1024).toFixed(1)} KB, app shell of ${list.length} files`);
