import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requestLocale } from "~/http/locale.server";
import { serverT } from "~/i18n/resources.server";
import { readUnsubscribeLink, unsubscribe } from "~/models/mail/unsubscribe.server";
import { allowAnyone } from "~/policies/index.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

// The link in the footer of every notification e-mail. GET asks for
// confirmation, since mail scanners open links; POST (this page's form) acts.
// Mail clients' one-click POST goes to unsubscribe-one-click.ts.
export async function loader({ request, context }: LoaderFunctionArgs) {
  allowAnyone(request, context);
  const locale = requestLocale(request, context);
  const link = readUnsubscribeLink(new URL(request.url).searchParams);
  return { link: link ? { kind: link.kind, email: link.email } : null, title: `${serverT(locale)("mail:unsubscribe.title")} · kumi` };
}

export async function action({ request, context }: ActionFunctionArgs) {
  allowAnyone(request, context);
  const link = readUnsubscribeLink(new URL(request.url).searchParams);
  if (!link) return data({ done: null }, { status: 400 });
  unsubscribe(link);
  return { done: link.kind };
}

export default function Unsubscribe() {
  const { t } = useTranslation("mail");
  const { link } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="narrow">
      <h1>{t("unsubscribe.title")}</h1>
      {result?.done ? (
        <p className="notice success" role="status">
          {t("unsubscribe.done", { kind: t(`kinds.${result.done}`) })}
        </p>
      ) : link ? (
        <Form method="post" className="stack">
          <p>{t("unsubscribe.confirm", { kind: t(`kinds.${link.kind}`), email: link.email })}</p>
          <button type="submit" className="button">
            {t("unsubscribe.submit")}
          </button>
        </Form>
      ) : (
        <p className="notice" role="alert">
          {t("unsubscribe.invalid")}
        </p>
      )}
    </div>
  );
}
