import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LOCALES, LOCALE_NAMES, type Locale } from "~/i18n/config";

/**
 * One button per language: one tap, no JavaScript needed. A full document
 * load follows, so the new language's strings arrive with the page.
 */
export function LanguageSwitcher({
  current,
  redirectTo,
  id = "language-form",
  className = "language-switcher",
}: {
  current: Locale;
  redirectTo: string;
  id?: string;
  className?: string;
}) {
  const { t } = useTranslation();
  return (
    <Form method="post" action="/language" reloadDocument className={className} id={id}>
      <fieldset>
        <legend>{t("language.label")}</legend>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        {LOCALES.map((locale) => (
          <button
            key={locale}
            type="submit"
            name="locale"
            value={locale}
            lang={locale}
            aria-pressed={locale === current}
            className={locale === current ? "current" : undefined}
          >
            {LOCALE_NAMES[locale]}
          </button>
        ))}
      </fieldset>
    </Form>
  );
}
