import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../support/server";

// A first visit carries the styles inline (no second round trip before the
// first paint) and sets a cookie; later visits link the cached file
// (docs/decisions/023-styles-inline-on-a-first-visit.md).
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

const stylesheetLinks = (html: string) => [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"\/>/g)].map((m) => ({ href: m[1]!, at: m.index! }));

describe("styles on a first visit", () => {
  it("are inline with the page's nonce, and the file is linked after the content for the next pages", async () => {
    const res = await fetch(`${server.url}/courses`);
    const html = await res.text();
    const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
    expect(res.headers.get("content-security-policy")).toContain(`style-src 'self' 'nonce-${nonce}'`);
    const inline = /<style id="kumi-styles" nonce="([^"]+)">([^<]+)<\/style>/.exec(html);
    expect(inline?.[1]).toBe(nonce);
    const [link] = stylesheetLinks(html);
    expect(link!.at).toBeGreaterThan(html.indexOf("</main>"));
    // The inline styles are the file's own text.
    expect(inline![2]).toBe(await (await fetch(`${server.url}${link!.href}`)).text());
    expect(res.headers.get("set-cookie")).toMatch(/^kumi_css=\w+; Path=\/; Max-Age=31536000; SameSite=Lax; HttpOnly/);
  });

  it("are linked in the head once the browser has the file, and inline again when the file changed", async () => {
    const first = await fetch(`${server.url}/courses`);
    const cookie = first.headers.get("set-cookie")!.split(";")[0]!;
    const again = await fetch(`${server.url}/courses`, { headers: { Cookie: cookie } });
    const html = await again.text();
    expect(html).not.toContain("kumi-styles");
    expect(stylesheetLinks(html)[0]!.at).toBeLessThan(html.indexOf("</head>"));
    expect(again.headers.get("set-cookie")).toBeNull();

    const stale = await fetch(`${server.url}/courses`, { headers: { Cookie: "kumi_css=0123456789ab" } });
    expect(await stale.text()).toContain('<style id="kumi-styles"');
  });
});
