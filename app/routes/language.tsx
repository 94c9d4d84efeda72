import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { cookieShouldBeSecure } from "~/http/cookies.server";
import { parseSubmission } from "~/forms/submission.server";
import { safeRedirect } from "~/http/safe-redirect";
import { LOCALES } from "~/i18n/config";
import { localeCookie } from "~/i18n/negotiate.server";
import { setUserLocale } from "~/models/users.server";
import { allowAnyone, publicPage } from "~/policies/index.server";

const schema = z.object({ locale: z.enum(LOCALES), redirectTo: z.string().optional() });

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await parseSubmission(request, schema, { maxBytes: 16 * 1024 });
  // An unknown language just leaves things as they were.
  if (!form.ok) return redirect("/", { status: 303 });
  const { locale, redirectTo } = form.value;
  const user = allowAnyone(request, context);
  if (user) setUserLocale(user.id, locale);
  return redirect(safeRedirect(redirectTo), {
    status: 303,
    headers: { "Set-Cookie": localeCookie(locale, cookieShouldBeSecure(request)) },
  });
}

export function loader() {
  publicPage();
  return redirect("/");
}
