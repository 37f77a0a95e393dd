// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import ConceptPage, { generateStaticParams } from "@/app/concepts/[id]/page";
import ConceptsPage from "@/app/concepts/page";
import { loadConcepts } from "@/lib/content/concepts";
import path from "node:path";

afterEach(cleanup);

const notes = () => loadConcepts(path.join(process.cwd(), "content/concepts")).then((r) => r.concepts);

describe("concept pages", () => {
  it("index links every note", async () => {
    const concepts = await notes();
    render(await ConceptsPage());
    for (const c of concepts) expect(screen.getByRole("link", { name: c.title }).getAttribute("href")).toBe(`/concepts/${c.id}`);
    expect((await generateStaticParams()).map((p) => p.id).sort()).toEqual(concepts.map((c) => c.id).sort());
  });

  it("a note shows its title, summary and rendered body", async () => {
    const cache = (await notes()).find((c) => c.id === "cache")!;
    const { container } = render(await ConceptPage({ params: Promise.resolve({ id: "cache" }) }));
    expect(screen.getByRole("heading", { level: 1, name: cache.title })).toBeTruthy();
    expect(container.textContent).toContain(cache.summary);
    expect(container.querySelectorAll("strong").length).toBeGreaterThan(0);
  });

  it("an unknown id is a 404", async () => {
    await expect(ConceptPage({ params: Promise.resolve({ id: "no-such-note" }) })).rejects.toMatchObject({
      digest: expect.stringContaining("404"),
    });
  });
});
