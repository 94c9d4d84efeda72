import { useTranslation } from "react-i18next";
import { readMessage } from "~/forms/message";

// Namespaces already asked for once: a second failure (no signal) shows the key rather than wait forever.
const asked = new Set<string>();

/**
 * Turns the message keys a form's reply carries ("ns:key {params}") into text
 * in the reader's language. A reply can name a namespace the page has not
 * loaded yet (a form sent after start-up): the component then waits for it.
 */
export function useMessageText() {
  const { t, i18n } = useTranslation();
  return (errors: string[] | null | undefined) => {
    if (!errors?.length) return undefined;
    const { key, params } = readMessage(errors[0]!);
    const ns = key.includes(":") ? key.slice(0, key.indexOf(":")) : "common";
    if (!i18n.hasLoadedNamespace(ns) && !asked.has(ns)) {
      asked.add(ns);
      throw i18n.loadNamespaces(ns);
    }
    return t(key, params);
  };
}
