// @ts-check
import eslint from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: [".gen/**", "dist/**", "cdktf.out/**", "docs/api/**", "coverage/**", "bench-results/**"] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The framework module re-exports whichever framework is installed: the import of the missing
    // one must be silenced, and @ts-expect-error would fail where it is present.
    files: ["framework/**/*.d.ts"],
    rules: { "@typescript-eslint/ban-ts-comment": "off" },
  },
  {
    // Tests read synthesized JSON, whose shape is the thing under test.
    files: ["__tests__/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-non-null-assertion": "off" },
  },
);
