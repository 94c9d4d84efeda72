import { useTranslation } from "react-i18next";
import { IntentForm } from "~/components/forms";
import { ShareLink, type QrCode } from "~/components/share-link";
import { PersonName } from "~/components/person-name";

/** The firm's partner managers, the invite link and its expiry; removing one asks for a ticked box. */
export function PartnerManagers({
  invite,
  managers,
  day,
}: {
  invite: { url: string; qr: QrCode; expiresAt: string; expired: boolean };
  managers: { id: number; name: string; isYou: boolean }[];
  day: (iso: string) => string;
}) {
  const { t } = useTranslation("partners");
  return (
    <section aria-labelledby="managers-title">
      <h2 id="managers-title">{t("managers.title")}</h2>
      {managers.length ? (
        <ul className="managers">
          {managers.map((m) => (
            <li key={m.id}>
              <PersonName name={m.name} /> {m.isYou ? t("managers.you") : null}
              <IntentForm id={`remove-manager-${m.id}`} intent="removeManager" row={["userId", m.id]} className="inline-form">
                <label className="choice">
                  <input type="checkbox" name="confirm" value="yes" /> {t("managers.confirm", { name: m.name })}
                </label>{" "}
                <button type="submit" className="link-button">
                  {t("managers.remove")}
                </button>
              </IntentForm>
            </li>
          ))}
        </ul>
      ) : (
        <p className="meta">{t("managers.none")}</p>
      )}
      {invite.expired ? null : <ShareLink label={t("dashboard.managerInvite")} url={invite.url} qr={invite.qr} />}
      <p className="meta">
        {invite.expired ? t("managers.expired", { date: day(invite.expiresAt) }) : t("managers.validUntil", { date: day(invite.expiresAt) })}
      </p>
      <IntentForm id="rotate-invite-form" intent="rotateInvite">
        <button type="submit" className="link-button">
          {t("managers.rotate")}
        </button>
      </IntentForm>
    </section>
  );
}
