import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { CheckGroup } from "~/components/check-group";
import { StatusMessage, useMessage } from "~/components/messages";
import { TimeZoneSelect, isKnownTimeZone } from "~/components/time-zone-select";
import { getCourse } from "~/curriculum/index.server";
import { MEETING_SLOTS } from "#db/values";
import { formFailure, parseForm, type ActionFailure } from "~/http/form-action.server";
import { requestLocale } from "~/http/locale.server";
import { LOCALES, LOCALE_NAMES, isLocale } from "~/i18n/config";
import { commissionState } from "~/models/partners/commissions.server";
import { consentAndJoin } from "~/models/partners/sponsorships.server";
import { allowAnyone, requireSignedIn, requireSponsorInvite } from "~/policies/index.server";

export const meta: MetaFunction = () => [{ title: "kumi" }, { name: "robots", content: "noindex" }];

// The consent page: exactly what the employer will and will not see, in the
// learner's language, before anything is shared.
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { commission, organisation } = requireSponsorInvite(params.code);
  const locale = requestLocale(request, context);
  const state = commissionState(commission);
  return {
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
  timeZone: z.string().max(64).refine(isKnownTimeZone, "team:trainer.invalidTimeZone"),
});

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = requireSignedIn(request, context);
  const { commission, organisation } = requireSponsorInvite(params.code);
  const parsed = await parseForm(request, schema, { arrays: ["languages", "slots"] });
  if (!parsed.ok) return formFailure(parsed);
  const languages = parsed.data.languages.filter((l) => commission.languages.includes(l));
  const result = consentAndJoin(commission.id, user.id, { ...parsed.data, languages: languages.length ? languages : parsed.data.languages });
  if (!result.ok) {
    return formFailure({ status: 409, formError: { key: `partners:sponsored.${result.reason}`, params: { organisation: organisation.name, total: commission.seats } }, values: parsed.values });
  }
  return redirect("/learn?ok=sponsored", 303);
}

export default function SponsoredJoin() {
  const { t } = useTranslation("partners");
  const msg = useMessage();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<ActionFailure>();
  const org = { organisation: data.organisation };
  const closed = data.state !== "open";
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
        <p>{t("sponsored.withdrawLater", org)}</p>
      </section>
      <StatusMessage message={failure?.formError} tone="error" />
      {closed ? (
        <p className="form-error" role="alert">
          {t(`sponsored.${data.state === "full" ? "full" : data.state === "expired" ? "expired" : "revoked"}`, { ...org, total: data.seats })}
        </p>
      ) : data.signedIn ? (
        <Form method="post" className="stack">
          <CheckGroup
            legend={t("sponsored.languages")}
            name="languages"
            options={data.languages.map((l) => ({ value: l, label: LOCALE_NAMES[l], lang: l }))}
            checked={Array.isArray(failure?.values.languages) ? (failure!.values.languages as string[]) : data.languages.includes(data.locale) ? [data.locale] : data.languages.slice(0, 1)}
            error={msg(failure?.fieldErrors.languages)}
          />
          <CheckGroup
            legend={t("sponsored.slots")}
            name="slots"
            options={MEETING_SLOTS.map((s) => ({ value: s, label: t(`team:slot.${s}`) }))}
            checked={Array.isArray(failure?.values.slots) ? (failure!.values.slots as string[]) : []}
            error={msg(failure?.fieldErrors.slots)}
          />
          <TimeZoneSelect label={t("sponsored.timeZone")} name="timeZone" defaultValue={failure?.values.timeZone as string | undefined} />
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
