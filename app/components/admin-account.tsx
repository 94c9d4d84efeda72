import { useTranslation } from "react-i18next";

export type AccountState = "active" | "disabled" | "deleted";

export function accountState(u: { disabledAt: Date | null; deletedAt: Date | null }): AccountState {
  return u.deletedAt ? "deleted" : u.disabledAt ? "disabled" : "active";
}

export { PersonName } from "./person-name";

export function StatusBadge({ state }: { state: AccountState }) {
  const { t } = useTranslation("account");
  return state === "active" ? null : <span className="badge">{t(`admin.state.${state}`)}</span>;
}
