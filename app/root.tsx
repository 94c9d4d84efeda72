import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import type { ClientLoaderFunctionArgs } from "@remix-run/react";
import {
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitcher } from "~/components/language-switcher";
import { OfflineStatus } from "~/components/offline-status";
import { HeadStyles, LateStylesheet } from "~/components/page-styles";
import { SiteHeader } from "~/components/site-header";
import { VerifyEmailBanner } from "~/components/verify-email-banner";
import { useNonce } from "~/components/nonce";
import { allowAnyone } from "~/policies/index.server";
import { clientI18n, switchBrowserLocale } from "~/i18n/client";
import { SAVED_PAGE_NAMESPACES } from "~/offline/protocol";
import { PageNamespaces } from "~/i18n/page-namespaces";
import { DEFAULT_LOCALE } from "~/i18n/config";
import { requestLocale } from "~/http/locale.server";
import { offlineOwner } from "~/http/offline-owner.server";
import { unreadCount } from "~/models/notifications.server";
import stylesHref from "~/styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
  { rel: "manifest", href: "/manifest.webmanifest" },
  { rel: "apple-touch-icon", href: "/icon-192.png" },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = allowAnyone(request, context);
  const locale = requestLocale(request, context);
  return {
    // entry.server.tsx renders with this locale's strings; the browser loads
    // them as a cached chunk (entry.client.tsx), so they are not in the HTML twice.
    locale,
    viewer: user ? { name: user.name, roles: user.roles, unread: unreadCount(user.id), offlineOwner: offlineOwner(user) } : null,
    // Until the address is confirmed a banner offers the link again.
    emailUnverified: user ? !user.emailVerified : false,
  };
}

// In the browser, the interface language follows the server's answer before the
// new page renders: after sign-in to an account in another language, or a
// switch, menus and data change language together. Someone signed in also gets
// the strings of the learner's pages now, so that the page after sign-in (and
// the pages kept offline) never wait for theirs after the address has changed.
export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
  const data = await serverLoader<typeof loader>();
  await switchBrowserLocale(data.locale);
  if (data.viewer) await clientI18n.loadNamespaces(SAVED_PAGE_NAMESPACES);
  return data;
}

export type RootData = Awaited<ReturnType<typeof loader>>;

export function useRootData(): RootData | undefined {
  return useRouteLoaderData<typeof loader>("root");
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRootData();
  const locale = data?.locale ?? DEFAULT_LOCALE;
  const nonce = useNonce();
  return (
      // The owner marker is read by the offline interceptors before React has
      // started, so a form sent offline in that moment still goes to her outbox.
      <html lang={locale} data-offline-owner={data?.viewer?.offlineOwner || undefined}>
        <head>
          <meta charSet="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="color-scheme" content="light" />
          <meta name="theme-color" content="#1d4f91" />
          <Meta />
          <HeadStyles href={stylesHref} nonce={nonce} />
          <Links />
        </head>
        <body>
          <Page>{children}</Page>
          <PageNamespaces nonce={nonce} />
          <ScrollRestoration nonce={nonce} />
          <Scripts nonce={nonce} />
          <LateStylesheet href={stylesHref} />
        </body>
      </html>
  );
}

function Page({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const data = useRootData();
  const location = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <SiteHeader viewer={data?.viewer ?? null} locale={data?.locale ?? DEFAULT_LOCALE} redirectTo={location.pathname + location.search} />
      {data?.emailUnverified ? <VerifyEmailBanner /> : null}
      <OfflineStatus owner={data?.viewer?.offlineOwner ?? ""} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t("footer.about")}</p>
        <LanguageSwitcher current={data?.locale ?? DEFAULT_LOCALE} redirectTo={location.pathname + location.search} />
      </footer>
    </>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  // A page that could not be fetched because the phone has no signal is not our error.
  if (!isRouteErrorResponse(error) && typeof navigator !== "undefined" && !navigator.onLine) {
    return (
      <div className="narrow">
        <h1>{t("offline.errorTitle")}</h1>
        <p>{t("offline.errorBody")}</p>
        <p>
          <a href="/offline">{t("offline.seeSaved")}</a>
        </p>
      </div>
    );
  }
  const key = status === 404 ? "notFound" : status === 403 ? "forbidden" : status === 400 ? "badRequest" : "generic";
  return (
    <div className="narrow">
      <h1>{t(`errors.${key}.title`)}</h1>
      <p>{t(`errors.${key}.body`)}</p>
      <p>
        <Link to="/">{t("errors.backHome")}</Link>
      </p>
    </div>
  );
}
