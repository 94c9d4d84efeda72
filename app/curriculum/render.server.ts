import type { Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";

export const CALLOUTS = ["tip", "warning"] as const;

export interface RenderOptions {
  /** Maps `lesson:<id>` links to a URL; returns null for an unknown id. */
  resolveLessonLink: (lessonId: string) => string | null;
  onProblem: (message: string, line: number | undefined) => void;
}

function remarkKumi(options: RenderOptions) {
  return (tree: MdastRoot) => {
    visit(tree, (node, index, parent) => {
      if (node.type === "textDirective" && parent && index !== undefined) {
        // Prose like "例:abc" or "note:this" is not meant as a directive: put
        // the colon and the text back as they were written.
        const text = node.children.map((c) => ("value" in c ? c.value : "")).join("");
        parent.children.splice(index, 1, { type: "text", value: `:${node.name}${text ? `[${text}]` : ""}` });
        return index;
      }
      if (node.type === "containerDirective" || node.type === "leafDirective") {
        const name = node.name;
        if (node.type === "containerDirective" && (CALLOUTS as readonly string[]).includes(name)) {
          node.data = { hName: "aside", hProperties: { className: ["callout", `callout-${name}`] } };
        } else {
          options.onProblem(`unknown directive ":${name}" (use :::tip or :::warning)`, node.position?.start.line);
          node.data = { hName: "div" };
        }
      }
      if (node.type === "link" && node.url.startsWith("lesson:")) {
        const target = node.url.slice("lesson:".length);
        const href = options.resolveLessonLink(target);
        if (!href) options.onProblem(`link to unknown lesson id "${target}"`, node.position?.start.line);
        node.url = href ?? "#";
      }
      if (node.type === "heading" && node.depth === 1) {
        // The page already has the lesson title as its only h1.
        node.depth = 2;
      }
    });
  };
}

// GitHub's sanitisation schema (rehype-sanitize's default) plus our callout
// class names. Scripts, event handlers, iframes, styles and javascript:/data:
// URLs are all dropped by it.
const schema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), "aside"],
  attributes: {
    ...defaultSchema.attributes,
    aside: [["className", "callout", "callout-tip", "callout-warning"]],
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

export function renderMarkdown(markdown: string, options: RenderOptions): string {
  const file = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkKumi, options)
    .use(remarkRehype)
    .use(rehypeSanitize, schema)
    .use(rehypeExternalLinks)
    .use(rehypeStringify)
    .processSync(markdown);
  return String(file);
}
