import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { IntentForm, StatusMessage } from "~/components/forms";
import type { Locale } from "~/i18n/config";
import { formatDate } from "~/i18n/format";

// Parts of the learner's home that only some learners see. Each asks for its
// own namespace, so the browser loads those strings only when the part is on
// the page (docs/decisions/022-namespaces-per-page.md).

export function ConsentNote({ note, organisation }: { note: string; organisation: string }) {
  const { t } = useTranslation("partners");
  if (note === "sponsored") return <StatusMessage>{t("sponsored.joined")}</StatusMessage>;
  if (note === "withdrawn") return <StatusMessage>{t("consent.withdrawnNow", { organisation })}</StatusMessage>;
  return <StatusMessage>{t("consentAgain.done")}</StatusMessage>;
}

export function OutcomeAskCard({ ask }: { ask: { id: number; months: number } }) {
  const { t } = useTranslation("outcomes");
  return (
    <section className="card" aria-labelledby="outcome-ask">
      <h2 id="outcome-ask">{ask.months === 0 ? t("card.baselineTitle") : t("card.title", { count: ask.months })}</h2>
      <p>{t("card.body")}</p>
      <p>
        <Link to={`/outcomes/${ask.id}`} className="button">
          {t("card.action")}
        </Link>
      </p>
    </section>
  );
}

interface Sponsorship {
  id: number;
  organisation: string;
  courseTitle: string;
  withdrawnAt: string | null;
}

export function SponsorshipConsent({ sponsorships, locale }: { sponsorships: Sponsorship[]; locale: Locale }) {
  const { t } = useTranslation("partners");
  return (
    <section aria-labelledby="consent">
      <h2 id="consent">{t("consent.title")}</h2>
      <ul className="entries">
        {sponsorships.map((s) => (
          <li key={s.id}>
            {s.withdrawnAt ? (
              <>
                <p>{t("consent.withdrawn", { organisation: s.organisation, date: formatDate(locale, s.withdrawnAt) })}</p>
                <IntentForm id={`consent-form-${s.id}`} intent="consent" row={["sponsorshipId", s.id]}>
                  <button type="submit" className="small-button">
                    {t("consentAgain.button", { organisation: s.organisation })}
                  </button>
                </IntentForm>
              </>
            ) : (
              <>
                <p>{t("consent.active", { organisation: s.organisation, course: s.courseTitle })}</p>
                <IntentForm id={`withdraw-form-${s.id}`} intent="withdraw" row={["sponsorshipId", s.id]}>
                  <button type="submit" className="small-button">
                    {t("consent.withdraw")}
                  </button>
                </IntentForm>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PortfolioLink() {
  const { t } = useTranslation("portfolio");
  return (
    <p>
      <Link to="/portfolio">{t("link")}</Link>
    </p>
  );
}
