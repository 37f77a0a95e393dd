import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { verifyCredentials } from "./accounts";
import { bucketsForAttempt } from "./login-buckets";
import { recordLoginSuccess } from "./login-throttle";
import { resolveAuthSecret } from "./secret";
import { CredentialsSchema, type UserRole } from "./validation";

const SESSION_DAYS = 14;

export const WRONG_CREDENTIALS = "Wrong email or password.";

let cached: NextAuthOptions | undefined;

/** next-auth options: email + password, JWT sessions that carry the user's id and role. */
export function authOptions(): NextAuthOptions {
  cached ??= {
    secret: resolveAuthSecret(env()),
    session: { strategy: "jwt", maxAge: SESSION_DAYS * 24 * 60 * 60 },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const parsed = CredentialsSchema.safeParse(credentials ?? {});
          if (!parsed.success) throw new Error(WRONG_CREDENTIALS);
          const { email, password } = parsed.data;
          const client = db();
          // The attempt was throttled (and counted) in front of next-auth, in ./auth-route.ts.
          const user = await verifyCredentials(client, email, password);
          if (!user) throw new Error(WRONG_CREDENTIALS);
          const headers = (req?.headers ?? {}) as Record<string, string | undefined>;
          await recordLoginSuccess(client, bucketsForAttempt(email, { get: (name) => headers[name] ?? null }));
          return user;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = (user as unknown as { role: UserRole }).role;
        }
        return token;
      },
      async session({ session, token }) {
        if (session.user && typeof token.uid === "string") {
          session.user.id = token.uid;
          session.user.role = token.role as UserRole;
        }
        return session;
      },
    },
  };
  return cached;
}
