import tseslint from "typescript-eslint";

/**
 * Type-aware checks that the compiler does not make: since the data port is asynchronous, a
 * forgotten `await` (a write that may not have happened, an error nobody sees) must fail the
 * build, as must a promise passed where a plain value is expected (a guard returning void).
 */
export default tseslint.config({
  files: ["**/*.ts", "**/*.tsx"],
  ignores: ["node_modules/**", ".next/**"],
  linterOptions: { reportUnusedDisableDirectives: "off" },
  languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  plugins: { "@typescript-eslint": tseslint.plugin },
  rules: {
    "@typescript-eslint/no-floating-promises": "error",
    "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
    "@typescript-eslint/await-thenable": "error",
  },
});
