import { createContext, useContext } from "react";

// The CSP nonce reaches <Scripts> through context: entry.server provides it
// per request; in the browser it is not needed (scripts are already running).
export const NonceContext = createContext<string | undefined>(undefined);

export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
