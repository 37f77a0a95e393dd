// The shape of language-neutral text and the walk that renders it, with no catalogue: the
// browser (the interview's clock and checklist, the report at the edge) renders texts through
// next-intl's messages and must not carry both message files in its JavaScript. ./text.ts adds
// the catalogue-bound formatter the simulator, the CLI and the server use.

/**
 * Language-neutral text: a message key of content/messages/*.json and its parameters. The
 * simulator says what it found in ids and numbers; the words are chosen where a report is read
 * (the reader's language). A parameter may itself be a text (a clause chosen by the simulator)
 * or a list of them, so a sentence is built from keys all the way down.
 *
 * The English fields of a report (`message`, `summary`, `label`, `evidence`) are this same text
 * rendered with the English catalogue, so English and Korean come from one source of words.
 */
export type Text = { key: string; params?: Record<string, TextParam> };
export type TextList = { list: TextParam[]; join: "comma" | "semicolon" | "and" | "or" };
export type TextParam = string | number | Text | TextList;

/** A text with its parameters (undefined ones left out, so callers can pass optional clauses). */
export function text(key: string, params?: Record<string, TextParam | undefined>): Text {
  if (!params) return { key };
  const kept = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)) as Record<string, TextParam>;
  return { key, params: kept };
}

export function list(items: TextParam[], join: TextList["join"] = "comma"): TextList {
  return { list: items, join };
}

export function isText(x: unknown): x is Text {
  return typeof x === "object" && x !== null && typeof (x as Text).key === "string";
}

function isList(x: unknown): x is TextList {
  return typeof x === "object" && x !== null && Array.isArray((x as TextList).list);
}

const JOINS = { comma: ", ", semicolon: "; " } as const;

const listFormats = new Map<string, Intl.ListFormat>();
function listFormat(locale: string, join: "and" | "or"): Intl.ListFormat {
  const id = `${locale}\u0000${join}`;
  let f = listFormats.get(id);
  if (!f) {
    f = new Intl.ListFormat(locale, { type: join === "and" ? "conjunction" : "disjunction" });
    listFormats.set(id, f);
  }
  return f;
}

/**
 * Renders parameters bottom-up: nested texts and lists become strings, numbers stay numbers for
 * the message's own ICU number format. `render` formats one key with flat parameters, so the
 * same walk serves this module's formatter and next-intl's `t` at the edge.
 */
export function renderWith(t: Text, locale: string, render: (key: string, params: Record<string, string | number>) => string): string {
  const param = (p: TextParam): string | number => {
    if (typeof p === "string" || typeof p === "number") return p;
    if (isList(p)) {
      const items = p.list.map((x) => String(param(x)));
      if (p.join === "and" || p.join === "or") return listFormat(locale, p.join).format(items);
      return items.join(JOINS[p.join]);
    }
    return renderWith(p, locale, render);
  };
  const flat: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(t.params ?? {})) flat[k] = param(v);
  return render(t.key, flat);
}

/** Every key a text uses, itself and its nested parameters (for tests of catalogue coverage). */
export function textKeys(t: Text): string[] {
  const out = [t.key];
  const walk = (p: TextParam) => {
    if (isText(p)) out.push(...textKeys(p));
    else if (isList(p)) p.list.forEach(walk);
  };
  Object.values(t.params ?? {}).forEach(walk);
  return out;
}

/**
 * A number rounded the way toFixed rounds, for a message that shows it with that many digits.
 * Intl rounds the shortest decimal form (0.95 → "1.0") where toFixed rounds the binary value
 * (0.95 → "0.9"); rounding first makes both print the same digits, so the English stays as it was.
 */
export const fixed = (x: number, digits: number): number => (Number.isFinite(x) ? Number(x.toFixed(digits)) : x);
