interface Option {
  value: string;
  label: string;
  lang?: string;
}

/** A fieldset of checkboxes (or radios) that works without JavaScript. */
export function CheckGroup({
  legend,
  name,
  options,
  checked,
  error,
  type = "checkbox",
}: {
  legend: string;
  name: string;
  options: Option[];
  checked: string[];
  error?: string;
  type?: "checkbox" | "radio";
}) {
  return (
    <fieldset className={error ? "field has-error" : "field"}>
      <legend>{legend}</legend>
      {error ? <p className="error">{error}</p> : null}
      {options.map((o) => (
        <label key={o.value} className="choice" lang={o.lang}>
          <input type={type} name={name} value={o.value} defaultChecked={checked.includes(o.value)} /> {o.label}
        </label>
      ))}
    </fieldset>
  );
}
