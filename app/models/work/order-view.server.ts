import { getCourse } from "~/curriculum/index.server";
import { dateForDisplay } from "~/domain/calendar";
import type { Locale } from "~/i18n/config";
import { formatDate, formatYen } from "~/i18n/format";
import { localised, type WorkOrder } from "./orders.server";

/** An order as a page shows it, in the reader's language (or the firm's where it wrote no translation). */
export function orderView(order: WorkOrder, locale: Locale) {
  const title = localised(order.title, locale);
  const description = localised(order.description, locale);
  return {
    id: order.id,
    state: order.state,
    title: title.text,
    titleLang: title.lang,
    description: description.text,
    descriptionLang: description.lang,
    kind: order.kind,
    languages: order.languages,
    courses: order.requiredCourses.map((c) => getCourse(c)?.title[locale] ?? c),
    teamSize: order.teamSize,
    estimatedHours: order.estimatedHours,
    payKind: order.payKind,
    payYen: order.payYen,
    pay: formatYen(locale, order.payYen),
    deadline: formatDate(locale, dateForDisplay(order.deadline), "UTC"),
    firmMayBeNamed: order.firmMayBeNamed,
  };
}
