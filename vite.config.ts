import zlib from "node:zlib";
import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";
import { compression, defineAlgorithm } from "vite-plugin-compression2";
import tsconfigPaths from "vite-tsconfig-paths";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

// Small modules most pages share (formats, form replies, the offline helpers)
// go into one chunk: a phone pays a request and ~370 bytes of headers for each
// chunk, more than many of these weigh alone (docs/decisions/016-offline.md).
const SMALL_SHARED = /\/app\/(i18n\/(config|format|use-message-text|page-namespaces|used-namespaces)\.tsx?|forms\/(reply|message)\.ts|components\/(intent-form|confirm-action|lesson-kind-badge)\.tsx|offline\/(worker-client|saved-at|protocol|interceptors|outbox|outbox-store)\.ts)$/;
function smallSharedModules(id: string): string | undefined {
  return SMALL_SHARED.test(id) ? "shared" : undefined;
}

export default defineConfig(({ isSsrBuild }) => ({
  server: { port: 3000 },
  build: {
    target: "es2022",
    cssMinify: true,
    rollupOptions: { output: { manualChunks: smallSharedModules } },
  },
  ssr: {
    external: ["better-sqlite3", "@node-rs/argon2"],
  },
  // Vite's dependency scan follows server-only imports of route modules; these
  // native packages must never be pre-bundled for the browser.
  optimizeDeps: {
    exclude: ["better-sqlite3", "@node-rs/argon2"],
  },
  plugins: [
    remix({
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        // Off: computing the partial route manifest cost ~8 % of every page
        // render; the full manifest of our ~35 routes is about 1 KB gzipped.
        v3_lazyRouteDiscovery: false,
        v3_routeConfig: true,
      },
    }),
    tsconfigPaths(),
    // The browser's files are compressed once, at the strongest setting, next
    // to the originals; the server sends the .br (or .gz) copy as it is
    // (docs/decisions/021-precompressed-assets.md).
    isSsrBuild
      ? null
      : compression({
          algorithms: [defineAlgorithm("brotliCompress", { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }), defineAlgorithm("gzip", { level: 9 })],
          threshold: 1024,
          logLevel: "silent",
        }),
  ],
}));
