import { EMAIL_ONLY_KINDS, type Delivery } from "#db/schema";
import { PREFERENCE_KINDS, getNotificationPreferences, setNotificationPreference, type PreferenceKind } from "../notification-preferences.server";
import { hasRole, type User } from "../users.server";
import { isGraduate } from "../work/eligibility.server";

export { PREFERENCE_KINDS };

// Kinds that concern one group only are offered to that group only.
const FOR_STAFF: readonly PreferenceKind[] = ["waiting_learners"];
const FOR_PARTNERS: readonly PreferenceKind[] = ["sponsored_finished"];
// The work board's kinds: for graduates and partner managers, who use it.
const isWorkKind = (kind: PreferenceKind) => kind.startsWith("work_");

/** What can be chosen for a kind: e-mail-only kinds are sent or off. */
export function deliveriesFor(kind: PreferenceKind): Delivery[] {
  return (EMAIL_ONLY_KINDS as readonly string[]).includes(kind) ? ["email", "off"] : ["app", "email", "digest", "off"];
}

/** The kinds this person is asked about, each with its current choice and the choices on offer. */
export function notificationChoices(user: Pick<User, "id" | "roles">) {
  const current = getNotificationPreferences(user.id);
  const works = hasRole(user, "partner") || isGraduate(user.id);
  return PREFERENCE_KINDS.filter(
    (kind) =>
      (!FOR_STAFF.includes(kind) || hasRole(user, "trainer", "admin")) && (!FOR_PARTNERS.includes(kind) || hasRole(user, "partner")) && (!isWorkKind(kind) || works),
  ).map((kind) => ({ kind, delivery: current[kind], offered: deliveriesFor(kind) }));
}

/** Saves the choices sent; a kind left out keeps its choice. Refuses a delivery the kind does not offer. */
export function savePreferences(user: Pick<User, "id" | "roles">, choices: Partial<Record<string, Delivery | undefined | string>>) {
  const offered = notificationChoices(user);
  const changes: [PreferenceKind, Delivery][] = [];
  for (const { kind } of offered) {
    const delivery = choices[kind] as Delivery | undefined;
    if (delivery === undefined) continue;
    if (!deliveriesFor(kind).includes(delivery)) return { ok: false as const, kind };
    changes.push([kind, delivery]);
  }
  for (const [kind, delivery] of changes) setNotificationPreference(user.id, kind, delivery);
  return { ok: true as const };
}
