import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nProvider } from "~/i18n/react";
import { DEFAULT_LOCALE, isLocale } from "~/i18n/config";
import { loadClientCatalogue } from "~/i18n/load-client-bundle";
import { createTranslations } from "~/i18n/translate";

// The page is complete and usable before this runs; hydration only adds
// enhancements, so it waits for the reader's language chunk first.
const lang = document.documentElement.lang;
const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;

void loadClientCatalogue(locale).then((catalogue) => {
  const translations = createTranslations(locale, catalogue);
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <I18nProvider translations={translations}>
          <RemixBrowser />
        </I18nProvider>
      </StrictMode>,
    );
  });
});
