import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { IntentForm, StatusMessage } from "~/components/forms";
import { DeliverFileForm, DeliverForm, HoursForm, MessageForm, PaymentForm, RateForm, ReviewForm } from "~/components/work-workspace-forms";
import { requireWorkspace } from "~/policies/index.server";
import { handleWorkspaceIntent, workspaceData } from "./work-workspace.server";

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  return workspaceData({ request, context }, requireWorkspace(request, context, params.orderId));
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  return handleWorkspaceIntent(request, requireWorkspace(request, context, params.orderId));
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.order.title} · kumi` : "kumi" }];

export default function Workspace() {
  const { t } = useTranslation("work");
  const data = useLoaderData<typeof loader>();
  const { order, side } = data;
  const live = order.state === "in_progress";
  return (
    <div className="wide">
      <p className="breadcrumb">
        <Link to={`/work/${order.id}`} lang={order.titleLang}>
          {order.title}
        </Link>
      </p>
      <h1>{t("workspace.title")}</h1>
      {data.note ? <StatusMessage>{t(`notes.${data.note}`)}</StatusMessage> : null}
      <p className="meta">
        {data.firm} · <span className="badge">{t(`state.${order.state}`)}</span>
      </p>
      <p>{t("workspace.workers", { names: data.workers.map((w) => w.name).join(", ") })}</p>
      {data.mentor ? <p>{t("workspace.mentorIn", { name: data.mentor })}</p> : null}
      {data.mentors.length ? (
        <details className="confirm">
          <summary>{t("workspace.askMentor")}</summary>
          <p>{t("workspace.askMentorWhat")}</p>
          {data.mentors.map((m) => (
            <IntentForm key={m.id} id={`mentor-form-${m.id}`} intent="askMentor" row={["mentorId", m.id]}>
              <button type="submit" className="button secondary">
                {t("workspace.askThisMentor", { name: m.name })}
              </button>
            </IntentForm>
          ))}
        </details>
      ) : null}

      <section aria-labelledby="checklist">
        <h2 id="checklist">{t("order.checklist")}</h2>
        {data.checklist.length ? null : <p className="meta">{t("workspace.noChecklist")}</p>}
        <ul className="entries">
          {data.checklist.map((c) => (
            <li key={c.id}>
              {side === "worker" && live ? (
                <IntentForm id={`tick-form-${c.id}`} intent="tick" row={["itemId", c.id]} className="inline">
                  <input type="hidden" name="done" value={c.done ? "no" : "yes"} />
                  <button type="submit" className="link-button" aria-pressed={c.done}>
                    {c.done ? "☑" : "☐"} {c.text}
                  </button>
                </IntentForm>
              ) : (
                <span>
                  {c.done ? "☑" : "☐"} {c.text} <span className="visually-hidden">{c.done ? t("workspace.done") : t("workspace.notDone")}</span>
                </span>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="deliveries">
        <h2 id="deliveries">{t("workspace.deliveries")}</h2>
        {data.deliverables.length ? null : <p className="meta">{t("workspace.noDeliveries")}</p>}
        <ul className="entries">
          {data.deliverables.map((d) => (
            <li key={d.id} className="card">
              <p>
                {d.url ? (
                  <a href={d.url} rel="noopener noreferrer nofollow" className="work-text">
                    {d.url}
                  </a>
                ) : (
                  <a href={`/work/${order.id}/deliverables/${d.id}`}>{d.fileName}</a>
                )}
              </p>
              {d.note ? <p className="work-text">{d.note}</p> : null}
              <p className="meta">
                {d.by} · {d.at} · <span className="badge">{t(`deliverable.${d.state}`)}</span>
              </p>
              {d.reviewNote ? <p>{t("workspace.reviewSaid", { note: d.reviewNote })}</p> : null}
              {side === "firm" && live && d.state === "submitted" ? <ReviewForm deliverableId={d.id} /> : null}
            </li>
          ))}
        </ul>
        {side === "worker" && live ? (
          <>
            <h3>{t("workspace.byLink")}</h3>
            <DeliverForm />
            <h3>{t("workspace.byFile")}</h3>
            <DeliverFileForm maxMb={data.maxMb} />
          </>
        ) : null}
      </section>

      <section aria-labelledby="hours">
        <h2 id="hours">{t("workspace.hours")}</h2>
        {data.hours.length ? (
          <ul className="entries">
            {data.hours.map((h) => (
              <li key={h.id}>
                {h.workedOn} · {h.name} · {h.hours}
                {h.note ? ` · ${h.note}` : ""} · {h.confirmed ? t("workspace.confirmed") : t("workspace.unconfirmed")}
              </li>
            ))}
          </ul>
        ) : (
          <p className="meta">{t("workspace.noHours")}</p>
        )}
        <p className="totals">{t("workspace.hoursTotal", { total: data.totals.hours, confirmed: data.totals.confirmed })}</p>
        {side === "worker" && order.state !== "cancelled" ? <HoursForm today={data.today} /> : null}
        {side === "firm" && data.hours.some((h) => !h.confirmed) ? (
          <IntentForm id="confirm-hours-form" intent="confirmHours">
            <button type="submit" className="button secondary">
              {t("workspace.confirmHours")}
            </button>
          </IntentForm>
        ) : null}
      </section>

      <section aria-labelledby="payments">
        <h2 id="payments">{t("workspace.payments")}</h2>
        <p className="hint">{t("workspace.noMoney")}</p>
        {data.payments.length ? (
          <ul className="entries">
            {data.payments.map((p) => (
              <li key={p.id}>
                {p.paidOn} · {p.amount}
                {p.note ? ` · ${p.note}` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p className="meta">{t("workspace.noPayments")}</p>
        )}
        <p className="totals">{t(order.payKind === "hourly" ? "workspace.paidTotalHourly" : "workspace.paidTotalFixed", { paid: data.totals.paid, owed: data.totals.owed })}</p>
        {side === "firm" && order.state !== "cancelled" ? <PaymentForm today={data.today} /> : null}
      </section>

      {order.state === "completed" ? (
        <section aria-labelledby="ratings">
          <h2 id="ratings">{t("workspace.ratings")}</h2>
          <ul className="entries">
            {data.ratings.map((r) => (
              <li key={r.id}>
                {t("workspace.ratingLine", { rater: r.raterName ?? "", about: r.about, count: r.stars })}
                {r.comment ? ` — ${r.comment}` : ""}
              </li>
            ))}
          </ul>
          {data.toRate.map((w) => (
            <RateForm key={w.id} workerId={w.id} name={w.name} />
          ))}
        </section>
      ) : null}

      {live || data.messages.length ? (
        <section aria-labelledby="messages">
          <h2 id="messages">{t("workspace.messages")}</h2>
          {data.messages.length ? null : <p className="meta">{t("workspace.noMessages")}</p>}
          <ul className="entries">
            {data.messages.map((m) => (
              <li key={m.id}>
                <strong>{m.author}</strong> <span className="meta">{m.at}</span>
                <p className="work-text">{m.body}</p>
              </li>
            ))}
          </ul>
          {live ? <MessageForm /> : null}
        </section>
      ) : null}
    </div>
  );
}
