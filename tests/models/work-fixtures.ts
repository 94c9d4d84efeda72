import { issueCertificate } from "~/models/certificates.server";
import { createOrganisation, joinOrganisation } from "~/models/partners/organisations.server";
import { createUser, getUserById, type User } from "~/models/users.server";
import { createOrder, type NewWorkOrder } from "~/models/work/orders.server";
import type { Locale } from "~/i18n/config";

// People and orders for the work board's model tests.

let n = 0;
export async function person(locale: Locale = "uk", course?: string): Promise<User> {
  const u = await createUser({ name: `Person ${++n}`, email: `work${n}-${process.pid}@example.org`, password: "long enough", locale });
  if (course) issueCertificate(u.id, course, null);
  return getUserById(u.id)!;
}

export async function firm(name = "Firm") {
  const manager = await person("ja");
  const organisation = createOrganisation(`${name} ${++n}`, manager.id);
  joinOrganisation(organisation.id, manager.id);
  return { organisation, manager: getUserById(manager.id)! };
}

export function order(organisationId: number, createdBy: number, overrides: Partial<NewWorkOrder> = {}) {
  return createOrder({
    organisationId,
    title: { uk: "Бот для рахунків" },
    description: { uk: "Автоматизувати рахунки" },
    kind: "build_bot",
    requiredCourses: ["rpa-foundations"],
    languages: ["uk"],
    teamSize: 3,
    estimatedHours: 10,
    payKind: "hourly",
    payYen: 1500,
    deadline: "2027-01-31",
    firmMayBeNamed: false,
    checklist: ["Map the process", "Build the bot"],
    createdBy,
    ...overrides,
  });
}
