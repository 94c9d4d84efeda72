import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { getFormProps, useForm } from "@conform-to/react";
import { ConfirmAction } from "~/components/confirm-action";
import { CheckGroup, Field, FormErrors, SelectField, StatusMessage } from "~/components/forms";
import { confirmed } from "~/forms/confirm";
import { replyFor } from "~/forms/reply";
import { parseSubmission } from "~/forms/submission.server";
import { WeeklyChart } from "~/components/weekly-chart";
import { getCourse, listCourses } from "~/curriculum/index.server";
import { dateForDisplay, isValidIsoDate, todayIn } from "~/domain/calendar";

import { requestLocale } from "~/http/locale.server";
import { notFound } from "~/http/responses.server";
import { OUTCOME_STATUSES } from "#db/values";
import { LOCALES, LOCALE_NAMES } from "~/i18n/config";
import { formatCount, formatDate, formatPercent, formatShortDate } from "~/i18n/format";
import { commissionOfOrganisation, createCommission, revokeCommission } from "~/models/partners/commissions.server";
import { managersOf, removeManager, rotateManagerInvite } from "~/models/partners/organisations.server";
import { partnerReport } from "~/models/partners/report.server";
import { canManageManagers, managerInviteExpiresAt, requireOrganisationReport } from "~/policies/index.server";
import { ScrollRegion } from "~/components/scroll-region";
import { PartnerManagers } from "~/components/partner-managers";
import { ShareLink } from "~/components/share-link";
import { qrCode } from "~/http/qr-code.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.organisation.name} · kumi` : "kumi" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, organisation, role } = requireOrganisationReport(request, context, params.organisationId);
  const locale = requestLocale(request, context);
  const url = new URL(request.url);
  const manages = canManageManagers(role);
  const inviteExpiresAt = managerInviteExpiresAt(organisation);
  const report = partnerReport(organisation.id, locale);
  return {
    organisation: { id: organisation.id, name: organisation.name },
    role,
    managerInvite: manages ? { url: `${url.origin}/partner/join/${organisation.managerInviteCode}`, qr: qrCode(`${url.origin}/partner/join/${organisation.managerInviteCode}`), expiresAt: inviteExpiresAt.toISOString(), expired: inviteExpiresAt <= new Date() } : null,
    managers: manages ? managersOf(organisation.id).map((m) => ({ id: m.id, name: m.name, isYou: m.id === user.id })) : [],
    report,
    staffInviteQr: Object.fromEntries(report.commissions.filter((c) => c.state === "open").map((c) => [c.id, qrCode(`${url.origin}/sponsored/${c.inviteCode}`)])),
    origin: url.origin,
    courses: listCourses().map((c) => ({ id: c.id, title: c.title[locale] })),
    today: todayIn("Asia/Tokyo"),
    locale,
    note: url.searchParams.get("ok"),
  };
}

const schema = z.discriminatedUnion("intent", [
  z
    .object({
      intent: z.literal("commission"),
      courseId: z.string().refine((id) => !!getCourse(id), "common:form.invalid"),
      seats: z.coerce.number().int().min(1).max(500),
      startsOn: z.string().refine(isValidIsoDate, "team:trainer.invalidDate"),
      endsOn: z.string().refine(isValidIsoDate, "team:trainer.invalidDate"),
      languages: z.array(z.enum(LOCALES)).min(1, "common:form.chooseOne"),
    })
    .refine((v) => v.endsOn > v.startsOn, { message: "partners:dashboard.endBeforeStart", path: ["endsOn"] }),
  // Stops the staff link for everyone who has not joined yet: asked first.
  confirmed({ intent: z.literal("revoke"), commissionId: z.string().regex(/^\d+$/) }),
  z.object({ intent: z.literal("rotateInvite") }),
  // Removing someone is asked twice: the box must be ticked, which works without JavaScript.
  z
    .object({ intent: z.literal("removeManager"), userId: z.string().regex(/^\d+$/), confirm: z.string().optional() })
    .refine((v) => v.confirm === "yes", { message: "partners:managers.confirmRequired" }),
]);

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, organisation, role } = requireOrganisationReport(request, context, params.organisationId);
  const form = await parseSubmission(request, schema);
  if (!form.ok) return form.reply;
  const input = form.value;
  if (input.intent === "rotateInvite" || input.intent === "removeManager") {
    if (!canManageManagers(role)) throw notFound();
    if (input.intent === "rotateInvite") {
      rotateManagerInvite(organisation.id);
      return redirect(`/partner/organisations/${organisation.id}?ok=rotated`, 303);
    }
    const userId = Number(input.userId);
    if (!removeManager(organisation.id, userId).removed) throw notFound();
    // Whoever removed themselves has no page here any more.
    return redirect(userId === user.id ? "/" : `/partner/organisations/${organisation.id}?ok=removed`, 303);
  }
  if (input.intent === "commission") {
    createCommission({ organisationId: organisation.id, courseId: input.courseId, seats: input.seats, startsOn: input.startsOn, endsOn: input.endsOn, languages: input.languages, createdBy: user.id });
    return redirect(`/partner/organisations/${organisation.id}?ok=created`, 303);
  }
  const commission = commissionOfOrganisation(organisation.id, Number(input.commissionId));
  if (!commission) throw notFound();
  revokeCommission(commission.id);
  return redirect(`/partner/organisations/${organisation.id}?ok=revoked`, 303);
}

export default function PartnerOrganisation() {
  const { t } = useTranslation("partners");
  const data = useLoaderData<typeof loader>();
  const [form, fields] = useForm<{ intent: string; courseId: string; seats: string; startsOn: string; endsOn: string; languages: string[] }>({
    id: "commission-form",
    lastResult: replyFor(useActionData<typeof action>(), "commission"),
    defaultValue: { courseId: data.courses[0]?.id, seats: "5", startsOn: data.today, languages: ["uk"] },
  });
  const { report, locale } = data;
  const day = (d: string) => formatDate(locale, dateForDisplay(d), "UTC");
  return (
    <div className="wide">
      {data.role === "staff" ? (
        <p className="breadcrumb">
          <Link to="/trainer/organisations">{t("trainer.title")}</Link>
        </p>
      ) : null}
      <h1>{t("dashboard.title", { organisation: data.organisation.name })}</h1>
      {data.note === "created" ? <StatusMessage>{t("dashboard.created")}</StatusMessage> : null}
      {data.note === "rotated" ? <StatusMessage>{t("managers.rotated")}</StatusMessage> : null}
      {data.note === "removed" ? <StatusMessage>{t("managers.removed")}</StatusMessage> : null}
      {data.note === "revoked" ? <StatusMessage>{t("revokeConfirm.done")}</StatusMessage> : null}
      {data.managerInvite ? <PartnerManagers invite={data.managerInvite} managers={data.managers} day={(iso) => formatDate(locale, iso)} /> : null}

      <h2>{t("dashboard.commissions")}</h2>
      {report.commissions.length ? null : <p>{t("dashboard.noCommissions")}</p>}
      {report.commissions.map((c) => (
        <section key={c.id} className="card" aria-labelledby={`commission-${c.id}`}>
          <h3 id={`commission-${c.id}`}>{t("dashboard.commission", { course: c.courseTitle, from: day(c.startsOn), to: day(c.endsOn) })}</h3>
          <p>
            {t("dashboard.seats", { used: c.used, total: c.seats, left: Math.max(0, c.seats - c.used) })} · <span className="badge">{t(`dashboard.state.${c.state}`)}</span>
          </p>
          {c.state === "open" ? (
            <>
              <ShareLink label={t("dashboard.staffInvite")} url={`${data.origin}/sponsored/${c.inviteCode}`} qr={data.staffInviteQr[c.id]} />
              <ConfirmAction
                id={`revoke-form-${c.id}`}
                intent="revoke"
                row={["commissionId", c.id]}
                label={t("dashboard.revoke")}
                consequence={t("revokeConfirm.consequence", { used: c.used, left: Math.max(0, c.seats - c.used) })}
                confirmLabel={t("revokeConfirm.button")}
              />
            </>
          ) : null}
          <h4>{t("dashboard.learners")}</h4>
          {c.learners.length ? (
            <ScrollRegion>
              <table className="summary learners">
                <thead>
                  <tr>
                    <th scope="col">{t("dashboard.name")}</th>
                    <th scope="col">{t("dashboard.status")}</th>
                    <th scope="col">{t("dashboard.progress")}</th>
                    <th scope="col">{t("dashboard.nextDue")}</th>
                    <th scope="col">{t("dashboard.certificate")}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.learners.map((l) => (
                    <tr key={l.userId}>
                      <th scope="row">{l.name}</th>
                      <td>
                        <span className={`status status-${l.status}`}>{t(`status.${l.status}`)}</span>
                      </td>
                      <td>{formatPercent(locale, l.percent)}</td>
                      <td>{l.nextDue ? day(l.nextDue) : "—"}</td>
                      <td>{l.certificateCode ? <Link to={`/certificates/${l.certificateCode}`}>{t("dashboard.viewCertificate")}</Link> : "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          ) : (
            <p className="meta">{t("dashboard.noLearners")}</p>
          )}
          <p className="totals">
            {c.totals.averagePercent === null || c.totals.completed === null
              ? t("dashboard.totalsFew", { fewer: t("dashboard.fewerThan3") })
              : t("dashboard.totals", { learners: c.totals.learners, completed: c.totals.completed, average: formatPercent(locale, c.totals.averagePercent) })}
          </p>
          {c.totals.withdrawn ? <p className="meta">{t("dashboard.withdrawn", { count: c.totals.withdrawn })}</p> : null}
        </section>
      ))}

      <h2>{t("dashboard.cohorts")}</h2>
      {report.cohorts.length ? (
        <ul>
          {report.cohorts.map((c) => (
            <li key={c.name}>
              {c.percent === null
                ? t("dashboard.cohortRowFew", { name: c.name, fewer: t("dashboard.fewerThan3") })
                : t("dashboard.cohortRow", { name: c.name, completed: c.completed, total: c.total, percent: formatPercent(locale, c.percent) })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="meta">{t("dashboard.noCohorts")}</p>
      )}

      <WeeklyChart
        title={t("dashboard.chartTitle")}
        description={t("dashboard.chartDesc")}
        series={report.weekly}
        weekLabel={t("dashboard.week")}
        valueLabel={t("dashboard.lessons")}
        legendLabel={t("chart.legend")}
        hiddenValue={t("dashboard.fewerThan3")}
        hiddenLegend={t("chart.hiddenLegend")}
        formatWeek={day}
        formatWeekShort={(d) => formatShortDate(locale, dateForDisplay(d), "UTC")}
      />
      <section aria-labelledby="after-the-course">
        <h2 id="after-the-course">{t("dashboard.outcomes.title")}</h2>
        <p className="meta">{t("dashboard.outcomes.intro")}</p>
        {report.outcomes.people === 0 ? (
          <p>{t("dashboard.outcomes.none")}</p>
        ) : (
          <>
            <p>{t("dashboard.outcomes.people", { n: report.outcomes.people === null ? t("dashboard.fewerThan3") : formatCount(locale, report.outcomes.people) })}</p>
            <ul>
              {OUTCOME_STATUSES.map((status) => {
                const n = report.outcomes.counts?.[status] ?? null;
                return (
                  <li key={status}>
                    {t(`dashboard.outcomes.status.${status}`)}: {n === null ? t("dashboard.fewerThan3") : formatCount(locale, n)}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>
      <p>
        <a href={`/partner/organisations/${data.organisation.id}/report.csv`} download className="button secondary">
          {t("dashboard.csv")}
        </a>
      </p>

      <h2>{t("dashboard.newCommission")}</h2>
      <FormErrors form={form} />
      <Form method="post" className="stack narrow-form" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="commission" />
        <SelectField meta={fields.courseId} label={t("dashboard.course")}>
          {data.courses.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </SelectField>
        <Field meta={fields.seats} label={t("dashboard.seatsField")} type="number" min={1} max={500} required />
        <Field meta={fields.startsOn} label={t("dashboard.startsOn")} type="date" required />
        <Field meta={fields.endsOn} label={t("dashboard.endsOn")} type="date" required />
        <CheckGroup meta={fields.languages} legend={t("dashboard.languages")} options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l], lang: l }))} />
        <button type="submit" className="button">
          {t("dashboard.createCommission")}
        </button>
      </Form>
    </div>
  );
}
