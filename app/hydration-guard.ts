/**
 * Keeps a tap or key press from reaching React before the page has hydrated.
 *
 * With single fetch, Remix's RemixBrowser suspends on its first render until
 * the page's data is decoded. React answers a discrete event (click, key,
 * input, submit…) on a root that is still dehydrated by hydrating it
 * synchronously; that render suspends again with no boundary above it, and
 * React 18 throws "Root did not complete" (error #345): the page stays
 * unhydrated. On a slow phone a person can easily tap in that window.
 *
 * Stopping such events in the capture phase at `window`, before React's own
 * listener on the document, is what React itself does with an event it
 * cannot hydrate for; the browser's default action still happens, and every
 * link and form works without JavaScript, so the tap is not lost. Once React
 * has committed the hydrated page, the guard is removed.
 */
const EVENTS_THAT_FORCE_HYDRATION = [
  "mousedown", "mouseup", "touchcancel", "touchend", "touchstart", "auxclick", "dblclick",
  "pointercancel", "pointerdown", "pointerup", "dragend", "dragstart", "drop",
  "compositionend", "compositionstart", "keydown", "keypress", "keyup", "input", "textInput",
  "copy", "cut", "paste", "click", "change", "contextmenu", "reset", "submit",
] as const;

const hold = (event: Event) => event.stopPropagation();

export function holdEventsUntilHydrated(): () => void {
  for (const type of EVENTS_THAT_FORCE_HYDRATION) window.addEventListener(type, hold, { capture: true });
  return () => {
    for (const type of EVENTS_THAT_FORCE_HYDRATION) window.removeEventListener(type, hold, { capture: true });
  };
}
