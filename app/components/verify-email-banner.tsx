import { Form, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** Shown on every page to a signed-in person whose address is not confirmed yet. */
export function VerifyEmailBanner() {
  const { t } = useTranslation();
  const location = useLocation();
  const sent = new URLSearchParams(location.search).has("verificationSent");
  return (
    <div className="notice verify-banner" role="status">
      <p>{sent ? t("verifyBanner.sent") : t("verifyBanner.text")}</p>
      {sent ? null : (
        <Form method="post" action="/verify-email">
          <input type="hidden" name="intent" value="resend" />
          <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
          <button type="submit" className="button secondary">
            {t("verifyBanner.resend")}
          </button>
        </Form>
      )}
    </div>
  );
}
