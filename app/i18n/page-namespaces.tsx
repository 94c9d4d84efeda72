import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { i18n as I18n } from "i18next";
import { NAMESPACES, type Namespace } from "./config";
import { namespacesUsed } from "./used-namespaces";

// The browser loads only the namespaces a page's strings came from (the server
// records them while rendering, app/i18n/used-namespaces.ts), before it
// hydrates; a later page's namespaces load as it opens
// (docs/decisions/022-namespaces-per-page.md).

const ELEMENT_ID = "kumi-i18n-namespaces";

/**
 * Rendered after the page's content, so that on the server every string has
 * been translated by then. In the browser it keeps what the server wrote: the
 * list only matters for the first load.
 */
export function PageNamespaces({ nonce }: { nonce?: string }) {
  const { i18n } = useTranslation();
  const [list] = useState(() =>
    typeof document === "undefined" ? JSON.stringify(namespacesUsed(i18n as I18n)) : (document.getElementById(ELEMENT_ID)?.textContent ?? "[]"),
  );
  // A data block is never run, but every inline script carries the nonce: one rule, no exceptions to review.
  return <script id={ELEMENT_ID} type="application/json" nonce={nonce} dangerouslySetInnerHTML={{ __html: list }} />;
}

/** The namespaces the server named for this page (always with the common one). */
export function namespacesOfPage(): Namespace[] {
  let named: unknown = [];
  try {
    named = JSON.parse(document.getElementById(ELEMENT_ID)?.textContent ?? "[]");
  } catch {
    named = [];
  }
  const valid = Array.isArray(named) ? named.filter((ns): ns is Namespace => (NAMESPACES as readonly unknown[]).includes(ns)) : [];
  return [...new Set<Namespace>(["common", ...valid])];
}
