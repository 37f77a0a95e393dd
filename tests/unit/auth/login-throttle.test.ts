import { describe, expect, it } from "vitest";
import { delaySeconds, isKnownDevice, knownDeviceToken, LOGIN_THROTTLE, loginBuckets } from "@/lib/auth/login-throttle";
import { MAX_PASSWORD_BYTES, passwordBytes, RegistrationSchema } from "@/lib/auth/validation";

describe("login throttling", () => {
  it("lets the first attempts through and then doubles the wait up to a cap", () => {
    const waits = Array.from({ length: 12 }, (_, count) => delaySeconds(LOGIN_THROTTLE.account, count));
    expect(waits).toEqual([0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 30, 30]);
  });

  it("gives a known device its own account bucket, and uses the address only when known", () => {
    expect(loginBuckets("a@example.com", null, false).map((b) => b.key)).toEqual(["login:account:a@example.com"]);
    expect(loginBuckets("a@example.com", "10.0.0.1", true).map((b) => b.key)).toEqual(["login:account:a@example.com:known-device", "login:address:10.0.0.1"]);
  });

  it("recognises a known-device token only for its email and secret", () => {
    const token = knownDeviceToken("secret-one", "a@example.com");
    expect(isKnownDevice("secret-one", "a@example.com", token)).toBe(true);
    expect(isKnownDevice("secret-one", "b@example.com", token)).toBe(false);
    expect(isKnownDevice("secret-two", "a@example.com", token)).toBe(false);
    expect(isKnownDevice("secret-one", "a@example.com", undefined)).toBe(false);
  });
});

describe("password length in bytes", () => {
  it("refuses more than 72 UTF-8 bytes at registration, naming the password", () => {
    const base = { email: "a@example.com", name: "A" };
    expect(RegistrationSchema.safeParse({ ...base, password: "a".repeat(MAX_PASSWORD_BYTES) }).success).toBe(true);
    const korean = "비밀번호".repeat(7); // 28 characters, 84 bytes
    expect(passwordBytes(korean)).toBe(84);
    const result = RegistrationSchema.safeParse({ ...base, password: korean });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["password"]);
    expect(result.error?.issues[0]?.message).toMatch(/at most 72 bytes/);
  });
});
