import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { getFormProps, useForm } from "@conform-to/react";
import { FormErrors, TextareaField } from "~/components/forms";
import { replyFor } from "~/forms/reply";
import { getCourse } from "~/curriculum/index.server";
import { parseSubmission } from "~/forms/submission.server";
import { requestLocale } from "~/http/locale.server";
import { formatDate } from "~/i18n/format";
import { REVOCATION_REASON_MAX } from "~/domain/certificate-revocation";
import { certificateCredentialCheck, revokeCertificate } from "~/models/credentials/index.server";
import { allowAnyone, canRevokeCertificate, requireCertificateCode, requireCertificateRevoker } from "~/policies/index.server";

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${data.holderName} · ${data.courseTitle} · kumi` }, { name: "robots", content: "noindex" }] : [{ title: "kumi" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const certificate = requireCertificateCode(params.code);
  const viewer = allowAnyone(request, context);
  const locale = requestLocale(request, context);
  const { check, revokedAt, issuer } = await certificateCredentialCheck(certificate);
  return {
    holderName: certificate.holderName,
    courseTitle: getCourse(certificate.courseId)?.title[locale] ?? certificate.courseId,
    issuedAt: certificate.issuedAt.toISOString(),
    code: certificate.code,
    locale,
    credential: { signatureValid: check.signature.valid, status: check.status, issuer },
    revokedAt: revokedAt?.toISOString() ?? null,
    canRevoke: canRevokeCertificate(viewer) && !revokedAt,
  };
}

const revokeSchema = z.object({
  intent: z.literal("revoke"),
  reason: z.string("team:openBadge.reasonRequired").trim().min(1, "team:openBadge.reasonRequired").max(REVOCATION_REASON_MAX, "team:openBadge.reasonTooLong"),
});

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { admin, certificate } = requireCertificateRevoker(request, context, params.code);
  const form = await parseSubmission(request, revokeSchema);
  if (!form.ok) return form.reply;
  revokeCertificate(certificate.id, admin.id, form.value.reason);
  return redirect(`/certificates/${certificate.code}`, 303);
}

function RevokeForm() {
  const { t } = useTranslation("team");
  const [form, fields] = useForm<z.input<typeof revokeSchema>>({ id: "revoke-form", lastResult: replyFor(useActionData<typeof action>(), "revoke") });
  return (
    <section className="no-print card" aria-labelledby="revoke-heading">
      <h2 id="revoke-heading">{t("openBadge.revokeHeading")}</h2>
      <p>{t("openBadge.revokeIntro")}</p>
      <Form method="post" className="stack" {...getFormProps(form)}>
        <FormErrors form={form} />
        <input type="hidden" name="intent" value="revoke" />
        <TextareaField meta={fields.reason} label={t("openBadge.reason")} required maxLength={REVOCATION_REASON_MAX} rows={3} />
        <button type="submit" className="button">
          {t("openBadge.revoke")}
        </button>
      </Form>
    </section>
  );
}

export default function CertificatePage() {
  const { t } = useTranslation("team");
  const c = useLoaderData<typeof loader>();
  const valid = c.credential.signatureValid && c.credential.status === "active";
  return (
    <div className="certificate-page">
      <article className="certificate" aria-labelledby="certificate-title">
        <p className="brand-mark" aria-hidden="true">
          組
        </p>
        <h1 id="certificate-title">{t("certificate.title")}</h1>
        <p>{t("certificate.statement")}</p>
        <p className="holder">{c.holderName}</p>
        <p>{t("certificate.completed")}</p>
        <p className="course">{c.courseTitle}</p>
        <p>{t("certificate.issuedOn", { date: formatDate(c.locale, c.issuedAt) })}</p>
        <p className="issuer">{t("certificate.issuer")}</p>
        <p className="meta">{t("certificate.code", { code: c.code })}</p>
        {c.revokedAt ? (
          <p className="revoked" role="status">
            ✗ {t("openBadge.revoked", { date: formatDate(c.locale, c.revokedAt) })}
          </p>
        ) : (
          <p className="verified" role="status">
            ✓ {t("certificate.verified")}
          </p>
        )}
        <img className="qr-code" src={`/certificates/${c.code}/qr.svg`} alt={t("openBadge.qr")} width={160} height={160} />
      </article>
      <p className="no-print meta">{t("certificate.share")}</p>
      <section className="no-print credential-check" aria-labelledby="credential-heading">
        <h2 id="credential-heading">{t("openBadge.checkHeading")}</h2>
        <ul className={valid ? "check-list valid" : "check-list invalid"}>
          <li>{c.credential.signatureValid ? `✓ ${t("openBadge.signatureValid", { issuer: c.credential.issuer })}` : `✗ ${t("openBadge.signatureInvalid")}`}</li>
          {c.credential.status === "unchecked" ? null : <li>{c.credential.status === "active" ? `✓ ${t("openBadge.statusActive")}` : c.credential.status === "revoked" ? `✗ ${t("openBadge.statusRevoked")}` : `✗ ${t("openBadge.statusUnknown")}`}</li>}
        </ul>
        {c.revokedAt ? null : (
          <>
            <h2>{t("openBadge.heading")}</h2>
            <p>{t("openBadge.explain")}</p>
            <p>
              <a className="button" href={`/certificates/${c.code}/credential.json`} download>
                {t("openBadge.download")}
              </a>
            </p>
          </>
        )}
      </section>
      {c.canRevoke ? <RevokeForm /> : null}
    </div>
  );
}
