import type { Resource } from "i18next";
import type { Locale } from "./config";

const loaders: Record<Locale, () => Promise<{ default: Resource[string] }>> = {
  en: () => import("./bundles/en"),
  uk: () => import("./bundles/uk"),
  ja: () => import("./bundles/ja"),
};

export async function loadClientResources(locale: Locale): Promise<Resource> {
  const bundle = await loaders[locale]();
  return { [locale]: bundle.default };
}
