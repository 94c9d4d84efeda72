import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useRootData } from "~/root";

export const meta: MetaFunction = () => [
  { title: "kumi" },
  { name: "description", content: "kumi — learn RPA, no-code and AI in teams of five, in Ukrainian, English and Japanese." },
];

export default function Home() {
  const { t } = useTranslation();
  const viewer = useRootData()?.viewer;
  return (
    <div className="home">
      <section className="hero">
        <h1>{t("home.title")}</h1>
        <p className="lead">{t("home.body")}</p>
        <ul className="points">
          <li>{t("home.points.team")}</li>
          <li>{t("home.points.language")}</li>
          <li>{t("home.points.mentor")}</li>
        </ul>
        <p className="actions">
          {viewer ? (
            <Link className="button" to="/courses">
              {t("home.continue")}
            </Link>
          ) : (
            <>
              <Link className="button" to="/signup">
                {t("home.start")}
              </Link>{" "}
              <Link to="/courses">{t("home.browse")}</Link>
            </>
          )}
        </p>
      </section>
    </div>
  );
}
