import { useTranslation } from "react-i18next";
import type { LessonKind } from "~/curriculum/types";

export function LessonKindBadge({ kind }: { kind: LessonKind }) {
  const { t } = useTranslation("courses");
  return <span className={`badge badge-${kind}`}>{t(`kind.${kind}`)}</span>;
}
