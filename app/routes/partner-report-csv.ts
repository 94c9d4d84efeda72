import type { LoaderFunctionArgs } from "@remix-run/node";
import { toCsv } from "~/domain/csv";
import { requestLocale } from "~/http/locale.server";
import { serverT } from "~/i18n/resources.server";
import { partnerReportRows } from "~/models/partners/report-csv.server";
import { partnerReport } from "~/models/partners/report.server";
import { requireOrganisationReport } from "~/policies/index.server";

// The dashboard's figures as a spreadsheet, headers in the manager's language.
// A page rather than a resource route: whoever may not see the report gets the
// styled error page in their language; the file itself goes out through
// `context.file` (see entry.server.tsx).
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { organisation } = requireOrganisationReport(request, context, params.organisationId);
  const locale = requestLocale(request, context);
  const t = serverT(locale);
  const origin = new URL(request.url).origin;
  const rows = partnerReportRows(partnerReport(organisation.id, locale), { t, origin });
  const safeName = organisation.name.replace(/[^\p{L}\p{N}_-]+/gu, "-").slice(0, 60) || "report";
  context.file = new Response(toCsv(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="kumi-report.csv"; filename*=UTF-8''${encodeURIComponent(`kumi-${safeName}.csv`)}`,
      "Cache-Control": "private, no-store",
    },
  });
  return null;
}

/** Never shown: a document request gets the file, and a refusal the root's error page. */
export default function PartnerReportCsv() {
  return null;
}
