import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "#db/client";
import { safeRedirect } from "~/http/safe-redirect";
import { Client } from "../support/http-client";
import { signUp } from "../support/scenario";
import { startServer, tempDbPath, type TestServer } from "../support/server";

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ AUTH_RATE_LIMIT_PER_MINUTE: "10000" });
});
afterAll(async () => {
  await server?.stop();
});

describe("redirect targets", () => {
  it.each(["/\t/evil.example", "/\n/evil.example", "/\r\nSet-Cookie: x=1", "/\\evil.example", "/a\\b", "//evil.example", "https://evil.example", "/ok\u007f"])(
    "refuses %j",
    (target) => expect(safeRedirect(target, "/home")).toBe("/home"),
  );

  it("keeps a same-origin path with its query", () => {
    expect(safeRedirect("/courses/x?tab=2#top", "/home")).toBe("/courses/x?tab=2#top");
  });

  it("the login page and the login POST never send the browser off-site, and a newline is no 500", async () => {
    const user = await signUp(server);
    for (const encoded of ["/%09/evil.example", "/%0d/evil.example", "/%0a/evil.example", "/%5Cevil.example"]) {
      const page = await new Client(server.url).get(`/login?redirectTo=${encoded}`);
      expect(page.status).toBe(200);
      // The form carries the default target; the URL itself may appear only inside the language switcher's same-origin path.
      expect(await page.text()).toMatch(/<input type="hidden" name="redirectTo" value="\/courses"\/>/);
      const client = new Client(server.url);
      const res = await client.post("/login", `email=${encodeURIComponent(user.email)}&password=a+long+password&redirectTo=${encoded}`);
      expect(res.status).toBe(302);
      expect(res.headers.get("location")).toBe("/courses");
    }
    expect(server.output()).not.toMatch(/evil\.example/);
  });
});

describe("private pages are not cached", () => {
  it("documents and .data answers say private, no-store; public assets may be cached", async () => {
    const { client } = await signUp(server);
    for (const path of ["/learn", "/learn.data", "/courses", "/"]) {
      const res = await client.get(path);
      expect(res.headers.get("cache-control"), path).toBe("private, no-store");
    }
    const signedOut = await new Client(server.url).get("/courses");
    expect(signedOut.headers.get("cache-control")).toBe("private, no-store");
  });
});

describe("methods and bodies", () => {
  it("a POST to a page without an action is 405 with Allow, and logs no stack trace", async () => {
    const before = server.output().length;
    const res = await new Client(server.url).post("/courses", { x: "1" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD");
    expect(server.output().slice(before)).not.toMatch(/at |Error/);
  });

  it("a chunked body over the limit gets the 413 page, not a reset connection", async () => {
    const url = new URL("/login", server.url);
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        { host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.url, "Transfer-Encoding": "chunked" } },
        (res) => {
          let text = "";
          res.on("data", (d) => (text += d));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on("error", reject);
      const chunk = "a=" + "x".repeat(64 * 1024 - 2);
      let sent = 0;
      const write = () => {
        while (sent < 3 * 1024 * 1024) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once("drain", write);
        }
        req.end();
      };
      write();
    });
    expect(status).toBe(413);
    expect(body).toContain("<html");
  });
});

describe("transport security", () => {
  it("sends HSTS when APP_ORIGIN is https, and not otherwise", async () => {
    expect((await fetch(`${server.url}/healthz`)).headers.get("strict-transport-security")).toBeNull();
    const https = await startServer({ APP_ORIGIN: "https://kumi.example" });
    try {
      expect((await fetch(`${https.url}/healthz`)).headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    } finally {
      await https.stop();
    }
  });
});

/** Starts server.ts on a database path and returns how it exited, with its output, within a deadline. */
async function startExpectingFailure(dbPath: string, ms: number): Promise<{ code: number | null; output: string; elapsed: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: { ...process.env, NODE_ENV: "production", HOST: "127.0.0.1", PORT: "0", DATABASE_PATH: dbPath },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve(-1);
    }, ms);
    child.on("exit", (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  return { code, output, elapsed: Date.now() - started };
}

/** Overwrites one page of a table's b-tree with garbage, as a failing disk would. */
function damageTable(file: string, table: string) {
  const db = new Database(file);
  db.pragma("wal_checkpoint(TRUNCATE)");
  const { rootpage } = db.prepare("select rootpage from sqlite_master where name = ?").get(table) as { rootpage: number };
  const pageSize = db.pragma("page_size", { simple: true }) as number;
  db.close();
  const fd = fs.openSync(file, "r+");
  fs.writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (rootpage - 1) * pageSize);
  fs.closeSync(fd);
  // A write elsewhere makes a running server drop its page cache, as any
  // other writer's commit would, so its next read meets the damaged page.
  const touch = new Database(file);
  touch.exec("create table damage_test_touch (x)");
  touch.close();
}

describe("a damaged or unusable database", () => {
  it("refuses to start on a damaged file, naming the file and the problem", async () => {
    const file = tempDbPath("damaged");
    const { sqlite } = openDatabase(file);
    sqlite.prepare("insert into users (email, name, password_hash, locale) values ('a@example.org', 'A', 'x', 'en')").run();
    sqlite.close();
    damageTable(file, "users");
    const { code, output } = await startExpectingFailure(file, 30_000);
    expect(code).not.toBe(0);
    expect(code).not.toBe(-1);
    expect(output).toContain(file);
    expect(output).toMatch(/damaged/);
  });

  it("fails within seconds on a path that cannot hold a database, naming it", async () => {
    const { code, output, elapsed } = await startExpectingFailure("/proc/kumi/kumi.db", 20_000);
    expect(code).not.toBe(-1);
    expect(code).not.toBe(0);
    expect(output).toContain("/proc/kumi/kumi.db");
    expect(elapsed).toBeLessThan(15_000);
  });

  it("/healthz says 503 once the running server has met a damaged table", async () => {
    const own = await startServer();
    try {
      const { client } = await signUp(own);
      expect((await fetch(`${own.url}/healthz`)).status).toBe(200);
      damageTable(own.dbPath, "users");
      const page = await client.get("/learn");
      expect(page.status).toBe(500);
      expect((await fetch(`${own.url}/healthz`)).status).toBe(503);
    } finally {
      await own.stop();
    }
  });
});
