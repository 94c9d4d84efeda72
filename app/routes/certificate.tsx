import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getCourse } from "~/curriculum/index.server";
import { requestLocale } from "~/http/locale.server";
import { formatDate } from "~/i18n/format";
import { requireCertificateCode } from "~/policies/index.server";

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${data.holderName} · ${data.courseTitle} · kumi` }, { name: "robots", content: "noindex" }] : [{ title: "kumi" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const certificate = requireCertificateCode(params.code);
  const locale = requestLocale(request, context);
  return {
    holderName: certificate.holderName,
    courseTitle: getCourse(certificate.courseId)?.title[locale] ?? certificate.courseId,
    issuedAt: certificate.issuedAt.toISOString(),
    code: certificate.code,
    locale,
  };
}

export default function CertificatePage() {
  const { t } = useTranslation("team");
  const c = useLoaderData<typeof loader>();
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
        <p className="verified" role="status">
          ✓ {t("certificate.verified")}
        </p>
      </article>
      <p className="no-print meta">{t("certificate.share")}</p>
    </div>
  );
}
