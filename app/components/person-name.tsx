import { useTranslation } from "react-i18next";

/** A person's name, or "former member" for a deleted account (which keeps none). */
export function PersonName({ name }: { name: string | null | undefined }) {
  const { t } = useTranslation("account");
  return <>{name || t("formerMember")}</>;
}
