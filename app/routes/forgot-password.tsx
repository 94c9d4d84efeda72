import { data, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { getFormProps, useForm } from "@conform-to/react";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { Field, FormErrors } from "~/components/forms";
import { HoneypotField } from "~/components/honeypot-field";
import { LIMITS } from "~/forms/auth-fields";
import { forgotPasswordSchema } from "~/forms/auth-schemas.server";
import { parseSubmission } from "~/forms/submission.server";
import { limitAuthAttempt, turnAwayBots } from "~/http/auth-action.server";
import { requestLocale } from "~/http/locale.server";
import { serverT } from "~/i18n/resources.server";
import { requestPasswordReset } from "~/models/accounts/password-reset.server";
import { allowAnyone, publicPage } from "~/policies/index.server";

// Retry-After on a 429 comes from the action.
export const headers: HeadersFunction = ({ actionHeaders }) => actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  allowAnyone(request, context);
  const locale = requestLocale(request, context);
  return { title: `${serverT(locale)("mail:forgot.title")} · kumi` };
}

// The same answer for every address: whether one has an account shows only in
// the mailbox of its owner.
export async function action({ request, context }: ActionFunctionArgs) {
  publicPage();
  const form = await parseSubmission(request, forgotPasswordSchema);
  if (!form.ok) return form.reply;
  const { value, submission } = form;
  const refused = turnAwayBots(submission) ?? (await limitAuthAttempt("reset", context, value.email, submission));
  if (refused) return refused;
  requestPasswordReset(value.email);
  return data({ sentTo: value.email.trim().toLowerCase() });
}

export default function ForgotPassword() {
  const { t } = useTranslation("mail");
  const { t: tAuth } = useTranslation("auth");
  const actionData = useActionData<typeof action>();
  const sentTo = actionData && "sentTo" in actionData ? actionData.sentTo : null;
  const lastResult = actionData && !("sentTo" in actionData) ? actionData : undefined;
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useForm<z.input<typeof forgotPasswordSchema>>({ id: "forgot-form", lastResult });
  return (
    <div className="narrow">
      <h1>{t("forgot.title")}</h1>
      {sentTo ? (
        <p className="notice success" role="status">
          {t("forgot.sent", { email: sentTo })}
        </p>
      ) : (
        <>
          <p>{t("forgot.intro")}</p>
          <FormErrors form={form} summary="auth:errors.summary" />
          <Form method="post" className="stack" {...getFormProps(form)}>
            <HoneypotField label={tAuth("fields.honeypot")} />
            <Field meta={fields.email} label={tAuth("fields.email")} type="email" autoComplete="email" inputMode="email" maxLength={LIMITS.emailMax} required />
            <button type="submit" className="button" disabled={busy}>
              {t("forgot.submit")}
            </button>
          </Form>
        </>
      )}
    </div>
  );
}
