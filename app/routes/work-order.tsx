import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps, useForm } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ConfirmAction } from "~/components/confirm-action";
import { FormErrors, StatusMessage, TextareaField } from "~/components/forms";
import { WorkOrderFacts } from "~/components/work-order-summary";
import { confirmed } from "~/forms/confirm";
import { replyFor } from "~/forms/reply";
import { parseSubmission, replyWith } from "~/forms/submission.server";
import { getCourse } from "~/curriculum/index.server";
import { requestLocale } from "~/http/locale.server";
import { notFound } from "~/http/responses.server";
import { serverT } from "~/i18n/resources.server";
import { applicantsOf, applicationOf, apply, pick, teamApplicationOf } from "~/models/work/applications.server";
import { orderView } from "~/models/work/order-view.server";
import { checklistOf, organisationName } from "~/models/work/orders.server";
import { requireOrder } from "~/policies/index.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.order.title} · kumi` : "kumi" }];

const NOTES = ["posted", "applied", "picked"] as const;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, order, role } = requireOrder(request, context, params.orderId);
  const locale = requestLocale(request, context);
  const ok = new URL(request.url).searchParams.get("ok");
  const own = applicationOf(order.id, user.id);
  const team = teamApplicationOf(order.id, user.id);
  return {
    order: orderView(order, locale),
    firm: organisationName(order.organisationId),
    checklist: checklistOf(order.id).map((c) => c.text),
    role,
    // What she sees of her own application (or the one she is a teammate on).
    mine: own && own.state !== "invited" ? own.state : team ? team.state : null,
    invited: own?.state === "invited",
    applicants:
      role === "manager"
        ? applicantsOf(order.id).map((a) => ({ ...a, people: a.people.map((p) => ({ ...p, courses: p.courses.map((c) => getCourse(c)?.title[locale] ?? c) })) }))
        : [],
    note: NOTES.find((n) => n === ok) ?? null,
    title: serverT(locale)("work:board.title"),
  };
}

const EMAILS = /^[^\s@]+@[^\s@]+$/;

const schema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("apply"),
    note: z.string().trim().max(1000).optional().default(""),
    teammates: z
      .string()
      .max(1000)
      .optional()
      .default("")
      .refine((v) => v.split(/[\s,]+/).filter(Boolean).every((e) => EMAILS.test(e)), "work:apply.badEmail"),
  }),
  // Picking ends the others' applications: asked first.
  confirmed({ intent: z.literal("pick"), applicationId: z.string().regex(/^\d+$/) }),
]);

const APPLY_ERRORS = {
  closed: "work:apply.closed",
  notEligible: "work:apply.notEligible",
  already: "work:apply.already",
  tooMany: "work:apply.tooMany",
  unknownTeammate: "work:apply.unknownTeammate",
  teammateNotGraduate: "work:apply.teammateNotGraduate",
  teammateTaken: "work:apply.teammateTaken",
  self: "work:apply.self",
} as const;

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, order, role } = requireOrder(request, context, params.orderId);
  const form = await parseSubmission(request, schema);
  if (!form.ok) return form.reply;
  const input = form.value;
  if (input.intent === "apply") {
    if (role !== "candidate") throw notFound();
    const result = apply(order, user, input.note, input.teammates.split(/[\s,]+/).filter(Boolean));
    if (!result.ok) {
      const field = ["unknownTeammate", "teammateNotGraduate", "teammateTaken", "self", "tooMany"].includes(result.reason) ? "teammates" : "";
      const key = result.email ? `${APPLY_ERRORS[result.reason]} ${JSON.stringify({ email: result.email })}` : APPLY_ERRORS[result.reason];
      return replyWith(form.submission, field ? { status: 409, fieldErrors: { [field]: [key] } } : { status: 409, formErrors: [key] });
    }
    return redirect(`/work/${order.id}?ok=applied`, 303);
  }
  if (role !== "manager") throw notFound();
  const result = pick(order.id, Number(input.applicationId), user.id);
  if (!result.ok) return replyWith(form.submission, { status: 409, formErrors: [result.reason === "closed" ? "work:apply.closed" : "common:form.invalid"] });
  return redirect(`/work/${order.id}/workspace?ok=picked`, 303);
}

function ApplyForm({ teamSize }: { teamSize: number }) {
  const { t } = useTranslation("work");
  const [form, fields] = useForm<{ note: string; teammates: string }>({ id: "apply-form", lastResult: replyFor(useActionData<typeof action>(), "apply") });
  return (
    <Form method="post" className="stack narrow-form" {...getFormProps(form)}>
      <FormErrors form={form} />
      <input type="hidden" name="intent" value="apply" />
      <TextareaField meta={fields.note} label={t("apply.note")} hint={t("apply.noteHint")} rows={3} maxLength={1000} />
      {teamSize > 1 ? <TextareaField meta={fields.teammates} label={t("apply.teammates")} hint={t("apply.teammatesHint", { count: teamSize - 1 })} rows={2} /> : null}
      <button type="submit" className="button">
        {t("apply.submit")}
      </button>
    </Form>
  );
}

export default function WorkOrderPage() {
  const { t } = useTranslation("work");
  const data = useLoaderData<typeof loader>();
  const { order } = data;
  return (
    <div className="wide">
      <p className="breadcrumb">
        <Link to="/work">{data.title}</Link>
      </p>
      <h1 lang={order.titleLang}>{order.title}</h1>
      {data.note ? <StatusMessage>{t(`notes.${data.note}`)}</StatusMessage> : null}
      <p className="meta">
        {data.firm} · <span className="badge">{t(`state.${order.state}`)}</span>
      </p>
      <p lang={order.descriptionLang} className="work-text">
        {order.description}
      </p>
      <WorkOrderFacts order={order} />
      {data.checklist.length ? (
        <>
          <h2>{t("order.checklist")}</h2>
          <ul>
            {data.checklist.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        </>
      ) : null}
      {order.firmMayBeNamed ? <p className="hint">{t("order.firmMayBeNamed")}</p> : null}

      {data.role === "worker" || (data.role === "manager" && order.state !== "open") ? (
        <p>
          <Link to={`/work/${order.id}/workspace`} className="button">
            {t("workspace.open")}
          </Link>
        </p>
      ) : null}
      {data.mine ? <p className="notice">{t(`mine.${data.mine}`)}</p> : null}
      {data.role === "candidate" ? (
        <section aria-labelledby="apply">
          <h2 id="apply">{t("apply.title")}</h2>
          {data.invited ? <p className="notice">{t("apply.invited")}</p> : null}
          <ApplyForm teamSize={order.teamSize} />
        </section>
      ) : null}

      {data.role === "manager" ? (
        <section aria-labelledby="applicants">
          <h2 id="applicants">{t("applicants.title")}</h2>
          {data.applicants.length ? null : <p className="meta">{t("applicants.none")}</p>}
          <ul className="entries">
            {data.applicants.map((a) => (
              <li key={a.id} className="card">
                <ul>
                  {a.people.map((p) => (
                    <li key={p.id}>
                      <strong>{p.name}</strong> — {p.courses.join(", ")}
                      {p.portfolio ? (
                        <>
                          {" "}
                          · <Link to={`/portfolio/${p.portfolio}`}>{t("applicants.portfolio")}</Link>
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
                {a.note ? <p>{a.note}</p> : null}
                <p className="badge">{t(`applicationState.${a.state}`)}</p>
                {order.state === "open" && a.state === "applied" ? (
                  <ConfirmAction
                    id={`pick-form-${a.id}`}
                    intent="pick"
                    row={["applicationId", a.id]}
                    label={t("applicants.pick")}
                    consequence={t("applicants.pickConsequence", { count: a.people.length })}
                    confirmLabel={t("applicants.pickConfirm")}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
