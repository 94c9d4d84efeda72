import { useTranslation } from "react-i18next";
import type { CoverageState } from "~/models/content-coverage.server";

export function CoverageStateBadge({ state }: { state: CoverageState }) {
  const { t } = useTranslation("trainer");
  return <span className={`state state-${state}`}>{t(`state.${state}`)}</span>;
}
