import { redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useAuthFormErrors } from "~/components/auth-form-errors";
import { FormError, FormField } from "~/components/form-field";
import { HoneypotField } from "~/components/honeypot-field";
import { LIMITS } from "~/forms/auth-fields";
import { fieldErrors, keptValues, loginSchema } from "~/forms/auth-schemas.server";
import { authFailure, limitAuthAttempt, readAuthForm, type AuthActionData } from "~/http/auth-action.server";
import { startSession } from "~/http/auth.server";
import { cookieShouldBeSecure } from "~/http/cookies.server";
import { safeRedirect } from "~/http/safe-redirect";
import { localeCookie } from "~/i18n/negotiate.server";
import { requestLocale } from "~/http/locale.server";
import { serverT } from "~/i18n/resources.server";
import { verifyLogin } from "~/models/users.server";
import { allowAnyone, publicPage } from "~/policies/index.server";

const KEPT = { email: LIMITS.emailMax, redirectTo: 500 };

// Retry-After on a 429 comes from the action.
export const headers: HeadersFunction = ({ actionHeaders }) => actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get("redirectTo"), "/courses");
  if (allowAnyone(request, context)) throw redirect(redirectTo);
  const locale = requestLocale(request, context);
  return { redirectTo, title: `${serverT(locale)("auth:login.title")} · kumi` };
}

export async function action({ request, context }: ActionFunctionArgs) {
  publicPage();
  const form = await readAuthForm(request);
  if (!form.ok) return form.response;
  const values = keptValues(form.values, KEPT);
  const parsed = loginSchema.safeParse(form.values);
  if (!parsed.success) return authFailure(400, { fieldErrors: fieldErrors(parsed.error), values });

  const limited = await limitAuthAttempt("login", context, parsed.data.email, values);
  if (limited) return limited;

  const user = await verifyLogin(parsed.data.email, parsed.data.password);
  if (!user) return authFailure(401, { formError: { ns: "auth", key: "errors.invalidCredentials" }, values });

  const headers = new Headers();
  headers.append("Set-Cookie", startSession(request, user.id));
  // The account's language wins over whatever this browser had chosen before.
  headers.append("Set-Cookie", localeCookie(user.locale, cookieShouldBeSecure(request)));
  return redirect(safeRedirect(form.values.redirectTo, "/courses"), { headers });
}

export default function Login() {
  const { t } = useTranslation("auth");
  const { redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<AuthActionData>();
  const busy = useNavigation().state === "submitting";
  const values = actionData?.values ?? {};
  const { field: err, summary } = useAuthFormErrors(actionData);
  return (
    <div className="narrow">
      <h1>{t("login.title")}</h1>
      <FormError>{summary}</FormError>
      <Form method="post" noValidate className="stack">
        <input type="hidden" name="redirectTo" value={values.redirectTo ?? redirectTo} />
        <HoneypotField label={t("fields.honeypot")} />
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
          name="password"
          type="password"
          autoComplete="current-password"
          maxLength={LIMITS.passwordMax}
          required
          error={err("password")}
        />
        <button type="submit" className="button" disabled={busy}>
          {t("login.submit")}
        </button>
      </Form>
      <p>
        {t("login.noAccount")} <Link to={`/signup?redirectTo=${encodeURIComponent(redirectTo)}`}>{t("login.signupLink")}</Link>
      </p>
    </div>
  );
}
