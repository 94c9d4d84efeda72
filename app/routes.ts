import { index, route, type RouteConfig } from "@remix-run/route-config";

// Every URL kumi answers, in one place: the permission tests walk this list.
export default [
  index("routes/home.tsx"),
  route("signup", "routes/signup.tsx"),
  route("login", "routes/login.tsx"),
  route("logout", "routes/logout.tsx"),
  route("language", "routes/language.tsx"),
  route("healthz", "routes/healthz.ts"),
  route("media/:name", "routes/media.ts"),
  route("courses", "routes/courses.tsx"),
  route("courses/:courseId", "routes/course-outline.tsx"),
  route("courses/:courseId/lessons/:lessonId", "routes/lesson.tsx"),
  route("learn", "routes/learn.tsx"),
  route("notifications", "routes/notifications.tsx"),
  route("courses/:courseId/join", "routes/course-join.tsx"),
  route("join/:code", "routes/invite.tsx"),
  route("cohorts/:cohortId", "routes/team-board.tsx"),
  route("cohorts/:cohortId/submissions/:submissionId", "routes/submission.tsx"),
  route("certificates/:code", "routes/certificate.tsx"),
  route("trainer/cohorts", "routes/trainer-cohorts.tsx"),
  route("trainer/cohorts/form/:courseId", "routes/trainer-cohort-forming.tsx"),
  route("trainer/cohorts/:cohortId", "routes/trainer-cohort.tsx"),
  route("trainer/content", "routes/trainer-content.tsx"),
  route("trainer/content/:courseId", "routes/trainer-course-coverage.tsx"),
  route("trainer/content/:courseId/:lessonId/:locale", "routes/trainer-lesson-preview.tsx"),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
