import { z } from "zod";
import { text } from "@/lib/simulator/text-tree";

/** One schema each serves the form (client-side hints) and the server (the real check). */
export const EmailSchema = z
  .string({ error: "Email is required." })
  .trim()
  .toLowerCase()
  .max(254, "Email is too long.")
  .pipe(z.email({ error: "Enter a valid email address." }));

/**
 * bcrypt reads only the first 72 bytes of a password: a longer one would sign in with any
 * suffix. So a password is at most 72 bytes in UTF-8 (72 ASCII characters, fewer with accents
 * or Korean), refused with a message at registration, and never truncated at login.
 */
export const MAX_PASSWORD_BYTES = 72;
export function passwordBytes(password: string): number {
  return new TextEncoder().encode(password).length;
}

export const RegistrationSchema = z.strictObject({
  email: EmailSchema,
  name: z.string({ error: "Name is required." }).trim().min(1, "Name is required.").max(80, "Name is at most 80 characters."),
  password: z
    .string({ error: "Password is required." })
    .min(10, "Password must be at least 10 characters.")
    .refine((password) => passwordBytes(password) <= MAX_PASSWORD_BYTES, {
      error: `Password is at most ${MAX_PASSWORD_BYTES} bytes (72 plain letters or digits; accented and Korean letters take 2-3 bytes each).`,
      // What other languages say (lib/i18n/issue-text.ts): a refinement names its own text.
      params: { text: text("problems.field.passwordBytes", { max: MAX_PASSWORD_BYTES }) },
    }),
});
export type Registration = z.infer<typeof RegistrationSchema>;

export const CredentialsSchema = z.object({
  email: EmailSchema,
  password: z.string({ error: "Password is required." }).min(1, "Password is required.").max(200),
});

export const ROLES = ["CANDIDATE", "INSTRUCTOR", "ADMIN"] as const;
export type UserRole = (typeof ROLES)[number];

/** Only same-site paths are honoured as a post-login destination (no open redirects). */
export function safeCallbackUrl(raw: string | null | undefined, fallback = "/home"): string {
  if (!raw) return fallback;
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f]/.test(raw)) return fallback;
  return raw;
}
