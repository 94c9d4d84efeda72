import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["build/", "node_modules/", "data/", "backups/", "tests/.tmp/", "bench/results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": "off",
    },
  },
  {
    // Accessibility rules for every component; axe checks the rendered pages in the browser tests.
    files: ["app/**/*.tsx"],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    // Routes and components must not reach the database directly (docs/architecture.md: thin routes).
    // A regex, not a gitignore-style group: there "#db/*" reads as a comment and restricts nothing.
    files: ["app/routes/**", "app/components/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex: "^(#db/(?!values$)|(\\.\\./)+db/|~/\\.\\./db/)", message: "Call app/models instead." }] }],
    },
  },
);
