import { MaxPartSizeExceededError, unstable_parseMultipartFormData } from "@remix-run/node";

/**
 * Reads a multipart form (a file upload) with a cap on the whole body: a
 * declared length over the cap is refused before reading; a body that grows
 * past it while read is refused too. Answers like readForm, so the action can
 * turn every failure into a translated message instead of a 500.
 */
export type UploadRead = { ok: true; form: FormData } | { ok: false; status: 413 | 415 | 400; error: "tooLarge" | "unsupportedType" | "malformed" };

// Room for the other fields and the multipart framing around the file.
const FRAMING = 64 * 1024;

export async function readUpload(request: Request, maxFileBytes: number): Promise<UploadRead> {
  const type = (request.headers.get("Content-Type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "multipart/form-data") return { ok: false, status: 415, error: "unsupportedType" };
  const cap = maxFileBytes + FRAMING;
  if (Number(request.headers.get("Content-Length") ?? "0") > cap) {
    await drain(request, cap);
    return { ok: false, status: 413, error: "tooLarge" };
  }
  let total = 0;
  try {
    const form = await unstable_parseMultipartFormData(request, async ({ filename, contentType, data }) => {
      const chunks: Uint8Array[] = [];
      for await (const chunk of data) {
        total += chunk.byteLength;
        if (total > cap) throw new MaxPartSizeExceededError("body", cap);
        chunks.push(chunk);
      }
      if (typeof filename === "string") return new File([Buffer.concat(chunks)], filename, { type: contentType });
      return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
    });
    return { ok: true, form };
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return { ok: false, status: 413, error: "tooLarge" };
    return { ok: false, status: 400, error: "malformed" };
  }
}

/**
 * Reads and drops a body refused for its size, up to a bound, so that the
 * browser is still reading when the 413 page comes (stopping at once resets
 * the connection and the person sees a network error instead of our page).
 */
async function drain(request: Request, cap: number): Promise<void> {
  if (!request.body) return;
  const reader = request.body.getReader();
  let total = 0;
  try {
    while (total <= cap * 4) {
      const { done, value } = await reader.read();
      if (done) return;
      total += value.byteLength;
    }
    await reader.cancel();
  } catch {
    // The client gave up: nothing left to read.
  }
}
