import type { Checklist } from "@/lib/content/checklists";

/** An item's words in one language: its text and why it matters. */
export type ChecklistWords = Readonly<Record<string, { text: string; why: string }>>;

/**
 * The checklist items' words for a reader, by item id: the Korean of content/checklists for a
 * Korean reader (items without Korean left out, so the stored English shows), nothing for
 * English — a stored report keeps the English it was made with.
 */
export function checklistWords(checklists: readonly Checklist[], locale: string): ChecklistWords {
  if (locale !== "ko") return {};
  return Object.fromEntries(checklists.flatMap((c) => c.items.flatMap((i) => (i.ko ? [[i.id, { text: i.ko.text, why: i.ko.why }]] : []))));
}
