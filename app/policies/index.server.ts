// Every authorisation decision in kumi, one module per resource; the matrix
// they encode is in docs/architecture.md. Routes import from here.
export * from "./account.server";
export * from "./calendar-feed.server";
export * from "./certificate.server";
export * from "./cohort.server";
export * from "./course.server";
export * from "./learner-progress.server";
export * from "./mentoring.server";
export * from "./notifications.server";
export * from "./partner-organisation.server";
export * from "./public.server";
export * from "./submission.server";
export * from "./trainer-area.server";
export * from "./mail.server";
export * from "./team-joining.server";
export * from "./funder.server";
export * from "./outcomes.server";
export * from "./portfolio.server";
export * from "./work-order.server";
