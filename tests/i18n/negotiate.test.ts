import { describe, expect, it } from "vitest";
import { negotiateLocale } from "~/i18n/negotiate.server";

describe("negotiateLocale", () => {
  const none = { cookieHeader: null, acceptLanguage: null };

  it("prefers the signed-in user's saved language", () => {
    expect(negotiateLocale({ userLocale: "ja", cookieHeader: "lang=uk", acceptLanguage: "en" })).toBe("ja");
  });

  it("then the lang cookie", () => {
    expect(negotiateLocale({ cookieHeader: "a=1; lang=uk; b=2", acceptLanguage: "ja" })).toBe("uk");
  });

  it("ignores an unknown cookie value", () => {
    expect(negotiateLocale({ cookieHeader: "lang=ru", acceptLanguage: "ja-JP,ja;q=0.9" })).toBe("ja");
  });

  it("then the best Accept-Language match, honouring q-values and regions", () => {
    expect(negotiateLocale({ cookieHeader: null, acceptLanguage: "uk-UA,uk;q=0.9,en;q=0.8" })).toBe("uk");
    expect(negotiateLocale({ cookieHeader: null, acceptLanguage: "ru;q=0.9,ja;q=0.5,en;q=0.4" })).toBe("ja");
    expect(negotiateLocale({ cookieHeader: null, acceptLanguage: "en;q=0.2,uk;q=0.8" })).toBe("uk");
  });

  it("falls back to English", () => {
    expect(negotiateLocale(none)).toBe("en");
    expect(negotiateLocale({ cookieHeader: null, acceptLanguage: "fr-FR,de;q=0.5" })).toBe("en");
    expect(negotiateLocale({ cookieHeader: "lang=%E0%A4%A", acceptLanguage: "garbage;;;q=x" })).toBe("en");
  });
});
