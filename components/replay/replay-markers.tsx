import { useTranslations } from "next-intl";
import { formatClock, type Marker } from "./timeline";

/** The moments worth seeing, as buttons that move the replay there. */
export function ReplayMarkers({ markers, current, onJump }: { markers: Marker[]; current: Marker | null; onJump: (seconds: number) => void }) {
  const t = useTranslations("replay.markers");
  return (
    <nav aria-labelledby="replay-markers-heading" className="space-y-2">
      <h2 id="replay-markers-heading" className="text-base font-semibold">
        {t("title")}
      </h2>
      {markers.length === 0 ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">{t("empty")}</p>
      ) : (
        <ol className="max-h-96 space-y-1 overflow-y-auto pr-1">
          {markers.map((marker) => (
            <li key={marker.id}>
              <button
                type="button"
                onClick={() => onJump(marker.atSeconds)}
                aria-current={current?.id === marker.id ? "step" : undefined}
                className="flex w-full gap-3 rounded-md px-2 py-1 text-left text-sm hover:bg-slate-100 aria-[current=step]:bg-brand-50 aria-[current=step]:font-medium dark:hover:bg-slate-800 dark:aria-[current=step]:bg-slate-800"
              >
                <span className="shrink-0 whitespace-nowrap tabular-nums text-slate-500 dark:text-slate-400">{formatClock(marker.atSeconds)}</span>
                <span>{marker.label}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}
