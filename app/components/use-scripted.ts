import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * True once the page runs JavaScript (after hydration), false in the
 * server's HTML: controls that need a script (a copy button, a search box)
 * appear only where they work.
 */
export function useScripted(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
