import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { RENDER_VERSION, renderMarkdown, type RenderResult } from "./render.server";

/**
 * Rendered lessons kept on disk between starts, keyed by a hash of the
 * renderer version and the markdown. A restart then only renders what
 * changed; the first start after a deploy renders everything once.
 */
const MAX_ENTRIES = 20_000;

export class RenderCache {
  private entries = new Map<string, RenderResult>();
  private used = new Set<string>();
  hits = 0;
  misses = 0;

  constructor(private readonly file: string | null) {
    if (!file || !fs.existsSync(file)) return;
    try {
      const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as { version: number; entries: [string, RenderResult][] };
      if (parsed.version === RENDER_VERSION) this.entries = new Map(parsed.entries);
    } catch {
      // A damaged cache is only a slower start.
    }
  }

  render = (markdown: string): RenderResult => {
    const key = createHash("sha256").update(markdown).digest("base64url");
    this.used.add(key);
    const cached = this.entries.get(key);
    if (cached) {
      this.hits++;
      return cached;
    }
    this.misses++;
    const result = renderMarkdown(markdown);
    this.entries.set(key, result);
    return result;
  };

  /**
   * Writes the cache atomically: this load's entries first, then older ones
   * (another content folder may share the file) up to a bound.
   */
  save(): void {
    if (!this.file || this.misses === 0) return;
    const all = [...this.entries];
    const entries = [
      ...all.filter(([key]) => this.used.has(key)),
      ...all.filter(([key]) => !this.used.has(key)),
    ].slice(0, MAX_ENTRIES);
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, JSON.stringify({ version: RENDER_VERSION, entries }));
    fs.renameSync(temp, this.file);
  }
}
