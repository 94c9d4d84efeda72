import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StatusMessage } from "~/components/forms";
import { TeamSettingsForms } from "~/components/team-settings-forms";
import { parseSubmission } from "~/forms/submission.server";
import { requestLocale } from "~/http/locale.server";
import { serverT } from "~/i18n/resources.server";
import { requireTeamManager } from "~/policies/index.server";
import { handleTeamSettings, teamSettingsData, teamSettingsSchema } from "./team-settings.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

// A team's name and weekly meeting, for staff and the team's mentor. The same
// forms sit on the team board and the trainer's cohort page; this page is
// where they land when something needs correcting.
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { cohort } = requireTeamManager(request, context, params.cohortId);
  const locale = requestLocale(request, context);
  return { settings: teamSettingsData(cohort, locale), title: `${serverT(locale)("team:teamSettings.title")} · ${cohort.name} · kumi` };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { cohort, role } = requireTeamManager(request, context, params.cohortId);
  const form = await parseSubmission(request, teamSettingsSchema);
  if (!form.ok) return form.reply;
  return handleTeamSettings(form.value, cohort.id, role);
}

const NOTES = { renamed: "teamSettings.renamed", saved: "meeting.saved", removed: "meeting.removed" } as const;

export default function TeamSettings() {
  const { t } = useTranslation("team");
  const { settings } = useLoaderData<typeof loader>();
  const note = useSearchParams()[0].get("team");
  return (
    <div>
      <p className="breadcrumb">
        <Link to={`/cohorts/${settings.cohortId}`}>{settings.name}</Link>
      </p>
      <h1>{t("teamSettings.title")}</h1>
      {note && note in NOTES ? <StatusMessage>{t(NOTES[note as keyof typeof NOTES])}</StatusMessage> : null}
      <TeamSettingsForms data={settings} back="settings" />
    </div>
  );
}
