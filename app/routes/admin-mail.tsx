import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { MAIL_STATUSES } from "#db/values";
import { ScrollRegion } from "~/components/scroll-region";
import { getEnv } from "~/env.server";
import { requestLocale } from "~/http/locale.server";
import { DEFAULT_TIME_ZONE } from "~/i18n/config";
import { serverT } from "~/i18n/resources.server";
import { listOutbox, outboxCounts } from "~/models/mail/outbox.server";
import { requireAdmin } from "~/policies/index.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

// The outbox for operators: its state at a glance, failed reasons, and every
// e-mail readable (in the demo, where nothing is delivered, this is the mailbox).
export async function loader({ request, context }: LoaderFunctionArgs) {
  requireAdmin(request, context);
  const locale = requestLocale(request, context);
  const status = new URL(request.url).searchParams.get("status");
  const filter = MAIL_STATUSES.find((s) => s === status);
  const when = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: DEFAULT_TIME_ZONE });
  const mails = listOutbox({ status: filter, limit: 200 }).map((m) => ({ ...m, createdAt: when.format(m.createdAt) }));
  return { counts: outboxCounts(), mails, filter: filter ?? null, smtp: !!getEnv().SMTP_URL, title: `${serverT(locale)("mail:admin.title")} · kumi` };
}

export default function AdminMail() {
  const { t } = useTranslation("mail");
  const { counts, mails, filter, smtp } = useLoaderData<typeof loader>();
  return (
    <div>
      <h1>{t("admin.title")}</h1>
      <p>{t("admin.intro")}</p>
      {smtp ? null : <p className="notice">{t("admin.noSmtp")}</p>}
      <ul className="inline-list" aria-label={t("admin.status")}>
        {MAIL_STATUSES.map((s) => (
          <li key={s}>
            <Link to={filter === s ? "/admin/mail" : `/admin/mail?status=${s}`} aria-current={filter === s ? "page" : undefined}>
              {t(`admin.${s}`)}: <strong data-count={s}>{counts[s]}</strong>
            </Link>
          </li>
        ))}
      </ul>
      {mails.length ? (
        <ScrollRegion>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("admin.created")}</th>
                <th scope="col">{t("admin.to")}</th>
                <th scope="col">{t("admin.subject")}</th>
                <th scope="col">{t("admin.status")}</th>
                <th scope="col">{t("admin.reason")}</th>
              </tr>
            </thead>
            <tbody>
              {mails.map((m) => (
                <tr key={m.id}>
                  <td>{m.createdAt}</td>
                  <td>{m.to}</td>
                  <td>
                    <Link to={`/admin/mail/${m.id}`}>{m.subject}</Link>
                  </td>
                  <td>
                    {t(`admin.${m.status}`)} ({m.attempts})
                  </td>
                  <td>{m.lastError ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : (
        <p>{t("admin.none")}</p>
      )}
    </div>
  );
}
