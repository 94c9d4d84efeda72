import { useId, useRef, useState, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";

/** A QR code as the server drew it (see qr-code.server.ts): modules per side and one path of dark modules. */
export interface QrCode {
  size: number;
  path: string;
}

/**
 * An invite link to pass on. Without JavaScript it is a read-only field whose
 * text can be selected and copied; with JavaScript a button copies it and
 * says so in a live region. The QR code (made on the server) is for a poster
 * or a screen that people scan with a phone.
 */
const noSubscription = () => () => {};

export function ShareLink({ label, url, qr }: { label: string; url: string; qr?: QrCode }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  // The button appears only once a script can run it: false in the server's HTML, true after hydration.
  const canCopy = useSyncExternalStore(noSubscription, () => true, () => false);
  // The message belongs to the link it was about.
  const [result, setResult] = useState<{ url: string; status: "copied" | "failed" } | null>(null);
  const status = result?.url === url ? result.status : "";

  async function copy() {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(url);
      setResult({ url, status: "copied" });
    } catch {
      // No clipboard access (an old browser, or the page not served over HTTPS): the text is selected for copying by hand.
      setResult({ url, status: "failed" });
    }
  }

  return (
    <div className="share-link">
      <label htmlFor={`${id}-url`}>{label}</label>
      <div className="share-row">
        <input ref={input} id={`${id}-url`} type="url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        {canCopy ? (
          <button type="button" className="small-button" onClick={copy}>
            {t("share.copy")}
          </button>
        ) : null}
      </div>
      <p className="share-status" role="status">
        {status ? t(`share.${status}`) : ""}
      </p>
      {qr ? (
        <details className="share-qr">
          <summary>{t("share.qr")}</summary>
          <svg viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label={t("share.qrLabel", { url })} shapeRendering="crispEdges">
            <rect width={qr.size} height={qr.size} fill="#fff" />
            <path d={qr.path} fill="#000" />
          </svg>
          <p className="meta">{t("share.qrHint")}</p>
        </details>
      ) : null}
    </div>
  );
}
