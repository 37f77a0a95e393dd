import { describe, expect, it } from "vitest";
import { TestClient } from "./client";

const password = "integration-password-1";
const uniqueEmail = (tag: string) => `${tag}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;

async function htmlLang(client: TestClient, path: string, headers: Record<string, string> = {}): Promise<string | undefined> {
  const response = await client.request(path, { headers });
  return /<html lang="([a-z]+)"/.exec(await response.text())?.[1];
}

describe("the interface language", () => {
  it("follows Accept-Language, then the switch's cookie", async () => {
    const client = new TestClient();
    expect(await htmlLang(client, "/concepts", { "accept-language": "ko-KR,ko;q=0.9" })).toBe("ko");
    expect(await htmlLang(client, "/concepts")).toBe("en");
    const switched = await client.request("/api/account/locale", { method: "PUT", json: { locale: "ko" } });
    expect(switched.status).toBe(200);
    expect(switched.headers.getSetCookie().join()).toMatch(/NEXT_LOCALE=ko; Path=\/; Max-Age=\d+; SameSite=Lax; HttpOnly/);
    expect(await htmlLang(client, "/concepts", { "accept-language": "en" })).toBe("ko");
  });

  it("refuses anything but a supported language with a 400 naming the field, never a 500", async () => {
    const client = new TestClient();
    for (const body of [{ locale: "fr" }, { locale: 3 }, {}, { locale: "ko", extra: 1 }]) {
      const response = await client.request("/api/account/locale", { method: "PUT", json: body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      const problem = (await response.json()) as { problems: { path: string }[] };
      expect(problem.problems.map((p) => p.path)).toContain("extra" in body ? "extra" : "locale");
    }
  });

  it("a signed-in choice is stored on the account and wins on another browser", async () => {
    const email = uniqueEmail("lang");
    const first = new TestClient();
    await first.request("/api/register", { method: "POST", json: { email, name: "Lang User", password } });
    expect(await first.signIn(email, password)).toEqual({ ok: true, error: null });
    expect((await first.request("/api/account/locale", { method: "PUT", json: { locale: "ko" } })).status).toBe(200);

    // Another browser with an English cookie and an English Accept-Language: the account decides.
    const second = new TestClient();
    expect((await second.request("/api/account/locale", { method: "PUT", json: { locale: "en" } })).status).toBe(200);
    expect(await htmlLang(second, "/concepts", { "accept-language": "en" })).toBe("en");
    expect(await second.signIn(email, password)).toEqual({ ok: true, error: null });
    expect(await htmlLang(second, "/concepts", { "accept-language": "en" })).toBe("ko");
  });

  it("a language chosen before registering becomes the new account's setting", async () => {
    const email = uniqueEmail("lang-reg");
    const visitor = new TestClient();
    expect((await visitor.request("/api/account/locale", { method: "PUT", json: { locale: "ko" } })).status).toBe(200);
    expect((await visitor.request("/api/register", { method: "POST", json: { email, name: "Reg Lang", password } })).status).toBe(201);
    const elsewhere = new TestClient();
    expect(await elsewhere.signIn(email, password)).toEqual({ ok: true, error: null });
    expect(await htmlLang(elsewhere, "/concepts", { "accept-language": "en" })).toBe("ko");
  });
});
