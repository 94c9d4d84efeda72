import { getEnv } from "~/env.server";
import type { Locale } from "~/i18n/config";
import { serverT } from "~/i18n/resources.server";

/** An absolute link for an e-mail: APP_ORIGIN, or this server's own address in development. */
export function appLink(path: string): string {
  const env = getEnv();
  const origin = env.APP_ORIGIN ?? `http://localhost:${env.PORT}`;
  return new URL(path, origin).toString();
}

export interface MailContent {
  locale: Locale;
  subject: string;
  /** Plain-text paragraphs; the HTML version escapes them. */
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Lines under the signature, e.g. why this e-mail came and how to stop it. */
  footer?: string[];
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/**
 * One layout for every e-mail: paragraphs, an optional button with the link
 * also written out (mail clients that block links still show it), a footer.
 * Everything is escaped: names and lesson titles come from people.
 */
export function renderMail(content: MailContent): RenderedMail {
  const t = serverT(content.locale);
  const signature = t("mail:layout.signature");
  const footer = [...(content.footer ?? []), t("mail:layout.automatic")];
  const text = [
    ...content.paragraphs,
    ...(content.action ? [`${content.action.label}:\n${content.action.url}`] : []),
    signature,
    "--",
    ...footer,
  ].join("\n\n");
  const p = (s: string, style = "") => `<p${style ? ` style="${style}"` : ""}>${escapeHtml(s).replace(/\n/g, "<br>")}</p>`;
  const action = content.action
    ? `<p><a href="${escapeHtml(content.action.url)}" style="display:inline-block;padding:10px 16px;background:#1d4ed8;color:#ffffff;text-decoration:none;border-radius:6px">${escapeHtml(content.action.label)}</a></p>` +
      p(content.action.url, "font-size:13px;color:#555;word-break:break-all")
    : "";
  const html = `<!doctype html><html lang="${content.locale}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>` +
    `<body style="font-family:system-ui,sans-serif;line-height:1.5;color:#111;max-width:36em;margin:0 auto;padding:16px">` +
    content.paragraphs.map((s) => p(s)).join("") +
    action +
    p(signature) +
    `<hr style="border:none;border-top:1px solid #ddd">` +
    footer.map((s) => p(s, "font-size:13px;color:#555")).join("") +
    `</body></html>`;
  return { subject: content.subject, text, html };
}
