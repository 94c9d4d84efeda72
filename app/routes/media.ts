import fs from "node:fs";
import { Readable } from "node:stream";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { findMediaFile } from "~/curriculum/index.server";
import { notFound } from "~/http/responses.server";
import { publicPage } from "~/policies/index.server";

// Images and downloads that live next to lessons. The name is a content hash,
// so a response never changes and may be cached for a year. Like the course
// outlines, they are public: nothing in content/ is personal data.
export function loader({ params }: LoaderFunctionArgs) {
  publicPage();
  const name = params.name ?? "";
  const file = /^[0-9a-f]{16}\.[a-z0-9]{2,5}$/.test(name) ? findMediaFile(name) : null;
  if (!file) throw notFound();
  const stat = fs.statSync(file.path);
  return new Response(Readable.toWeb(fs.createReadStream(file.path)) as ReadableStream, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(stat.size),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      // An SVG opened on its own must not run anything.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
