import { useTranslation } from "react-i18next";

export type AccountState = "active" | "disabled" | "deleted";

export function accountState(u: { disabledAt: Date | null; deletedAt: Date | null }): AccountState {
  return u.deletedAt ? "deleted" : u.disabledAt ? "disabled" : "active";
}

/** A person's name, or "former member" for a deleted account (which keeps none). */
export function PersonName({ name }: { name: string | null | undefined }) {
  const { t } = useTranslation("account");
  return <>{name || t("formerMember")}</>;
}

export function StatusBadge({ state }: { state: AccountState }) {
  const { t } = useTranslation("account");
  return state === "active" ? null : <span className="badge">{t(`admin.state.${state}`)}</span>;
}
