import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { getFormProps, useForm } from "@conform-to/react";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { Field, FieldError, FormErrors } from "~/components/forms";
import { HoneypotField } from "~/components/honeypot-field";
import { LIMITS } from "~/forms/auth-fields";
import { signupSchema } from "~/forms/auth-schemas.server";
import { message } from "~/forms/message";
import { parseSubmission, replyWith } from "~/forms/submission.server";
import { SECRET_FIELDS, limitAuthAttempt, turnAwayBots } from "~/http/auth-action.server";
import { cookieShouldBeSecure } from "~/http/cookies.server";
import { safeRedirect } from "~/http/safe-redirect";
import { LOCALES, LOCALE_NAMES } from "~/i18n/config";
import { localeCookie } from "~/i18n/negotiate.server";
import { requestLocale } from "~/http/locale.server";
import { serverT } from "~/i18n/resources.server";
import { checkPassword, PASSWORD_LIMITS } from "~/models/accounts/password-rules.server";
import { signUpOrNotify } from "~/models/accounts/signup.server";
import { allowAnyone, publicPage } from "~/policies/index.server";

// Retry-After on a 429 comes from the action.
export const headers: HeadersFunction = ({ actionHeaders }) => actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (allowAnyone(request, context)) throw redirect("/courses");
  const locale = requestLocale(request, context);
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get("redirectTo"), "/courses");
  return { locale, redirectTo, title: `${serverT(locale)("auth:signup.title")} · kumi` };
}

export async function action({ request, context }: ActionFunctionArgs) {
  publicPage();
  const form = await parseSubmission(request, signupSchema, { hideFields: SECRET_FIELDS });
  if (!form.ok) return form.reply;
  const { value, submission } = form;
  const refused = turnAwayBots(submission) ?? (await limitAuthAttempt("signup", context, value.email, submission));
  if (refused) return refused;

  const rules = checkPassword(value.password, [value.name, value.email]);
  if (!rules.ok) {
    return replyWith(submission, { fieldErrors: { password: [message(rules.reason, PASSWORD_LIMITS)] }, hideFields: SECRET_FIELDS });
  }
  // The same answer whether or not the address has an account (the e-mail
  // differs: a link for a new address, a notice for a registered one).
  await signUpOrNotify({ ...value, next: safeRedirect(value.redirectTo, "/courses") });
  const headers = new Headers();
  headers.append("Set-Cookie", localeCookie(value.locale, cookieShouldBeSecure(request)));
  return data({ checkInbox: value.email.trim().toLowerCase() }, { headers });
}

export default function Signup() {
  const { t } = useTranslation("auth");
  const { locale, redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const checkInbox = actionData && "checkInbox" in actionData ? actionData.checkInbox : null;
  const lastResult = actionData && !("checkInbox" in actionData) ? actionData : undefined;
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useForm<z.input<typeof signupSchema>>({ id: "signup-form", lastResult, defaultValue: { locale, redirectTo } });
  const chosenLocale = fields.locale.value ?? locale;
  if (checkInbox) return <CheckInbox email={checkInbox} redirectTo={redirectTo} />;
  return (
    <div className="narrow">
      <h1>{t("signup.title")}</h1>
      <p>{t("signup.intro")}</p>
      <FormErrors form={form} summary="auth:errors.summary" />
      <Form method="post" className="stack" {...getFormProps(form)}>
        <input type="hidden" name="redirectTo" value={fields.redirectTo.value ?? redirectTo} />
        <HoneypotField label={t("fields.honeypot")} />
        <Field
          meta={fields.name}
          label={t("fields.name")}
          hint={t("fields.nameHint")}
          autoComplete="name"
          maxLength={LIMITS.nameMax}
          required
        />
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
          hint={t("fields.passwordHint")}
          type="password"
          autoComplete="new-password"
          minLength={LIMITS.passwordMin}
          maxLength={LIMITS.passwordMax}
          required
        />
        {/* A radio cannot be invalid on its own (ARIA); the group is. */}
        <fieldset
          className={fields.locale.errors ? "field has-error" : "field"}
          role="radiogroup"
          aria-invalid={fields.locale.errors ? true : undefined}
          aria-describedby={fields.locale.errors ? fields.locale.errorId : undefined}
        >
          <legend>{t("fields.language")}</legend>
          <FieldError meta={fields.locale} />
          {LOCALES.map((l) => (
            <label key={l} className="choice" lang={l}>
              <input
                type="radio"
                name={fields.locale.name}
                value={l}
                defaultChecked={chosenLocale === l}
              />{" "}
              {LOCALE_NAMES[l]}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button" disabled={busy}>
          {t("signup.submit")}
        </button>
      </Form>
      <p>
        {t("signup.haveAccount")} <Link to={`/login?redirectTo=${encodeURIComponent(redirectTo)}`}>{t("signup.loginLink")}</Link>
      </p>
    </div>
  );
}

function CheckInbox({ email, redirectTo }: { email: string; redirectTo: string }) {
  const { t } = useTranslation("mail");
  return (
    <div className="narrow" role="status">
      <h1>{t("checkInbox.title")}</h1>
      <p>{t("checkInbox.body", { email })}</p>
      <p>
        <Link to={`/login?redirectTo=${encodeURIComponent(redirectTo)}`}>{t("checkInbox.login")}</Link>
      </p>
    </div>
  );
}
