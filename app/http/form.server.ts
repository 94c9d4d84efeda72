/**
 * Reads an HTML form body with a size cap. Remix's request.formData() would
 * read any size and throw on a wrong content type; here both are answers the
 * action can turn into a translated message.
 */
export type FormRead =
  | { ok: true; form: URLSearchParams }
  | { ok: false; status: 413 | 415 | 400; error: "tooLarge" | "unsupportedType" | "malformed" };

export const DEFAULT_FORM_LIMIT = 2 * 1024 * 1024;

export async function readForm(request: Request, maxBytes = DEFAULT_FORM_LIMIT): Promise<FormRead> {
  const type = (request.headers.get("Content-Type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") {
    return { ok: false, status: 415, error: "unsupportedType" };
  }
  const declared = Number(request.headers.get("Content-Length") ?? "0");
  if (declared > maxBytes) return { ok: false, status: 413, error: "tooLarge" };
  if (!request.body) return { ok: true, form: new URLSearchParams() };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) return await discardRest(reader, size, maxBytes);
      chunks.push(value);
    }
  } catch {
    return { ok: false, status: 400, error: "malformed" };
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
  return { ok: true, form: new URLSearchParams(text) };
}

/**
 * A body without a declared length that runs over the cap: read and drop the
 * rest, so the client is still reading when the 413 page comes (stopping at
 * once resets the connection, and the person sees a network error). Past a
 * hard bound the connection is given up.
 */
async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>, size: number, maxBytes: number): Promise<FormRead> {
  let total = size;
  while (total <= maxBytes * 8) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
  }
  if (total > maxBytes * 8) await reader.cancel();
  return { ok: false, status: 413, error: "tooLarge" };
}

