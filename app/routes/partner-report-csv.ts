import type { LoaderFunctionArgs } from "@remix-run/node";
import { dateForDisplay } from "~/domain/calendar";
import { toCsv } from "~/domain/csv";
import { requestLocale } from "~/http/locale.server";
import { formatDate } from "~/i18n/format";
import { serverT } from "~/i18n/resources.server";
import { partnerReport } from "~/models/partners/report.server";
import { requireOrganisationReport } from "~/policies/index.server";

// The dashboard's figures as a spreadsheet, headers in the manager's language.
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { organisation } = requireOrganisationReport(request, context, params.organisationId);
  const locale = requestLocale(request, context);
  const t = serverT(locale);
  const origin = new URL(request.url).origin;
  const report = partnerReport(organisation.id, locale);
  const rows: (string | number | null)[][] = [
    ["name", "course", "team", "status", "progress", "nextDue", "certificate"].map((k) => t(`partners:csv.${k}`)),
  ];
  for (const c of report.commissions) {
    for (const l of c.learners) {
      rows.push([
        l.name,
        l.courseTitle,
        l.cohortName ?? "",
        t(`partners:status.${l.status}`),
        l.percent,
        l.nextDue ? formatDate(locale, dateForDisplay(l.nextDue), "UTC") : "",
        l.certificateCode ? `${origin}/certificates/${l.certificateCode}` : "",
      ]);
    }
    // Learners who withdrew consent: only in these totals.
    rows.push([
      t("partners:dashboard.totals", { learners: c.totals.learners, completed: c.totals.completed, average: `${c.totals.averagePercent}%` }),
      c.courseTitle,
      "",
      "",
      c.totals.averagePercent,
      "",
      "",
    ]);
  }
  const safeName = organisation.name.replace(/[^\p{L}\p{N}_-]+/gu, "-").slice(0, 60) || "report";
  return new Response(toCsv(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="kumi-report.csv"; filename*=UTF-8''${encodeURIComponent(`kumi-${safeName}.csv`)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
