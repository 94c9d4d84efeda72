import type { Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import rehypeHighlight from "rehype-highlight";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { VFile } from "vfile";

export const CALLOUTS = ["tip", "warning"] as const;

/**
 * Rendering is a pure function of the markdown, so its result can be cached
 * by content hash (render-cache.server.ts). References to other lessons and
 * to images are left as placeholders and resolved afterwards by the loader,
 * which knows every lesson id and image file.
 */
export interface RenderResult {
  html: string;
  links: { id: string; line?: number }[];
  /** Files next to the lesson: shown images and linked downloads. */
  assets: { src: string; kind: "image" | "file"; line?: number }[];
  problems: { message: string; line?: number }[];
}

/** Bump when the output of renderMarkdown changes, to invalidate caches. */
export const RENDER_VERSION = 5;

export const LESSON_PLACEHOLDER = "/__kumi/lesson/";
export const ASSET_PLACEHOLDER = "/__kumi/asset/";
const EXTERNAL = /^[a-z][a-z0-9+.-]*:|^\/\//i;

declare module "vfile" {
  interface DataMap {
    kumi: RenderResult;
  }
}

function remarkKumi() {
  return (tree: MdastRoot, file: VFile) => {
    const out = file.data.kumi!;
    const problem = (message: string, line: number | undefined) => out.problems.push({ message, line });
    visit(tree, (node, index, parent) => {
      if (node.type === "textDirective" && parent && index !== undefined) {
        // Prose like "例:abc" or "note:this" is not meant as a directive: put
        // the colon and the text back as they were written.
        const text = node.children.map((c) => ("value" in c ? c.value : "")).join("");
        parent.children.splice(index, 1, { type: "text", value: `:${node.name}${text ? `[${text}]` : ""}` });
        return index;
      }
      if (node.type === "containerDirective" || node.type === "leafDirective") {
        if (node.type === "containerDirective" && (CALLOUTS as readonly string[]).includes(node.name)) {
          node.data = { hName: "aside", hProperties: { className: ["callout", `callout-${node.name}`] } };
        } else {
          problem(`unknown directive ":${node.name}" (use :::tip or :::warning)`, node.position?.start.line);
          node.data = { hName: "div" };
        }
      }
      if (node.type === "link" && node.url.startsWith("lesson:")) {
        const id = node.url.slice("lesson:".length);
        out.links.push({ id, line: node.position?.start.line });
        node.url = `${LESSON_PLACEHOLDER}${encodeURIComponent(id)}`;
      } else if (node.type === "link" && !EXTERNAL.test(node.url) && !node.url.startsWith("#") && !node.url.startsWith("/")) {
        // A relative link is a file next to the lesson (a template, a sample sheet).
        out.assets.push({ src: node.url, kind: "file", line: node.position?.start.line });
        node.url = `${ASSET_PLACEHOLDER}${out.assets.length - 1}`;
      }
      if (node.type === "image") {
        const line = node.position?.start.line;
        if (!node.alt?.trim()) problem(`image "${node.url}" has no alt text`, line);
        if (EXTERNAL.test(node.url) || node.url.startsWith("/")) {
          problem(`image "${node.url}" must be a file next to the lesson, not a web address`, line);
        } else {
          out.assets.push({ src: node.url, kind: "image", line });
          node.url = `${ASSET_PLACEHOLDER}${out.assets.length - 1}`;
          node.data = { hProperties: { loading: "lazy", decoding: "async" } };
        }
      }
      if (node.type === "html" && !node.value.trim().startsWith("<!--")) {
        problem("raw HTML is not shown to learners: write it in markdown", node.position?.start.line);
      }
      if (node.type === "heading" && node.depth === 1) {
        // The page already has the lesson title as its only h1.
        node.depth = 2;
      }
    });
  };
}

// GitHub's sanitisation schema (rehype-sanitize's default) plus our callout
// class names and image loading hints. Scripts, event handlers, iframes, style
// attributes and javascript:/data: URLs are all dropped by it.
const schema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), "aside"],
  attributes: {
    ...defaultSchema.attributes,
    aside: [["className", "callout", "callout-tip", "callout-warning"]],
    img: [...(defaultSchema.attributes?.img ?? []), "loading", "decoding", "width", "height", "alt"],
  },
};

function rehypeExternalLinks() {
  return (tree: HastRoot) => {
    visit(tree, "element", (node) => {
      const href = node.properties?.href;
      if (node.tagName === "a" && typeof href === "string" && /^https?:\/\//.test(href)) {
        node.properties.rel = ["noopener", "noreferrer"];
      }
    });
  };
}

// Wide tables and code blocks scroll sideways on a phone (the page itself never
// does). Keyboard users must be able to reach and scroll them (WCAG 2.1.1), so
// they take focus.
function rehypeScrollableBlocks() {
  return (tree: HastRoot) => {
    visit(tree, "element", (node) => {
      if (node.tagName === "pre" || node.tagName === "table") node.properties.tabIndex = 0;
    });
  };
}

// Built once: creating the pipeline per file cost more than rendering it.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkDirective)
  .use(remarkKumi)
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  // After sanitising: its class names are ours, not the author's. Highlighting
  // happens here, on the server, so no highlighter ships to the browser.
  .use(rehypeHighlight, { detect: false, plainText: ["text", "txt", "plain"] })
  .use(rehypeExternalLinks)
  .use(rehypeScrollableBlocks)
  .use(rehypeStringify)
  .freeze();

export function renderMarkdown(markdown: string): RenderResult {
  const out: RenderResult = { html: "", links: [], assets: [], problems: [] };
  const file = processor.processSync(new VFile({ value: markdown, data: { kumi: out } }));
  for (const message of file.messages) out.problems.push({ message: message.reason, line: message.line ?? undefined });
  out.html = String(file);
  return out;
}

export interface ResolvedAsset {
  url: string;
  /** Known for images. */
  width?: number;
  height?: number;
}

/** Fills the placeholders in with real URLs (and image sizes). Unknown ones become problems. */
export function resolvePlaceholders(
  result: RenderResult,
  resolve: { lesson: (id: string) => string | null; asset: (src: string, kind: "image" | "file") => ResolvedAsset | null },
): { html: string; problems: { message: string; line?: number }[] } {
  const problems = [...result.problems];
  for (const link of result.links) {
    if (!resolve.lesson(link.id)) problems.push({ message: `link to unknown lesson id "${link.id}"`, line: link.line });
  }
  const assets = result.assets.map((asset) => {
    const found = resolve.asset(asset.src, asset.kind);
    if (!found) problems.push({ message: `missing ${asset.kind === "image" ? "image" : "file"} "${asset.src}"`, line: asset.line });
    return found;
  });
  const html = result.html
    .replace(/href="\/__kumi\/lesson\/([^"]*)"/g, (_, id: string) => `href="${resolve.lesson(decodeURIComponent(id)) ?? "#"}"`)
    .replace(/(src|href)="\/__kumi\/asset\/(\d+)"/g, (_, attr: string, index: string) => {
      const asset = assets[Number(index)];
      if (!asset) return `${attr}=""`;
      const size = asset.width && asset.height ? ` width="${asset.width}" height="${asset.height}"` : "";
      return `${attr}="${asset.url}"${attr === "src" ? size : ""}`;
    });
  return { html, problems };
}
