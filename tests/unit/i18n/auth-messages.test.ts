import { describe, expect, it } from "vitest";
import { authMessage, KNOWN_AUTH_MESSAGES } from "@/components/auth/auth-messages";
import en from "@/content/messages/en.json";
import { CredentialsSchema, RegistrationSchema } from "@/lib/auth/validation";

const errors = en.auth.errors as Record<string, string>;

describe("auth form messages", () => {
  it("every sentence the schemas produce has a message key", () => {
    const inputs = [
      {},
      { email: "x", name: "", password: "short" },
      { email: `${"a".repeat(250)}@example.com`, name: "n".repeat(81), password: "한".repeat(30) },
    ];
    const sentences = new Set<string>();
    for (const input of inputs) {
      for (const schema of [RegistrationSchema, CredentialsSchema]) {
        const result = schema.safeParse(input);
        for (const issue of result.success ? [] : result.error.issues) if (issue.code !== "unrecognized_keys") sentences.add(issue.message);
      }
    }
    expect(sentences.size).toBeGreaterThan(4);
    for (const sentence of sentences) expect(KNOWN_AUTH_MESSAGES, sentence).toContain(sentence);
  });

  it("every key exists in the English catalogue, with the English sentence verbatim", () => {
    for (const sentence of KNOWN_AUTH_MESSAGES) {
      const { key } = authMessage(sentence);
      expect(errors[key], key).toBe(sentence);
    }
  });

  it("numbers become parameters; unknown messages name their field", () => {
    expect(authMessage("Too many sign-in attempts. Try again in 42 s.")).toEqual({ key: "tooManyAttempts", values: { seconds: "42" } });
    expect(authMessage("Something odd.", "Email")).toEqual({ key: "invalidField", values: { field: "Email" } });
    expect(authMessage("Something odd.")).toEqual({ key: "failed" });
  });
});
