import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { DEFAULT_LOCALE, isLocale } from "~/i18n/config";
import { clientI18n, initClientI18n } from "~/i18n/client";
import { installOfflineInterceptors } from "~/offline/interceptors";
import { registerServiceWorker } from "~/offline/register";

// The page is complete and usable before this runs; hydration only adds
// enhancements, so it waits for the reader's language chunk first.
const lang = document.documentElement.lang;
const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;

installOfflineInterceptors();

void initClientI18n(locale).then(() => {
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <I18nextProvider i18n={clientI18n}>
          <RemixBrowser />
        </I18nextProvider>
      </StrictMode>,
    );
  });
  registerServiceWorker();
});
