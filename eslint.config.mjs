import js from "@eslint/js";
import tseslint from "typescript-eslint";
import unicorn from "eslint-plugin-unicorn";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-config-prettier";

export default tseslint.config(
  { ignores: ["node_modules", "dist", "coverage", "artifacts", "demo", "*.config.js"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    plugins: { unicorn },
    rules: {
      "unicorn/filename-case": ["error", { case: "kebabCase" }],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    // Office.js rules only where Office.js is used: they misread ExcelJS code elsewhere.
    files: ["src/hosts/office/**", "src/commands/**", "src/taskpane/**"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  prettier,
);
