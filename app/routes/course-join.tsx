import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { CheckGroup } from "~/components/check-group";
import { StatusMessage, useMessage } from "~/components/messages";
import { TimeZoneSelect, isKnownTimeZone } from "~/components/time-zone-select";
import { MEETING_SLOTS } from "#db/values";
import { formFailure, parseForm, type ActionFailure } from "~/http/form-action.server";
import { requestLocale } from "~/http/locale.server";
import { LOCALES, LOCALE_NAMES } from "~/i18n/config";
import { serverT } from "~/i18n/resources.server";
import { cohortOfLearner } from "~/models/cohorts.server";
import { requestEnrolment, waitingRequest, withdrawRequest } from "~/models/enrolment.server";
import { requireCourse, requireSignedIn } from "~/policies/index.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = requireSignedIn(request, context);
  const course = requireCourse(params.courseId);
  const locale = requestLocale(request, context);
  const cohort = cohortOfLearner(user.id, course.id);
  const waiting = waitingRequest(user.id, course.id);
  return {
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
    timeZone: z.string().max(64).refine(isKnownTimeZone, "team:trainer.invalidTimeZone"),
  }),
  z.object({ intent: z.literal("withdraw") }),
]);

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = requireSignedIn(request, context);
  const course = requireCourse(params.courseId);
  const parsed = await parseForm(request, schema, { arrays: ["languages", "slots"] });
  if (!parsed.ok) return formFailure(parsed);
  if (parsed.data.intent === "withdraw") {
    withdrawRequest(user.id, course.id);
    return redirect("/learn", 303);
  }
  if (cohortOfLearner(user.id, course.id)) return redirect(`/courses/${course.id}/join`, 303);
  requestEnrolment({ userId: user.id, courseId: course.id, ...parsed.data });
  return redirect(`/courses/${course.id}/join?saved`, 303);
}

export default function CourseJoin() {
  const { t } = useTranslation("team");
  const msg = useMessage();
  const { course, cohortId, request, locale, saved } = useLoaderData<typeof loader>();
  const failure = useActionData<ActionFailure>();
  const values = failure?.values ?? {};
  const list = (name: string, fallback: string[]) => (Array.isArray(values[name]) ? (values[name] as string[]) : fallback);
  return (
    <div className="narrow">
      <h1>{t("join.title", { course: course.title })}</h1>
      {cohortId ? (
        <p className="notice">
          {t("join.alreadyInTeam")} <Link to={`/cohorts/${cohortId}`}>{t("learn.openBoard")}</Link>
        </p>
      ) : (
        <>
          {saved ? <StatusMessage message={{ key: "team:join.saved" }} /> : null}
          {request && !saved ? <p className="notice">{t("join.alreadyWaiting")}</p> : null}
          <p>{t("join.intro")}</p>
          <StatusMessage message={failure?.formError} tone="error" />
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="request" />
            <CheckGroup
              legend={t("join.languages")}
              name="languages"
              options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l], lang: l }))}
              checked={list("languages", request?.languages ?? [locale])}
              error={msg(failure?.fieldErrors.languages)}
            />
            <CheckGroup
              legend={t("join.slots")}
              name="slots"
              options={["weekday-morning", "weekday-daytime", "weekday-evening", "weekend"].map((s) => ({ value: s, label: t(`slot.${s}`) }))}
              checked={list("slots", request?.slots ?? [])}
              error={msg(failure?.fieldErrors.slots)}
            />
            <TimeZoneSelect
              label={t("join.timeZone")}
              name="timeZone"
              defaultValue={(values.timeZone as string | undefined) ?? request?.timeZone}
              error={msg(failure?.fieldErrors.timeZone)}
            />
            <button type="submit" className="button">
              {request ? t("join.update") : t("join.submit")}
            </button>
          </Form>
          {request ? (
            <Form method="post">
              <input type="hidden" name="intent" value="withdraw" />
              <button type="submit" className="link-button">
                {t("join.withdraw")}
              </button>
            </Form>
          ) : null}
          <p className="meta">{t("join.haveCode")}</p>
        </>
      )}
    </div>
  );
}
