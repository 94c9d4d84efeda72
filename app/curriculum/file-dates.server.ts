import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * When each file under `dir` last changed: its last commit when the content
 * is in git (a fresh clone gives every file the same mtime), else its mtime.
 * One `git log` for the whole tree, not one per file.
 */
export function lastChanged(dir: string): (file: string) => Date {
  const fromGit = new Map<string, Date>();
  try {
    const top = execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const out = execFileSync("git", ["log", "--format=%x00%ct", "--name-only", "--no-renames", "--", "."], {
      cwd: dir,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      stdio: ["ignore", "pipe", "ignore"],
    });
    let current: Date | undefined;
    for (const line of out.split("\n")) {
      if (line.startsWith("\0")) current = new Date(Number(line.slice(1)) * 1000);
      else if (line && current) {
        const absolute = path.join(top, line);
        if (!fromGit.has(absolute)) fromGit.set(absolute, current);
      }
    }
  } catch {
    // Not a git checkout (e.g. a deployed tarball): mtimes it is.
  }
  return (file: string) => {
    const absolute = path.resolve(file);
    return fromGit.get(absolute) ?? fs.statSync(absolute).mtime;
  };
}
