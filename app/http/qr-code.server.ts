import { encode } from "uqr";
import type { QrCode } from "~/components/share-link";

/**
 * A QR code for a link, made on the server (no request leaves the machine)
 * and drawn by the page as SVG, so it prints sharp on a poster. Medium error
 * correction survives a creased or smudged printout; the four-module quiet
 * zone is what phone cameras need to find the code.
 */
export function qrCode(text: string): QrCode {
  const { data, size } = encode(text, { ecc: "M", border: 4 });
  // A run of dark modules in a row is one rectangle: a third of the markup of one square per module.
  let path = "";
  data.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      let end = x;
      while (end + 1 < size && row[end + 1]) end++;
      path += `M${x} ${y}h${end - x + 1}v1h-${end - x + 1}z`;
      x = end;
    }
  });
  return { size, path };
}
