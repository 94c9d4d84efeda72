import { getFormProps, useForm } from "@conform-to/react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { MEETING_SLOTS } from "#db/values";
import { CheckGroup, Field, FormErrors, IntentForm, SelectField, StatusMessage } from "~/components/forms";
import { TimeZoneSelect } from "~/components/time-zone-select";
import { timeZoneOptions } from "~/i18n/time-zones";
import { LIMITS } from "~/forms/auth-fields";
import { replyFor } from "~/forms/reply";
import { parseSubmission } from "~/forms/submission.server";
import { requestLocale } from "~/http/locale.server";
import { LOCALES, LOCALE_NAMES } from "~/i18n/config";
import { serverT } from "~/i18n/resources.server";
import { notificationChoices } from "~/models/accounts/notification-choices.server";
import { getAccount } from "~/models/accounts/profile.server";
import { requireSignedIn } from "~/policies/index.server";
import { ACCOUNT_SECRETS, SAVED, accountSchema, handleAccountIntent } from "./account.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

// Only ever the viewer's own account.
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireSignedIn(request, context);
  const account = getAccount(user.id)!;
  const locale = requestLocale(request, context);
  const savedParam = new URL(request.url).searchParams.get("saved");
  return {
    account,
    notifications: notificationChoices(user),
    timeZones: timeZoneOptions(locale),
    saved: SAVED.find((s) => s === savedParam) ?? null,
    title: `${serverT(locale)("account:title")} · kumi`,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = requireSignedIn(request, context);
  const form = await parseSubmission(request, accountSchema, { hideFields: ACCOUNT_SECRETS });
  if (!form.ok) return form.reply;
  return handleAccountIntent(form.value, { user, request, context, submission: form.submission });
}

type Saved = (typeof SAVED)[number] | null;

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} id={id} className="card stack">
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

function SavedNote({ saved, section }: { saved: Saved; section: NonNullable<Saved> }) {
  const { t } = useTranslation("account");
  return saved === section ? <StatusMessage>{t(`saved.${section}`)}</StatusMessage> : null;
}

function ProfileForm({ saved }: { saved: Saved }) {
  const { t } = useTranslation("account");
  const { account, timeZones } = useLoaderData<typeof loader>();
  const [form, fields] = useForm({
    id: "profile-form",
    lastResult: replyFor(useActionData<typeof action>(), "profile"),
    defaultValue: { name: account.name, locale: account.locale, timeZone: account.timeZone },
  });
  return (
    <Section id="profile" title={t("profile.title")}>
      <SavedNote saved={saved} section="profile" />
      <FormErrors form={form} />
      <Form method="post" className="stack" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="profile" />
        <Field meta={fields.name} label={t("profile.name")} autoComplete="name" maxLength={LIMITS.nameMax} required />
        <SelectField meta={fields.locale} label={t("profile.language")}>
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </SelectField>
        <TimeZoneSelect meta={fields.timeZone} label={t("profile.timeZone")} zones={timeZones} />
        <button type="submit" className="button">
          {t("profile.save")}
        </button>
      </Form>
    </Section>
  );
}

function AvailabilityForm({ saved }: { saved: Saved }) {
  const { t } = useTranslation(["account", "team"]);
  const { account } = useLoaderData<typeof loader>();
  const [form, fields] = useForm({
    id: "availability-form",
    lastResult: replyFor(useActionData<typeof action>(), "availability"),
    defaultValue: { slots: account.meetingSlots },
  });
  return (
    <Section id="availability" title={t("availability.title")}>
      <SavedNote saved={saved} section="availability" />
      <p className="hint">{t("availability.hint")}</p>
      <FormErrors form={form} />
      <Form method="post" className="stack" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="availability" />
        <CheckGroup meta={fields.slots} legend={t("availability.legend")} options={MEETING_SLOTS.map((s) => ({ value: s, label: t(`team:slot.${s}`) }))} />
        <button type="submit" className="button">
          {t("availability.save")}
        </button>
      </Form>
    </Section>
  );
}

function EmailForm({ saved }: { saved: Saved }) {
  const { t } = useTranslation("account");
  const { account } = useLoaderData<typeof loader>();
  const [form, fields] = useForm<{ email: string; currentPassword: string }>({ id: "email-form", lastResult: replyFor(useActionData<typeof action>(), "email") });
  return (
    <Section id="email" title={t("email.title")}>
      <SavedNote saved={saved} section="email" />
      <p>{t("email.current", { email: account.email })}</p>
      <FormErrors form={form} />
      <Form method="post" className="stack" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="email" />
        <Field meta={fields.email} label={t("email.new")} type="email" autoComplete="email" inputMode="email" maxLength={LIMITS.emailMax} required />
        <Field meta={fields.currentPassword} label={t("currentPassword")} type="password" autoComplete="current-password" maxLength={LIMITS.passwordMax} required />
        <button type="submit" className="button">
          {t("email.save")}
        </button>
      </Form>
    </Section>
  );
}

function PasswordForm({ saved }: { saved: Saved }) {
  const { t } = useTranslation("account");
  const [form, fields] = useForm<{ currentPassword: string; newPassword: string }>({ id: "password-form", lastResult: replyFor(useActionData<typeof action>(), "password") });
  return (
    <Section id="password" title={t("password.title")}>
      <SavedNote saved={saved} section="password" />
      <FormErrors form={form} />
      <Form method="post" className="stack" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="password" />
        <Field meta={fields.currentPassword} label={t("currentPassword")} type="password" autoComplete="current-password" maxLength={LIMITS.passwordMax} required />
        <Field meta={fields.newPassword} label={t("password.new")} hint={t("password.hint")} type="password" autoComplete="new-password" maxLength={LIMITS.passwordMax} required />
        <button type="submit" className="button">
          {t("password.save")}
        </button>
      </Form>
    </Section>
  );
}

function NotificationsForm({ saved }: { saved: Saved }) {
  const { t } = useTranslation(["account", "mail"]);
  const { notifications } = useLoaderData<typeof loader>();
  const [form, fields] = useForm<Record<string, string>>({
    id: "notifications-form",
    lastResult: replyFor(useActionData<typeof action>(), "notifications"),
    defaultValue: Object.fromEntries(notifications.map((n) => [n.kind, n.delivery])),
  });
  return (
    <Section id="notifications" title={t("notifications.title")}>
      <SavedNote saved={saved} section="notifications" />
      <p className="hint">{t("notifications.hint")}</p>
      <FormErrors form={form} />
      <Form method="post" className="stack" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="notifications" />
        {notifications.map((n) => (
          <SelectField key={n.kind} meta={fields[n.kind]!} label={t(`mail:kinds.${n.kind}`)}>
            {n.offered.map((d) => (
              <option key={d} value={d}>
                {t(`notifications.delivery.${d}`)}
              </option>
            ))}
          </SelectField>
        ))}
        <button type="submit" className="button">
          {t("notifications.save")}
        </button>
      </Form>
    </Section>
  );
}

function DeleteForm() {
  const { t } = useTranslation("account");
  const [form, fields] = useForm<{ currentPassword: string; certificatePage: string }>({ id: "delete-form", lastResult: replyFor(useActionData<typeof action>(), "delete") });
  return (
    <Section id="delete" title={t("delete.title")}>
      <p>{t("delete.explain")}</p>
      <FormErrors form={form} />
      <Form method="post" className="stack" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="delete" />
        <CheckGroup
          meta={fields.certificatePage}
          type="radio"
          legend={t("delete.certificateLegend")}
          options={[
            { value: "keep", label: t("delete.certificateKeep") },
            { value: "remove", label: t("delete.certificateRemove") },
          ]}
        />
        <Field meta={fields.currentPassword} label={t("currentPassword")} type="password" autoComplete="current-password" maxLength={LIMITS.passwordMax} required />
        <button type="submit" className="button danger">
          {t("delete.submit")}
        </button>
      </Form>
    </Section>
  );
}

export default function Account() {
  const { t } = useTranslation("account");
  const { saved } = useLoaderData<typeof loader>();
  return (
    <div className="narrow stack">
      <h1>{t("title")}</h1>
      <ProfileForm saved={saved} />
      <AvailabilityForm saved={saved} />
      <EmailForm saved={saved} />
      <PasswordForm saved={saved} />
      <NotificationsForm saved={saved} />
      <Section id="sessions" title={t("sessions.title")}>
        <p>{t("sessions.explain")}</p>
        <IntentForm id="sign-out-everywhere-form" intent="signOutEverywhere">
          <button type="submit" className="button secondary">
            {t("sessions.submit")}
          </button>
        </IntentForm>
      </Section>
      <Section id="calendar" title={t("calendar.title")}>
        <p>
          <Link to="/account/calendar">{t("calendar.link")}</Link>
        </p>
      </Section>
      <Section id="data" title={t("data.title")}>
        <p>{t("data.explain")}</p>
        <p>
          <a href="/account/data" download className="button secondary">
            {t("data.download")}
          </a>
        </p>
      </Section>
      <DeleteForm />
    </div>
  );
}
