import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useEffect, useState, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { formatSavedAt } from "~/offline/saved-at";
import { askWorker } from "~/offline/worker-client";
import type { SavedPage } from "~/offline/protocol";
import { allowAnyone } from "~/policies/index.server";

// The page the service worker shows for an address it has not saved while the
// phone has no connection. Online it is an ordinary page; the worker keeps a
// copy in the reader's language (see docs/decisions/016-offline.md).
export const meta: MetaFunction = () => [{ title: "kumi" }];

export function loader({ request, context }: LoaderFunctionArgs) {
  allowAnyone(request, context);
  return null;
}

const neverChanges = () => () => undefined;
const askedFor = () => new URLSearchParams(window.location.search).get("from");

export default function OfflinePage() {
  const { t, i18n } = useTranslation();
  // The worker's saved copy was rendered without `from`: it is read after hydration, not during.
  const from = useSyncExternalStore(neverChanges, askedFor, () => null);
  const [pages, setPages] = useState<SavedPage[] | null>(null);
  useEffect(() => {
    void askWorker<SavedPage[]>({ type: "saved-pages" }).then((list) => setPages(list ?? []));
  }, []);
  return (
    <div className="narrow">
      <h1>{t("offline.title")}</h1>
      <p>{t("offline.body")}</p>
      {from?.startsWith("/") ? <p className="meta">{t("offline.askedFor", { path: from })}</p> : null}
      {pages === null ? null : pages.length ? (
        <>
          <h2>{t("offline.savedList")}</h2>
          <ul className="saved-pages">
            {pages.map((p) => (
              <li key={p.path}>
                <Link to={p.path} reloadDocument={p.document !== false}>
                  {p.title}
                </Link>{" "}
                <span className="meta">({t("offline.savedAt", { time: formatSavedAt(i18n.language, p.savedAt) })})</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t("offline.nothingSaved")}</p>
      )}
    </div>
  );
}
