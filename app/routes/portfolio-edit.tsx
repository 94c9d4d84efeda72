import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps, useForm } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { Field, FormErrors, TextareaField } from "~/components/forms";
import { message } from "~/forms/message";
import { parseSubmission, replyWith } from "~/forms/submission.server";
import { requestLocale } from "~/http/locale.server";
import { LOCALE_NAMES } from "~/i18n/config";
import { serverT } from "~/i18n/resources.server";
import { HANDLE_PATTERN, PROFILE_MAX } from "~/forms/portfolio";
import { portfolioOfUser, savePortfolio } from "~/models/portfolio/profile.server";
import { requireSignedIn } from "~/policies/index.server";

// Her own portfolio's address and profile. What is public is switched item
// by item on the portfolio page itself.

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireSignedIn(request, context);
  const locale = requestLocale(request, context);
  const portfolio = portfolioOfUser(user.id);
  return { portfolio: portfolio ? { handle: portfolio.handle, profile: portfolio.profile } : null, title: `${serverT(locale)("portfolio:edit.title")} · kumi` };
}

const profileText = z.string().trim().max(PROFILE_MAX).optional();
const schema = z.object({
  handle: z.string({ message: "portfolio:errors.handleRequired" }).trim().toLowerCase().max(40, "portfolio:errors.handle").regex(HANDLE_PATTERN, "portfolio:errors.handle"),
  profileEn: profileText,
  profileUk: profileText,
  profileJa: profileText,
});

export async function action({ request, context }: ActionFunctionArgs) {
  const user = requireSignedIn(request, context);
  const form = await parseSubmission(request, schema);
  if (!form.ok) return form.reply;
  const { handle, profileEn, profileUk, profileJa } = form.value;
  const saved = savePortfolio(user.id, { handle, profile: { en: profileEn, uk: profileUk, ja: profileJa } });
  if (!saved.ok) return replyWith(form.submission, { status: 409, fieldErrors: { handle: [message(saved.reason === "taken" ? "portfolio:errors.handleTaken" : "portfolio:errors.handle")] } });
  return redirect(`/portfolio/${saved.portfolio.handle}`, 303);
}

export default function PortfolioEdit() {
  const { t } = useTranslation("portfolio");
  const { portfolio } = useLoaderData<typeof loader>();
  const [form, fields] = useForm({
    id: "portfolio-form",
    lastResult: useActionData<typeof action>(),
    defaultValue: { handle: portfolio?.handle ?? "", profileEn: portfolio?.profile.en ?? "", profileUk: portfolio?.profile.uk ?? "", profileJa: portfolio?.profile.ja ?? "" },
  });
  return (
    <div>
      <h1>{t("edit.title")}</h1>
      <p className="lead">{t("edit.intro")}</p>
      {portfolio ? (
        <p>
          <Link to={`/portfolio/${portfolio.handle}`}>{t("edit.open")}</Link>
        </p>
      ) : null}
      <Form method="post" className="stack narrow-form" {...getFormProps(form)}>
        <FormErrors form={form} />
        <Field meta={fields.handle} label={t("edit.handle")} hint={t("edit.handleHint")} required maxLength={40} autoCapitalize="none" autoComplete="off" />
        <TextareaField meta={fields.profileUk} label={t("edit.profileIn", { language: LOCALE_NAMES.uk })} lang="uk" maxLength={PROFILE_MAX} rows={3} />
        <TextareaField meta={fields.profileEn} label={t("edit.profileIn", { language: LOCALE_NAMES.en })} lang="en" maxLength={PROFILE_MAX} rows={3} />
        <TextareaField meta={fields.profileJa} label={t("edit.profileIn", { language: LOCALE_NAMES.ja })} lang="ja" maxLength={PROFILE_MAX} rows={3} />
        <button type="submit" className="button">
          {t("edit.save")}
        </button>
      </Form>
    </div>
  );
}
