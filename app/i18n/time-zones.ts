// Time zones as people read them: "GMT+7 · Indochina Time · Ho Chi Minh"
// rather than "Asia/Ho_Chi_Minh". Labels depend on the ICU data of whoever
// formats them, so the server builds them and pages receive them as data
// (a browser's newer data would otherwise not match the server's HTML).
import type { Locale } from "./config";

/** The zones our learners actually live in, offered first. */
export const COMMON_TIME_ZONES = [
  "Asia/Tokyo",
  "Europe/Kyiv",
  "Europe/Warsaw",
  "Europe/Berlin",
  "Europe/London",
  "America/New_York",
  "America/Los_Angeles",
  "Asia/Seoul",
  "Asia/Manila",
  "Asia/Ho_Chi_Minh",
  "Australia/Sydney",
  "UTC",
] as const;

export interface TimeZoneOption {
  id: string;
  label: string;
  common: boolean;
}

function canonical(id: string): string {
  try {
    return new Intl.DateTimeFormat("en", { timeZone: id }).resolvedOptions().timeZone;
  } catch {
    return id;
  }
}

let ids: Set<string> | null = null;
/**
 * Every zone this runtime knows (Intl.supportedValuesOf), with our common
 * zones under their current names: an older ICU lists "Europe/Kiev" and
 * "Asia/Saigon", which would otherwise appear twice.
 */
export function timeZoneIds(): Set<string> {
  if (ids) return ids;
  const all = new Set(Intl.supportedValuesOf("timeZone"));
  for (const zone of COMMON_TIME_ZONES) {
    const old = canonical(zone);
    if (old !== zone) all.delete(old);
    all.add(zone);
  }
  ids = all;
  return all;
}

export function isTimeZoneId(value: string): boolean {
  return timeZoneIds().has(value);
}

function zoneName(locale: Locale, id: string, style: "longGeneric" | "shortOffset", at: Date): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone: id, timeZoneName: style }).formatToParts(at).find((p) => p.type === "timeZoneName");
  return part?.value ?? id;
}

/** The city part of a zone id, as the id spells it ("Ho Chi Minh"). */
function city(id: string): string {
  return (id.split("/").pop() ?? id).replaceAll("_", " ");
}

/** "GMT+9 · Japan Standard Time · Tokyo" in the reader's language. */
export function timeZoneLabel(locale: Locale, id: string, at = new Date()): string {
  const offset = zoneName(locale, id, "shortOffset", at);
  const generic = zoneName(locale, id, "longGeneric", at);
  const place = city(id);
  return [offset, generic === offset ? null : generic, place === generic ? null : place].filter(Boolean).join(" · ");
}

function offsetMinutes(id: string, at: Date): number {
  const name = zoneName("en", id, "shortOffset", at); // "GMT", "GMT+9", "GMT-3:30"
  const m = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name);
  return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
}

const cache = new Map<string, TimeZoneOption[]>();
/** Every zone with its label, from west to east, then by name; rebuilt each day for daylight saving. */
export function timeZoneOptions(locale: Locale, at = new Date()): TimeZoneOption[] {
  const key = `${locale}:${at.toISOString().slice(0, 10)}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const collator = new Intl.Collator(locale);
  const common = new Set<string>(COMMON_TIME_ZONES);
  const options = [...timeZoneIds()]
    .map((id) => ({ id, label: timeZoneLabel(locale, id, at), common: common.has(id), offset: offsetMinutes(id, at) }))
    .sort((a, b) => a.offset - b.offset || collator.compare(a.label, b.label))
    .map(({ id, label, common }) => ({ id, label, common }));
  cache.clear();
  cache.set(key, options);
  return options;
}
