"use client";

import { buttonClass } from "@/components/ui/styles";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="py-16 text-center">
      <h1 className="text-xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">The page could not be shown. Your saved work is safe.</p>
      <button type="button" onClick={reset} className={`${buttonClass.primary} mt-6`}>
        Try again
      </button>
    </div>
  );
}
