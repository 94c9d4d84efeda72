import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { message } from "~/forms/message";
import { parseSubmission, replyWith } from "~/forms/submission.server";
import { IntentForm } from "~/components/forms";

import { joinOrganisation } from "~/models/partners/organisations.server";
import { allowAnyone, requireManagerInvite, requireSignedIn } from "~/policies/index.server";

export const meta: MetaFunction = () => [{ title: "kumi" }, { name: "robots", content: "noindex" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const invite = requireManagerInvite(params.code);
  const signedIn = !!allowAnyone(request, context);
  const path = new URL(request.url).pathname;
  // 410 Gone: the link existed and will not work again.
  if (invite.expired) return data({ expired: true, organisation: "", signedIn, path }, { status: 410 });
  return data({ expired: false, organisation: invite.organisation.name, signedIn, path });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = requireSignedIn(request, context);
  const invite = requireManagerInvite(params.code);
  const form = await parseSubmission(request, z.object({}));
  if (!form.ok) return form.reply;
  if (invite.expired) return replyWith(form.submission, { status: 410, formErrors: [message("partners:managerJoin.expiredTitle")] });
  joinOrganisation(invite.organisation.id, user.id);
  return redirect(`/partner/organisations/${invite.organisation.id}`, 303);
}

export default function PartnerJoin() {
  const { t } = useTranslation("partners");
  const { expired, organisation, signedIn, path } = useLoaderData<typeof loader>();
  if (expired) {
    return (
      <div className="narrow">
        <h1>{t("managerJoin.expiredTitle")}</h1>
        <p>{t("managerJoin.expired")}</p>
      </div>
    );
  }
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
