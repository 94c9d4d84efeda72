import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requestLocale } from "~/http/locale.server";
import { sessionsOfMentor } from "~/models/mentoring/sessions.server";
import { SessionList } from "~/components/session-list";
import { requireSignedIn } from "~/policies/index.server";

export const meta: MetaFunction = () => [{ title: "kumi" }];

// A mentor's own notes stay theirs after a mentorship ends (the team's pages do not).
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireSignedIn(request, context);
  return {
    sessions: sessionsOfMentor(user.id).map((s) => ({ ...s, createdAt: s.createdAt.toISOString() })),
    locale: requestLocale(request, context),
  };
}

export default function MentorNotes() {
  const { t } = useTranslation("mentoring");
  const data = useLoaderData<typeof loader>();
  return (
    <div className="wide">
      <h1>{t("sessions.notesTitle")}</h1>
      <SessionList sessions={data.sessions} locale={data.locale} />
    </div>
  );
}
