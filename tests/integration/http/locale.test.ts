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

describe("problems in the reader's language", () => {
  type Problem = { title: string; detail: string; text?: { key: string }; problems?: { path: string; message: string; text?: { key: string } }[] };
  const invalid = { email: "not-an-email", name: "", password: "short" };

  async function register(headers: Record<string, string>): Promise<{ language: string | null; problem: Problem }> {
    const response = await new TestClient().request("/api/register", { method: "POST", json: invalid, headers });
    expect(response.status).toBe(400);
    return { language: response.headers.get("content-language"), problem: (await response.json()) as Problem };
  }

  it("English stays the schema's words; Accept-Language: ko gets the same problems said in Korean, with the same keys", async () => {
    const english = await register({});
    expect(english.language).toBe("en");
    expect(english.problem.title).toBe("Invalid request");
    expect(english.problem.detail).toBe("Some fields are invalid: email, name, password.");
    const byPath = (p: Problem) => Object.fromEntries((p.problems ?? []).map((x) => [x.path, x.message]));
    expect(byPath(english.problem)).toEqual({
      email: "Enter a valid email address.",
      name: "Name is required.",
      password: "Password must be at least 10 characters.",
    });

    const korean = await register({ "accept-language": "ko-KR,ko;q=0.9" });
    expect(korean.language).toBe("ko");
    expect(korean.problem.title).toBe("잘못된 요청");
    expect(korean.problem.detail).toBe("올바르지 않은 항목이 있습니다: email, name, password.");
    expect(byPath(korean.problem)).toEqual({ email: "올바른 이메일 주소를 입력하세요.", name: "필수 항목입니다.", password: "10자 이상이어야 합니다." });
    // The keys are the same in both: a client can tell problems apart without reading words.
    expect(korean.problem.text).toEqual(english.problem.text);
    expect(korean.problem.problems?.map((p) => p.text)).toEqual(english.problem.problems?.map((p) => p.text));
  });

  it("the NEXT_LOCALE cookie decides over Accept-Language, for a visitor who is not signed in", async () => {
    const viaCookie = await register({ cookie: "NEXT_LOCALE=ko", "accept-language": "en" });
    expect(viaCookie.problem.detail).toMatch(/^올바르지 않은 항목/);
    const notSignedIn = await new TestClient().request("/api/sessions", { method: "POST", json: {}, headers: { cookie: "NEXT_LOCALE=ko", "accept-language": "en" } });
    expect(notSignedIn.status).toBe(401);
    expect((await notSignedIn.json()) as Problem).toMatchObject({ title: "로그인 필요", detail: "계속하려면 로그인하세요." });
    const english = await new TestClient().request("/api/sessions", { method: "POST", json: {} });
    expect((await english.json()) as Problem).toMatchObject({ title: "Not signed in", detail: "Sign in to continue." });
    // A session's address answers 404 to a stranger, in their language too.
    const missing = await new TestClient().request("/api/sessions/abc", { headers: { cookie: "NEXT_LOCALE=ko" } });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as Problem).detail).toBe("세션을 찾을 수 없습니다.");
  });

  it("a signed-in Korean account reads a not-found in Korean even from an English browser", async () => {
    const email = uniqueEmail("lang-problem");
    const client = new TestClient();
    await client.request("/api/register", { method: "POST", json: { email, name: "Problem Reader", password } });
    expect(await client.signIn(email, password)).toEqual({ ok: true, error: null });
    expect((await client.request("/api/account/locale", { method: "PUT", json: { locale: "ko" } })).status).toBe(200);
    const response = await client.request("/api/sessions/00000000-0000-4000-8000-000000000000", { headers: { "accept-language": "en" } });
    expect(response.status).toBe(404);
    const problem = (await response.json()) as Problem;
    expect(problem.title).toBe("찾을 수 없음");
    expect(problem.detail).toBe("이 세션이 없거나 당신의 세션이 아닙니다.");
    expect(problem.text?.key).toBe("problems.detail.sessionNotYours");
  });
});
