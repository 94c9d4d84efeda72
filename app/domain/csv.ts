/**
 * CSV that Excel opens correctly in Japan (and everywhere): UTF-8 with a byte
 * order mark (otherwise Japanese Excel assumes Shift_JIS), CRLF line ends,
 * RFC 4180 quoting, and cells that would start a formula neutralised.
 */
export function toCsv(rows: (string | number | null)[][]): string {
  const cell = (value: string | number | null) => {
    let text = value === null ? "" : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${rows.map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}
