import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "~/curriculum/render.server";

describe("rendered lesson HTML is inert", () => {
  const { html, problems } = renderMarkdown(fs.readFileSync("tests/fixtures/unsafe-lesson.md", "utf8"));

  it("tells the author that raw HTML is not shown", () => {
    expect(problems.filter((p) => p.message.startsWith("raw HTML")).length).toBeGreaterThanOrEqual(8);
  });

  it.each([
    ["script tags", /<script/i],
    ["event handler attributes", /\son[a-z]+=/i],
    ["javascript: URLs", /javascript:/i],
    ["data: URLs", /data:/i],
    ["iframes", /<iframe/i],
    ["style elements", /<style/i],
    ["style attributes", /\sstyle=/i],
    ["forms and inputs", /<(form|input)/i],
    ["svg", /<svg/i],
    ["object/embed", /<(object|embed)/i],
    ["meta refresh", /<meta/i],
  ])("drops %s", (_, pattern) => {
    expect(html).not.toMatch(pattern);
  });

  it("keeps the harmless text and the safe link, marked noopener", () => {
    expect(html).toContain("Things an author");
    expect(html).toMatch(/<a href="https:\/\/example\.org\/safe" rel="noopener noreferrer">a safe external link<\/a>/);
  });

  it("shows code as code, escaped and highlighted on the server", () => {
    expect(html).toContain('<code class="hljs language-js">');
    expect(html).toContain("&#x3C;script>not a real tag&#x3C;/script>");
    expect(html).toContain('class="hljs-string"');
  });
});

describe("markdown features", () => {
  it("renders callouts, tables and demotes a stray h1", () => {
    const { html, problems } = renderMarkdown(
      "# Title\n\n:::tip\nA hint.\n:::\n\n:::warning\nCareful.\n:::\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
    );
    expect(problems).toEqual([]);
    expect(html).toContain("<h2>Title</h2>");
    expect(html).toContain('<aside class="callout callout-tip">');
    expect(html).toContain('<aside class="callout callout-warning">');
    expect(html).toContain("<table tabindex=\"0\">");
  });

  it("leaves prose colons alone (no accidental directives)", () => {
    const { html, problems } = renderMarkdown("Time: 10:30, ratio 3:1, 例:サンプル and note:this.");
    expect(problems).toEqual([]);
    expect(html).toContain("Time: 10:30, ratio 3:1, 例:サンプル and note:this.");
  });

  it("reports an unknown code language and images without alt text", () => {
    const { problems } = renderMarkdown("```klingon\nx\n```\n\n![](./a.png)\n");
    expect(problems.map((p) => p.message).join("\n")).toMatch(/klingon/);
    expect(problems).toContainEqual({ message: 'image "./a.png" has no alt text', line: 5 });
  });
});
