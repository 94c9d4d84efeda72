import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { cookieShouldBeSecure } from "~/http/cookies.server";
import { formValues, readForm } from "~/http/form.server";
import { safeRedirect } from "~/http/safe-redirect";
import { LOCALES } from "~/i18n/config";
import { localeCookie } from "~/i18n/negotiate.server";
import { setUserLocale } from "~/models/users.server";
import { allowAnyone, publicPage } from "~/policies/index.server";

const schema = z.object({ locale: z.enum(LOCALES), redirectTo: z.string().optional() });

export async function action({ request, context }: ActionFunctionArgs) {
  const read = await readForm(request, 16 * 1024);
  const parsed = read.ok ? schema.safeParse(formValues(read.form)) : null;
  // An unknown language just leaves things as they were.
  if (!parsed?.success) return redirect("/", { status: 303 });
  const { locale, redirectTo } = parsed.data;
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
