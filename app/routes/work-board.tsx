import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requestLocale } from "~/http/locale.server";
import { serverT } from "~/i18n/resources.server";
import { applicationOf, teamApplicationOf } from "~/models/work/applications.server";
import { orderView } from "~/models/work/order-view.server";
import { boardFor, isWorker, ordersOfManager } from "~/models/work/orders.server";
import { requireWorkBoard } from "~/policies/index.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user, firms, graduate } = requireWorkBoard(request, context);
  const locale = requestLocale(request, context);
  const firmOrders = firms.length ? ordersOfManager(user.id).map((o) => ({ ...orderView(o, locale), firm: o.organisationName })) : [];
  const board = graduate
    ? boardFor(user).map((o) => {
        const own = applicationOf(o.id, user.id) ?? teamApplicationOf(o.id, user.id);
        return { ...orderView(o, locale), firm: o.organisationName, mine: isWorker(o.id, user.id) ? "worker" : (own?.state ?? null) };
      })
    : [];
  return { isFirm: firms.length > 0, graduate, firmOrders, board, title: `${serverT(locale)("work:board.title")} · kumi` };
}

type Item = ReturnType<typeof useLoaderData<typeof loader>>["board"][number];

function OrderItem({ order, firm, status }: { order: Omit<Item, "mine">; firm: string; status: string | null }) {
  const { t } = useTranslation("work");
  return (
    <li className="card">
      <h3>
        <Link to={`/work/${order.id}`} lang={order.titleLang}>
          {order.title}
        </Link>
      </h3>
      <p className="meta">
        {firm} · {t(`kind.${order.kind}`)} · {t(`order.pay_${order.payKind}`, { amount: order.pay })} · {t("order.deadlineOn", { date: order.deadline })}
      </p>
      {status ? <p className="badge">{status}</p> : null}
    </li>
  );
}

export default function WorkBoard() {
  const { t } = useTranslation("work");
  const data = useLoaderData<typeof loader>();
  return (
    <div className="wide">
      <h1>{t("board.title")}</h1>
      {data.isFirm ? (
        <section aria-labelledby="firm-orders">
          <h2 id="firm-orders">{t("board.firmOrders")}</h2>
          <p>
            <Link to="/work/new" className="button">
              {t("board.post")}
            </Link>
          </p>
          {data.firmOrders.length ? (
            <ul className="entries">
              {data.firmOrders.map((o) => (
                <OrderItem key={o.id} order={o} firm={o.firm} status={t(`state.${o.state}`)} />
              ))}
            </ul>
          ) : (
            <p className="meta">{t("board.noFirmOrders")}</p>
          )}
        </section>
      ) : null}
      {data.graduate ? (
        <section aria-labelledby="open-orders">
          <h2 id="open-orders">{t("board.forYou")}</h2>
          <p className="hint">{t("board.forYouHint")}</p>
          {data.board.length ? (
            <ul className="entries">
              {data.board.map((o) => (
                <OrderItem key={o.id} order={o} firm={o.firm} status={o.mine ? t(`mine.${o.mine}`) : o.state === "open" ? null : t(`state.${o.state}`)} />
              ))}
            </ul>
          ) : (
            <p className="meta">{t("board.none")}</p>
          )}
        </section>
      ) : null}
      {!data.graduate && !data.isFirm ? (
        <section aria-labelledby="how-to">
          <h2 id="how-to">{t("board.howTitle")}</h2>
          <p>{t("board.howText")}</p>
          <p>
            <Link to="/courses" className="button">
              {t("board.howLink")}
            </Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}
