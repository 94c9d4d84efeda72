import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { formFailure, parseForm } from "~/http/form-action.server";
import { joinOrganisation } from "~/models/partners/organisations.server";
import { allowAnyone, requireManagerInvite, requireSignedIn } from "~/policies/index.server";

export const meta: MetaFunction = () => [{ title: "kumi" }, { name: "robots", content: "noindex" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const org = requireManagerInvite(params.code);
  return { organisation: org.name, signedIn: !!allowAnyone(request, context), path: new URL(request.url).pathname };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = requireSignedIn(request, context);
  const org = requireManagerInvite(params.code);
  const parsed = await parseForm(request, z.object({}));
  if (!parsed.ok) return formFailure(parsed);
  joinOrganisation(org.id, user.id);
  return redirect(`/partner/organisations/${org.id}`, 303);
}

export default function PartnerJoin() {
  const { t } = useTranslation("partners");
  const { organisation, signedIn, path } = useLoaderData<typeof loader>();
  return (
    <div className="narrow">
      <h1>{t("managerJoin.title", { organisation })}</h1>
      <p>{t("managerJoin.intro")}</p>
      {signedIn ? (
        <Form method="post">
          <button type="submit" className="button">
            {t("managerJoin.submit")}
          </button>
        </Form>
      ) : (
        <p className="notice">
          {t("managerJoin.signInFirst")} <Link to={`/signup?redirectTo=${encodeURIComponent(path)}`}>{t("common:nav.signup")}</Link> ·{" "}
          <Link to={`/login?redirectTo=${encodeURIComponent(path)}`}>{t("common:nav.login")}</Link>
        </p>
      )}
    </div>
  );
}
