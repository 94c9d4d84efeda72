import { describe, expect, it } from "vitest";
import { KEY_KEPT_MS, claimSubmissionKey, releaseSubmissionKey } from "~/models/submission-keys.server";
import { createUser } from "~/models/users.server";

const someUser = (email: string) => createUser({ name: "Test", email, password: "long enough pw", locale: "en" });

describe("submission keys", () => {
  it("a key is claimed once per person; released, it can be claimed again", async () => {
    const [a, b] = await Promise.all([someUser("keys-a@example.test"), someUser("keys-b@example.test")]);
    expect(claimSubmissionKey(a.id, "key-0123456789abcdef")).toBe(true);
    expect(claimSubmissionKey(a.id, "key-0123456789abcdef")).toBe(false);
    expect(claimSubmissionKey(b.id, "key-0123456789abcdef")).toBe(true);
    releaseSubmissionKey(a.id, "key-0123456789abcdef");
    expect(claimSubmissionKey(a.id, "key-0123456789abcdef")).toBe(true);
  });

  it("is forgotten after the keeping time", async () => {
    const user = await someUser("keys-old@example.test");
    const then = Date.now() - KEY_KEPT_MS - 1000;
    expect(claimSubmissionKey(user.id, "old-0123456789abcdef", then)).toBe(true);
    expect(claimSubmissionKey(user.id, "old-0123456789abcdef")).toBe(true);
  });
});
