import type { DefaultSession } from "next-auth";
import type { UserRole } from "./validation";

// The session and token carry the user's id and role (set in lib/auth/options.ts callbacks).
declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & { id: string; role: UserRole };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: UserRole;
  }
}
