import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export interface TestServer {
  url: string;
  dbPath: string;
  output: () => string;
  stop: () => Promise<void>;
  /** Ends the process abruptly (kill -9), as a power cut or the OOM killer would. */
  crash: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

// Which database file a running test server uses, by its URL: helpers that
// get only the URL (the browser's sign-up) read the outbox through it.
const dbPaths = new Map<string, string>();
export function dbPathOf(url: string): string {
  const found = dbPaths.get(url);
  if (!found) throw new Error(`no test server at ${url}`);
  return found;
}

export function tempDbPath(label = "kumi"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${label}-`));
  return path.join(dir, "test.db");
}

/**
 * Starts the real production server (the built app, server.ts, real
 * migrations) on a fresh SQLite file and a free port.
 */
export async function startServer(env: Record<string, string> = {}): Promise<TestServer> {
  if (!fs.existsSync("build/server/index.js")) {
    throw new Error("No build found: run `npm run build` first (npm test does it for you).");
  }
  const port = await freePort();
  const dbPath = env.DATABASE_PATH ?? tempDbPath();
  let log = "";
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      DATABASE_PATH: dbPath,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`server did not start in time:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  dbPaths.set(url, dbPath);
  return {
    url,
    dbPath,
    output: () => log,
    crash: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGKILL");
        await exited;
      }
    },
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await exited;
      }
    },
  };
}
