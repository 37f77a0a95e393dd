import type { TopicsFile } from "./corpus.ts";

/**
 * Topics that fix overlapping requirement fields are readings of one question, not rivals:
 * "How many messages a day?" is torn between *users*, *traffic* and *read-write-mix*, and any of
 * them answers it with load figures. Families are the connected groups of topics that share a
 * field (users—traffic—read-write-mix through dailyActiveUsers and the per-user rates); a topic
 * with no fields is a family of its own. The abstention margin is measured against the best
 * label outside the best topic's family, so a question sure to be about load is answered with
 * its most likely reading instead of nothing.
 */
export type Families = ReadonlyMap<string, string>;

export function topicFamilies(topics: TopicsFile["topics"]): Families {
  const parent = new Map<string, string>(Object.keys(topics).map((t) => [t, t]));
  const find = (t: string): string => {
    let root = t;
    while (parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  const ownerOfField = new Map<string, string>();
  for (const [topic, spec] of Object.entries(topics)) {
    for (const field of spec.fields ?? []) {
      const owner = ownerOfField.get(field);
      if (owner === undefined) ownerOfField.set(field, topic);
      else parent.set(find(topic), find(owner));
    }
  }
  return new Map([...parent.keys()].map((t) => [t, find(t)]));
}

/** The highest probability among labels that are not `best` and not of its family. */
export function rivalScore(scores: Readonly<Record<string, number>>, best: string, families?: Families): number {
  const family = families?.get(best);
  let rival = 0;
  for (const [label, p] of Object.entries(scores)) {
    if (label === best || (family !== undefined && families?.get(label) === family)) continue;
    if (p > rival) rival = p;
  }
  return rival;
}

/**
 * The probability that the question is about `best`'s family: its own plus its family's. A load
 * question split between *users* and *read-write-mix* is sure to be about load even when neither
 * reading alone is, so the acceptance bar is measured on the family's mass.
 */
export function familyScore(scores: Readonly<Record<string, number>>, best: string, families?: Families): number {
  const family = families?.get(best);
  let mass = scores[best] ?? 0;
  if (family === undefined) return mass;
  for (const [label, p] of Object.entries(scores)) if (label !== best && families?.get(label) === family) mass += p;
  return mass;
}
