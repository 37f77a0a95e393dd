/**
 * Whether next-auth still holds a session for this browser. Session routes answer a signed-out
 * caller 404, as they answer a stranger; the page asks this before taking a 404 as final. When
 * it cannot be told (offline, a server error) the answer is no, so nothing is thrown away.
 */
export async function stillSignedIn(): Promise<boolean> {
  try {
    const response = await fetch("/api/auth/session", { cache: "no-store" });
    if (!response.ok) return false;
    const session = (await response.json()) as { user?: unknown } | null;
    return !!session?.user;
  } catch {
    return false;
  }
}

export const SIGNED_OUT_MESSAGE = "You are signed out. Sign in again (in another tab) and try once more; nothing you did here is lost.";
