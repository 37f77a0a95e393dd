import { describe, expect, it } from "vitest";
import { parseHistoryQuery } from "@/lib/sessions/history";

describe("parseHistoryQuery", () => {
  it("defaults to every session, newest first, page 1", () => {
    const { query, problems } = parseHistoryQuery({});
    expect(problems).toEqual([]);
    expect(query).toMatchObject({ status: "all", sort: "date", order: "desc", page: 1 });
  });

  it("reads filters, treats empty fields as unset and takes the first of repeated ones", () => {
    const { query, problems } = parseHistoryQuery({ prompt: "url-shortener", status: ["submitted", "active"], from: "2025-01-01", to: "", sort: "score", order: "asc", page: "3" });
    expect(problems).toEqual([]);
    expect(query).toMatchObject({ prompt: "url-shortener", status: "submitted", from: "2025-01-01", sort: "score", order: "asc", page: 3 });
    expect(query.to).toBeUndefined();
  });

  it("names each bad field and keeps the good ones", () => {
    const { query, problems } = parseHistoryQuery({ status: "deleted", page: "-2", from: "yesterday", prompt: "url-shortener" });
    expect(problems.map((p) => p.path).sort()).toEqual(["from", "page", "status"]);
    expect(problems.find((p) => p.path === "from")?.message).toBe("Write the date as YYYY-MM-DD.");
    expect(query).toMatchObject({ prompt: "url-shortener", status: "all", page: 1 });
    expect(query.from).toBeUndefined();
  });

  it("refuses an end date before the start date", () => {
    const { problems } = parseHistoryQuery({ from: "2025-02-01", to: "2025-01-01" });
    expect(problems).toEqual([{ path: "to", message: "The end date comes before the start date." }]);
  });
});
