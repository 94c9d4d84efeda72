import { useTranslation } from "react-i18next";
import type { FieldError } from "~/forms/auth-fields";

interface AuthActionData {
  formError?: FieldError & { ns: "auth" | "common" };
  fieldErrors?: Record<string, FieldError>;
}

/** The translated messages of a login or sign-up attempt: one per field, and a summary. */
export function useAuthFormErrors(actionData: AuthActionData | undefined) {
  const { t } = useTranslation("auth");
  const field = (name: string) => {
    const e = actionData?.fieldErrors?.[name];
    return e ? t(`errors.${e.key}`, e.params) : undefined;
  };
  const summary = actionData?.formError
    ? t(actionData.formError.key, { ns: actionData.formError.ns, ...actionData.formError.params })
    : actionData?.fieldErrors
      ? t("errors.summary")
      : null;
  return { field, summary };
}
