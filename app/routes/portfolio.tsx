import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { PORTFOLIO_ITEM_KINDS } from "#db/values";
import { IntentForm, StatusMessage } from "~/components/forms";
import { message } from "~/forms/message";
import { parseSubmission, replyWith } from "~/forms/submission.server";
import { requestLocale } from "~/http/locale.server";
import { notFound } from "~/http/responses.server";
import { formatDate } from "~/i18n/format";
import { serverT } from "~/i18n/resources.server";
import { inviteToOrder, invitableOrders } from "~/models/portfolio/invite.server";
import { setItemPublic } from "~/models/portfolio/items.server";
import { getUserById } from "~/models/users.server";
import { allowAnyone, canInviteFromPortfolio, requirePortfolioView } from "~/policies/index.server";
import type { LocalisedText } from "~/models/portfolio/items.server";
import type { Locale } from "~/i18n/config";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = allowAnyone(request, context);
  const locale = requestLocale(request, context);
  const view = requirePortfolioView(viewer, params.handle, locale);
  const name = getUserById(view.portfolio.userId)?.name ?? "";
  const ok = new URL(request.url).searchParams.get("ok");
  return {
    locale,
    handle: view.portfolio.handle,
    name,
    owner: view.owner,
    items: view.items,
    orders: canInviteFromPortfolio(viewer, view) ? invitableOrders(viewer!.id, locale) : [],
    note: ok === "invited" || ok === "saved" ? ok : null,
    title: `${serverT(locale)("portfolio:view.title", { name })} · kumi`,
  };
}

const schema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("visibility"), kind: z.enum(PORTFOLIO_ITEM_KINDS), ref: z.string().max(64).default(""), public: z.enum(["yes", "no"]) }),
  z.object({ intent: z.literal("invite"), orderId: z.string({ message: "portfolio:errors.order" }).regex(/^\d{1,10}$/, "portfolio:errors.order") }),
]);

export async function action({ request, context, params }: ActionFunctionArgs) {
  const viewer = allowAnyone(request, context);
  const locale = requestLocale(request, context);
  const view = requirePortfolioView(viewer, params.handle, locale);
  const form = await parseSubmission(request, schema);
  if (!form.ok) return form.reply;
  const input = form.value;
  if (input.intent === "visibility") {
    if (!view.owner) throw notFound();
    if (!setItemPublic(view.portfolio.userId, input.kind, input.ref, input.public === "yes", locale)) throw notFound();
    return redirect(`/portfolio/${view.portfolio.handle}?ok=saved`, 303);
  }
  if (!canInviteFromPortfolio(viewer, view)) throw notFound();
  const invited = inviteToOrder(viewer!.id, Number(input.orderId), view.portfolio.userId);
  if (!invited.ok) return replyWith(form.submission, { status: 409, formErrors: [message(`portfolio:errors.invite.${invited.reason}`)] });
  return redirect(`/portfolio/${view.portfolio.handle}?ok=invited`, 303);
}

const pick = (text: LocalisedText, locale: Locale) => text[locale] ?? text.en ?? text.uk ?? text.ja ?? "";

function Switch({ kind, refId = "", isPublic }: { kind: string; refId?: string; isPublic: boolean }) {
  const { t } = useTranslation("portfolio");
  return (
    <IntentForm id={`visibility-${kind}-${refId}`} intent="visibility" row={["ref", refId]} className="inline-form">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="public" value={isPublic ? "no" : "yes"} />
      <span className={isPublic ? "badge" : "badge muted"}>{isPublic ? t("view.public") : t("view.private")}</span>{" "}
      <button type="submit" className="small-button">
        {isPublic ? t("view.makePrivate") : t("view.makePublic")}
      </button>
    </IntentForm>
  );
}

export default function PortfolioPage() {
  const { t } = useTranslation("portfolio");
  const { locale, name, owner, items, orders, note } = useLoaderData<typeof loader>();
  return (
    <div>
      <h1>{t("view.title", { name })}</h1>
      {note === "saved" ? <StatusMessage>{t("view.saved")}</StatusMessage> : null}
      {note === "invited" ? <StatusMessage>{t("view.invited")}</StatusMessage> : null}
      {owner ? (
        <p className="hint">
          {t("view.ownerNote")} <Link to="/portfolio">{t("view.edit")}</Link>
        </p>
      ) : null}
      {items.profile ? (
        <section aria-labelledby="profile">
          <h2 id="profile">{t("view.profile")}</h2>
          {Object.entries(items.profile.text).map(([lang, text]) => (
            <p key={lang} lang={lang}>
              {text}
            </p>
          ))}
          {owner ? <Switch kind="profile" isPublic={items.profile.public} /> : null}
        </section>
      ) : null}
      {items.certificates.length ? (
        <section aria-labelledby="certificates">
          <h2 id="certificates">{t("view.certificates")}</h2>
          <ul className="entries">
            {items.certificates.map((c) => (
              <li key={c.code}>
                <Link to={`/certificates/${c.code}`}>{c.courseTitle}</Link> · {formatDate(locale, c.issuedAt)}
                {owner ? <Switch kind="certificate" refId={c.code} isPublic={c.public} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {items.orders.length ? (
        <section aria-labelledby="orders">
          <h2 id="orders">{t("view.orders")}</h2>
          <ul className="entries">
            {items.orders.map((o) => (
              <li key={o.orderId}>
                {pick(o.title, locale)}
                {o.firm ? ` · ${o.firm}` : ""}
                {o.completedAt ? ` · ${formatDate(locale, o.completedAt)}` : ""}
                {owner ? <Switch kind="order" refId={String(o.orderId)} isPublic={o.public} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {items.ratings ? (
        <section aria-labelledby="ratings">
          <h2 id="ratings">{t("view.ratings")}</h2>
          <p>{t("view.ratingSummary", { average: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(items.ratings.average), count: items.ratings.count })}</p>
          {owner ? <Switch kind="ratings" isPublic={items.ratings.public} /> : null}
        </section>
      ) : null}
      {owner && !items.profile && !items.certificates.length && !items.orders.length && !items.ratings ? <p>{t("view.empty")}</p> : null}
      {orders.length ? (
        <section aria-labelledby="invite">
          <h2 id="invite">{t("invite.title")}</h2>
          <IntentForm id="invite-form" intent="invite" className="stack narrow-form">
            <label htmlFor="invite-order">{t("invite.order")}</label>
            <select id="invite-order" name="orderId" required>
              {orders.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.title} · {o.organisation}
                </option>
              ))}
            </select>
            <button type="submit" className="button">
              {t("invite.submit")}
            </button>
          </IntentForm>
        </section>
      ) : null}
    </div>
  );
}
