import { getFormProps, useForm } from "@conform-to/react";
import { Form, Link, NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";

interface Viewer {
  name: string;
  roles: string[];
  unread: number;
}

export function SiteHeader({ viewer }: { viewer: Viewer | null }) {
  const { t } = useTranslation();
  const [logoutForm] = useForm({ id: "logout-form" });
  return (
    <header className="site-header">
      {/* The visible name comes first in the accessible one (WCAG 2.5.3). */}
      <Link to="/" className="brand">
        kumi <span aria-hidden="true">組</span>
        <span className="visually-hidden"> – {t("nav.home")}</span>
      </Link>
      <nav aria-label={t("nav.label")}>
        <ul>
          <li>
            <NavLink to="/courses">{t("nav.courses")}</NavLink>
          </li>
          {viewer ? (
            <li>
              <NavLink to="/learn">{t("team:learn.title")}</NavLink>
              {viewer.unread ? (
                <>
                  {" "}
                  <Link to="/notifications" className="count" aria-label={t("team:learn.notifications", { count: viewer.unread })}>
                    {viewer.unread}
                  </Link>
                </>
              ) : null}
            </li>
          ) : null}
          {viewer ? (
            <li>
              <NavLink to="/mentor">{t("mentoring:nav.mentor")}</NavLink>
            </li>
          ) : null}
          {viewer?.roles.includes("partner") ? (
            <li>
              <NavLink to="/partner">{t("partners:nav.partner")}</NavLink>
            </li>
          ) : null}
          {viewer?.roles.some((r) => r === "trainer" || r === "admin") ? (
            <>
              <li>
                <NavLink to="/trainer/cohorts">{t("team:trainer.title")}</NavLink>
              </li>
              <li>
                <NavLink to="/trainer/mentors">{t("mentoring:trainer.title")}</NavLink>
              </li>
              <li>
                <NavLink to="/trainer/organisations">{t("partners:nav.organisations")}</NavLink>
              </li>
              <li>
                <NavLink to="/trainer/content">{t("trainer:nav.content")}</NavLink>
              </li>
            </>
          ) : null}
          {viewer?.roles.includes("admin") ? (
            <li>
              <NavLink to="/admin">{t("account:admin.title")}</NavLink>
            </li>
          ) : null}
          {viewer ? (
            <li>
              <NavLink to="/account">{t("account:nav")}</NavLink>
            </li>
          ) : null}
          {viewer ? (
            <li>
              <Form method="post" action="/logout" reloadDocument {...getFormProps(logoutForm)}>
                <span className="viewer">{t("nav.signedInAs", { name: viewer.name })}</span>{" "}
                <button type="submit" className="link-button">
                  {t("nav.logout")}
                </button>
              </Form>
            </li>
          ) : (
            <>
              <li>
                <NavLink to="/login">{t("nav.login")}</NavLink>
              </li>
              <li>
                <NavLink to="/signup" className="button small">
                  {t("nav.signup")}
                </NavLink>
              </li>
            </>
          )}
        </ul>
      </nav>
    </header>
  );
}
