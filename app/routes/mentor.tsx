import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { CheckGroup } from "~/components/check-group";
import { StatusMessage, useMessage } from "~/components/messages";
import { MentorStatsLine } from "~/components/mentor-stats";
import { ProgressBar } from "~/components/progress-bar";
import { getCourse } from "~/curriculum/index.server";
import { MEETING_SLOTS, MENTOR_STATUSES } from "#db/values";
import { dateForDisplay } from "~/domain/calendar";
import { formFailure, parseForm, type ActionFailure } from "~/http/form-action.server";
import { requestLocale } from "~/http/locale.server";
import { notFound } from "~/http/responses.server";
import { LOCALES, LOCALE_NAMES } from "~/i18n/config";
import { formatDate, formatPercent } from "~/i18n/format";
import { serverT } from "~/i18n/resources.server";
import { mentorDashboard } from "~/models/mentoring/dashboard.server";
import { completedCourses, getMentorProfile, saveMentorProfile } from "~/models/mentoring/profiles.server";
import { endMentorship, getMentorship, mentorshipsOf, respondToProposal } from "~/models/mentoring/proposals.server";
import { mentorStats } from "~/models/mentoring/stats.server";
import { canEndMentorship, canOptInAsMentor, requireSignedIn } from "~/policies/index.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

const NOTES = ["saved", "accepted", "declined"] as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireSignedIn(request, context);
  const locale = requestLocale(request, context);
  const courses = completedCourses(user.id);
  const profile = getMentorProfile(user.id);
  const ok = new URL(request.url).searchParams.get("ok");
  return {
    locale,
    eligible: courses.length > 0,
    courses: courses.map((id) => getCourse(id)?.title[locale] ?? id),
    profile: profile ? { languages: profile.languages, slots: profile.slots, capacity: profile.capacity, listed: profile.listed, status: profile.status } : null,
    proposals: mentorshipsOf(user.id, ["proposed"]).map(({ mentorship, cohort }) => ({
      id: mentorship.id,
      cohort: cohort.name,
      course: getCourse(cohort.courseId)?.title[locale] ?? cohort.courseId,
    })),
    active: mentorshipsOf(user.id, ["active"]).map(({ mentorship, cohort }) => ({ id: mentorship.id, cohortId: cohort.id })),
    dashboard: mentorDashboard(user.id, locale),
    stats: mentorStats(user.id),
    note: NOTES.find((n) => n === ok) ?? null,
    title: `${serverT(locale)("mentoring:home.title")} · kumi`,
  };
}

const schema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("profile"),
    languages: z.array(z.enum(LOCALES)).min(1, "common:form.chooseOne"),
    slots: z.array(z.enum(MEETING_SLOTS)).min(1, "common:form.chooseOne"),
    capacity: z.coerce.number().int().min(1).max(5),
    listed: z.array(z.literal("yes")).max(1),
    status: z.enum(MENTOR_STATUSES),
  }),
  z.object({ intent: z.literal("respond"), mentorshipId: z.string().regex(/^\d+$/), answer: z.enum(["accept", "decline"]) }),
  z.object({ intent: z.literal("end"), mentorshipId: z.string().regex(/^\d+$/) }),
]);

export async function action({ request, context }: ActionFunctionArgs) {
  const user = requireSignedIn(request, context);
  const parsed = await parseForm(request, schema, { arrays: ["languages", "slots", "listed"] });
  if (!parsed.ok) return formFailure(parsed);
  const input = parsed.data;
  if (input.intent === "profile") {
    if (!canOptInAsMentor(user)) throw notFound();
    const saved = saveMentorProfile(user.id, { languages: input.languages, slots: input.slots, capacity: input.capacity, listed: input.listed.length > 0, status: input.status });
    if (!saved.ok) throw notFound();
    return redirect("/mentor?ok=saved", 303);
  }
  if (input.intent === "respond") {
    const result = respondToProposal(Number(input.mentorshipId), user.id, input.answer === "accept");
    if (!result.ok) throw notFound();
    return redirect(`/mentor?ok=${input.answer === "accept" ? "accepted" : "declined"}`, 303);
  }
  const mentorship = getMentorship(Number(input.mentorshipId));
  if (!mentorship || !canEndMentorship(user, mentorship)) throw notFound();
  endMentorship(mentorship.id);
  return redirect("/mentor?ok=saved", 303);
}

export default function Mentor() {
  const { t } = useTranslation("mentoring");
  const msg = useMessage();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<ActionFailure>();
  const { locale, profile, dashboard } = data;
  const list = (name: string, fallback: string[]) => (Array.isArray(failure?.values[name]) ? (failure!.values[name] as string[]) : fallback);
  return (
    <div className="wide">
      <h1>{t("home.title")}</h1>
      {data.note ? <StatusMessage message={{ key: `mentoring:home.${data.note}` }} /> : null}
      <StatusMessage message={failure?.formError} tone="error" />
      {!data.eligible ? <p>{t("home.notEligible")}</p> : <p>{t("home.eligible", { courses: data.courses.join(", ") })}</p>}

      {data.proposals.length ? (
        <section aria-labelledby="proposals">
          <h2 id="proposals">{t("home.proposals")}</h2>
          <ul className="entries">
            {data.proposals.map((p) => (
              <li key={p.id}>
                <p>{t("home.proposal", { cohort: p.cohort, course: p.course })}</p>
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="respond" />
                  <input type="hidden" name="mentorshipId" value={p.id} />
                  <button type="submit" name="answer" value="accept" className="button">
                    {t("home.accept")}
                  </button>
                  <button type="submit" name="answer" value="decline" className="small-button">
                    {t("home.decline")}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {dashboard.cohorts.length ? (
        <>
          <section aria-labelledby="attention">
            <h2 id="attention">{t("home.attention")}</h2>
            {dashboard.attention.length ? (
              <ol className="entries attention">
                {dashboard.attention.map((item, i) => (
                  <li key={i}>
                    {t(`home.reason.${item.reason}`, { name: item.name, amount: item.amount, count: item.amount })} ·{" "}
                    <Link
                      to={
                        item.reason === "exerciseWaiting"
                          ? `/cohorts/${item.cohortId}/submissions/${item.ref}`
                          : item.reason === "helpOpen"
                            ? `/cohorts/${item.cohortId}#help-${item.ref}`
                            : `/cohorts/${item.cohortId}`
                      }
                    >
                      {t("home.open")}
                    </Link>
                  </li>
                ))}
              </ol>
            ) : (
              <p>{t("home.attentionNone")}</p>
            )}
          </section>
          <section aria-labelledby="my-teams">
            <h2 id="my-teams">{t("home.dashboard")}</h2>
            {dashboard.cohorts.map((c) => (
              <div key={c.id} className="card">
                <h3>
                  <Link to={`/cohorts/${c.id}`}>{c.name}</Link>
                </h3>
                <p className="meta">
                  {c.courseTitle}
                  {c.nextDue ? <> · {t("home.nextDue", { date: formatDate(locale, dateForDisplay(c.nextDue), "UTC") })}</> : null}
                </p>
                <ul className="entries">
                  {c.mentees.map((m) => (
                    <li key={m.id}>
                      <strong>{m.name}</strong>
                      <ProgressBar percent={m.percent} label={t("team:learn.progress", { percent: formatPercent(locale, m.percent) })} />
                      <span className="meta">
                        {m.behindBy > 0 ? t("team:board.behind", { count: m.behindBy }) : t("team:board.onTrack")} ·{" "}
                        {t("team:board.lastActive", { date: formatDate(locale, m.lastActiveAt) })}
                      </span>
                    </li>
                  ))}
                </ul>
                <p className="actions">
                  <Link to={`/mentor/cohorts/${c.id}/sessions`}>{t("home.logSession")}</Link>
                </p>
                <Form method="post">
                  <input type="hidden" name="intent" value="end" />
                  <input type="hidden" name="mentorshipId" value={data.active.find((a) => a.cohortId === c.id)?.id} />
                  <button type="submit" className="link-button">
                    {t("home.end")}
                  </button>
                </Form>
              </div>
            ))}
          </section>
        </>
      ) : data.eligible ? (
        <p className="meta">{t("home.noTeams")}</p>
      ) : null}

      {data.eligible ? (
        <>
          <section aria-labelledby="stats">
            <h2 id="stats">{t("home.stats")}</h2>
            <MentorStatsLine stats={data.stats} locale={locale} />
            <p className="actions">
              <Link to="/mentor/notes">{t("home.myNotes")}</Link> <Link to="/community">{t("community.title")}</Link>
            </p>
          </section>
          <section aria-labelledby="profile">
            <h2 id="profile">{t("home.profileTitle")}</h2>
            <Form method="post" className="stack narrow-form">
              <input type="hidden" name="intent" value="profile" />
              <CheckGroup
                legend={t("home.languages")}
                name="languages"
                options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l], lang: l }))}
                checked={list("languages", profile?.languages ?? [locale])}
                error={msg(failure?.fieldErrors.languages)}
              />
              <CheckGroup
                legend={t("home.slots")}
                name="slots"
                options={MEETING_SLOTS.map((s) => ({ value: s, label: t(`team:slot.${s}`) }))}
                checked={list("slots", profile?.slots ?? [])}
                error={msg(failure?.fieldErrors.slots)}
              />
              <div className="field">
                <label htmlFor="capacity">{t("home.capacity")}</label>
                <select id="capacity" name="capacity" defaultValue={String(profile?.capacity ?? 1)}>
                  {[1, 2, 3, 4, 5].map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
              </div>
              <CheckGroup
                legend={t("home.status")}
                name="status"
                type="radio"
                options={[
                  { value: "active", label: t("home.statusActive") },
                  { value: "paused", label: t("home.statusPaused") },
                  { value: "left", label: t("home.statusLeft") },
                ]}
                checked={[profile?.status ?? "active"]}
              />
              <label className="choice">
                <input type="checkbox" name="listed" value="yes" defaultChecked={profile?.listed ?? false} /> {t("home.listed")}
              </label>
              <button type="submit" className="button">
                {t("home.save")}
              </button>
            </Form>
          </section>
        </>
      ) : null}
    </div>
  );
}
