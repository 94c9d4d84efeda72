import { Link, useActionData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConfirmAction } from "~/components/confirm-action";
import { IntentForm, StatusMessage } from "~/components/intent-form";
import { replyFor, type FormReply } from "~/forms/reply";
import { formatDate } from "~/i18n/format";
import type { NOTES } from "~/routes/lesson.server";
import { ExerciseForm } from "./exercise-form";
import { useLessonData } from "./lesson-data";
import { QuizForm } from "./quiz-form";
import { QuizIntro } from "./quiz-intro";

/** What a learner does with a lesson: mark it read, take the quiz, hand in the exercise. */
export function ActivityPanel({ note }: { note: (typeof NOTES)[number] | null }) {
  const { t } = useTranslation(["team", "courses"]);
  const { page, locale, activity, waitingForTeam } = useLessonData();
  const busy = useNavigation().state !== "idle";
  const undoRefused = !!replyFor(useActionData<FormReply>(), "uncomplete");
  const { lesson, course } = page;
  if (lesson.draft) return null;

  if (!activity) {
    return (
      <section className="activity" id="activity">
        {lesson.kind === "quiz" ? <QuizIntro /> : null}
        {waitingForTeam ? (
          <p className="notice">
            {t("waitingForTeam.lesson")} <Link to={`/courses/${course.id}/join`}>{t("learn.changeRequest")}</Link>
          </p>
        ) : (
          <p className="notice">
            {t("lesson.notInTeam")} <Link to={`/courses/${course.id}/join`}>{t("lesson.joinCourse")}</Link>
          </p>
        )}
      </section>
    );
  }

  const noteKey = note === "exerciseSent" ? null : note === "uncompletedNow" ? "team:lessonUndo.done" : note ? `team:lesson.${note}` : null;
  return (
    <section className="activity" id="activity" aria-live="polite">
      {noteKey ? <StatusMessage>{t(noteKey)}</StatusMessage> : null}
      {activity.completedAt ? <p className="done">✓ {t("lesson.completed", { date: formatDate(locale, activity.completedAt) })}</p> : null}
      {/* A refused undo keeps the form for its message, without the button. */}
      {lesson.kind === "reading" && activity.completedAt && (activity.canUndo || undoRefused) ? (
        <IntentForm id="uncomplete-form" intent="uncomplete" action="#activity" className="undo">
          {activity.canUndo ? (
            <button type="submit" className="link-button" disabled={busy}>
              {t("lessonUndo.button")}
            </button>
          ) : null}
        </IntentForm>
      ) : null}

      {lesson.kind === "reading" && !activity.completedAt ? (
        <IntentForm id="complete-form" intent="complete" action="#activity">
          <button type="submit" className="button" disabled={busy}>
            {t("lesson.markComplete")}
          </button>
        </IntentForm>
      ) : null}

      {lesson.kind === "team-activity" ? (
        <>
          <p className="notice">{t("courses:lesson.teamActivity")}</p>
          {!activity.completedAt ? (
            <ConfirmAction
              id="team-activity-form"
              intent="team"
              label={t("lesson.teamActivityDone")}
              consequence={t("teamConfirm.consequence", { count: activity.teamSize })}
              confirmLabel={t("teamConfirm.button", { count: activity.teamSize })}
            />
          ) : null}
        </>
      ) : null}

      {lesson.kind === "quiz" ? <QuizForm /> : null}
      {lesson.kind === "exercise" ? <ExerciseForm sentNow={note === "exerciseSent"} /> : null}
    </section>
  );
}
