import { useTranslation } from "react-i18next";

interface Message {
  key: string;
  params?: Record<string, string | number>;
}

/** Turns a server-side message key (+ values) into text in the reader's language. */
export function useMessage() {
  const { t } = useTranslation();
  return (m: Message | undefined | null) => (m ? t(m.key, m.params ?? {}) : undefined);
}

/** A status line announced to screen readers: success notes and form-level errors. */
export function StatusMessage({ message, tone = "ok" }: { message?: Message | null; tone?: "ok" | "error" }) {
  const msg = useMessage();
  if (!message) return null;
  return (
    <p className={tone === "error" ? "form-error" : "notice success"} role={tone === "error" ? "alert" : "status"}>
      {msg(message)}
    </p>
  );
}
