import type { LoaderFunctionArgs } from "@remix-run/node";
import { openBadgeFor } from "~/models/credentials/index.server";
import { requireCertificateCode } from "~/policies/index.server";

// The learner's signed Open Badges file, a download. Public like the certificate
// page: whoever has the code may verify, and the file holds no e-mail in clear.
export async function loader({ params }: LoaderFunctionArgs) {
  const certificate = requireCertificateCode(params.code);
  const credential = await openBadgeFor(certificate);
  return new Response(`${JSON.stringify(credential, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="kumi-certificate-${certificate.code}.json"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
