import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { getFormProps, useForm } from "@conform-to/react";
import { Field, FormErrors } from "~/components/forms";
import { parseSubmission } from "~/forms/submission.server";
import { requestLocale } from "~/http/locale.server";
import { serverT } from "~/i18n/resources.server";
import { createOrganisation, listOrganisations } from "~/models/partners/organisations.server";
import { requireTrainer } from "~/policies/index.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  requireTrainer(request, context);
  const locale = requestLocale(request, context);
  return { organisations: listOrganisations().map((o) => ({ id: o.id, name: o.name, managers: o.managerCount, commissions: o.commissionCount })), title: `${serverT(locale)("partners:trainer.title")} · kumi` };
}

const schema = z.object({ name: z.string().trim().min(1).max(120) });

export async function action({ request, context }: ActionFunctionArgs) {
  const user = requireTrainer(request, context);
  const form = await parseSubmission(request, schema);
  if (!form.ok) return form.reply;
  const org = createOrganisation(form.value.name, user.id);
  return redirect(`/partner/organisations/${org.id}`, 303);
}

export default function TrainerOrganisations() {
  const { t } = useTranslation(["partners", "funders"]);
  const { organisations } = useLoaderData<typeof loader>();
  const [form, fields] = useForm<z.input<typeof schema>>({ id: "organisation-form", lastResult: useActionData<typeof action>() });
  return (
    <div className="wide">
      <h1>{t("trainer.title")}</h1>
      <p className="lead">{t("trainer.intro")}</p>
      {organisations.length ? (
        <ul className="entries">
          {organisations.map((o) => (
            <li key={o.id}>
              <Link to={`/partner/organisations/${o.id}`}>{o.name}</Link> · {t("trainer.managers", { count: o.managers })} · {t("trainer.commissions", { count: o.commissions })} · <Link to={`/trainer/organisations/${o.id}/funder`}>{t("funders:settings.link")}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("trainer.none")}</p>
      )}
      <FormErrors form={form} />
      <Form method="post" className="stack narrow-form" {...getFormProps(form)}>
        <Field meta={fields.name} label={t("trainer.name")} required maxLength={120} />
        <button type="submit" className="button">
          {t("trainer.create")}
        </button>
      </Form>
    </div>
  );
}
