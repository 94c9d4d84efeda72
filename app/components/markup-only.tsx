import { createContext, useContext, type HTMLAttributes, type ReactNode } from "react";

// A lesson body is the largest part of a lesson page. Sent as usual it would
// travel twice: once in the markup and once more, escaped, in the hydration
// data. On a document request the loader hands it to the markup only (the
// load context's `markupOnly`, provided here by entry.server.tsx); in the
// browser the element keeps what the server sent, because React leaves the
// inner HTML of a dangerouslySetInnerHTML element alone while hydrating.
// Client-side navigations ask for data, and then the loader includes the HTML.

const MarkupOnlyContext = createContext<ReadonlyMap<string, string> | null>(null);

export function MarkupOnlyProvider({ value, children }: { value: ReadonlyMap<string, string>; children: ReactNode }) {
  return <MarkupOnlyContext.Provider value={value}>{children}</MarkupOnlyContext.Provider>;
}

/** `html` from loader data when there is any, else what the loader left for the markup under `name`. */
export function MarkupOnlyHtml({ name, html, ...props }: { name: string; html: string | null } & HTMLAttributes<HTMLDivElement>) {
  const markupOnly = useContext(MarkupOnlyContext);
  const content = html ?? markupOnly?.get(name) ?? "";
  return <div {...props} dangerouslySetInnerHTML={{ __html: content }} suppressHydrationWarning />;
}
