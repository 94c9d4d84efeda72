import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SelectField, type FieldMeta } from "./forms";
import { useScripted } from "./use-scripted";
import type { TimeZoneOption } from "~/i18n/time-zones";

export { COMMON_TIME_ZONES } from "~/i18n/time-zones";

/** The zone the form's default value names, Asia/Tokyo unless the form says otherwise. */
export const DEFAULT_TIME_ZONE = "Asia/Tokyo";

/**
 * A select of every time zone by its name in the reader's language (the
 * loader passes `zones` from timeZoneOptions), the common ones first. With
 * JavaScript a search box narrows the list; without it the grouped select
 * alone works.
 */
export function TimeZoneSelect({ label, meta, zones }: { label: string; meta: FieldMeta; zones: TimeZoneOption[] }) {
  const { t } = useTranslation("team");
  const scripted = useScripted();
  const [search, setSearch] = useState("");
  const [chosen, setChosen] = useState(typeof meta.initialValue === "string" ? meta.initialValue : "");
  const words = search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const shown = (z: TimeZoneOption) =>
    z.id === chosen || words.every((w) => z.label.toLocaleLowerCase().includes(w) || z.id.toLocaleLowerCase().includes(w));
  const common = zones.filter((z) => z.common && shown(z));
  const all = zones.filter((z) => !z.common && shown(z));
  return (
    <div className="time-zone-select">
      {scripted ? (
        <p className="field">
          <label htmlFor={`${meta.id}-search`}>{t("timeZones.search")}</label>
          <input id={`${meta.id}-search`} type="search" value={search} onChange={(e) => setSearch(e.currentTarget.value)} autoComplete="off" />
        </p>
      ) : null}
      <SelectField meta={meta} label={label} onChange={(e) => setChosen(e.currentTarget.value)}>
        {common.length ? (
          <optgroup label={t("timeZones.common")}>
            {common.map((z) => (
              <option key={z.id} value={z.id}>
                {z.label}
              </option>
            ))}
          </optgroup>
        ) : null}
        {all.length ? (
          <optgroup label={t("timeZones.all")}>
            {all.map((z) => (
              <option key={z.id} value={z.id}>
                {z.label}
              </option>
            ))}
          </optgroup>
        ) : null}
      </SelectField>
    </div>
  );
}
