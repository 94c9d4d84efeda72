import { getFormProps, useForm } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ROLES } from "#db/values";
import { PersonName, StatusBadge, accountState } from "~/components/admin-account";
import { AuditList } from "~/components/audit-list";
import { CheckGroup, FormErrors, IntentForm, StatusMessage } from "~/components/forms";
import { replyFor } from "~/forms/reply";
import { parseSubmission } from "~/forms/submission.server";
import { parseId } from "~/http/ids";
import { requestLocale } from "~/http/locale.server";
import { notFound } from "~/http/responses.server";
import { formatDate } from "~/i18n/format";
import { serverT } from "~/i18n/resources.server";
import { listAudit } from "~/models/admin/audit-log.server";
import { userForAdmin } from "~/models/admin/user-directory.server";
import { requireAdmin } from "~/policies/index.server";
import { DONE, adminUserSchema, handleAdminUserIntent } from "./admin-user.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

function target(userIdParam: string | undefined) {
  const id = parseId(userIdParam);
  const user = id === null ? null : userForAdmin(id);
  if (!user) throw notFound();
  return user;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const admin = requireAdmin(request, context);
  const user = target(params.userId);
  const locale = requestLocale(request, context);
  const doneParam = new URL(request.url).searchParams.get("done");
  return {
    user: { id: user.id, name: user.name, email: user.email, roles: user.roles, state: accountState(user), verified: user.emailVerifiedAt !== null, locale: user.locale, createdAt: user.createdAt.toISOString() },
    isSelf: admin.id === user.id,
    done: DONE.find((d) => d === doneParam) ?? null,
    audit: listAudit({ targetUserId: user.id, limit: 20 }).map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
    locale,
    title: `${user.name || serverT(locale)("account:formerMember")} · ${serverT(locale)("account:admin.title")} · kumi`,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const admin = requireAdmin(request, context);
  const user = target(params.userId);
  const form = await parseSubmission(request, adminUserSchema);
  if (!form.ok) return form.reply;
  return handleAdminUserIntent(form.value, admin.id, user.id, form.submission);
}

function RolesForm() {
  const { t } = useTranslation("account");
  const { user } = useLoaderData<typeof loader>();
  const [form, fields] = useForm({ id: "roles-form", lastResult: replyFor(useActionData<typeof action>(), "roles"), defaultValue: { roles: user.roles } });
  return (
    <>
      <FormErrors form={form} />
      <Form method="post" className="stack" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="roles" />
        <CheckGroup meta={fields.roles} legend={t("admin.rolesLegend")} options={ROLES.map((r) => ({ value: r, label: t(`admin.role.${r}`) }))} />
        <button type="submit" className="button">
          {t("admin.saveRoles")}
        </button>
      </Form>
    </>
  );
}

export default function AdminUser() {
  const { t } = useTranslation("account");
  const { user, isSelf, done, audit, locale } = useLoaderData<typeof loader>();
  const deleted = user.state === "deleted";
  return (
    <div className="narrow stack">
      <p>
        <Link to="/admin">{t("admin.back")}</Link>
      </p>
      <h1>
        <PersonName name={user.name} /> <StatusBadge state={user.state} />
      </h1>
      {done ? <StatusMessage>{t(`admin.done.${done}`)}</StatusMessage> : null}
      <p className="meta">
        {user.email} {user.verified ? null : <span className="badge">{t("admin.notVerified")}</span>} · {t("admin.since", { date: formatDate(locale, user.createdAt) })}
      </p>
      {isSelf ? <p className="notice">{t("admin.selfNote")}</p> : null}
      {deleted || isSelf ? null : (
        <>
          <section className="card stack" aria-labelledby="roles-heading">
            <h2 id="roles-heading">{t("admin.rolesTitle")}</h2>
            <RolesForm />
          </section>
          <section className="card stack" aria-labelledby="access-heading">
            <h2 id="access-heading">{t("admin.accessTitle")}</h2>
            {user.state === "disabled" ? (
              <IntentForm id="enable-form" intent="enable">
                <p>{t("admin.disabledExplain")}</p>
                <button type="submit" className="button">
                  {t("admin.enable")}
                </button>
              </IntentForm>
            ) : (
              <IntentForm id="disable-form" intent="disable">
                <p>{t("admin.disableExplain")}</p>
                <button type="submit" className="button danger">
                  {t("admin.disable")}
                </button>
              </IntentForm>
            )}
            <IntentForm id="send-reset-form" intent="sendReset">
              <button type="submit" className="button secondary">
                {t("admin.sendReset")}
              </button>
            </IntentForm>
            {user.verified ? null : (
              <IntentForm id="resend-verification-form" intent="resendVerification">
                <button type="submit" className="button secondary">
                  {t("admin.resendVerification")}
                </button>
              </IntentForm>
            )}
          </section>
        </>
      )}
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t("admin.historyTitle")}</h2>
        <AuditList entries={audit} locale={locale} />
      </section>
    </div>
  );
}
