import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitcher } from "~/components/language-switcher";
import { LOCALE_NAMES, type Locale } from "~/i18n/config";

interface Viewer {
  name: string;
  roles: string[];
  unread: number;
}

/**
 * On a phone the header is one line: the brand, the language and a menu that
 * folds open (<details>, so it works without JavaScript). From a desktop's
 * width on, the menu's links stand in the line instead (see app.css).
 */
export function SiteHeader({ viewer, locale, redirectTo }: { viewer: Viewer | null; locale: Locale; redirectTo: string }) {
  const { t } = useTranslation();
  const menu = useRef<HTMLDetailsElement>(null);
  const language = useRef<HTMLDetailsElement>(null);
  const { pathname } = useLocation();
  // A menu left open would cover the next page: after a navigation both fold again.
  useEffect(() => {
    menu.current?.removeAttribute("open");
    language.current?.removeAttribute("open");
  }, [pathname]);
  return (
    <header className="site-header">
      {/* The visible name comes first in the accessible one (WCAG 2.5.3). */}
      <Link to="/" className="brand">
        kumi <span aria-hidden="true">組</span>
        <span className="visually-hidden"> – {t("nav.home")}</span>
      </Link>
      <details className="header-language" ref={language}>
        <summary>
          <svg className="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <circle cx="10" cy="10" r="8" />
            <ellipse cx="10" cy="10" rx="3.5" ry="8" />
            <path d="M2 10h16M3.5 5.5h13M3.5 14.5h13" />
          </svg>
          <span className="visually-hidden">{t("language.label")}: </span>
          <span lang={locale}>{LOCALE_NAMES[locale]}</span>
        </summary>
        <div className="header-panel">
          <LanguageSwitcher id="header-language-form" className="language-choice" current={locale} redirectTo={redirectTo} />
        </div>
      </details>
      <details className="site-menu" ref={menu}>
        <summary>
          <svg className="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <path d="M3 5h14M3 10h14M3 15h14" />
          </svg>
          {t("nav.menu")}
          {viewer?.unread ? (
            <>
              {" "}
              <span className="count">
                <span aria-hidden="true">{viewer.unread}</span>
                <span className="visually-hidden">{t("nav.notifications", { count: viewer.unread })}</span>
              </span>
            </>
          ) : null}
        </summary>
        <nav aria-label={t("nav.label")} className="header-panel">
          <ul>
            <li>
              <NavLink to="/courses">{t("nav.courses")}</NavLink>
            </li>
            {viewer ? (
              <li>
                <NavLink to="/learn">{t("nav.learn")}</NavLink>
                {viewer.unread ? (
                  <>
                    {" "}
                    <Link to="/notifications" className="count" aria-label={t("nav.notifications", { count: viewer.unread })}>
                      {viewer.unread}
                    </Link>
                  </>
                ) : null}
              </li>
            ) : null}
            {viewer ? (
              <li>
                <NavLink to="/mentor">{t("nav.mentor")}</NavLink>
              </li>
            ) : null}
            {viewer ? (
              <li>
                <NavLink to="/work">{t("nav.work")}</NavLink>
              </li>
            ) : null}
            {viewer?.roles.includes("partner") ? (
              <li>
                <NavLink to="/partner">{t("nav.partner")}</NavLink>
              </li>
            ) : null}
            {viewer?.roles.some((r) => r === "trainer" || r === "admin") ? (
              <>
                <li>
                  <NavLink to="/trainer/cohorts">{t("nav.trainer")}</NavLink>
                </li>
                <li>
                  <NavLink to="/trainer/mentors">{t("nav.mentors")}</NavLink>
                </li>
                <li>
                  <NavLink to="/trainer/organisations">{t("nav.organisations")}</NavLink>
                </li>
                <li>
                  <NavLink to="/trainer/content">{t("nav.content")}</NavLink>
                </li>
              </>
            ) : null}
            {viewer?.roles.includes("admin") ? (
              <li>
                <NavLink to="/admin">{t("nav.admin")}</NavLink>
              </li>
            ) : null}
            {viewer ? (
              <li>
                <NavLink to="/account">{t("nav.account")}</NavLink>
              </li>
            ) : null}
            {viewer ? (
              <li>
                <Form method="post" action="/logout" reloadDocument id="logout-form">
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
      </details>
    </header>
  );
}
