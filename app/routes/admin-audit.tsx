import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuditList } from "~/components/audit-list";
import { requestLocale } from "~/http/locale.server";
import { serverT } from "~/i18n/resources.server";
import { listAudit } from "~/models/admin/audit-log.server";
import { requireAdmin } from "~/policies/index.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  requireAdmin(request, context);
  const locale = requestLocale(request, context);
  return {
    entries: listAudit().map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
    locale,
    title: `${serverT(locale)("account:audit.title")} · kumi`,
  };
}

export default function AdminAudit() {
  const { t } = useTranslation("account");
  const { entries, locale } = useLoaderData<typeof loader>();
  return (
    <div className="narrow stack">
      <p>
        <Link to="/admin">{t("admin.back")}</Link>
      </p>
      <h1>{t("audit.title")}</h1>
      <AuditList entries={entries} locale={locale} />
    </div>
  );
}
