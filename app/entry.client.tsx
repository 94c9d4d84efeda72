import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode, useEffect } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { holdEventsUntilHydrated } from "~/hydration-guard";
import { DEFAULT_LOCALE, isLocale } from "~/i18n/config";
import { clientI18n, initClientI18n } from "~/i18n/client";
import { namespacesOfPage } from "~/i18n/page-namespaces";
import { installOfflineInterceptors } from "~/offline/interceptors";
import { registerServiceWorker } from "~/offline/register";

declare global {
  interface Window {
    /** Set once React has hydrated the page; browser tests wait for it. */
    __kumiStarted?: true;
  }
}

// The page is complete and usable before this runs; hydration only adds
// enhancements, so it waits for the strings the page uses first.
const lang = document.documentElement.lang;
const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;

installOfflineInterceptors();
const releaseEvents = holdEventsUntilHydrated();

function Hydrated({ children }: { children: React.ReactNode }) {
  useEffect(() => {
    releaseEvents();
    window.__kumiStarted = true;
  }, []);
  return children;
}

void initClientI18n(locale, namespacesOfPage()).then(() => {
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <I18nextProvider i18n={clientI18n}>
          <Hydrated>
            <RemixBrowser />
          </Hydrated>
        </I18nextProvider>
      </StrictMode>,
    );
  });
  registerServiceWorker();
});
