import { useTranslation } from "react-i18next";
import { formatPercent } from "~/i18n/format";
import { useLessonData } from "./lesson-data";

/** How many questions, and the score that passes. */
export function QuizIntro() {
  const { t } = useTranslation("courses");
  const { page, locale } = useLessonData();
  const { lesson } = page;
  if (lesson.passMark === null) return null;
  return (
    <p>
      {t("lesson.quizIntro", {
        questions: t("count.questions", { count: lesson.questionCount }),
        passMark: formatPercent(locale, lesson.passMark),
      })}
    </p>
  );
}
