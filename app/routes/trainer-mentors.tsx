import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { MentorStatsLine } from "~/components/mentor-stats";
import { getCourse } from "~/curriculum/index.server";
import { requestLocale } from "~/http/locale.server";
import { LOCALE_NAMES, isLocale } from "~/i18n/config";
import { serverT } from "~/i18n/resources.server";
import { allMentors } from "~/models/mentoring/community.server";
import { requireTrainer } from "~/policies/index.server";
import { cohortsWithoutMentor } from "~/models/mentoring/proposals.server";
import { PersonName } from "~/components/person-name";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  requireTrainer(request, context);
  const locale = requestLocale(request, context);
  return {
    mentors: allMentors(locale),
    withoutMentor: cohortsWithoutMentor().map((c) => ({ id: c.id, name: c.name, course: getCourse(c.courseId)?.title[locale] ?? c.courseId, locale: c.locale })),
    locale,
    title: `${serverT(locale)("mentoring:trainer.title")} · kumi`,
  };
}

export default function TrainerMentors() {
  const { t } = useTranslation("mentoring");
  const { mentors, withoutMentor, locale } = useLoaderData<typeof loader>();
  return (
    <div className="wide">
      <h1>{t("trainer.title")}</h1>
      <h2>{t("trainer.withoutMentor")}</h2>
      {withoutMentor.length ? (
        <ul className="entries">
          {withoutMentor.map((c) => (
            <li key={c.id}>
              {c.name} · {c.course} · {LOCALE_NAMES[c.locale]} · <Link to={`/trainer/cohorts/${c.id}/mentor`}>{t("trainer.findMentor")}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("trainer.allHaveMentors")}</p>
      )}
      <h2>{t("trainer.mentors")}</h2>
      {mentors.length ? (
        <ul className="cards">
          {mentors.map((m) => (
            <li key={m.userId} className="card">
              <h3><PersonName name={m.name} /></h3>
              <p className="meta">
                {m.languages.filter(isLocale).map((l) => LOCALE_NAMES[l]).join(", ")} · {t("trainer.open", { open: m.open, capacity: m.capacity })} ·{" "}
                {t(`home.status${m.status[0]!.toUpperCase()}${m.status.slice(1)}`)}
              </p>
              <p>{m.courses.join(", ")}</p>
              <MentorStatsLine stats={m.stats} locale={locale} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("trainer.noMentors")}</p>
      )}
    </div>
  );
}
