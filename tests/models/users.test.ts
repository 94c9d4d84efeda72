import { describe, expect, it } from "vitest";
import { getConnection } from "#db/client";
import { EmailTakenError, createUser, emailExists, getUserById, verifyLogin } from "~/models/users.server";

describe("users", () => {
  it("stores an argon2id hash, never the password", async () => {
    const user = await createUser({ name: " Iryna ", email: " Iryna@Example.ORG ", password: "my secret phrase", locale: "uk" });
    expect(user).toMatchObject({ name: "Iryna", email: "iryna@example.org", locale: "uk", roles: ["learner"] });
    const row = getConnection().sqlite.prepare("select password_hash from users where id = ?").get(user.id) as {
      password_hash: string;
    };
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.password_hash).not.toContain("my secret phrase");
  });

  it("treats e-mail addresses case-insensitively", async () => {
    await createUser({ name: "A", email: "case@example.org", password: "password one", locale: "en" });
    expect(emailExists("CASE@example.org")).toBe(true);
    await expect(
      createUser({ name: "B", email: "Case@Example.org", password: "password two", locale: "en" }),
    ).rejects.toBeInstanceOf(EmailTakenError);
  });

  it("refuses a second row with the same address even when written without normalising", () => {
    const { sqlite } = getConnection();
    sqlite.prepare("insert into users (name, email, password_hash) values ('x', 'dup@example.org', 'h')").run();
    expect(() =>
      sqlite.prepare("insert into users (name, email, password_hash) values ('y', 'DUP@example.org', 'h')").run(),
    ).toThrow(/UNIQUE/);
  });

  it("verifies the right password only", async () => {
    const user = await createUser({ name: "C", email: "login@example.org", password: "right password", locale: "ja", roles: ["trainer", "admin"] });
    expect(await verifyLogin("LOGIN@example.org", "right password")).toMatchObject({ id: user.id });
    expect(await verifyLogin("login@example.org", "wrong password")).toBeNull();
    expect(await verifyLogin("nobody@example.org", "right password")).toBeNull();
    expect(getUserById(user.id)?.roles.sort()).toEqual(["admin", "trainer"]);
  });
});
