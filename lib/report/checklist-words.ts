import type { Checklist, ChecklistItem } from "@/lib/content/checklists";

/** An item's words in one language: its text and why it matters. */
export type ChecklistWords = Readonly<Record<string, { text: string; why: string }>>;

/**
 * One content item's words for a reader: its Korean for a Korean reader where the item has it,
 * else its English. The interview's checklist panel and its submit warning read items this way.
 */
export function itemWords(item: Pick<ChecklistItem, "text" | "why" | "ko">, locale: string): { text: string; why: string } {
  return locale === "ko" && item.ko ? item.ko : { text: item.text, why: item.why };
}

/**
 * The checklist items' words for a reader, by item id: the Korean of content/checklists for a
 * Korean reader (items without Korean left out, so the stored English shows), nothing for
 * English — a stored report keeps the English it was made with.
 */
export function checklistWords(checklists: readonly Checklist[], locale: string): ChecklistWords {
  if (locale !== "ko") return {};
  return Object.fromEntries(checklists.flatMap((c) => c.items.flatMap((i) => (i.ko ? [[i.id, { text: i.ko.text, why: i.ko.why }]] : []))));
}
