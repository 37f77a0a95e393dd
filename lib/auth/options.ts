import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { clearRateLimit, hitRateLimit, RATE_LIMITS } from "@/lib/rate-limit";
import { verifyCredentials } from "./accounts";
import { resolveAuthSecret } from "./secret";
import { CredentialsSchema, type UserRole } from "./validation";

const SESSION_DAYS = 14;

export const TOO_MANY_ATTEMPTS = "Too many sign-in attempts. Wait 15 minutes and try again.";
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
          const headers = (req?.headers ?? {}) as Record<string, string | undefined>;
          const address = clientAddress({ get: (name) => headers[name] ?? null }, env().TRUST_PROXY === "1");
          const [byEmail, byAddress] = await Promise.all([
            hitRateLimit(client, `login:email:${email}`, RATE_LIMITS.loginPerEmail),
            address ? hitRateLimit(client, `login:address:${address}`, RATE_LIMITS.loginPerAddress) : null,
          ]);
          if (!byEmail.allowed || (byAddress && !byAddress.allowed)) throw new Error(TOO_MANY_ATTEMPTS);
          const user = await verifyCredentials(client, email, password);
          if (!user) throw new Error(WRONG_CREDENTIALS);
          await clearRateLimit(client, `login:email:${email}`);
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
