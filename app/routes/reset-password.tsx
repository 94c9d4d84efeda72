import { redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { getFormProps, useForm } from "@conform-to/react";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { Field, FormErrors } from "~/components/forms";
import { LIMITS } from "~/forms/auth-fields";
import { resetPasswordSchema } from "~/forms/auth-schemas.server";
import { message } from "~/forms/message";
import { parseSubmission, replyWith } from "~/forms/submission.server";
import { SECRET_FIELDS } from "~/http/auth-action.server";
import { startSession } from "~/http/auth.server";
import { cookieShouldBeSecure } from "~/http/cookies.server";
import { requestLocale } from "~/http/locale.server";
import { localeCookie } from "~/i18n/negotiate.server";
import { serverT } from "~/i18n/resources.server";
import { PASSWORD_LIMITS } from "~/models/accounts/password-rules.server";
import { checkResetToken, resetPassword } from "~/models/accounts/password-reset.server";
import { getUserById } from "~/models/users.server";
import { allowAnyone, publicPage } from "~/policies/index.server";

// The token is in the address: it must not travel on to other sites.
export const headers: HeadersFunction = () => ({ "Referrer-Policy": "no-referrer" });

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  allowAnyone(request, context);
  const locale = requestLocale(request, context);
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const check = checkResetToken(token);
  // An unusable link is explained on the page, with the way to a new one.
  return { token: check.ok ? token : "", problem: check.ok ? null : check.reason, title: `${serverT(locale)("mail:resetPage.title")} · kumi` };
}

/**
 * A new password from a valid link: every session of the account ends (in
 * the model), then this browser is signed in afresh.
 */
export async function action({ request }: ActionFunctionArgs) {
  publicPage();
  const form = await parseSubmission(request, resetPasswordSchema, { hideFields: SECRET_FIELDS });
  if (!form.ok) return form.reply;
  const { value, submission } = form;
  const result = await resetPassword(value.token, value.password);
  if (!result.ok) {
    if (result.reason === "password") {
      return replyWith(submission, { fieldErrors: { password: [message(result.passwordReason, PASSWORD_LIMITS)] }, hideFields: SECRET_FIELDS });
    }
    return replyWith(submission, { status: 400, formErrors: [message(`mail:resetPage.${result.reason}`)], hideFields: SECRET_FIELDS });
  }
  const user = getUserById(result.userId)!;
  const headers = new Headers();
  headers.append("Set-Cookie", startSession(request, user.id));
  headers.append("Set-Cookie", localeCookie(user.locale, cookieShouldBeSecure(request)));
  return redirect("/courses", { status: 303, headers });
}

export default function ResetPassword() {
  const { t } = useTranslation("mail");
  const { token, problem } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useForm<z.input<typeof resetPasswordSchema>>({ id: "reset-form", lastResult });
  return (
    <div className="narrow">
      <h1>{t("resetPage.title")}</h1>
      {problem ? (
        <>
          <p className="notice" role="alert">
            {t(`resetPage.${problem}`)}
          </p>
          <p>
            <Link to="/forgot-password">{t("resetPage.again")}</Link>
          </p>
        </>
      ) : (
        <>
          <FormErrors form={form} summary="auth:errors.summary" />
          <Form method="post" className="stack" {...getFormProps(form)}>
            <input type="hidden" name="token" value={token} />
            <Field
              meta={fields.password}
              label={t("resetPage.newPassword")}
              type="password"
              autoComplete="new-password"
              minLength={LIMITS.passwordMin}
              maxLength={LIMITS.passwordMax}
              required
            />
            <button type="submit" className="button" disabled={busy}>
              {t("resetPage.submit")}
            </button>
          </Form>
        </>
      )}
    </div>
  );
}
