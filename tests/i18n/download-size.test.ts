import { describe, expect, it } from "vitest";
import { formatDownloadSize } from "~/i18n/format";

// "Save this module for offline (about 120 kB)": the size in the reader's language.
describe("formatDownloadSize", () => {
  it("says kilobytes in each language, megabytes from a million bytes on, and never 0 kB", () => {
    expect(formatDownloadSize("en", 120_400)).toBe("120 kB");
    expect(formatDownloadSize("uk", 120_400)).toBe("120 кБ");
    expect(formatDownloadSize("ja", 120_400)).toBe("120 KB");
    expect(formatDownloadSize("en", 1_250_000)).toBe("1.3 MB");
    expect(formatDownloadSize("uk", 1_250_000)).toBe("1,3 МБ");
    expect(formatDownloadSize("en", 80)).toBe("1 kB");
  });
});
