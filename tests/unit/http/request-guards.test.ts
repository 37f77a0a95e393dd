import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { jsonDepthExceeds } from "@/lib/http/json-depth";
import { assertSameOriginJson } from "@/lib/http/same-origin";
import { commonSecurityHeaders, pageContentSecurityPolicy } from "@/lib/http/security-headers";

function request(headers: Record<string, string>, method = "POST") {
  return new Request("http://localhost:3000/api/sessions", { method, headers: { host: "localhost:3000", ...headers } });
}

function refusal(req: Request): AppError | null {
  try {
    assertSameOriginJson(req, "https://drill.example.com");
    return null;
  } catch (error) {
    return error as AppError;
  }
}

describe("cross-site refusal", () => {
  it("accepts JSON from this site's origin, the configured public URL, or Sec-Fetch-Site: same-origin", () => {
    expect(refusal(request({ origin: "http://localhost:3000", "content-type": "application/json; charset=utf-8" }))).toBeNull();
    expect(refusal(request({ origin: "https://drill.example.com", "content-type": "application/json" }))).toBeNull();
    expect(refusal(request({ "sec-fetch-site": "same-origin", "content-type": "application/json" }))).toBeNull();
    expect(refusal(request({}, "GET"))).toBeNull();
  });

  it("lets a same-origin DELETE with no body through without a content type, but not a cross-site one or one with a form body", () => {
    expect(refusal(request({ origin: "http://localhost:3000" }, "DELETE"))).toBeNull();
    expect(refusal(request({ origin: "https://evil.example" }, "DELETE"))?.problems[0]?.path).toBe("headers.origin");
    expect(refusal(request({ origin: "http://localhost:3000", "content-type": "text/plain", "content-length": "5" }, "DELETE"))?.problems[0]?.path).toBe("headers.content-type");
  });

  it("refuses other origins, an opaque or missing origin, and anything that is not JSON, with 403 naming the header", () => {
    const cases: [Record<string, string>, string][] = [
      [{ origin: "https://evil.example", "content-type": "application/json" }, "headers.origin"],
      [{ origin: "http://localhost:3000.evil.example", "content-type": "application/json" }, "headers.origin"],
      [{ origin: "null", "content-type": "application/json" }, "headers.origin"],
      [{ "content-type": "application/json" }, "headers.origin"],
      [{ "sec-fetch-site": "same-site", "content-type": "application/json" }, "headers.origin"],
      [{ origin: "http://localhost:3000", "content-type": "text/plain" }, "headers.content-type"],
      [{ origin: "http://localhost:3000", "content-type": "application/x-www-form-urlencoded" }, "headers.content-type"],
      [{ origin: "http://localhost:3000" }, "headers.content-type"],
    ];
    for (const [headers, path] of cases) {
      const error = refusal(request(headers));
      expect(error?.status, JSON.stringify(headers)).toBe(403);
      expect(error?.problems[0]?.path).toBe(path);
    }
  });
});

describe("JSON nesting", () => {
  it("counts brackets outside strings only", () => {
    expect(jsonDepthExceeds(`${"[".repeat(64)}${"]".repeat(64)}`)).toBe(false);
    expect(jsonDepthExceeds(`${"[".repeat(65)}${"]".repeat(65)}`)).toBe(true);
    expect(jsonDepthExceeds(JSON.stringify({ text: "[".repeat(1000) }))).toBe(false);
    expect(jsonDepthExceeds(JSON.stringify({ text: `\\"${"{".repeat(100)}` }))).toBe(false);
    expect(jsonDepthExceeds(`{"a":${"{\"b\":".repeat(70)}1${"}".repeat(70)}}`)).toBe(true);
  });
});

describe("security headers", () => {
  it("allow scripts only with the nonce in production, and never framing", () => {
    const policy = pageContentSecurityPolicy({ nonce: "abc123", development: false, https: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain("upgrade-insecure-requests");
    expect(pageContentSecurityPolicy({ nonce: "n", development: true, https: false })).toContain("'unsafe-eval'");
  });

  it("send HSTS only over https", () => {
    expect(commonSecurityHeaders(false)["strict-transport-security"]).toBeUndefined();
    expect(commonSecurityHeaders(true)["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(commonSecurityHeaders(false)).toMatchObject({ "x-content-type-options": "nosniff", "referrer-policy": "strict-origin-when-cross-origin", "x-frame-options": "DENY" });
  });
});
