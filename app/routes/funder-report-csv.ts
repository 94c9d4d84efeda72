import type { LoaderFunctionArgs } from "@remix-run/node";
import { toCsv } from "~/domain/csv";
import { todayIn } from "~/domain/calendar";
import { requestLocale } from "~/http/locale.server";
import { DEFAULT_TIME_ZONE } from "~/i18n/config";
import { serverT } from "~/i18n/resources.server";
import { funderReportRows } from "~/models/funders/report-csv.server";
import { funderReport } from "~/models/funders/report.server";
import { requireFunderReport } from "~/policies/index.server";

// The funder report as a spreadsheet, like the partner report's CSV: a page
// whose file goes out through `context.file` (see entry.server.tsx), so a
// refusal is the styled 404 in the reader's language.
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { organisation } = requireFunderReport(request, context, params.organisationId);
  const locale = requestLocale(request, context);
  const rows = funderReportRows(funderReport(organisation.id, locale)!, { t: serverT(locale), locale, today: todayIn(DEFAULT_TIME_ZONE, new Date()) });
  const safeName = organisation.name.replace(/[^\p{L}\p{N}_-]+/gu, "-").slice(0, 60) || "funder";
  context.file = new Response(toCsv(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="kumi-outcomes.csv"; filename*=UTF-8''${encodeURIComponent(`kumi-outcomes-${safeName}.csv`)}`,
      "Cache-Control": "private, no-store",
    },
  });
  return null;
}

/** Never shown: a document request gets the file, and a refusal the root's error page. */
export default function FunderReportCsv() {
  return null;
}
