import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { parseSubmission } from "~/forms/submission.server";
import { requestLocale } from "~/http/locale.server";
import { safeRedirect } from "~/http/safe-redirect";
import { serverT } from "~/i18n/resources.server";
import { confirmEmailChange } from "~/models/accounts/email-change.server";
import { sendVerificationEmail, verifyEmail } from "~/models/accounts/email-verification.server";
import { allowAnyone, requireSignedIn } from "~/policies/index.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

// The link from the verification e-mail and from the e-mail-change e-mail.
// It works signed out (it may be opened on another device): the token is the proof.
export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = allowAnyone(request, context);
  const locale = requestLocale(request, context);
  const params = new URL(request.url).searchParams;
  const token = params.get("token") ?? "";
  const next = safeRedirect(params.get("next"), "/courses");
  let outcome: { state: "done" | "changed" | "invalid" | "expired" | "used" | "taken"; email?: string };
  const verified = verifyEmail(token);
  if (verified.ok) outcome = { state: "done" };
  else {
    const changed = confirmEmailChange(token);
    outcome = changed.ok ? { state: "changed", email: changed.email } : { state: changed.reason === "invalid" ? verified.reason : changed.reason };
  }
  // A used or expired link is not a bad request: the page says what happened and what next.
  return { ...outcome, next, signedIn: viewer !== null, title: `${serverT(locale)("mail:verifyPage.title")} · kumi` };
}

/** The banner's "send the link again". */
export async function action({ request, context }: ActionFunctionArgs) {
  const user = requireSignedIn(request, context);
  const form = await parseSubmission(request, z.object({ intent: z.literal("resend"), redirectTo: z.string().optional() }));
  if (!form.ok) return form.reply;
  sendVerificationEmail(user.id);
  const back = new URL(safeRedirect(form.value.redirectTo, "/courses"), "http://x");
  back.searchParams.set("verificationSent", "1");
  return redirect(back.pathname + back.search, 303);
}

export default function VerifyEmail() {
  const { t } = useTranslation("mail");
  const page = useLoaderData<typeof loader>();
  const ok = page.state === "done" || page.state === "changed";
  return (
    <div className="narrow">
      <h1>{t("verifyPage.title")}</h1>
      <p className={ok ? "notice success" : "notice"} role="status">
        {t(`verifyPage.${page.state}`, { email: page.email ?? "" })}
      </p>
      <p>
        {page.signedIn ? (
          <Link to={page.next}>{t("verifyPage.continue")}</Link>
        ) : (
          <Link to={`/login?redirectTo=${encodeURIComponent(page.next)}`}>{t("verifyPage.login")}</Link>
        )}
      </p>
    </div>
  );
}
