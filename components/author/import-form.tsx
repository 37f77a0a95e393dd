"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { buttonClass } from "@/components/ui/styles";

type Problem = { path: string; message: string };

/** Imports a prompt YAML file: a new prompt, or a new draft of the prompt with its slug. */
export function ImportForm() {
  const router = useRouter();
  const t = useTranslations("author.import");
  const [file, setFile] = useState<File | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    setProblems([]);
    const response = await fetch("/api/author/import", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ yaml: await file.text() }),
    }).catch(() => null);
    setBusy(false);
    const body = (await response?.json().catch(() => null)) as { slug?: string; detail?: string; problems?: Problem[] } | null;
    if (response?.status === 201 && body?.slug) {
      router.push(`/author/${body.slug}`);
      return;
    }
    setError(body?.detail ?? t("failed"));
    setProblems(body?.problems ?? []);
  }

  return (
    <form onSubmit={submit} aria-label={t("label")} className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="import-file" className="block text-sm font-medium">
            {t("file")}
          </label>
          <input id="import-file" type="file" accept=".yaml,.yml,application/yaml,text/yaml" onChange={(e) => setFile(e.target.files?.[0] ?? null)} className="text-sm" />
        </div>
        <button type="submit" className={buttonClass.secondary} disabled={!file || busy}>
          {t("submit")}
        </button>
      </div>
      {error ? (
        <div role="alert" aria-label={t("problems")} className="text-sm text-red-700 dark:text-red-300">
          <p>{error}</p>
          {problems.length > 0 ? (
            <ul className="list-disc pl-5">
              {problems.map((p) => (
                <li key={`${p.path}-${p.message}`}>
                  <code>{p.path}</code>: {p.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
