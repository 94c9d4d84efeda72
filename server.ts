// The HTTP entry point, for development and production alike. It is Remix's own
// Express adapter (the one @remix-run/serve uses) plus what remix-serve cannot
// give us: the client IP for rate limits, a CSP nonce per request, the Origin
// check before any action runs, and migrations + content loaded before listening.
// See docs/decisions/002-own-express-server.md.
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import expressStaticGzip from "express-static-gzip";
import express from "express";
import { getEnv, productionWarnings } from "./app/env.server";
import { createLoadContext } from "./app/http/context";
import { DEFAULT_FORM_LIMIT } from "./app/http/form.server";
import { isAllowedOrigin } from "./app/http/same-origin";

const env = (() => {
  try {
    return getEnv();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
})();
const isProduction = env.NODE_ENV === "production";
for (const warning of productionWarnings(env)) console.warn(`Warning: ${warning}`);
const BUILD_PATH = "./build/server/index.js";

// In development, edits under content/ are reloaded without a restart.
if (!isProduction) process.env.KUMI_WATCH_CONTENT = "1";

const viteDevServer = isProduction
  ? undefined
  : await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }));

const loadBuild = viteDevServer
  ? () => viteDevServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>
  : () => import(/* @vite-ignore */ BUILD_PATH) as Promise<ServerBuild>;

// Importing the build opens the database (running migrations) and loads and
// validates the curriculum: a broken start fails here, before we listen.
let startBuild: ServerBuild;
try {
  startBuild = await loadBuild();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// The Open Badges signing key is made on the first start, before anything is
// issued; a key file that cannot be read or written stops the start here.
try {
  const keys = await import("./app/models/credentials/keys.server");
  await keys.issuerKeys();
} catch (error) {
  console.error(`Credential key: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
// The e-mail sender loop lives in the build (it shares the app's database
// connection); entry.server exports its start. See docs/decisions/014-mail-outbox.md.
type MailSender = { stop: () => Promise<void> };
const startMailSender = (startBuild.entry.module as { startMailSender?: () => MailSender }).startMailSender;
const mailSender = startMailSender?.();

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", env.TRUST_PROXY_HOPS);
app.use(compression());

if (viteDevServer) {
  app.use(viteDevServer.middlewares);
} else {
  // Fingerprinted build output never changes under the same name.
  // The build wrote a brotli and a gzip copy of each (docs/decisions/021-precompressed-assets.md).
  app.use("/assets", expressStaticGzip("build/client/assets", { enableBrotli: true, orderPreference: ["br", "gz"], serveStatic: { immutable: true, maxAge: "1y" } }));
  // The rest of build/client is a few top-level files (the favicon). Asking the
  // disk about every page path cost a stat per request, so only known names go there.
  const publicFiles = new Set(fs.readdirSync("build/client").filter((name) => name !== "assets").map((name) => `/${name}`));
  const publicStatic = express.static("build/client", { maxAge: "1h", index: false });
  app.use((req, res, next) => (publicFiles.has(req.path) ? publicStatic(req, res, next) : next()));
}

if (env.LOG_REQUESTS) {
  app.use((req, res, next) => {
    const start = performance.now();
    res.on("finish", () => {
      console.log(`${req.method} ${req.originalUrl} ${res.statusCode} ${(performance.now() - start).toFixed(1)}ms`);
    });
    next();
  });
}

// Behind https, browsers must never fall back to plain http for this host.
const hsts = env.APP_ORIGIN?.startsWith("https://");

app.use((req, res, next) => {
  if (hsts) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  const allowed = isAllowedOrigin({
    method: req.method,
    origin: req.get("origin"),
    referer: req.get("referer"),
    expectedOrigin: env.APP_ORIGIN ?? `${req.protocol}://${req.get("host")}`,
    path: req.path,
  });
  if (!allowed) {
    res.status(403).type("text/plain").send("Forbidden: cross-origin request");
    return;
  }
  // A body over the cap is answered (413, translated) without being read; the
  // connection must then close, or the unread bytes would poison the next
  // request on this keep-alive socket.
  if (Number(req.get("content-length") ?? 0) > DEFAULT_FORM_LIMIT) res.setHeader("Connection", "close");
  res.locals.cspNonce = crypto.randomBytes(16).toString("base64");
  next();
});

// Express decodes the path to match routes and answers an undecodable one
// ("/%E0%A4%A") with a bare English error and a stack trace in the log. Such a
// request is sent to the not-found route instead, which answers with the
// translated 400 page.
app.use((req, res, next) => {
  try {
    decodeURIComponent(req.path);
  } catch {
    // Remix reads originalUrl, Express's router reads url: both must change.
    req.url = req.originalUrl = "/malformed-address";
    res.locals.malformedUrl = true;
  }
  next();
});

app.all(
  "*",
  createRequestHandler({
    build: viteDevServer ? loadBuild : await loadBuild(),
    mode: env.NODE_ENV,
    getLoadContext: (req, res) =>
      createLoadContext({
        cspNonce: res.locals.cspNonce as string,
        clientIp: req.ip ?? "unknown",
        isDataRequest: req.path.endsWith(".data"),
        malformedUrl: res.locals.malformedUrl === true,
      }),
  }),
);

const server = app.listen(env.PORT, env.HOST, () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  console.log(`kumi listening on http://localhost:${port} (${env.NODE_ENV})`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    // An e-mail being handed to the SMTP server is recorded before exit, so a
    // normal stop never leaves one in doubt.
    const mailStopped = mailSender?.stop() ?? Promise.resolve();
    server.close(() => void mailStopped.finally(() => process.exit(0)));
    // Open keep-alive connections must not hold the process forever.
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
