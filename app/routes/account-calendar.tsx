import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { IntentForm, StatusMessage } from "~/components/forms";
import { useScripted } from "~/components/use-scripted";
import { getEnv } from "~/env.server";
import { parseSubmission } from "~/forms/submission.server";
import { requestLocale } from "~/http/locale.server";
import { formatDate } from "~/i18n/format";
import { serverT } from "~/i18n/resources.server";
import { calendarFeedCreatedAt, createCalendarFeed, revokeCalendarFeed } from "~/models/calendar/feed-secret.server";
import { calendarCohortsOf } from "~/models/calendar/team-calendar.server";
import { viewerTimeZone } from "~/models/team-settings.server";
import { requireCalendarOwner } from "~/policies/index.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireCalendarOwner(request, context);
  const locale = requestLocale(request, context);
  const createdAt = calendarFeedCreatedAt(user.id);
  return {
    since: createdAt ? formatDate(locale, createdAt, viewerTimeZone(user.id)) : null,
    teams: calendarCohortsOf(user.id).length,
    title: `${serverT(locale)("team:calendarFeed.title")} · kumi`,
  };
}

const schema = z.discriminatedUnion("intent", [z.object({ intent: z.literal("create") }), z.object({ intent: z.literal("revoke") })]);

// The secret is kept only as a hash, so the address can be shown once: in
// the answer to "create", never again.
export async function action({ request, context }: ActionFunctionArgs) {
  const user = requireCalendarOwner(request, context);
  const form = await parseSubmission(request, schema);
  if (!form.ok) return form.reply;
  if (form.value.intent === "revoke") {
    revokeCalendarFeed(user.id);
    return { done: "revoked" as const, url: null };
  }
  const secret = createCalendarFeed(user.id);
  // Calendar apps fetch from outside, so the public origin is used when one is configured.
  const origin = getEnv().APP_ORIGIN ?? new URL(request.url).origin;
  return { done: "created" as const, url: `${origin}/calendar/${secret}.ics` };
}

function CopyableUrl({ url }: { url: string }) {
  const { t } = useTranslation("team");
  const scripted = useScripted();
  const [copied, setCopied] = useState(false);
  return (
    <div className="field">
      <label htmlFor="calendar-url">{t("calendarFeed.url")}</label>
      <p className="hint" id="calendar-url-hint">
        {t("calendarFeed.copyHint")}
      </p>
      <input id="calendar-url" type="text" readOnly value={url} aria-describedby="calendar-url-hint" onFocus={(e) => e.currentTarget.select()} />
      {scripted ? (
        <button
          type="button"
          className="small-button"
          onClick={() => {
            void navigator.clipboard?.writeText(url).then(() => setCopied(true));
          }}
        >
          {t("calendarFeed.copy")}
        </button>
      ) : null}
      {copied ? <span role="status"> {t("calendarFeed.copied")}</span> : null}
    </div>
  );
}

export default function AccountCalendar() {
  const { t } = useTranslation("team");
  const data = useLoaderData<typeof loader>();
  const done = useActionData<typeof action>();
  const result = done && "done" in done ? done : null;
  return (
    <div>
      <h1>{t("calendarFeed.title")}</h1>
      <p>{t("calendarFeed.intro")}</p>
      <p className="notice warning">{t("calendarFeed.privateWarning")}</p>
      <p className="meta">{t("calendarFeed.teams", { count: data.teams })}</p>
      {result?.done === "revoked" ? <StatusMessage>{t("calendarFeed.revoked")}</StatusMessage> : null}
      {result?.url ? (
        <>
          <StatusMessage>{t("calendarFeed.created")}</StatusMessage>
          <CopyableUrl url={result.url} />
        </>
      ) : data.since ? (
        <p>{t("calendarFeed.active", { date: data.since })}</p>
      ) : (
        <p>{t("calendarFeed.none")}</p>
      )}
      <div className="actions">
        <IntentForm id="calendar-create-form" intent="create" className="inline-form">
          <button type="submit" className="button">
            {data.since ? t("calendarFeed.renew") : t("calendarFeed.create")}
          </button>
        </IntentForm>
        {data.since ? (
          <IntentForm id="calendar-revoke-form" intent="revoke" className="inline-form">
            <button type="submit" className="small-button">
              {t("calendarFeed.revoke")}
            </button>
          </IntentForm>
        ) : null}
      </div>
    </div>
  );
}
