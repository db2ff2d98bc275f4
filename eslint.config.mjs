import js from "@eslint/js";
import tseslint from "typescript-eslint";
import unicorn from "eslint-plugin-unicorn";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-config-prettier";

export default tseslint.config(
  { ignores: ["node_modules", "dist", "coverage", "artifacts", "*.config.js"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    plugins: { unicorn, "office-addins": officeAddins },
    rules: {
      "unicorn/filename-case": ["error", { case: "kebabCase" }],
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  prettier,
);
