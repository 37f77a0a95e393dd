import { describe, expect, it } from "vitest";
import { findUnstorable, isUnstorable } from "@/lib/content/unstorable";

describe("isUnstorable", () => {
  it("finds NUL and unpaired surrogates, and lets paired ones and ordinary text through", () => {
    expect(["a\u0000b", "\ud800", "x\udc00", "\ud83d"].map(isUnstorable)).toEqual([true, true, true, true]);
    expect(["😀", "유저 수", "", "\u0001 tab\t"].map(isUnstorable)).toEqual([false, false, false, false]);
  });
});

describe("findUnstorable", () => {
  it("names the path of the first bad string or key, however deep", () => {
    expect(findUnstorable({ a: [{ b: "ok" }, { c: "bad\ud800" }] })).toEqual(["a", 1, "c"]);
    expect(findUnstorable({ ok: { "key\u0000": 1 } })).toEqual(["ok", "key\u0000"]);
    expect(findUnstorable({ a: ["fine", 3, null, true], b: "😀" })).toBeNull();
    expect(findUnstorable("\udc00")).toEqual([]);
  });

  it("looks inside a YAML !!set and !!omap (a Set and a Map)", () => {
    expect(findUnstorable({ s: new Set(["ok", "a\u0000b"]) })).toEqual(["s", 1]);
    expect(findUnstorable({ m: new Map([["k", "\ud800"]]) })).toEqual(["m", "k"]);
    expect(findUnstorable({ m: new Map([["fine", "ok"]]), s: new Set(["ok"]) })).toBeNull();
  });

  it("reads a circular structure (a YAML alias of its own anchor) without running forever", () => {
    const loop: unknown[] = ["fine"];
    loop.push(loop, { back: loop });
    expect(findUnstorable({ a: loop })).toBeNull();
    loop.push("\ud800");
    expect(findUnstorable({ a: loop })).toEqual(["a", 3]);
  });
});
