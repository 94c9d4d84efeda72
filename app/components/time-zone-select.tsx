import { SelectField, type FieldMeta } from "./forms";

// The zones our learners actually live in; anything else can be typed by a trainer.
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

/** The zone the form's default value names, Asia/Tokyo unless the form says otherwise. */
export const DEFAULT_TIME_ZONE = "Asia/Tokyo";

export function TimeZoneSelect({ label, meta }: { label: string; meta: FieldMeta }) {
  return (
    <SelectField meta={meta} label={label}>
      {COMMON_TIME_ZONES.map((zone) => (
        <option key={zone} value={zone}>
          {zone.replace("_", " ")}
        </option>
      ))}
    </SelectField>
  );
}

export function isKnownTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
