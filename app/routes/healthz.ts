import { databaseAnswers } from "~/models/health.server";
import { publicPage } from "~/policies/index.server";

export function loader() {
  publicPage();
  const ok = databaseAnswers();
  return Response.json({ ok }, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
