"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { buttonClass, inputClass } from "@/components/ui/styles";
import type { SessionComment } from "@/lib/cohorts/comments";
import { stillSignedIn } from "@/components/interview/still-signed-in";

type Problem = { path: string; message: string };

/** Posts a comment to the session's comments route; the pin (moment or criterion) comes from the caller. */
export function CommentForm({
  sessionId,
  pin,
  label,
  submitLabel,
  onAdded,
  children,
}: {
  sessionId: string;
  pin: () => { atSeconds?: number; criterionId?: string };
  label: string;
  submitLabel: string;
  onAdded: (comment: SessionComment) => void;
  children?: React.ReactNode;
}) {
  const t = useTranslations("coaching");
  const id = useId();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}/comments`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ body, ...pin() }),
      });
      if (!response.ok) {
        const problem = (await response.json().catch(() => ({}))) as { detail?: string; problems?: Problem[] };
        if (response.status === 404 && !(await stillSignedIn())) return setError(t("signedOut"));
        setError(problem.problems?.[0] ? t("fieldProblem", { field: problem.problems[0].path, message: problem.problems[0].message }) : t("saveFailed"));
        return;
      }
      onAdded((await response.json()) as SessionComment);
      setBody("");
    } catch {
      setError(t("offline"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} aria-label={t("newComment")} className="space-y-2">
      {children}
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea id={id} value={body} onChange={(e) => setBody(e.currentTarget.value)} rows={3} maxLength={4000} required className={inputClass} />
      <FormError message={error} />
      <button type="submit" className={buttonClass.primary} disabled={busy || body.trim() === ""}>
        {submitLabel}
      </button>
    </form>
  );
}
