import { createContext, useContext, useState } from "react";

// The page's stylesheet: linked in the head, or (a first visit) inline in the
// head and linked at the end (app/http/first-visit-styles.server.ts decides).
// entry.server provides the inline text, or null; in the browser the page
// keeps what the server drew.

export const InlineStylesContext = createContext<string | null | undefined>(undefined);

const INLINE_ID = "kumi-styles";

function useInlineStyles(): string | null {
  const fromServer = useContext(InlineStylesContext);
  const [inline] = useState(() => {
    if (fromServer !== undefined) return fromServer;
    return typeof document === "undefined" ? null : (document.getElementById(INLINE_ID)?.textContent ?? null);
  });
  return inline;
}

export function HeadStyles({ href, nonce }: { href: string; nonce?: string }) {
  const inline = useInlineStyles();
  return inline === null ? <link rel="stylesheet" href={href} /> : <style id={INLINE_ID} nonce={nonce} dangerouslySetInnerHTML={{ __html: inline }} />;
}

/** After the page's content: on a first visit the file is fetched here, for the next pages, without holding up this one. */
export function LateStylesheet({ href }: { href: string }) {
  return useInlineStyles() === null ? null : <link rel="stylesheet" href={href} />;
}
