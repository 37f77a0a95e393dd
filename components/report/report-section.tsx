import type { ReactNode } from "react";
import { cardClass } from "@/components/ui/styles";

/** A titled report section, named for assistive technology by its heading. */
export function ReportSection({ id, title, description, children }: { id: string; title: string; description?: string; children: ReactNode }) {
  const headingId = `report-${id}`;
  return (
    <section aria-labelledby={headingId} className={cardClass}>
      <h2 id={headingId} className="text-lg font-semibold">
        {title}
      </h2>
      {description ? <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{description}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}

export type ConceptHref = (conceptId: string) => string;
