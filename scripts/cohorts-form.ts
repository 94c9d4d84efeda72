// Runs cohort forming from the command line:
//   npm run cohorts:form -- --course rpa-foundations [--dry-run] [--start 2026-12-07]
import { parseArgs } from "node:util";
import { closeConnection } from "../db/client";
import { getCourse, listCourses } from "../app/curriculum/index.server";
import { isValidIsoDate } from "../app/domain/calendar";
import { formCohorts, proposeTeams } from "../app/models/cohort-forming.server";

const { values } = parseArgs({
  options: { course: { type: "string" }, "dry-run": { type: "boolean", default: false }, start: { type: "string" } },
});

const course = values.course ? getCourse(values.course) : undefined;
if (!course) {
  console.error(`Usage: npm run cohorts:form -- --course <id> [--dry-run] [--start YYYY-MM-DD]\nCourses: ${listCourses().map((c) => c.id).join(", ")}`);
  process.exit(2);
}
if (values.start && !isValidIsoDate(values.start)) {
  console.error("--start must be a date like 2026-12-07");
  process.exit(2);
}

const proposal = proposeTeams(course.id);
for (const [i, team] of proposal.teams.entries()) {
  console.log(`team ${i + 1}: ${team.locale}, ${team.slot}, ${team.members.length} learners (requests ${team.members.map((m) => m.requestId).join(", ")})`);
}
console.log(`${proposal.teams.length} teams, ${proposal.leftovers.length} learners keep waiting`);
if (!values["dry-run"] && proposal.teams.length) {
  const result = formCohorts(course.id, { startDate: values.start });
  console.log(`Created cohorts ${result.cohorts.map((c) => `#${c.id}`).join(", ")}; notified ${result.leftovers.length} still waiting.`);
}
closeConnection();
