import bcrypt from "bcryptjs";

// bcrypt cost 11: ~150 ms per hash on these 2-core machines, slow enough to blunt guessing.
const COST = 11;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}
