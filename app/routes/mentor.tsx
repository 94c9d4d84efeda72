import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { ConfirmAction } from "~/components/confirm-action";
import { CheckGroup, FormErrors, IntentForm, SelectField, StatusMessage } from "~/components/forms";
import { confirmed } from "~/forms/confirm";
import { replyFor } from "~/forms/reply";
import { parseSubmission } from "~/forms/submission.server";
import { MentorStatsLine } from "~/components/mentor-stats";
import { ProgressBar } from "~/components/progress-bar";
import { getCourse } from "~/curriculum/index.server";
import { MEETING_SLOTS, MENTOR_STATUSES } from "#db/values";
import { dateForDisplay } from "~/domain/calendar";
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
import { PersonName } from "~/components/person-name";

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
  // Leaves a team without its mentor: asked first.
  confirmed({ intent: z.literal("end"), mentorshipId: z.string().regex(/^\d+$/) }),
]);

export async function action({ request, context }: ActionFunctionArgs) {
  const user = requireSignedIn(request, context);
  const form = await parseSubmission(request, schema);
  if (!form.ok) return form.reply;
  const input = form.value;
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
  const { t } = useTranslation(["mentoring", "team"]);
  const data = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const { locale, profile, dashboard } = data;
  const [form, fields] = useForm<{ intent: string; languages: string[]; slots: string[]; capacity: string; listed?: string; status: string }>({
    id: "profile-form",
    lastResult: replyFor(reply, "profile"),
    defaultValue: {
      languages: profile?.languages ?? [locale],
      slots: profile?.slots ?? [],
      capacity: String(profile?.capacity ?? 1),
      listed: profile?.listed ? "yes" : undefined,
      status: profile?.status ?? "active",
    },
  });
  const { key: listedKey, ...listed } = getInputProps(fields.listed, { type: "checkbox", value: "yes" });
  return (
    <div className="wide">
      <h1>{t("home.title")}</h1>
      {data.note ? <StatusMessage>{t(`home.${data.note}`)}</StatusMessage> : null}
      {!data.eligible ? <p>{t("home.notEligible")}</p> : <p>{t("home.eligible", { courses: data.courses.join(", ") })}</p>}

      {data.proposals.length ? (
        <section aria-labelledby="proposals">
          <h2 id="proposals">{t("home.proposals")}</h2>
          <ul className="entries">
            {data.proposals.map((p) => (
              <li key={p.id}>
                <p>{t("home.proposal", { cohort: p.cohort, course: p.course })}</p>
                <IntentForm id={`respond-form-${p.id}`} intent="respond" row={["mentorshipId", p.id]} className="inline-form">
                  <button type="submit" name="answer" value="accept" className="button">
                    {t("home.accept")}
                  </button>
                  <button type="submit" name="answer" value="decline" className="small-button">
                    {t("home.decline")}
                  </button>
                </IntentForm>
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
                {dashboard.attention.map((person) => (
                  <li key={`${person.cohortId}:${person.userId}`}>
                    <p>
                      <strong><PersonName name={person.name} /></strong>
                      {dashboard.cohorts.length > 1 ? (
                        <span className="meta"> · {dashboard.cohorts.find((c) => c.id === person.cohortId)?.name}</span>
                      ) : null}
                    </p>
                    <ul>
                      {person.reasons.map((item, i) => (
                        <li key={i}>
                          {t(`home.reasonShort.${item.reason}`, { count: item.amount })} ·{" "}
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
                            <span className="visually-hidden"> — {person.name}</span>
                          </Link>
                        </li>
                      ))}
                    </ul>
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
                      <strong><PersonName name={m.name} /></strong>
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
                <ConfirmAction
                  id={`end-form-${c.id}`}
                  intent="end"
                  row={["mentorshipId", data.active.find((a) => a.cohortId === c.id)?.id ?? ""]}
                  label={t("home.end")}
                  consequence={t("confirmEnd.mentorConsequence", { team: c.name })}
                  confirmLabel={t("confirmEnd.mentorButton", { team: c.name })}
                />
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
            <FormErrors form={form} />
            <Form method="post" className="stack narrow-form" {...getFormProps(form)}>
              <input type="hidden" name="intent" value="profile" />
              <CheckGroup meta={fields.languages} legend={t("home.languages")} options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l], lang: l }))} />
              <CheckGroup meta={fields.slots} legend={t("home.slots")} options={MEETING_SLOTS.map((s) => ({ value: s, label: t(`team:slot.${s}`) }))} />
              <SelectField meta={fields.capacity} label={t("home.capacity")}>
                {[1, 2, 3, 4, 5].map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </SelectField>
              <CheckGroup
                meta={fields.status}
                legend={t("home.status")}
                type="radio"
                options={[
                  { value: "active", label: t("home.statusActive") },
                  { value: "paused", label: t("home.statusPaused") },
                  { value: "left", label: t("home.statusLeft") },
                ]}
              />
              <label className="choice">
                <input key={listedKey} {...listed} /> {t("home.listed")}
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
