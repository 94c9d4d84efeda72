import { databaseAnswers } from "~/models/health.server";

export function loader() {
  const ok = databaseAnswers();
  return Response.json({ ok }, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
