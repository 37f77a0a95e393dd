import type { PrismaClient } from "@/lib/db";
import { AppError, fieldProblem } from "@/lib/errors";
import { hashPassword, verifyPassword } from "./password";
import { MAX_PASSWORD_BYTES, passwordBytes, type Registration, type UserRole } from "./validation";
import { text } from "@/lib/simulator/text-tree";

export type AccountUser = { id: string; email: string; name: string; role: UserRole };

const SELECT = { id: true, email: true, name: true, role: true } as const;

/**
 * Creates a candidate account; a taken email is a conflict the form shows next to the field.
 * `locale`: the language this browser chose with the switch before registering, kept on the account.
 */
export async function registerAccount(client: PrismaClient, input: Registration, locale: string | null = null): Promise<AccountUser> {
  const existing = await client.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) {
    throw new AppError("conflict", text("problems.detail.emailTakenSignIn"), { problems: [fieldProblem("email", text("problems.field.emailTaken"))] });
  }
  const passwordHash = await hashPassword(input.password);
  try {
    return await client.user.create({ data: { email: input.email, name: input.name, passwordHash, locale }, select: SELECT });
  } catch (error) {
    // Two registrations racing for one email: the unique index decides.
    if ((error as { code?: string }).code === "P2002") {
      throw new AppError("conflict", text("problems.detail.emailTakenSignIn"), { problems: [fieldProblem("email", text("problems.field.emailTaken"))] });
    }
    throw error;
  }
}

/** The user for these credentials, or null. Compares a hash even for unknown emails (timing). */
export async function verifyCredentials(client: PrismaClient, email: string, password: string): Promise<AccountUser | null> {
  const user = await client.user.findUnique({ where: { email }, select: { ...SELECT, passwordHash: true } });
  const ok = await verifyPassword(password, user?.passwordHash ?? "$2b$11$invalidinvalidinvalidinvalidinvalidinvalidinvalidinva");
  // bcrypt would compare only the first 72 bytes; a longer password can never be the right one.
  if (!user || !ok || passwordBytes(password) > MAX_PASSWORD_BYTES) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
