import { LineCounter, isMap, isNode, isScalar, isSeq, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import type { ContentError } from "./types";

/**
 * YAML parsed with positions kept, so a validation error can name the line of
 * the offending key. `lineOffset` is where the YAML starts inside its file
 * (1 for front-matter after the opening `---`).
 */
export interface ParsedYaml {
  value: unknown;
  doc: Document;
  lines: LineCounter;
  lineOffset: number;
}

export function parseYaml(text: string, file: string, lineOffset = 0): ParsedYaml | ContentError {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const line = lines.linePos(first.pos[0]).line + lineOffset;
    return { file, line, message: `invalid YAML: ${first.message.split("\n")[0]}` };
  }
  return { value: doc.toJS(), doc, lines, lineOffset };
}

export function isContentError(value: unknown): value is ContentError {
  return typeof value === "object" && value !== null && "message" in value && "file" in value && !("doc" in value);
}

/**
 * Line of the deepest existing node along `path`: for a mapping entry the
 * line of its key (where a trainer looks), else the item itself; falls back
 * to parents for paths that do not exist (a missing field).
 */
export function lineOf(parsed: ParsedYaml, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = parsed.doc.getIn(path.slice(0, depth - 1) as unknown[], true) ?? parsed.doc.contents;
    const last = path[depth - 1];
    let start: number | undefined;
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
      start = isNode(pair?.key) ? pair.key.range?.[0] : undefined;
    } else if (isSeq(parent) && typeof last === "number") {
      const item = parent.items[last];
      start = isNode(item) ? item.range?.[0] : undefined;
    }
    if (start !== undefined) return parsed.lines.linePos(start).line + parsed.lineOffset;
  }
  const root = parsed.doc.contents;
  return (isNode(root) && root.range ? parsed.lines.linePos(root.range[0]).line : 1) + parsed.lineOffset;
}

export function validate<T extends z.ZodType>(
  schema: T,
  parsed: ParsedYaml,
  file: string,
): { ok: true; data: z.infer<T> } | { ok: false; errors: ContentError[] } {
  const result = schema.safeParse(parsed.value);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => {
      // An unknown key is reported on its own line, not on its parent's.
      const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]!] : issue.path;
      return {
        file,
        line: lineOf(parsed, path),
        message: issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message,
      };
    }),
  };
}

/** Splits `---\nyaml\n---\nbody`; front-matter is required on lessons. */
export function splitFrontMatter(text: string): { yaml: string; body: string; bodyStartLine: number } | null {
  const normalised = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(normalised);
  if (!match) return null;
  const yaml = match[1] ?? "";
  return {
    yaml,
    body: normalised.slice(match[0].length),
    bodyStartLine: yaml.split("\n").length + 3,
  };
}
