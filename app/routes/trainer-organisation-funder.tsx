import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps, useForm } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FUNDER_KINDS } from "#db/values";
import { Field, FormErrors, IntentForm, SelectField, StatusMessage } from "~/components/forms";
import { replyFor } from "~/forms/reply";
import { parseSubmission } from "~/forms/submission.server";
import { requestLocale } from "~/http/locale.server";
import { notFound } from "~/http/responses.server";
import { getCourse } from "~/curriculum/index.server";
import { serverT } from "~/i18n/resources.server";
import { commissionExists, commissionsForFunding, getFunder, saveFunder, setFundedSeats } from "~/models/funders/definition.server";
import { canViewFunderReport, requireFunderSettings } from "~/policies/index.server";

// Staff mark an organisation as a funder, define the outcome it pays for and
// set the seats it funds in commissions.

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, organisation } = requireFunderSettings(request, context, params.organisationId);
  const locale = requestLocale(request, context);
  const funder = getFunder(organisation.id);
  const saved = new URL(request.url).searchParams.get("ok") === "saved";
  return {
    organisation: { id: organisation.id, name: organisation.name },
    funder: funder ? { kind: funder.kind, minHours: funder.outcomeMinHours, withinMonths: funder.outcomeWithinMonths } : null,
    commissions: funder ? commissionsForFunding(organisation.id).map((c) => ({ ...c, courseTitle: getCourse(c.courseId)?.title[locale] ?? c.courseId })) : [],
    saved,
    // Trainers set funders up but do not read outcomes: the link only for those who may.
    canViewReport: Boolean(funder) && canViewFunderReport(user, organisation.id),
    title: `${serverT(locale)("funders:settings.title")} · ${organisation.name} · kumi`,
  };
}

const count = (max: number) => z.coerce.number({ message: "funders:errors.number" }).int("funders:errors.number").min(1, "funders:errors.number").max(max, "funders:errors.number");
const schema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("funder"), kind: z.enum(FUNDER_KINDS, { message: "funders:errors.kind" }), minHours: count(168), withinMonths: count(24) }),
  z.object({ intent: z.literal("seats"), commissionId: z.string().regex(/^\d{1,10}$/), seats: z.coerce.number({ message: "funders:errors.seats" }).int("funders:errors.seats").min(0, "funders:errors.seats").max(1000, "funders:errors.seats") }),
]);

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { organisation } = requireFunderSettings(request, context, params.organisationId);
  const form = await parseSubmission(request, schema);
  if (!form.ok) return form.reply;
  const input = form.value;
  if (input.intent === "funder") {
    saveFunder(organisation.id, { kind: input.kind, outcomeMinHours: input.minHours, outcomeWithinMonths: input.withinMonths });
  } else {
    // Seats only for a funder, and only in a commission that exists.
    if (!getFunder(organisation.id) || !commissionExists(Number(input.commissionId))) throw notFound();
    setFundedSeats(organisation.id, Number(input.commissionId), input.seats);
  }
  return redirect(`/trainer/organisations/${organisation.id}/funder?ok=saved`, 303);
}

export default function TrainerOrganisationFunder() {
  const { t } = useTranslation("funders");
  const { organisation, funder, commissions, saved, canViewReport } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "funder-form",
    lastResult: replyFor(reply, "funder"),
    defaultValue: { kind: funder?.kind ?? "fund", minHours: String(funder?.minHours ?? 20), withinMonths: String(funder?.withinMonths ?? 6) },
  });
  return (
    <div className="wide">
      <h1>{t("settings.title")}</h1>
      <p className="lead">
        <Link to={`/partner/organisations/${organisation.id}`}>{organisation.name}</Link>
      </p>
      {saved ? <StatusMessage>{t("settings.saved")}</StatusMessage> : null}
      <p>{funder ? t("settings.isFunder") : t("settings.notFunder")}</p>
      {canViewReport ? (
        <p>
          <Link to={`/funders/${organisation.id}`}>{t("settings.report")}</Link>
        </p>
      ) : null}
      <Form method="post" className="stack narrow-form" {...getFormProps(form)}>
        <FormErrors form={form} />
        <input type="hidden" name="intent" value="funder" />
        <SelectField meta={fields.kind} label={t("settings.kind")}>
          {FUNDER_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </SelectField>
        <Field meta={fields.minHours} type="number" label={t("settings.minHours")} min={1} max={168} required />
        <Field meta={fields.withinMonths} type="number" label={t("settings.withinMonths")} min={1} max={24} required />
        <button type="submit" className="button">
          {funder ? t("settings.save") : t("settings.make")}
        </button>
      </Form>
      {funder ? (
        <section aria-labelledby="funded-seats">
          <h2 id="funded-seats">{t("settings.seatsTitle")}</h2>
          {commissions.length ? (
            <ul className="entries">
              {commissions.map((c) => (
                <li key={c.id}>
                  <p>{t("report.commission", { organisation: c.organisation, course: c.courseTitle, startsOn: c.startsOn, count: c.seats })}</p>
                  <IntentForm id={`seats-form-${c.id}`} intent="seats" row={["commissionId", c.id]} className="inline-form">
                    <label>
                      {t("settings.fundedSeats")} <input type="number" name="seats" min={0} max={1000} defaultValue={c.funded} inputMode="numeric" />
                    </label>{" "}
                    <button type="submit" className="small-button">
                      {t("settings.saveSeats")}
                    </button>
                  </IntentForm>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("settings.noCommissions")}</p>
          )}
        </section>
      ) : null}
    </div>
  );
}
