import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { getFormProps, useForm } from "@conform-to/react";
import { CheckGroup, FormErrors } from "~/components/forms";
import { message } from "~/forms/message";
import { parseSubmission, replyWith } from "~/forms/submission.server";
import { DEFAULT_TIME_ZONE, TimeZoneSelect } from "~/components/time-zone-select";
import { isTimeZoneId, timeZoneOptions } from "~/i18n/time-zones";
import { getCourse } from "~/curriculum/index.server";
import { MEETING_SLOTS } from "#db/values";
import { requestLocale } from "~/http/locale.server";
import { LOCALES, LOCALE_NAMES, isLocale } from "~/i18n/config";
import { commissionState } from "~/models/partners/commissions.server";
import { consentAndJoin } from "~/models/partners/sponsorships.server";
import { VERIFY_FIRST_MESSAGE, allowAnyone, canJoinTeam, requireSignedIn, requireSponsorInvite } from "~/policies/index.server";

export const meta: MetaFunction = () => [{ title: "kumi" }, { name: "robots", content: "noindex" }];

// The consent page: exactly what the employer will and will not see, in the
// learner's language, before anything is shared.
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { commission, organisation } = requireSponsorInvite(params.code);
  const locale = requestLocale(request, context);
  const state = commissionState(commission);
  return {
    timeZones: timeZoneOptions(locale),
    organisation: organisation.name,
    course: getCourse(commission.courseId)?.title[locale] ?? commission.courseId,
    languages: commission.languages.filter(isLocale),
    seats: commission.seats,
    state,
    signedIn: !!allowAnyone(request, context),
    path: new URL(request.url).pathname,
    locale,
  };
}

const schema = z.object({
  languages: z.array(z.enum(LOCALES)).min(1, "common:form.chooseOne"),
  slots: z.array(z.enum(MEETING_SLOTS)).min(1, "common:form.chooseOne"),
  timeZone: z.string().max(64).refine(isTimeZoneId, "team:trainer.invalidTimeZone"),
});

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = requireSignedIn(request, context);
  const { commission, organisation } = requireSponsorInvite(params.code);
  const form = await parseSubmission(request, schema);
  if (!form.ok) return form.reply;
  if (!canJoinTeam(user)) return replyWith(form.submission, { status: 403, formErrors: [message(VERIFY_FIRST_MESSAGE)] });
  const input = form.value;
  const languages = input.languages.filter((l) => commission.languages.includes(l));
  const result = consentAndJoin(commission.id, user.id, { ...input, languages: languages.length ? languages : input.languages });
  if (!result.ok) {
    const reason = message(`partners:sponsored.${result.reason}`, { organisation: organisation.name, total: commission.seats });
    return replyWith(form.submission, { status: 409, formErrors: [reason] });
  }
  return redirect("/learn?ok=sponsored", 303);
}

export default function SponsoredJoin() {
  const { t } = useTranslation(["partners", "team"]);
  const data = useLoaderData<typeof loader>();
  const [form, fields] = useForm<z.input<typeof schema>>({
    id: "consent-form",
    lastResult: useActionData<typeof action>(),
    defaultValue: { languages: data.languages.includes(data.locale) ? [data.locale] : data.languages.slice(0, 1), slots: [], timeZone: DEFAULT_TIME_ZONE },
  });
  const org = { organisation: data.organisation };
  const closed = data.state !== "open";
  if (closed) {
    // A link that no longer works says so first, and asks for nothing: no consent, no sign-up.
    return (
      <div className="narrow">
        <h1>{t("sponsored.title", { organisation: data.organisation, course: data.course })}</h1>
        <section className="notice warning" aria-labelledby="link-closed">
          <h2 id="link-closed">{t("linkClosed.title")}</h2>
          <p>{t(`sponsored.${data.state === "full" ? "full" : data.state === "expired" ? "expired" : "revoked"}`, { ...org, total: data.seats })}</p>
        </section>
        <p>
          <Link to="/courses">{t("linkClosed.courses")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>{t("sponsored.title", { organisation: data.organisation, course: data.course })}</h1>
      <p>{t("sponsored.intro", org)}</p>
      <section className="consent" aria-label={t("consent.title")}>
        <h2>{t("sponsored.willSee", org)}</h2>
        <ul>
          <li>{t("sponsored.seeProgress")}</li>
          <li>{t("sponsored.seeStatus")}</li>
          <li>{t("sponsored.seeCertificate")}</li>
        </ul>
        <h2>{t("sponsored.neverSee", org)}</h2>
        <ul>
          <li>{t("sponsored.neverCheckIns")}</li>
          <li>{t("sponsored.neverHelp")}</li>
          <li>{t("sponsored.neverExercises")}</li>
          <li>{t("sponsored.neverNotes")}</li>
        </ul>
        <p>{t("sponsored.groupRule")}</p>
        <p>{t("sponsored.withdrawLater", org)}</p>
      </section>
      <FormErrors form={form} />
      {data.signedIn ? (
        <Form method="post" className="stack" {...getFormProps(form)}>
          <CheckGroup meta={fields.languages} legend={t("sponsored.languages")} options={data.languages.map((l) => ({ value: l, label: LOCALE_NAMES[l], lang: l }))} />
          <CheckGroup meta={fields.slots} legend={t("sponsored.slots")} options={MEETING_SLOTS.map((s) => ({ value: s, label: t(`team:slot.${s}`) }))} />
          <TimeZoneSelect meta={fields.timeZone} label={t("sponsored.timeZone")} zones={data.timeZones} />
          <button type="submit" className="button">
            {t("sponsored.agree")}
          </button>
        </Form>
      ) : (
        <p className="notice">
          {t("sponsored.signInFirst")} <Link to={`/signup?redirectTo=${encodeURIComponent(data.path)}`}>{t("common:nav.signup")}</Link> ·{" "}
          <Link to={`/login?redirectTo=${encodeURIComponent(data.path)}`}>{t("common:nav.login")}</Link>
        </p>
      )}
    </div>
  );
}
