/**
 * The auth forms show field errors in the reader's language. The schemas (lib/auth/validation.ts)
 * and the server speak English, which stays the API's language; each known sentence maps to a
 * message key under "auth.errors", and an unknown one falls back to a message naming the field.
 * tests/unit/i18n/auth-messages.test.ts checks every schema message has a key here.
 */
const KEYS: Record<string, string> = {
  "Email is required.": "emailRequired",
  "Email is too long.": "emailTooLong",
  "Enter a valid email address.": "emailInvalid",
  "Name is required.": "nameRequired",
  "Name is at most 80 characters.": "nameTooLong",
  "Password is required.": "passwordRequired",
  "Password must be at least 10 characters.": "passwordTooShort",
  "Password is at most 72 bytes (72 plain letters or digits; accented and Korean letters take 2-3 bytes each).": "passwordTooLong",
  "An account with this email already exists.": "emailTaken",
  "An account with this email already exists. Sign in instead.": "emailTakenSignIn",
  "Wrong email or password.": "wrongCredentials",
  "Too many accounts created from this address. Try again later.": "registerRateLimited",
};

// Sentences with a number in them: the number becomes the message's parameter.
const PATTERNS: { pattern: RegExp; key: string; name: string }[] = [
  { pattern: /^Too many sign-in attempts\. Try again in (\d+) s\.$/, key: "tooManyAttempts", name: "seconds" },
];

export type AuthMessage = { key: string; values?: Record<string, string> };

/** The key (and values) for a message about `field` that the schema or the server produced. */
export function authMessage(message: string, field?: string): AuthMessage {
  const key = KEYS[message];
  if (key) return { key };
  for (const { pattern, key: patternKey, name } of PATTERNS) {
    const match = pattern.exec(message);
    if (match) return { key: patternKey, values: { [name]: match[1] } };
  }
  return field ? { key: "invalidField", values: { field } } : { key: "failed" };
}

export const KNOWN_AUTH_MESSAGES = Object.keys(KEYS);
