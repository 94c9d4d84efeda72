import type { Locale } from "./config";
import type { Catalogue } from "./translate";

const loaders: Record<Locale, () => Promise<{ default: Catalogue }>> = {
  en: () => import("./bundles/en"),
  uk: () => import("./bundles/uk"),
  ja: () => import("./bundles/ja"),
};

export async function loadClientCatalogue(locale: Locale): Promise<Catalogue> {
  return (await loaders[locale]()).default;
}
