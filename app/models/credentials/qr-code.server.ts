import { issuerOrigin } from "./did.server";

export function verificationUrl(code: string): string {
  return `${issuerOrigin()}/certificates/${code}`;
}

/** An SVG QR code of the certificate's verification page; "M" correction survives a creased printout. */
export async function certificateQrSvg(code: string): Promise<string> {
  const { default: QRCode } = await import("qrcode");
  return QRCode.toString(verificationUrl(code), { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}
