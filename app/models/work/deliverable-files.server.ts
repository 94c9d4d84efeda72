import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { getEnv } from "~/env.server";

// Deliverable files live next to the database, under deliverables/<order>/, by
// a random name: the name the worker gave is only ever shown, never used as a path.

/** Where delivered files are kept; `npm run backup` copies it. */
export function deliverablesDirectory(): string {
  return root();
}

function root(): string {
  return path.join(path.dirname(path.resolve(getEnv().DATABASE_PATH)), "deliverables");
}

/** The file name as shown: no directories, no control characters, not too long. */
export function displayName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (name.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return (base || "file").slice(0, 200);
}

export async function storeDeliverableFile(orderId: number, file: File): Promise<{ name: string; storedAs: string; bytes: number; type: string }> {
  const storedAs = `${orderId}/${randomBytes(16).toString("hex")}`;
  const target = path.join(root(), storedAs);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, Buffer.from(await file.arrayBuffer()));
  return { name: displayName(file.name), storedAs, bytes: file.size, type: (file.type || "application/octet-stream").slice(0, 100) };
}

/** The stored bytes, or null if the file is gone. */
export function readDeliverableFile(storedAs: string): Buffer | null {
  if (!/^\d+\/[0-9a-f]{32}$/.test(storedAs)) return null;
  try {
    return fs.readFileSync(path.join(root(), storedAs));
  } catch {
    return null;
  }
}
