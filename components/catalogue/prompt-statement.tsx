import { Markdown } from "@/components/content/markdown";

/** The prompt's statement, as the candidate reads it first; its headings sit under the page's h2. */
export function PromptStatement({ source }: { source: string }) {
  return <Markdown source={source} headingOffset={2} className="space-y-3 text-slate-800 dark:text-slate-200" />;
}
