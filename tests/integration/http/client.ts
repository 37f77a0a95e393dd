import { inject } from "vitest";

/**
 * A small HTTP client with a cookie jar, enough to sign in through next-auth's real routes
 * (CSRF token, credentials callback, session cookie) the way a browser does.
 */
export class TestClient {
  readonly baseUrl: string;
  private cookies: Map<string, string>;

  /** A client of the shared test server, or of another server (`baseUrl`). */
  constructor(baseUrl?: string, cookies = new Map<string, string>()) {
    this.baseUrl = baseUrl ?? inject("baseUrl");
    this.cookies = cookies;
  }

  /** The same browser (one cookie jar) talking to another server: another app instance. */
  on(baseUrl: string): TestClient {
    return new TestClient(baseUrl, this.cookies);
  }

  /** The last sign-in attempt's response (status, Retry-After). */
  lastSignIn: Response | null = null;

  private store(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1);
      if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /** The Cookie header this client sends (for raw requests that play the victim's browser). */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  cookieNames(): string[] {
    return [...this.cookies.keys()];
  }

  async request(pathname: string, init: RequestInit & { json?: unknown } = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    // A browser sends Origin on every POST; the app refuses state changes without a same-origin one.
    const method = (init.method ?? "GET").toUpperCase();
    if (method !== "GET" && method !== "HEAD" && !headers.has("origin")) headers.set("origin", this.baseUrl);
    if (this.cookies.size > 0) headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    let body = init.body;
    if (init.json !== undefined) {
      headers.set("content-type", "application/json");
      body = JSON.stringify(init.json);
    }
    const response = await fetch(`${this.baseUrl}${pathname}`, { ...init, headers, body, redirect: "manual" });
    this.store(response);
    return response;
  }

  private async csrf(): Promise<string> {
    const response = await this.request("/api/auth/csrf");
    return ((await response.json()) as { csrfToken: string }).csrfToken;
  }

  /** Signs in through the credentials provider; returns the error next-auth reports, if any. */
  async signIn(email: string, password: string): Promise<{ ok: boolean; error: string | null }> {
    const csrfToken = await this.csrf();
    const response = await this.request("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
    });
    this.lastSignIn = response;
    const location = response.headers.get("location") ?? ((await response.json().catch(() => ({}))) as { url?: string }).url ?? "";
    const error = new URL(location, this.baseUrl).searchParams.get("error");
    return { ok: error === null && this.cookies.has("next-auth.session-token"), error };
  }

  async signOut(): Promise<void> {
    const csrfToken = await this.csrf();
    await this.request("/api/auth/signout", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, json: "true" }).toString(),
    });
  }

  async session(): Promise<{ user?: { id: string; email: string; role: string } } | null> {
    const response = await this.request("/api/auth/session");
    const body = (await response.json()) as { user?: { id: string; email: string; role: string } };
    return body.user ? body : null;
  }
}
