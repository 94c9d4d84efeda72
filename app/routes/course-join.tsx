import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { getFormProps, useForm } from "@conform-to/react";
import { CheckGroup, FormErrors, IntentForm, StatusMessage } from "~/components/forms";
import { replyFor } from "~/forms/reply";
import { message } from "~/forms/message";
import { parseSubmission, replyWith } from "~/forms/submission.server";
import { DEFAULT_TIME_ZONE, TimeZoneSelect } from "~/components/time-zone-select";
import { isTimeZoneId, timeZoneOptions } from "~/i18n/time-zones";

import { MEETING_SLOTS } from "#db/values";
import { requestLocale } from "~/http/locale.server";
import { LOCALES, LOCALE_NAMES } from "~/i18n/config";
import { serverT } from "~/i18n/resources.server";
import { cohortOfLearner } from "~/models/cohorts.server";
import { requestEnrolment, waitingRequest, withdrawRequest } from "~/models/enrolment.server";
import { VERIFY_FIRST_MESSAGE, canJoinTeam, requireCourse, requireSignedIn } from "~/policies/index.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = requireSignedIn(request, context);
  const course = requireCourse(params.courseId);
  const locale = requestLocale(request, context);
  const cohort = cohortOfLearner(user.id, course.id);
  const waiting = waitingRequest(user.id, course.id);
  return {
    timeZones: timeZoneOptions(locale),
    course: { id: course.id, title: course.title[locale] },
    cohortId: cohort?.id ?? null,
    request: waiting ? { languages: waiting.languages, slots: waiting.slots, timeZone: waiting.timeZone } : null,
    locale,
    saved: new URL(request.url).searchParams.has("saved"),
    title: `${serverT(locale)("team:join.title", { course: course.title[locale] })} · kumi`,
  };
}

const schema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("request"),
    languages: z.array(z.enum(LOCALES)).min(1, "common:form.chooseOne").max(3),
    slots: z.array(z.enum(MEETING_SLOTS)).min(1, "common:form.chooseOne").max(4),
    timeZone: z.string().max(64).refine(isTimeZoneId, "team:trainer.invalidTimeZone"),
  }),
  z.object({ intent: z.literal("withdraw") }),
]);

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = requireSignedIn(request, context);
  const course = requireCourse(params.courseId);
  const form = await parseSubmission(request, schema);
  if (!form.ok) return form.reply;
  const input = form.value;
  if (input.intent === "withdraw") {
    withdrawRequest(user.id, course.id);
    return redirect("/learn", 303);
  }
  if (cohortOfLearner(user.id, course.id)) return redirect(`/courses/${course.id}/join`, 303);
  if (!canJoinTeam(user)) return replyWith(form.submission, { status: 403, formErrors: [message(VERIFY_FIRST_MESSAGE)] });
  requestEnrolment({ userId: user.id, courseId: course.id, ...input });
  return redirect(`/courses/${course.id}/join?saved`, 303);
}

export default function CourseJoin() {
  const { t } = useTranslation("team");
  const { course, cohortId, request, locale, saved, timeZones } = useLoaderData<typeof loader>();
  const [form, fields] = useForm<{ intent: string; languages: string[]; slots: string[]; timeZone: string }>({
    id: "request-form",
    lastResult: replyFor(useActionData<typeof action>(), "request"),
    defaultValue: { languages: request?.languages ?? [locale], slots: request?.slots ?? [], timeZone: request?.timeZone ?? DEFAULT_TIME_ZONE },
  });
  return (
    <div className="narrow">
      <h1>{t("join.title", { course: course.title })}</h1>
      {cohortId ? (
        <p className="notice">
          {t("join.alreadyInTeam")} <Link to={`/cohorts/${cohortId}`}>{t("learn.openBoard")}</Link>
        </p>
      ) : (
        <>
          {saved ? <StatusMessage>{t("join.saved")}</StatusMessage> : null}
          {request && !saved ? <p className="notice">{t("join.alreadyWaiting")}</p> : null}
          <p>{t("join.intro")}</p>
          <FormErrors form={form} />
          <Form method="post" className="stack" {...getFormProps(form)}>
            <input type="hidden" name="intent" value="request" />
            <CheckGroup meta={fields.languages} legend={t("join.languages")} options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l], lang: l }))} />
            <CheckGroup
              meta={fields.slots}
              legend={t("join.slots")}
              options={["weekday-morning", "weekday-daytime", "weekday-evening", "weekend"].map((s) => ({ value: s, label: t(`slot.${s}`) }))}
            />
            <TimeZoneSelect meta={fields.timeZone} label={t("join.timeZone")} zones={timeZones} />
            <button type="submit" className="button">
              {request ? t("join.update") : t("join.submit")}
            </button>
          </Form>
          {request ? (
            <IntentForm id="withdraw-request-form" intent="withdraw">
              <button type="submit" className="link-button">
                {t("join.withdraw")}
              </button>
            </IntentForm>
          ) : null}
          <p className="meta">{t("join.haveCode")}</p>
        </>
      )}
    </div>
  );
}
