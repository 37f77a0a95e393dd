import { AppError, sayIn, STATUS, type AppErrorCode, type FieldProblem } from "@/lib/errors";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { logger } from "@/lib/observability/logger";
import { formatText, messageSource, text, type Text } from "@/lib/simulator/text";

/**
 * RFC 9457 problem details: the one error shape every route handler answers with. `title`,
 * `detail` and each problem's `message` are said in the request's language (English by
 * default, which is what API consumers read); `text` beside them is the same words as a
 * language-neutral message key with parameters (`problems.*` in content/messages), so a client
 * can tell problems apart without parsing sentences.
 */
export type ProblemBody = {
  type: string;
  title: string;
  status: number;
  detail: string;
  text?: Text;
  problems?: FieldProblem[];
};

export type ProblemOptions = {
  problems?: FieldProblem[];
  headers?: HeadersInit;
  /** Extra members (RFC 9457 extensions), e.g. a conflict's two versions. */
  extensions?: Record<string, unknown>;
  /** The reader's language (lib/i18n/request-locale.ts); English when absent. */
  locale?: Locale;
};

const CODE_OF_STATUS = new Map(Object.entries(STATUS).map(([code, status]) => [status, code as AppErrorCode]));

function titleText(status: number): Text {
  return text(messageSource(`problems.title.${status}`, "en") === undefined ? "problems.title.other" : `problems.title.${status}`);
}

/** A field problem in a language: its text when it has one, else its English words. */
function sayProblem(problem: FieldProblem, locale: Locale): FieldProblem {
  if (locale === defaultLocale || !problem.text) return problem;
  return { ...problem, message: formatText(problem.text, locale) };
}

export function problemResponse(status: number, said: string | Text, options: ProblemOptions = {}): Response {
  const locale = options.locale ?? defaultLocale;
  const body: ProblemBody = {
    ...options.extensions,
    type: "about:blank",
    title: formatText(titleText(status), locale),
    status,
    detail: sayIn(said, CODE_OF_STATUS.get(status), locale),
  };
  if (typeof said !== "string") body.text = said;
  if (options.problems && options.problems.length > 0) body.problems = options.problems.map((p) => sayProblem(p, locale));
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/problem+json", "content-language": locale, ...Object.fromEntries(new Headers(options.headers).entries()) },
  });
}

/** Maps any thrown value to a response in the reader's language; unknown errors are logged and answered generically. */
export function errorResponse(error: unknown, locale: Locale = defaultLocale): Response {
  if (error instanceof AppError) {
    const headers: Record<string, string> = {};
    if (error.options.retryAfterSeconds) headers["retry-after"] = String(error.options.retryAfterSeconds);
    return problemResponse(error.status, error.text ?? error.userMessage, { problems: error.problems, headers, locale });
  }
  logger().error({ err: error }, "unhandled error in route handler");
  return problemResponse(500, text("problems.detail.internal"), { locale });
}
