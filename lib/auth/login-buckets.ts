import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { isKnownDevice, KNOWN_DEVICE_COOKIE, loginBuckets, type ThrottleBucket } from "./login-throttle";
import { resolveAuthSecret } from "./secret";

type HeaderReader = { get(name: string): string | null };

function cookie(headers: HeaderReader, name: string): string | undefined {
  for (const part of (headers.get("cookie") ?? "").split(";")) {
    const index = part.indexOf("=");
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}

/** The throttle buckets of a credentials attempt, from its headers; shared with authorize(). */
export function bucketsForAttempt(email: string, headers: HeaderReader): ThrottleBucket[] {
  const settings = env();
  const knownDevice = isKnownDevice(resolveAuthSecret(settings), email, cookie(headers, KNOWN_DEVICE_COOKIE));
  return loginBuckets(email, clientAddress(headers, settings.TRUST_PROXY === "1"), knownDevice);
}

