import { and, eq, isNotNull, sql } from "drizzle-orm";
import { certificates, cohortMembers, cohorts, helpReplies, helpRequests } from "#db/schema";
import { median } from "~/domain/needs-attention";
import { inList, jsonList, prepared } from "../prepared.server";
import { mentorshipsOf } from "./proposals.server";

// The "ladder": what a mentor has done, shown to them, trainers and the community.

export interface MentorStats {
  teams: number;
  mentees: number;
  completionRate: number | null;
  helpAnswered: number;
  medianReplyMinutes: number | null;
}

const selectMenteesOf = prepared((db) =>
  db
    .select({ userId: cohortMembers.userId, courseId: cohorts.courseId })
    .from(cohortMembers)
    .innerJoin(cohorts, eq(cohorts.id, cohortMembers.cohortId))
    .where(inList(cohortMembers.cohortId, "cohortIds"))
    .prepare(),
);

const selectCertificatesOf = prepared((db) =>
  db
    .select({ userId: certificates.userId, courseId: certificates.courseId })
    .from(certificates)
    .where(inList(certificates.userId, "userIds"))
    .prepare(),
);

// First reply of a mentor to each help request in their cohorts.
const selectFirstReplies = prepared((db) =>
  db
    .select({ requestId: helpReplies.requestId, repliedAt: sql<number>`min(${helpReplies.createdAt})`, askedAt: helpRequests.createdAt })
    .from(helpReplies)
    .innerJoin(helpRequests, eq(helpRequests.id, helpReplies.requestId))
    .where(and(eq(helpReplies.userId, sql.placeholder("mentorId")), inList(helpRequests.cohortId, "cohortIds"), isNotNull(helpReplies.createdAt)))
    .groupBy(helpReplies.requestId)
    .prepare(),
);

export function mentorStats(mentorId: number): MentorStats {
  const mine = mentorshipsOf(mentorId, ["active", "completed", "ended"]).filter(({ mentorship }) => mentorship.respondedAt);
  const cohortIds = [...new Set(mine.map(({ cohort }) => cohort.id))];
  if (!cohortIds.length) return { teams: 0, mentees: 0, completionRate: null, helpAnswered: 0, medianReplyMinutes: null };
  const mentees = selectMenteesOf().all({ cohortIds: jsonList(cohortIds) });
  const certified = mentees.length ? selectCertificatesOf().all({ userIds: jsonList(mentees.map((m) => m.userId)) }) : [];
  const completed = mentees.filter((m) => certified.some((c) => c.userId === m.userId && c.courseId === m.courseId)).length;
  const replies = selectFirstReplies().all({ mentorId, cohortIds: jsonList(cohortIds) });
  const med = median(replies.map((r) => Number(r.repliedAt) - r.askedAt.getTime()));
  return {
    teams: cohortIds.length,
    mentees: new Set(mentees.map((m) => m.userId)).size,
    completionRate: mentees.length ? Math.round((100 * completed) / mentees.length) : null,
    helpAnswered: replies.length,
    medianReplyMinutes: med === null ? null : Math.round(med / 60000),
  };
}
