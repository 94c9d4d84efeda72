import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Locale } from "~/i18n/config";
import { formatDate } from "~/i18n/format";

export interface AuditRow {
  id: number;
  action: string;
  detail: Record<string, string | string[]>;
  createdAt: string;
  actorName: string | null;
  targetUserId: number | null;
  targetName: string | null;
}

/** Who did what to whom, and when: newest first. */
export function AuditList({ entries, locale }: { entries: AuditRow[]; locale: Locale }) {
  const { t } = useTranslation("account");
  const roles = (value: string | string[] | undefined) =>
    (Array.isArray(value) ? value : []).map((r) => t(`admin.role.${r}`)).join(", ") || t("admin.noRoles");
  const line = (e: AuditRow) =>
    t(`audit.action.${e.action}`, {
      actor: e.actorName || t("formerMember"),
      target: e.targetName || t("formerMember"),
      before: roles(e.detail.before),
      after: roles(e.detail.after),
      code: typeof e.detail.certificate === "string" ? e.detail.certificate : "",
      reason: typeof e.detail.reason === "string" ? e.detail.reason : "",
    });
  if (!entries.length) return <p>{t("audit.none")}</p>;
  return (
    <ul className="entries audit">
      {entries.map((e) => (
        <li key={e.id}>
          <p>
            {e.targetUserId ? <Link to={`/admin/users/${e.targetUserId}`}>{line(e)}</Link> : line(e)}
          </p>
          <p className="meta">
            <time dateTime={e.createdAt}>{formatDate(locale, e.createdAt)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}
