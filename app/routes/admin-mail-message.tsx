import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { IntentForm } from "~/components/forms";
import { parseSubmission } from "~/forms/submission.server";
import { parseId } from "~/http/ids";
import { notFound } from "~/http/responses.server";
import { getMail, requeueMail } from "~/models/mail/outbox.server";
import { requireAdmin } from "~/policies/index.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.mail.subject} · kumi` : "kumi" }];

/** One e-mail as sent: headers, plain text, and the HTML as escaped source. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  requireAdmin(request, context);
  const id = parseId(params.mailId);
  const mail = id === null ? null : getMail(id);
  if (!mail) throw notFound();
  return {
    mail: {
      id: mail.id,
      to: mail.to,
      subject: mail.subject,
      kind: mail.kind,
      locale: mail.locale,
      status: mail.status,
      attempts: mail.attempts,
      lastError: mail.lastError,
      headers: mail.headers,
      text: mail.text,
      html: mail.html,
    },
  };
}

/** "Send again" for a failed e-mail: an admin's decision (an interrupted one may have arrived already). */
export async function action({ request, context, params }: ActionFunctionArgs) {
  requireAdmin(request, context);
  const id = parseId(params.mailId);
  if (id === null || !getMail(id)) throw notFound();
  const form = await parseSubmission(request, z.object({ intent: z.literal("retry") }));
  if (!form.ok) return form.reply;
  requeueMail(id);
  return redirect(`/admin/mail/${id}`, 303);
}

export default function AdminMailMessage() {
  const { t } = useTranslation("mail");
  const { mail } = useLoaderData<typeof loader>();
  return (
    <div>
      <p>
        <Link to="/admin/mail">{t("admin.back")}</Link>
      </p>
      <h1>{mail.subject}</h1>
      <dl className="facts mail-facts">
        <dt>{t("admin.to")}</dt>
        <dd>{mail.to}</dd>
        <dt>{t("admin.status")}</dt>
        <dd>
          {t(`admin.${mail.status}`)} ({t("admin.attempts")}: {mail.attempts})
        </dd>
        {mail.lastError ? (
          <>
            <dt>{t("admin.reason")}</dt>
            <dd>{mail.lastError}</dd>
          </>
        ) : null}
        {Object.entries(mail.headers).map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {mail.status === "failed" ? (
        <IntentForm id="retry-mail" intent="retry">
          <button type="submit" className="button">
            {t("admin.retry")}
          </button>
        </IntentForm>
      ) : null}
      <h2>{t("admin.text")}</h2>
      <pre className="mail-text" data-testid="mail-text">
        {mail.text}
      </pre>
      <h2>{t("admin.html")}</h2>
      {/* As escaped source: a srcdoc frame would inherit this page's CSP, which
          (rightly) refuses the e-mail's inline styles. */}
      <pre className="mail-text" data-testid="mail-html">
        {mail.html}
      </pre>
    </div>
  );
}
