import type { LoaderFunctionArgs } from "@remix-run/node";
import { serverT } from "~/i18n/resources.server";
import { calendarCohortsOf, teamCalendar } from "~/models/calendar/team-calendar.server";
import { requireCalendarFeed } from "~/policies/index.server";

// A person's calendar subscription: every team she learns in or mentors.
// Calendar apps fetch it signed out; the secret in the URL is the credential.
export async function loader({ params }: LoaderFunctionArgs) {
  const user = requireCalendarFeed(params.file);
  const body = teamCalendar(calendarCohortsOf(user.id), user.locale, serverT(user.locale)("team:meeting.feedName"));
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
      "Referrer-Policy": "no-referrer",
    },
  });
}
