import type { LoaderFunctionArgs } from "@remix-run/node";
import { parseId } from "~/http/ids";
import { notFound } from "~/http/responses.server";
import { readDeliverableFile } from "~/models/work/deliverable-files.server";
import { getDeliverable } from "~/models/work/deliveries.server";
import { requireWorkspace } from "~/policies/index.server";

// A delivered file, only for those who may enter the order's workspace. Always
// an attachment of a neutral type, never rendered by the browser: the worker
// chose its bytes and its name. A page rather than a resource route, so that a
// refusal gets the styled error page (the file goes out through context.file).
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { order } = requireWorkspace(request, context, params.orderId);
  const id = parseId(params.deliverableId);
  const deliverable = id ? getDeliverable(order.id, id) : null;
  const bytes = deliverable?.storedAs ? readDeliverableFile(deliverable.storedAs) : null;
  if (!deliverable || !bytes) throw notFound();
  const name = deliverable.fileName ?? "file";
  const ascii = name.replace(/[^\w.-]+/g, "_").slice(0, 100) || "file";
  context.file = new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/octet-stream",
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Content-Length": String(bytes.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
  return null;
}

/** Never shown: a document request gets the file, and a refusal the root's error page. */
export default function WorkDeliverable() {
  return null;
}
