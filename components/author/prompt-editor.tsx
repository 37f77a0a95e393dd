"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useMemo, useState } from "react";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { useIssueWords } from "@/components/ui/use-issue-words";
import type { BoardValue } from "@/components/whiteboard/whiteboard";
import { fromDocument, newDraft, referenceForScoring, toDocument, type Draft } from "@/lib/authoring/editor-model";
import { formatPath } from "@/lib/content/content-problem";
import type { IssueLike } from "@/lib/i18n/issue-text";
import type { Translate } from "@/lib/i18n/translate";
import { PromptDocumentSchema, type PromptDocument } from "@/lib/prompts/schema";
import { Bilingual, fieldId, ListInput, ProblemsContext, Section, TextInput } from "./fields";
import { ReferenceDesign } from "./reference-design";
import { CurveballsSection, FactsSection, ProbesSection, RubricAndPhasesSection } from "./sections";
import { StatementEditor } from "./statement-editor";
import { VersionHistory, type HistoryItem } from "./version-history";
import { WhichFactBox } from "./which-fact-box";

type Problem = { path: string; message: string };
type Conflict = { theirs: { version: number; author: string | null; document: PromptDocument }; yours: PromptDocument; clashes: string[] };

export type PromptEditorProps =
  | { mode: "new" }
  | { mode: "edit"; slug: string; version: number; published: number | null; document: PromptDocument; history: HistoryItem[] };

/** Problems of the form as the schema sees them, named by field path, in the reader's language. */
function validate(draft: Draft, t: Translate, say: (issue: IssueLike) => string): Problem[] {
  const parsed = PromptDocumentSchema.safeParse(toDocument(draft), { reportInput: true });
  if (parsed.success) return [];
  return parsed.error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys" ? issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: t("unknownField", { key }) })) : [{ path: formatPath(issue.path) || "(document)", message: say(issue) }],
  );
}

async function readProblem(response: Response, t: Translate): Promise<{ detail: string; problems: Problem[]; conflict?: Conflict }> {
  const body = (await response.json().catch(() => null)) as { detail?: string; problems?: Problem[]; conflict?: Conflict } | null;
  return { detail: body?.detail ?? t("requestFailed", { status: response.status }), problems: body?.problems ?? [], conflict: body?.conflict };
}

const post = (url: string, body: unknown) => fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

/**
 * The prompt editor: every field of the format, validated as typed once a save was tried (the
 * form keeps everything on an error), saved as a new draft version on top of the one loaded.
 */
export function PromptEditor(props: PromptEditorProps) {
  const router = useRouter();
  const t = useTranslations("author.editor");
  const tAuthor = useTranslations("author");
  const [draft, setDraft] = useState<Draft>(() => (props.mode === "edit" ? fromDocument(props.document) : newDraft()));
  const [layout, setLayout] = useState<BoardValue["layout"]>({});
  const [baseVersion, setBaseVersion] = useState(props.mode === "edit" ? props.version : 0);
  const [saved, setSaved] = useState(() => JSON.stringify(props.mode === "edit" ? toDocument(fromDocument(props.document)) : null));
  const [tried, setTried] = useState(false);
  const [serverProblems, setServerProblems] = useState<Problem[]>([]);
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState(false);
  // Remounts the rich-text editors when their text is replaced from outside (loading "theirs").
  const [generation, setGeneration] = useState(0);

  const update = useCallback((change: (d: Draft) => Draft) => {
    setDraft((d) => change(d));
    setServerProblems([]);
  }, []);

  const say = useIssueWords();
  const problems = useMemo(() => (tried ? validate(draft, t, say) : []), [tried, draft, t, say]);
  const shown = serverProblems.length > 0 ? serverProblems : problems;
  const problemMap = useMemo(() => new Map(shown.map((p) => [p.path, p.message])), [shown]);
  const dirty = JSON.stringify(toDocument(draft)) !== saved;
  const slug = props.mode === "edit" ? props.slug : draft.slug;

  async function save() {
    setTried(true);
    setMessage(null);
    const local = validate(draft, t, say);
    if (local.length > 0) {
      setMessage({ tone: "error", text: t("notSavedLocal", { count: local.length }) });
      return;
    }
    const document = toDocument(draft);
    setBusy(true);
    const response = await (props.mode === "new" ? post("/api/author/prompts", { document }) : post(`/api/author/prompts/${props.slug}/versions`, { baseVersion, document })).catch(() => null);
    setBusy(false);
    if (!response) return setMessage({ tone: "error", text: t("unreachable") });
    if (response.status === 201) {
      const body = (await response.json()) as { version: number; slug?: string };
      setSaved(JSON.stringify(document));
      setConflict(null);
      if (props.mode === "new") {
        router.push(`/author/${draft.slug}`);
        return;
      }
      setBaseVersion(body.version);
      setMessage({ tone: "ok", text: t("savedAs", { version: body.version }) });
      router.refresh();
      return;
    }
    const problem = await readProblem(response, t);
    if (response.status === 409 && problem.conflict) {
      setConflict(problem.conflict);
      setMessage({ tone: "error", text: problem.detail });
      return;
    }
    setServerProblems(problem.problems.map((p) => ({ ...p, path: p.path.replace(/^document\./, "") })));
    setMessage({ tone: "error", text: t("notSaved", { detail: problem.detail }) });
  }

  async function act(label: string, url: string, body: unknown, after: (json: Record<string, unknown>) => void) {
    setBusy(true);
    setMessage(null);
    const response = await post(url, body).catch(() => null);
    setBusy(false);
    if (!response?.ok) {
      const problem = response ? await readProblem(response, t) : { detail: t("serverUnreachable") };
      setMessage({ tone: "error", text: t("actionFailed", { action: label, detail: problem.detail }) });
      return;
    }
    after((await response.json()) as Record<string, unknown>);
  }

  const publish = (version: number) =>
    act(t("publishing"), `/api/author/prompts/${slug}/publish`, { version }, () => {
      setMessage({ tone: "ok", text: t("publishedMessage", { version }) });
      router.refresh();
    });
  const unpublish = () =>
    act(t("unpublishing"), `/api/author/prompts/${slug}/unpublish`, {}, () => {
      setMessage({ tone: "ok", text: t("unpublishedMessage") });
      router.refresh();
    });
  const preview = () =>
    act(t("preview"), `/api/author/prompts/${slug}/preview`, { version: baseVersion }, (json) => {
      router.push(`/interview/${String(json.id)}`);
    });

  const board: BoardValue = { design: draft.design, layout };
  const onBoard = (next: BoardValue) => {
    setLayout(next.layout);
    update((d) => ({ ...d, design: next.design }));
  };

  return (
    <ProblemsContext.Provider value={problemMap}>
      <div className="space-y-6">
        <div className="sticky top-0 z-10 flex flex-wrap items-center gap-2 rounded-xl border border-slate-200 bg-white/95 p-3 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
          <p className="mr-auto text-sm text-slate-600 dark:text-slate-400">
            {props.mode === "new" ? t("newNotSaved") : t("editingOn", { version: baseVersion })}
            {props.mode === "edit" ? ` · ${props.published === null ? tAuthor("table.notPublished") : tAuthor("table.published", { version: props.published })}` : ""}
            {dirty ? t("unsaved") : ""}
          </p>
          <button type="button" className={buttonClass.primary} onClick={() => void save()} disabled={busy}>
            {t("saveDraft")}
          </button>
          {props.mode === "edit" ? (
            <>
              <button type="button" className={buttonClass.secondary} onClick={() => void preview()} disabled={busy || dirty} title={dirty ? t("saveFirstPreview") : undefined}>
                {t("previewAsCandidate")}
              </button>
              <button type="button" className={buttonClass.secondary} onClick={() => void publish(baseVersion)} disabled={busy || dirty || props.published === baseVersion} title={dirty ? t("saveFirst") : undefined}>
                {t("publishVersion", { version: baseVersion })}
              </button>
              {props.published !== null ? (
                <button type="button" className={buttonClass.ghost} onClick={() => void unpublish()} disabled={busy}>
                  {t("unpublish")}
                </button>
              ) : null}
            </>
          ) : null}
        </div>

        {message ? (
          <p role="status" className={`rounded-lg p-3 text-sm ${message.tone === "ok" ? "bg-green-50 text-green-800 dark:bg-green-950 dark:text-green-200" : "bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-200"}`}>
            {message.text}
          </p>
        ) : null}

        {shown.length > 0 ? (
          <section aria-labelledby="problems-heading" className="rounded-xl border border-red-300 bg-red-50 p-4 text-sm dark:border-red-800 dark:bg-red-950">
            <h2 id="problems-heading" className="font-semibold text-red-800 dark:text-red-200">
              {t("fieldsToFix")}
            </h2>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {shown.map((p) => (
                <li key={`${p.path}-${p.message}`}>
                  <a href={`#${fieldId(p.path)}`} className="underline">
                    <code>{p.path}</code>
                  </a>
                  : {p.message}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {conflict ? (
          <section aria-labelledby="conflict-heading" className="space-y-3 rounded-xl border border-amber-400 bg-amber-50 p-4 text-sm dark:bg-amber-950">
            <h2 id="conflict-heading" className="font-semibold">
              {t("conflictTitle", { version: conflict.theirs.version })}
            </h2>
            <p>
              {t("conflictKept")}{" "}
              {conflict.clashes.length > 0
                ? t.rich("bothChanged", { fields: () => conflict.clashes.map((c) => <code key={c} className="mr-1">{c}</code>) })
                : t("differentFields")}
            </p>
            <div className="grid gap-3 md:grid-cols-2">
              <label className="block space-y-1">
                <span className="font-medium">
                  {conflict.theirs.author
                    ? t("theirVersionBy", { version: conflict.theirs.version, author: conflict.theirs.author })
                    : t("theirVersion", { version: conflict.theirs.version })}
                </span>
                <textarea readOnly rows={8} className={`${inputClass} font-mono text-xs`} value={JSON.stringify(conflict.theirs.document, null, 2)} />
              </label>
              <label className="block space-y-1">
                <span className="font-medium">{t("yourText")}</span>
                <textarea readOnly rows={8} className={`${inputClass} font-mono text-xs`} value={JSON.stringify(conflict.yours, null, 2)} />
              </label>
            </div>
            <div className="flex flex-wrap gap-2">
              <button
                type="button"
                className={buttonClass.secondary}
                onClick={() => {
                  setBaseVersion(conflict.theirs.version);
                  setConflict(null);
                  setMessage({ tone: "ok", text: t("keptMessage", { version: conflict.theirs.version }) });
                }}
              >
                {t("keepMine", { version: conflict.theirs.version })}
              </button>
              <button
                type="button"
                className={buttonClass.secondary}
                onClick={() => {
                  setDraft(fromDocument(conflict.theirs.document));
                  setBaseVersion(conflict.theirs.version);
                  setSaved(JSON.stringify(toDocument(fromDocument(conflict.theirs.document))));
                  setGeneration((g) => g + 1);
                  setMessage({ tone: "ok", text: t("loadedMessage", { version: conflict.theirs.version }) });
                }}
              >
                {t("loadTheirs", { version: conflict.theirs.version })}
              </button>
            </div>
          </section>
        ) : null}

        <Section title={t("basics")}>
          {props.mode === "new" ? (
            <TextInput path="slug" label={t("slug")} value={draft.slug} onChange={(v) => update((d) => ({ ...d, slug: v.trim() }))} hint={t("slugHint")} />
          ) : (
            <p className="text-sm">
              {t.rich("slugShown", { slug: props.slug, code: (chunks) => <code>{chunks}</code> })}
            </p>
          )}
          <Bilingual path="title" koPath="ko.title" label={t("titleField")} en={draft.title} ko={draft.titleKo} onEn={(v) => update((d) => ({ ...d, title: v }))} onKo={(v) => update((d) => ({ ...d, titleKo: v }))} />
          <Bilingual path="summary" koPath="ko.summary" label={t("summary")} en={draft.summary} ko={draft.summaryKo} onEn={(v) => update((d) => ({ ...d, summary: v }))} onKo={(v) => update((d) => ({ ...d, summaryKo: v }))} multiline />
          <div className="grid gap-3 md:grid-cols-2">
            <div className="space-y-1">
              <label htmlFor={fieldId("difficulty")} className="block text-sm font-medium">
                {t("difficulty")}
              </label>
              <select id={fieldId("difficulty")} className={inputClass} value={draft.difficulty} onChange={(e) => update((d) => ({ ...d, difficulty: e.target.value as Draft["difficulty"] }))}>
                <option value="easy">{t("difficulties.easy")}</option>
                <option value="medium">{t("difficulties.medium")}</option>
                <option value="hard">{t("difficulties.hard")}</option>
              </select>
            </div>
            <ListInput path="topics" label={t("topics")} value={draft.topics} onChange={(topics) => update((d) => ({ ...d, topics }))} separator="comma" hint={t("topicsHint")} />
          </div>
        </Section>

        <Section title={t("statement")}>
          <div className="grid gap-4 md:grid-cols-2" key={generation}>
            <StatementEditor path="statement" label={t("statementEn")} markdown={draft.statement} onChange={(statement) => update((d) => ({ ...d, statement }))} />
            <StatementEditor path="ko.statement" label={t("statementKo")} markdown={draft.statementKo} onChange={(statementKo) => update((d) => ({ ...d, statementKo }))} />
          </div>
        </Section>

        <FactsSection facts={draft.facts} update={update} />
        <WhichFactBox
          facts={() => toDocument(draft).facts as unknown[]}
          about={() => ({ statement: draft.statement, summary: draft.summary })}
        />
        <ProbesSection probes={draft.probes} update={update} />
        <CurveballsSection curveballs={draft.curveballs} update={update} />
        <RubricAndPhasesSection rubric={draft.rubric} phases={draft.phases} update={update} />
        <ReferenceDesign board={board} onChange={onBoard} scoring={referenceForScoring(draft)} />

        {props.mode === "edit" ? <VersionHistory slug={props.slug} history={props.history} onPublish={(v) => void publish(v)} busy={busy} /> : null}
      </div>
    </ProblemsContext.Provider>
  );
}
