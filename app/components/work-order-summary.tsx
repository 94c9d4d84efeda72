import { useTranslation } from "react-i18next";
import { LOCALE_NAMES, type Locale } from "~/i18n/config";

export interface OrderSummary {
  kind: string;
  languages: Locale[];
  courses: string[];
  teamSize: number;
  estimatedHours: number;
  pay: string;
  payKind: "hourly" | "fixed";
  deadline: string;
}

/** The facts of an order a graduate weighs before applying. */
export function WorkOrderFacts({ order }: { order: OrderSummary }) {
  const { t } = useTranslation("work");
  return (
    <dl className="work-facts">
      <dt>{t("order.kind")}</dt>
      <dd>{t(`kind.${order.kind}`)}</dd>
      <dt>{t("order.courses")}</dt>
      <dd>{order.courses.join(", ")}</dd>
      <dt>{t("order.languages")}</dt>
      <dd>
        {order.languages.map((l, i) => (
          <span key={l} lang={l}>
            {i ? ", " : ""}
            {LOCALE_NAMES[l]}
          </span>
        ))}
      </dd>
      <dt>{t("order.teamSize")}</dt>
      <dd>{t("order.upTo", { count: order.teamSize })}</dd>
      <dt>{t("order.hours")}</dt>
      <dd>{t("order.hoursValue", { count: order.estimatedHours })}</dd>
      <dt>{t("order.pay")}</dt>
      <dd>{t(`order.pay_${order.payKind}`, { amount: order.pay })}</dd>
      <dt>{t("order.deadline")}</dt>
      <dd>{order.deadline}</dd>
    </dl>
  );
}
