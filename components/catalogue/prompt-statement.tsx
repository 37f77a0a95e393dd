/** The prompt's statement, as the candidate reads it first. */
export function PromptStatement({ source }: { source: string }) {
  return <div className="whitespace-pre-wrap text-slate-800 dark:text-slate-200">{source}</div>;
}
