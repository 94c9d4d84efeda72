import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requestLocale } from "~/http/locale.server";
import { formatDate } from "~/i18n/format";
import { serverT } from "~/i18n/resources.server";
import { searchUsers } from "~/models/admin/user-directory.server";
import { requireAdmin } from "~/policies/index.server";
import { PersonName, StatusBadge, accountState } from "~/components/admin-account";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  requireAdmin(request, context);
  const locale = requestLocale(request, context);
  const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 100);
  return {
    q,
    locale,
    users: searchUsers(q).map((u) => ({ id: u.id, name: u.name, email: u.email, roles: u.roles, state: accountState(u), createdAt: u.createdAt.toISOString() })),
    title: `${serverT(locale)("account:admin.title")} · kumi`,
  };
}

export default function Admin() {
  const { t } = useTranslation("account");
  const { q, users, locale } = useLoaderData<typeof loader>();
  return (
    <div className="wide stack">
      <h1>{t("admin.title")}</h1>
      <p>
        <Link to="/admin/audit">{t("admin.auditLink")}</Link> · <Link to="/admin/mail">{t("admin.mailLink")}</Link>
      </p>
      <Form method="get" className="stack" role="search">
        <div className="field">
          <label htmlFor="admin-search">{t("admin.search")}</label>
          <input id="admin-search" name="q" type="search" defaultValue={q} maxLength={100} />
        </div>
        <button type="submit" className="button">
          {t("admin.searchSubmit")}
        </button>
      </Form>
      <h2>{q ? t("admin.results", { q }) : t("admin.newest")}</h2>
      {users.length ? (
        <ul className="entries">
          {users.map((u) => (
            <li key={u.id}>
              <Link to={`/admin/users/${u.id}`}>
                <PersonName name={u.name} />
              </Link>{" "}
              <StatusBadge state={u.state} />
              <p className="meta">
                {u.email} · {u.roles.map((r) => t(`admin.role.${r}`)).join(", ") || t("admin.noRoles")} · {t("admin.since", { date: formatDate(locale, u.createdAt) })}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("admin.noUsers")}</p>
      )}
    </div>
  );
}
