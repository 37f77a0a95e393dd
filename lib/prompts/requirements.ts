import { REQUIREMENT_DEFAULTS } from "@/lib/simulator/requirements";
import type { Requirements } from "@/lib/simulator/schema";
import type { PromptDocument } from "./schema.ts";

type PromptFacts = Pick<PromptDocument, "facts">;

/**
 * Everything the interviewer knows: `defaults` (the simulator's, unless given) overlaid by every fact's `sets`, revealed or not.
 * The report scores the design against this too, beside the clarified requirements, to show the
 * cost of not asking.
 */
export function fullRequirements(prompt: PromptFacts, defaults: Requirements = REQUIREMENT_DEFAULTS): Requirements {
  return overlay(defaults, prompt.facts.map((fact) => fact.sets ?? {}));
}

/**
 * What the candidate established: the sets of the facts they were told, then their own stated
 * assumptions on top (a candidate who states a different number after hearing a fact is
 * choosing to design for it). No defaults are added, so the simulator can report which fields
 * the candidate left to its defaults.
 */
export function clarifiedRequirements(
  prompt: PromptFacts,
  revealedFactIds: Iterable<string>,
  assumptions: Requirements = {},
): Requirements {
  const revealed = new Set(revealedFactIds);
  const fromFacts = prompt.facts.filter((fact) => revealed.has(fact.id)).map((fact) => fact.sets ?? {});
  return overlay({}, [...fromFacts, assumptions]);
}

/** Fields a prompt's facts fix, with the id of the fact that fixes each. */
export function requirementSources(prompt: PromptFacts): Map<keyof Requirements, string> {
  const sources = new Map<keyof Requirements, string>();
  for (const fact of prompt.facts) {
    for (const field of Object.keys(fact.sets ?? {}) as (keyof Requirements)[]) sources.set(field, fact.id);
  }
  return sources;
}

function overlay(base: Requirements, patches: Requirements[]): Requirements {
  const out: Record<string, unknown> = { ...base };
  for (const patch of patches) {
    for (const [field, value] of Object.entries(patch)) {
      // An explicit undefined in a patch means "not set", not "erase the default".
      if (value === undefined) continue;
      out[field] = Array.isArray(value) ? [...value] : value;
    }
  }
  return out as Requirements;
}
