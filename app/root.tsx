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
import { SiteHeader } from "~/components/site-header";
import { useNonce } from "~/components/nonce";
import { allowAnyone } from "~/policies/index.server";
import { switchBrowserLocale } from "~/i18n/client";
import { DEFAULT_LOCALE } from "~/i18n/config";
import { requestLocale } from "~/http/locale.server";
import { unreadCount } from "~/models/notifications.server";
import stylesHref from "~/styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesHref },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = allowAnyone(request, context);
  const locale = requestLocale(request, context);
  return {
    // entry.server.tsx renders with this locale's strings; the browser loads
    // them as a cached chunk (entry.client.tsx), so they are not in the HTML twice.
    locale,
    viewer: user ? { name: user.name, roles: user.roles, unread: unreadCount(user.id) } : null,
  };
}

// In the browser, the interface language follows the server's answer before the
// new page renders: after sign-in to an account in another language, or a
// switch, menus and data change language together.
export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
  const data = await serverLoader<typeof loader>();
  await switchBrowserLocale(data.locale);
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
      <html lang={locale}>
        <head>
          <meta charSet="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="color-scheme" content="light" />
          <Meta />
          <Links />
        </head>
        <body>
          <Page>{children}</Page>
          <ScrollRestoration nonce={nonce} />
          <Scripts nonce={nonce} />
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
