import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FORMER_MEMBER_NAME } from "#db/values";
import { getCourse, lessonTitle } from "~/curriculum/index.server";
import { parseSubmission } from "~/forms/submission.server";
import { IntentForm } from "~/components/forms";
import { requestLocale } from "~/http/locale.server";
import { formatDate } from "~/i18n/format";
import { serverT } from "~/i18n/resources.server";
import { listNotifications, markAllRead } from "~/models/notifications.server";
import { listCourses } from "~/curriculum/index.server";
import { requireSignedIn } from "~/policies/index.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

function lessonName(lessonId: string | undefined, locale: Parameters<typeof lessonTitle>[1]): string {
  if (!lessonId) return "";
  for (const course of listCourses())
    for (const m of course.modules) for (const l of m.lessons) if (l.id === lessonId) return lessonTitle(l, locale);
  return lessonId;
}

// Only ever the viewer's own notifications.
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireSignedIn(request, context);
  const locale = requestLocale(request, context);
  const items = listNotifications(user.id).map((n) => ({
    id: n.id,
    kind: n.kind,
    link: n.link,
    unread: !n.readAt,
    createdAt: n.createdAt.toISOString(),
    values: {
      // Someone who deleted their account shows as a former member.
      actor: n.actorName === FORMER_MEMBER_NAME ? serverT(locale)("account:formerMember") : (n.actorName ?? ""),
      lesson: lessonName(n.data.lessonId, locale),
      course: n.data.courseId ? (getCourse(n.data.courseId)?.title[locale] ?? "") : "",
    },
  }));
  return { items, locale, title: `${serverT(locale)("team:notifications.title")} · kumi` };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = requireSignedIn(request, context);
  const form = await parseSubmission(request, z.object({ intent: z.literal("read") }));
  if (!form.ok) return form.reply;
  markAllRead(user.id);
  return redirect("/notifications", 303);
}

export default function Notifications() {
  const { t } = useTranslation("team");
  const { items, locale } = useLoaderData<typeof loader>();
  return (
    <div>
      <h1>{t("notifications.title")}</h1>
      {items.some((i) => i.unread) ? (
        <IntentForm id="mark-read-form" intent="read">
          <button type="submit" className="small-button">
            {t("notifications.markRead")}
          </button>
        </IntentForm>
      ) : null}
      {items.length ? (
        <ul className="entries notifications">
          {items.map((n) => (
            <li key={n.id} className={n.unread ? "unread" : undefined}>
              {n.unread ? <span className="badge">{t("notifications.new")}</span> : null}{" "}
              <Link to={n.link}>{t(`notifications.kind.${n.kind}`, n.values)}</Link>
              <p className="meta">{formatDate(locale, n.createdAt)}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("notifications.none")}</p>
      )}
    </div>
  );
}
