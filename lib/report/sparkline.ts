import type { TimelinePoint } from "@/lib/simulator/schema";

// A scenario's timeline as SVG polyline points: served share from 0 (bottom) to 1 (top) over
// the scenario's seconds, so every sparkline shares the same vertical scale.

export type SparkBox = { width: number; height: number; padding: number };

export function sparklinePoints(timeline: readonly TimelinePoint[], box: SparkBox): string {
  if (timeline.length === 0) return "";
  const t0 = timeline[0].tSeconds;
  const span = Math.max(1e-9, timeline[timeline.length - 1].tSeconds - t0);
  const w = box.width - 2 * box.padding;
  const h = box.height - 2 * box.padding;
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return timeline
    .map((p) => {
      const x = timeline.length === 1 ? box.padding + w / 2 : box.padding + ((p.tSeconds - t0) / span) * w;
      const y = box.padding + (1 - clamp(p.servedShare)) * h;
      return `${round(x)},${round(y)}`;
    })
    .join(" ");
}

const round = (v: number) => Math.round(v * 100) / 100;

/** The lowest served share and the worst p99 over the timeline, for the sparkline's text alternative. */
export function timelineExtremes(timeline: readonly TimelinePoint[]): { minServed: number; maxP99Ms: number | null; seconds: number } {
  if (timeline.length === 0) return { minServed: 1, maxP99Ms: 0, seconds: 0 };
  return {
    minServed: Math.min(...timeline.map((p) => p.servedShare)),
    // null: some moment is saturated (no finite p99).
    maxP99Ms: timeline.some((p) => p.p99Ms === null) ? null : Math.max(...timeline.map((p) => p.p99Ms as number)),
    seconds: timeline[timeline.length - 1].tSeconds - timeline[0].tSeconds,
  };
}
