import { useTranslation } from "react-i18next";
import type { RubricItem } from "~/curriculum/types";
import type { Locale } from "~/i18n/config";
import { ScrollRegion } from "~/components/scroll-region";

/**
 * An exercise's review checklist, one row per point. `lang` is set when the
 * items are not in the page's language (the reviewer's translation is missing
 * or stale), so that screen readers pronounce them right.
 */
export function Rubric({ items, lang }: { items: RubricItem[]; lang?: Locale | null }) {
  const { t } = useTranslation("team");
  if (!items.length) return null;
  return (
    <section aria-labelledby="rubric-title">
      <h2 id="rubric-title">{t("rubric.title")}</h2>
      <p>{t("rubric.intro")}</p>
      <ScrollRegion>
        <table className="summary rubric" aria-labelledby="rubric-title">
          <thead>
            <tr>
              <th scope="col">{t("rubric.check")}</th>
              <th scope="col">{t("rubric.accept")}</th>
              <th scope="col">{t("rubric.changes")}</th>
            </tr>
          </thead>
          <tbody lang={lang ?? undefined}>
            {items.map((item, index) => (
              <tr key={index}>
                <th scope="row">{item.check}</th>
                <td>{item.accept}</td>
                <td>{item.changes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
