import { autoLayout, type Point } from "@/lib/report/auto-layout";
import type { Board } from "@/lib/report/session-report";

// A board as a standalone SVG: the whiteboard's cards (184 × 72) at their positions, edges as
// arrows from card edge to card edge, fitted to its nodes with a margin. Self-contained (no
// fonts or stylesheets to fetch), so it opens anywhere and converts to PNG in the browser.

const W = 184;
const H = 72;
const MARGIN = 32;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/** Cut to fit a card and say so with an ellipsis. */
function fit(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Where the segment from a card's centre towards `to` leaves the card. */
function border(c: Point, to: Point): Point {
  const dx = to.x - c.x;
  const dy = to.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const scale = Math.min(Math.abs(W / 2 / (dx || 1e-9)), Math.abs(H / 2 / (dy || 1e-9)));
  return { x: c.x + dx * Math.min(scale, 1), y: c.y + dy * Math.min(scale, 1) };
}

export function boardSvg(board: Board, title: string): string {
  const complete = board.design.nodes.every((n) => board.layout[n.id]);
  const layout: Record<string, Point> = complete ? board.layout : autoLayout(board.design);
  const nodes = board.design.nodes.map((n) => ({ node: n, at: layout[n.id] ?? { x: 0, y: 0 } }));
  const xs = nodes.map((n) => n.at.x);
  const ys = nodes.map((n) => n.at.y);
  const minX = nodes.length ? Math.min(...xs) : 0;
  const minY = nodes.length ? Math.min(...ys) : 0;
  const width = (nodes.length ? Math.max(...xs) - minX + W : W) + 2 * MARGIN;
  const height = (nodes.length ? Math.max(...ys) - minY + H : H) + 2 * MARGIN;
  const origin = (p: Point) => ({ x: p.x - minX + MARGIN, y: p.y - minY + MARGIN });
  const centre = new Map(nodes.map(({ node, at }) => [node.id, { x: origin(at).x + W / 2, y: origin(at).y + H / 2 }]));

  const edges = board.design.edges.flatMap((e) => {
    const a = centre.get(e.from);
    const b = centre.get(e.to);
    if (!a || !b) return [];
    const p = border(a, b);
    const q = border(b, a);
    return [`<line x1="${p.x.toFixed(1)}" y1="${p.y.toFixed(1)}" x2="${q.x.toFixed(1)}" y2="${q.y.toFixed(1)}" stroke="#64748b" stroke-width="2" marker-end="url(#arrow)"/>`];
  });
  const cards = nodes.map(({ node, at }) => {
    const o = origin(at);
    const name = fit(node.label ?? node.id, 22);
    const detail = fit(`${node.kind.replace(/_/g, " ")}${(node.instances ?? 1) > 1 ? ` × ${node.instances}` : ""}${node.region ? ` · ${node.region}` : ""}`, 26);
    return [
      `<g><title>${escapeXml(`${node.label ?? node.id} (${node.kind})`)}</title>`,
      `<rect x="${o.x}" y="${o.y}" width="${W}" height="${H}" rx="8" fill="#ffffff" stroke="#334155" stroke-width="2"/>`,
      `<text x="${o.x + 12}" y="${o.y + 30}" font-size="15" font-weight="600" fill="#0f172a">${escapeXml(name)}</text>`,
      `<text x="${o.x + 12}" y="${o.y + 52}" font-size="12" fill="#475569">${escapeXml(detail)}</text></g>`,
    ].join("");
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="#64748b"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="#f8fafc"/>`,
    ...edges,
    ...cards,
    `</svg>`,
  ].join("\n");
}
