import type { LoaderFunctionArgs } from "@remix-run/node";
import { certificateQrSvg } from "~/models/credentials/qr-code.server";
import { requireCertificateCode } from "~/policies/index.server";

// The QR code printed on the certificate page: it opens the verification page.
export async function loader({ params }: LoaderFunctionArgs) {
  const certificate = requireCertificateCode(params.code);
  return new Response(await certificateQrSvg(certificate.code), {
    headers: {
      "Content-Type": "image/svg+xml",
      "Cache-Control": "public, max-age=86400",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
