import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { getFormProps, useForm } from "@conform-to/react";
import { Field, FormErrors, SelectField } from "~/components/forms";
import { parseSubmission } from "~/forms/submission.server";
import { DEFAULT_TIME_ZONE, TimeZoneSelect } from "~/components/time-zone-select";
import { isTimeZoneId, timeZoneOptions } from "~/i18n/time-zones";
import { formatDate } from "~/i18n/format";
import { getCourse, listCourses } from "~/curriculum/index.server";
import { MEETING_SLOTS, TEAM_SIZE } from "#db/values";
import { dateForDisplay, isValidIsoDate } from "~/domain/calendar";
import { requestLocale } from "~/http/locale.server";
import { LOCALES, LOCALE_NAMES } from "~/i18n/config";
import { serverT } from "~/i18n/resources.server";
import { defaultStartDate } from "~/models/cohort-forming.server";
import { createCohort, listCohorts } from "~/models/cohorts.server";
import { waitingForCourse } from "~/models/enrolment.server";
import { requireTrainer } from "~/policies/index.server";
import { ScrollRegion } from "~/components/scroll-region";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  requireTrainer(request, context);
  const locale = requestLocale(request, context);
  const courses = listCourses().map((c) => ({
    id: c.id,
    title: c.title[locale],
    waiting: waitingForCourse(c.id).length,
    cohorts: listCohorts({ courseId: c.id }).map((x) => ({ id: x.id, name: x.name, state: x.state, locale: x.locale, slot: x.meetingSlot, startDate: x.startDate, members: x.memberCount })),
  }));
  return { courses, locale, defaultStart: defaultStartDate(), timeZones: timeZoneOptions(locale), title: `${serverT(locale)("team:trainer.title")} · kumi` };
}

const schema = z.object({
  courseId: z.string().refine((id) => !!getCourse(id), "common:form.invalid"),
  name: z.string().trim().min(1).max(120),
  locale: z.enum(LOCALES),
  meetingSlot: z.enum(MEETING_SLOTS),
  meetingNote: z.string().trim().max(300).default(""),
  startDate: z.string().refine(isValidIsoDate, "team:trainer.invalidDate"),
  weeksPerModule: z.coerce.number().int().min(1).max(12),
  timeZone: z.string().max(64).refine(isTimeZoneId, "team:trainer.invalidTimeZone"),
});

export async function action({ request, context }: ActionFunctionArgs) {
  const user = requireTrainer(request, context);
  const form = await parseSubmission(request, schema);
  if (!form.ok) return form.reply;
  const cohort = createCohort({ ...form.value, state: "forming", createdBy: user.id });
  return redirect(`/trainer/cohorts/${cohort.id}`, 303);
}

export default function TrainerCohorts() {
  const { t } = useTranslation("team");
  const { courses, locale, defaultStart, timeZones } = useLoaderData<typeof loader>();
  const [form, fields] = useForm<z.input<typeof schema>>({
    id: "create-cohort-form",
    lastResult: useActionData<typeof action>(),
    defaultValue: { courseId: courses[0]?.id, locale: "uk", meetingSlot: MEETING_SLOTS[0], startDate: defaultStart, weeksPerModule: "2", timeZone: DEFAULT_TIME_ZONE },
  });
  return (
    <div className="wide">
      <h1>{t("trainer.title")}</h1>
      <p className="lead">{t("trainer.intro")}</p>
      {courses.map((course) => (
        <section key={course.id} className="card" aria-labelledby={`course-${course.id}`}>
          <h2 id={`course-${course.id}`}>{course.title}</h2>
          <p>
            {t("trainer.waiting", { count: course.waiting })}
            {course.waiting > 0 ? (
              <>
                {" "}
                · <Link to={`/trainer/cohorts/form/${course.id}`}>{t("trainer.form")}</Link>
              </>
            ) : null}
          </p>
          {course.cohorts.length ? (
            <ScrollRegion>
              <table className="summary">
                <thead>
                  <tr>
                    <th scope="col">{t("trainer.name")}</th>
                    <th scope="col">{t("trainer.language")}</th>
                    <th scope="col">{t("trainer.slot")}</th>
                    <th scope="col">{t("trainer.startDate")}</th>
                    <th scope="col">{t("trainer.members")}</th>
                  </tr>
                </thead>
                <tbody>
                  {course.cohorts.map((c) => (
                    <tr key={c.id}>
                      <td>
                        <Link to={`/trainer/cohorts/${c.id}`}>{c.name}</Link> <span className="badge">{t(`state.${c.state}`)}</span>
                      </td>
                      <td>{LOCALE_NAMES[c.locale]}</td>
                      <td>{t(`slot.${c.slot}`)}</td>
                      <td>{formatDate(locale, dateForDisplay(c.startDate), "UTC")}</td>
                      <td>{t("trainer.seats", { taken: c.members, total: TEAM_SIZE })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          ) : (
            <p className="meta">{t("trainer.noCohorts")}</p>
          )}
        </section>
      ))}
      <section aria-labelledby="create">
        <h2 id="create">{t("trainer.create")}</h2>
        <FormErrors form={form} />
        <Form method="post" className="stack narrow-form" {...getFormProps(form)}>
          <SelectField meta={fields.courseId} label={t("trainer.course")}>
            {courses.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </SelectField>
          <Field meta={fields.name} label={t("trainer.name")} required maxLength={120} />
          <SelectField meta={fields.locale} label={t("trainer.language")}>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </SelectField>
          <SelectField meta={fields.meetingSlot} label={t("trainer.slot")}>
            {MEETING_SLOTS.map((slot) => (
              <option key={slot} value={slot}>
                {t(`slot.${slot}`)}
              </option>
            ))}
          </SelectField>
          <Field meta={fields.meetingNote} label={t("trainer.meetingNote")} maxLength={300} />
          <Field meta={fields.startDate} label={t("trainer.startDate")} type="date" required />
          <Field meta={fields.weeksPerModule} label={t("trainer.weeksPerModule")} type="number" min={1} max={12} required />
          <TimeZoneSelect meta={fields.timeZone} label={t("trainer.timeZone")} zones={timeZones} />
          <button type="submit" className="button">
            {t("trainer.submitCreate")}
          </button>
        </Form>
      </section>
    </div>
  );
}
