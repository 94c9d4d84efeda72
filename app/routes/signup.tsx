import { redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useAuthFormErrors } from "~/components/auth-form-errors";
import { FormError, FormField } from "~/components/form-field";
import { HoneypotField } from "~/components/honeypot-field";
import { LIMITS } from "~/forms/auth-fields";
import { fieldErrors, keptValues, signupSchema } from "~/forms/auth-schemas.server";
import { authFailure, limitAuthAttempt, readAuthForm, type AuthActionData } from "~/http/auth-action.server";
import { startSession } from "~/http/auth.server";
import { cookieShouldBeSecure } from "~/http/cookies.server";
import { safeRedirect } from "~/http/safe-redirect";
import { LOCALES, LOCALE_NAMES } from "~/i18n/config";
import { localeCookie } from "~/i18n/negotiate.server";
import { requestLocale } from "~/http/locale.server";
import { serverT } from "~/i18n/resources.server";
import { EmailTakenError, createUser, emailExists } from "~/models/users.server";
import { allowAnyone, publicPage } from "~/policies/index.server";

const KEPT = { name: LIMITS.nameMax, email: LIMITS.emailMax, locale: 8, redirectTo: 500 };

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
  const form = await readAuthForm(request);
  if (!form.ok) return form.response;
  const values = keptValues(form.values, KEPT);
  const parsed = signupSchema.safeParse(form.values);
  if (!parsed.success) {
    return authFailure(400, { fieldErrors: fieldErrors(parsed.error), values });
  }
  const limited = await limitAuthAttempt("signup", context, parsed.data.email, values);
  if (limited) return limited;

  const taken = () => authFailure(409, { fieldErrors: { email: { key: "emailTaken" } }, values });
  if (emailExists(parsed.data.email)) return taken();
  let user;
  try {
    user = await createUser(parsed.data);
  } catch (error) {
    if (error instanceof EmailTakenError) return taken(); // lost a race with a twin request
    throw error;
  }
  const headers = new Headers();
  headers.append("Set-Cookie", startSession(request, user.id));
  headers.append("Set-Cookie", localeCookie(user.locale, cookieShouldBeSecure(request)));
  return redirect(safeRedirect(form.values.redirectTo, "/courses"), { headers });
}

export default function Signup() {
  const { t } = useTranslation("auth");
  const { locale, redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<AuthActionData>();
  const busy = useNavigation().state === "submitting";
  const values = actionData?.values ?? {};
  const { field: err, summary } = useAuthFormErrors(actionData);
  const chosenLocale = values.locale ?? locale;
  return (
    <div className="narrow">
      <h1>{t("signup.title")}</h1>
      <p>{t("signup.intro")}</p>
      <FormError>{summary}</FormError>
      <Form method="post" noValidate className="stack">
        <input type="hidden" name="redirectTo" value={values.redirectTo ?? redirectTo} />
        <HoneypotField label={t("fields.honeypot")} />
        <FormField
          label={t("fields.name")}
          hint={t("fields.nameHint")}
          name="name"
          autoComplete="name"
          maxLength={LIMITS.nameMax}
          required
          defaultValue={values.name}
          error={err("name")}
        />
        <FormField
          label={t("fields.email")}
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          maxLength={LIMITS.emailMax}
          required
          defaultValue={values.email}
          error={err("email")}
        />
        <FormField
          label={t("fields.password")}
          hint={t("fields.passwordHint")}
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={LIMITS.passwordMin}
          maxLength={LIMITS.passwordMax}
          required
          error={err("password")}
        />
        <fieldset className={err("locale") ? "field has-error" : "field"}>
          <legend>{t("fields.language")}</legend>
          {err("locale") ? <p className="error">{err("locale")}</p> : null}
          {LOCALES.map((l) => (
            <label key={l} className="choice" lang={l}>
              <input type="radio" name="locale" value={l} defaultChecked={chosenLocale === l} /> {LOCALE_NAMES[l]}
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
