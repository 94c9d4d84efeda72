import { useId } from "react";

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

export function TimeZoneSelect({ label, name, defaultValue, error }: { label: string; name: string; defaultValue?: string; error?: string }) {
  const id = useId();
  return (
    <div className={error ? "field has-error" : "field"}>
      <label htmlFor={id}>{label}</label>
      {error ? <p className="error">{error}</p> : null}
      <select id={id} name={name} defaultValue={defaultValue ?? "Asia/Tokyo"}>
        {COMMON_TIME_ZONES.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replace("_", " ")}
          </option>
        ))}
      </select>
    </div>
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
