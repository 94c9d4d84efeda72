// The demo's named accounts, apart from the seeding so that tests can log in as them.
import type { Locale } from "../app/i18n/config";
import type { Role } from "../app/models/users.server";

export const DEMO_PASSWORD = "kumi-demo-2026";

export const DEMO_ACCOUNTS: { name: string; email: string; locale: Locale; roles: Role[]; what: string }[] = [
  { name: "Olena Kovalenko", email: "olena@demo.kumi.test", locale: "uk", roles: ["learner"], what: "learner" },
  { name: "佐藤 由紀", email: "yuki@demo.kumi.test", locale: "ja", roles: ["trainer"], what: "trainer" },
  { name: "Daniel Brooks", email: "daniel@demo.kumi.test", locale: "en", roles: ["partner"], what: "partner manager (Sakura Logistics)" },
  { name: "Mariia Shevchenko", email: "admin@demo.kumi.test", locale: "uk", roles: ["admin"], what: "admin" },
  { name: "Natalia Hrytsenko", email: "natalia@demo.kumi.test", locale: "uk", roles: ["learner"], what: "senior, mentors Olena's team and Team Klen's capstone" },
  { name: "小林 花", email: "hana@demo.kumi.test", locale: "ja", roles: ["partner"], what: "funder (Kibou Reskilling Fund): outcome report" },
];

/** The capstone deliverable waiting for the mentor's review in the demo. */
export const DEMO_CAPSTONE = {
  courseId: "rpa-developer-in-practice",
  moduleId: "capstone",
  lessonId: "rpadev-capstone-test-sheet",
  teamName: "Команда Клен",
} as const;
