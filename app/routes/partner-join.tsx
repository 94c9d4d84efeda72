import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { z } from "zod";
import { getViewer, requireViewer } from "~/http/auth.server";
import { parseSubmission } from "~/forms/submission.server";
import { IntentForm } from "~/components/forms";
import { notFound } from "~/http/responses.server";
import { joinOrganisation, organisationByInvite } from "~/models/partners.server";

export const meta: MetaFunction = () => [{ title: "kumi" }, { name: "robots", content: "noindex" }];

function orgOr404(code: string | undefined) {
  const org = /^[a-z0-9]{6,32}$/.test(code ?? "") ? organisationByInvite(code!) : null;
  if (!org) throw notFound();
  return org;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const org = orgOr404(params.code);
  return { organisation: org.name, signedIn: !!getViewer(request, context), path: new URL(request.url).pathname };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = requireViewer(request, context);
  const org = orgOr404(params.code);
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
