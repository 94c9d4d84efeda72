import { useActionData, useLoaderData } from "@remix-run/react";
import type { action, loader } from "~/routes/lesson";

/** The lesson page's loader data, for the pieces of the page. */
export const useLessonData = () => useLoaderData<typeof loader>();

/** The lesson action's answer: a quiz result, or a form's reply. */
export function useLessonReply() {
  const data = useActionData<typeof action>();
  const quizResult = data && "quizResult" in data ? data.quizResult : undefined;
  const reply = data && !("quizResult" in data) ? data : undefined;
  return { quizResult, reply };
}
