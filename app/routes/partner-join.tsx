import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { parseSubmission } from "~/forms/submission.server";
import { IntentForm } from "~/components/forms";

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
  const form = await parseSubmission(request, z.object({}));
  if (!form.ok) return form.reply;
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
        <IntentForm id="manager-join-form">
          <button type="submit" className="button">
            {t("managerJoin.submit")}
          </button>
        </IntentForm>
      ) : (
        <p className="notice">
          {t("managerJoin.signInFirst")} <Link to={`/signup?redirectTo=${encodeURIComponent(path)}`}>{t("common:nav.signup")}</Link> ·{" "}
          <Link to={`/login?redirectTo=${encodeURIComponent(path)}`}>{t("common:nav.login")}</Link>
        </p>
      )}
    </div>
  );
}
