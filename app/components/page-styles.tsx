import { createContext, useContext, useState } from "react";

// The page's stylesheet: linked in the head, or (a first visit) inline in the
// head and linked at the end (app/http/first-visit-styles.server.ts decides).
// entry.server provides the decision; in the browser the page keeps what the
// server drew.

export interface PageStylesValue {
  href: string;
  inline: string | null;
}

export const PageStylesContext = createContext<PageStylesValue | undefined>(undefined);

const INLINE_ID = "kumi-styles";

function usePageStyles(href: string): PageStylesValue {
  const fromServer = useContext(PageStylesContext);
  const [value] = useState<PageStylesValue>(() => {
    if (fromServer) return fromServer;
    const inline = typeof document === "undefined" ? null : (document.getElementById(INLINE_ID)?.textContent ?? null);
    return { href, inline };
  });
  return value;
}

export function HeadStyles({ href, nonce }: { href: string; nonce?: string }) {
  const { inline } = usePageStyles(href);
  return inline === null ? <link rel="stylesheet" href={href} /> : <style id={INLINE_ID} nonce={nonce} dangerouslySetInnerHTML={{ __html: inline }} />;
}

/** After the page's content: on a first visit the file is fetched here, for the next pages, without holding up this one. */
export function LateStylesheet({ href }: { href: string }) {
  const { inline } = usePageStyles(href);
  return inline === null ? null : <link rel="stylesheet" href={href} />;
}
