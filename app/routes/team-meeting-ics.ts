import type { LoaderFunctionArgs } from "@remix-run/node";
import { requestLocale } from "~/http/locale.server";
import { teamCalendar } from "~/models/calendar/team-calendar.server";
import { requireCohortViewer } from "~/policies/index.server";

// One team's meeting and due dates as a file to open once in a calendar app,
// for whoever may see the team's board.
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { cohort } = requireCohortViewer(request, context, params.cohortId);
  const locale = requestLocale(request, context);
  return new Response(teamCalendar([cohort], locale, cohort.name), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="kumi-team-${cohort.id}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
