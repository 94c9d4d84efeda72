import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { MentorStatsLine } from "~/components/mentor-stats";
import { requestLocale } from "~/http/locale.server";
import { LOCALE_NAMES, isLocale } from "~/i18n/config";
import { serverT } from "~/i18n/resources.server";
import { listedSeniors } from "~/models/mentoring/community.server";
import { requireSignedIn } from "~/policies/index.server";
import { PersonName } from "~/components/person-name";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

// Seniors who chose to be listed; visible to signed-in members of the community.
export async function loader({ request, context }: LoaderFunctionArgs) {
  requireSignedIn(request, context);
  const locale = requestLocale(request, context);
  return { seniors: listedSeniors(locale), locale, title: `${serverT(locale)("mentoring:community.title")} · kumi` };
}

export default function Community() {
  const { t } = useTranslation("mentoring");
  const { seniors, locale } = useLoaderData<typeof loader>();
  return (
    <div>
      <h1>{t("community.title")}</h1>
      <p className="lead">{t("community.intro")}</p>
      {seniors.length ? (
        <ul className="cards">
          {seniors.map((s) => (
            <li key={s.userId} className="card">
              <h2><PersonName name={s.name} /></h2>
              <p>{t("community.languages", { languages: s.languages.filter(isLocale).map((l) => LOCALE_NAMES[l]).join(", ") })}</p>
              <p>{t("community.completed", { courses: s.courses.join(", ") })}</p>
              <MentorStatsLine stats={s.stats} locale={locale} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("community.none")}</p>
      )}
    </div>
  );
}
