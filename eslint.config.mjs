import next from "eslint-config-next/core-web-vitals";
import ts from "eslint-config-next/typescript";
import { i18nConfig } from "./eslint.i18n.mjs";

const config = [
  ...next,
  ...ts,
  {
    ignores: ["lib/generated/**", ".next/**", "node_modules/**", ".data*/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // No literal user-facing strings in translated areas (the list is in eslint.i18n.mjs).
  i18nConfig(),
];

export default config;
