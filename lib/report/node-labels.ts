/**
 * Node ids in the simulator's sentences, named as the candidate labelled them: "db is a single
 * point of failure" reads "Orders DB is a single point of failure" when db is labelled so. Only
 * whole ids are replaced (not "db" inside "db-r1"), and unlabelled nodes keep their ids.
 */
export type NodeLabels = Readonly<Record<string, string>>;

export function nodeLabels(nodes: readonly { id: string; label?: string }[]): NodeLabels {
  return Object.fromEntries(nodes.flatMap((node) => (node.label && node.label.trim() && node.label !== node.id ? [[node.id, node.label.trim()]] : [])));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function withNodeLabels(text: string, labels: NodeLabels): string {
  const ids = Object.keys(labels).sort((a, b) => b.length - a.length);
  if (ids.length === 0) return text;
  // An id is whole when no id character touches it (a full stop only ends a sentence).
  const pattern = new RegExp(`(?<![\\w:.-])(${ids.map(escape).join("|")})(?![\\w:-]|\\.\\w)`, "g");
  return text.replace(pattern, (id) => labels[id] ?? id);
}

/** One node's name for a title: its label, or its id. */
export function nodeName(id: string, labels: NodeLabels): string {
  return labels[id] ?? id;
}
