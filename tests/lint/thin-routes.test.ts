import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The lint rule that keeps routes and components away from the database. It once
// used a gitignore-style pattern in which "#db/*" is a comment: it restricted
// nothing and nobody noticed. This test lints real snippets with the real config.
const eslint = new ESLint();

async function restrictedIn(filePath: string, source: string) {
  const [result] = await eslint.lintText(source, { filePath });
  return result!.messages.filter((m) => m.ruleId === "no-restricted-imports").length;
}

describe("routes and components do not open the database", () => {
  it.each([
    ['import { getConnection } from "#db/client";', "app/routes/home.tsx"],
    ['import * as schema from "#db/schema";', "app/components/progress-bar.tsx"],
    ['import { getConnection } from "../../db/client";', "app/routes/home.tsx"],
  ])("refuses %s in %s", async (line, file) => {
    expect(await restrictedIn(file, `${line}\nexport const x = 1;\n`)).toBe(1);
  });

  it("allows the value lists, which hold no database access", async () => {
    expect(await restrictedIn("app/routes/home.tsx", 'import { TEAM_SIZE } from "#db/values";\nexport const x = TEAM_SIZE;\n')).toBe(0);
  });

  it("allows models to use the database", async () => {
    expect(await restrictedIn("app/models/users.server.ts", 'import { getConnection } from "#db/client";\nexport const x = getConnection;\n')).toBe(0);
  });
});
