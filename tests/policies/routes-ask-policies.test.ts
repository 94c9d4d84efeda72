import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every loader and action asks app/policies who may see or do what, public
// ones included (publicPage / allowAnyone), so reading a route tells its rule
// and a generated permission test has one place to read. Routes keep no
// access helpers of their own.

const APP = path.resolve("app");
const routeFiles = [
  "root.tsx",
  ...[...fs.readFileSync(path.join(APP, "routes.ts"), "utf8").matchAll(/"(routes\/[^"]+\.tsx?)"/g)].map((m) => m[1]!),
];

interface Finding {
  file: string;
  problem: string;
}

/** Names a module imports from ~/policies (named imports and namespaces). */
function policyImports(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!/^~\/policies(\/|$)/.test(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) for (const el of bindings.elements) names.add(el.name.text);
    if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
  }
  return names;
}

function callsOneOf(node: ts.Node, names: Set<string>): boolean {
  let found = false;
  const visit = (n: ts.Node) => {
    if (found) return;
    if (ts.isCallExpression(n)) {
      const callee = ts.isPropertyAccessExpression(n.expression) ? n.expression.expression : n.expression;
      if (ts.isIdentifier(callee) && names.has(callee.text)) found = true;
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The exported loader and action of a route module, with their bodies. */
function handlers(source: ts.SourceFile): { name: string; body: ts.Node }[] {
  const found: { name: string; body: ts.Node }[] = [];
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && isExported(statement) && statement.name && statement.body) {
      if (statement.name.text === "loader" || statement.name.text === "action") found.push({ name: statement.name.text, body: statement.body });
    }
    if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const d of statement.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && (d.name.text === "loader" || d.name.text === "action") && d.initializer) found.push({ name: d.name.text, body: d.initializer });
      }
    }
  }
  return found;
}

// Authentication helpers that decide nothing by themselves; only app/policies uses the rest.
const AUTH_ALLOWED = new Set(["startSession", "endSession", "SESSION_COOKIE"]);
const OWN_HELPER = /^(access|\w+Or404|\w+OrNotFound|require\w+)$/;

function findViolations(files: string[]): Finding[] {
  const findings: Finding[] = [];
  for (const file of files) {
    const text = fs.readFileSync(path.join(APP, file), "utf8");
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const policies = policyImports(source);
    for (const { name, body } of handlers(source)) {
      if (!callsOneOf(body, policies)) findings.push({ file, problem: `${name} does not call into ~/policies` });
    }
    for (const statement of source.statements) {
      if (ts.isFunctionDeclaration(statement) && statement.name && OWN_HELPER.test(statement.name.text)) {
        findings.push({ file, problem: `defines its own access helper ${statement.name.text}()` });
      }
      if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier) && statement.moduleSpecifier.text === "~/http/auth.server") {
        const bindings = statement.importClause?.namedBindings;
        const names = bindings && ts.isNamedImports(bindings) ? bindings.elements.map((e) => (e.propertyName ?? e.name).text) : ["*"];
        for (const n of names.filter((x) => !AUTH_ALLOWED.has(x))) findings.push({ file, problem: `imports ${n} from ~/http/auth.server instead of asking ~/policies` });
      }
    }
  }
  return findings;
}

describe("routes ask app/policies", () => {
  it("reads every route module listed in app/routes.ts", () => {
    expect(routeFiles.length).toBeGreaterThan(30);
    for (const file of routeFiles) expect(fs.existsSync(path.join(APP, file)), file).toBe(true);
  });

  it("every exported loader and action calls into ~/policies, and no route keeps its own access helper", () => {
    expect(findViolations(routeFiles)).toEqual([]);
  });

  it("the modules themselves exist: the check would see a loader or action", () => {
    // Guards the guard: if the parser stopped finding handlers, the test above would pass vacuously.
    const counted = routeFiles.flatMap((file) => {
      const text = fs.readFileSync(path.join(APP, file), "utf8");
      return handlers(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS));
    });
    expect(counted.length).toBeGreaterThan(45);
  });
});
