import { redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { getFormProps, useForm } from "@conform-to/react";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { Field, FormErrors } from "~/components/forms";
import { HoneypotField } from "~/components/honeypot-field";
import { LIMITS } from "~/forms/auth-fields";
import { loginSchema } from "~/forms/auth-schemas.server";
import { message } from "~/forms/message";
import { parseSubmission, replyWith } from "~/forms/submission.server";
import { SECRET_FIELDS, limitAuthAttempt, recordLoginOutcome, turnAwayBots } from "~/http/auth-action.server";
import { startSession } from "~/http/auth.server";
import { cookieShouldBeSecure } from "~/http/cookies.server";
import { safeRedirect } from "~/http/safe-redirect";
import { localeCookie } from "~/i18n/negotiate.server";
import { requestLocale } from "~/http/locale.server";
import { serverT } from "~/i18n/resources.server";
import { maySignIn } from "~/models/accounts/account-status.server";
import { landingPath } from "~/models/accounts/landing.server";
import { verifyLogin } from "~/models/users.server";
import { allowAnyone, publicPage } from "~/policies/index.server";

// Retry-After on a 429 comes from the action.
export const headers: HeadersFunction = ({ actionHeaders }) => actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  // Without a page to return to, the person lands where their role works (see landingPath).
  const asked = new URL(request.url).searchParams.get("redirectTo");
  const redirectTo = asked ? safeRedirect(asked, "/courses") : "";
  const viewer = allowAnyone(request, context);
  if (viewer) throw redirect(redirectTo || landingPath(viewer));
  const locale = requestLocale(request, context);
  return { redirectTo, title: `${serverT(locale)("auth:login.title")} · kumi` };
}

export async function action({ request, context }: ActionFunctionArgs) {
  publicPage();
  const form = await parseSubmission(request, loginSchema, { hideFields: SECRET_FIELDS });
  if (!form.ok) return form.reply;
  const { value, submission } = form;
  const refused = turnAwayBots(submission) ?? (await limitAuthAttempt("login", context, value.email, submission));
  if (refused) return refused;

  const user = await verifyLogin(value.email, value.password);
  await recordLoginOutcome(context, value.email, user !== null);
  if (!user) return replyWith(submission, { status: 401, formErrors: [message("auth:errors.invalidCredentials")], hideFields: SECRET_FIELDS });
  // Said only to someone who knew the password: it tells them whom to ask.
  if (!maySignIn(user.id)) return replyWith(submission, { status: 403, formErrors: [message("account:signIn.disabled")], hideFields: SECRET_FIELDS });

  const headers = new Headers();
  headers.append("Set-Cookie", startSession(request, user.id));
  // The account's language wins over whatever this browser had chosen before.
  headers.append("Set-Cookie", localeCookie(user.locale, cookieShouldBeSecure(request)));
  return redirect(value.redirectTo ? safeRedirect(value.redirectTo, "/courses") : landingPath(user), { headers });
}

export default function Login() {
  const { t } = useTranslation("auth");
  const { t: tMail } = useTranslation("mail");
  const { redirectTo } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useForm<z.input<typeof loginSchema>>({ id: "login-form", lastResult, defaultValue: { redirectTo } });
  return (
    <div className="narrow">
      <h1>{t("login.title")}</h1>
      <FormErrors form={form} summary="auth:errors.summary" />
      <Form method="post" className="stack" {...getFormProps(form)}>
        {redirectTo || fields.redirectTo.value ? <input type="hidden" name="redirectTo" value={fields.redirectTo.value ?? redirectTo} /> : null}
        <HoneypotField label={t("fields.honeypot")} />
        <Field
          meta={fields.email}
          label={t("fields.email")}
          type="email"
          autoComplete="email"
          inputMode="email"
          maxLength={LIMITS.emailMax}
          required
        />
        <Field
          meta={fields.password}
          label={t("fields.password")}
          type="password"
          autoComplete="current-password"
          maxLength={LIMITS.passwordMax}
          required
        />
        <button type="submit" className="button" disabled={busy}>
          {t("login.submit")}
        </button>
      </Form>
      <p>
        <Link to="/forgot-password">{tMail("forgot.link")}</Link>
      </p>
      <p>
        {t("login.noAccount")} <Link to={redirectTo ? `/signup?redirectTo=${encodeURIComponent(redirectTo)}` : "/signup"}>{t("login.signupLink")}</Link>
      </p>
    </div>
  );
}
