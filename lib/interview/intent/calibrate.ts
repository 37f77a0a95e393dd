import { NONE, score, train, TRAINING, type TrainOptions } from "./classifier.ts";
import { exampleTopics, type Corpus, type Example } from "./corpus.ts";
import { buildInterviewer, understand } from "./understand.ts";
import { familyScore, rivalScore, type Families } from "./families.ts";

// When may the interviewer answer? The whole-question thresholds of thresholds.ts (WHOLE) are
// chosen here, by K-fold cross-validation on the training corpus only (never on the held-out
// split or the independent file): each fold is classified by a model trained on the other
// folds, and every (accept, margin) pair on a grid is scored as
//   answered right − WRONG_COST × answered wrong
// where "wrong" is a topic for an unrelated question or another topic's facts. A wrong fact
// misleads the candidate; "I don't have a number, assume one" only costs a rephrase, so a wrong
// answer weighs WRONG_COST missed ones, and near-ties go to the pair with fewer wrong answers. `npm run eval:interviewer -- --calibrate` prints the
// grid's best pair per language; thresholds.ts holds the result.

export const FOLDS = 5;
export const WRONG_COST = 2;

/** `also`: the other topics a question about several asks; naming any of its topics is right. */
export type Prediction = { truth: string; also?: readonly string[]; best: string; p1: number; p2: number };

/** The i-th of k stratified folds: every k-th example of each topic and language. */
export function folds<T extends Pick<Example, "language" | "topic" | "several">>(examples: readonly T[], k: number): T[][] {
  const out: T[][] = Array.from({ length: k }, () => []);
  const seen = new Map<string, number>();
  for (const e of examples) {
    const key = `${e.language}:${e.several ? "(several)" : (e.topic ?? "")}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    out[n % k].push(e);
  }
  return out;
}

/**
 * Out-of-fold predictions, in the order of folds(examples, k).flat(): the top label, its
 * family's probability mass and its best rival's (classifier.ts's rule: a topic of its family is no rival).
 */
export function crossValidate(examples: readonly Example[], k: number = FOLDS, families?: Families, training: Partial<TrainOptions> = {}): Prediction[] {
  const parts = folds(examples, k);
  const out: Prediction[] = [];
  parts.forEach((test, i) => {
    const model = train(parts.flatMap((p, j) => (j === i ? [] : p)), training);
    for (const e of test) {
      const scores = score(model, e.text).scores;
      const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1]);
      const best = ranked[0][0];
      out.push({ truth: e.topic ?? NONE, also: e.also, best, p1: best === NONE ? ranked[0][1] : familyScore(scores, best, families), p2: rivalScore(scores, best, families) });
    }
  });
  return out;
}

export type Calibration = { accept: number; margin: number; right: number; wrong: number; topicQuestions: number };

/**
 * The (accept, margin) pair to use. The objective is flat near its best (pairs a few answers
 * apart trade right for wrong almost one for two), so the best value alone would move with any
 * corpus edit: among the pairs within TIE of the best value (a share of the topic questions),
 * the one with the fewest wrong answers wins, since a wrong fact is the worse outcome.
 */
export const TIE = 0.01;

/** How many topic answers a pair of thresholds gives right and wrong. */
export function answeredOf(predictions: readonly Prediction[], thresholds: { accept: number; margin: number }): { right: number; wrong: number } {
  let right = 0;
  let wrong = 0;
  for (const p of predictions) {
    const answered = p.best !== NONE && p.p1 >= thresholds.accept && p.p1 - p.p2 >= thresholds.margin;
    if (!answered) continue;
    if (p.best === p.truth || p.also?.includes(p.best)) right++;
    else wrong++;
  }
  return { right, wrong };
}

export function chooseThresholds(predictions: readonly Prediction[], wrongCost: number = WRONG_COST, tie: number = TIE): Calibration {
  const topicQuestions = predictions.filter((p) => p.truth !== NONE).length;
  const grid: (Calibration & { value: number })[] = [];
  for (let a = 4; a <= 16; a++) {
    for (let m = 0; m <= 12; m++) {
      const accept = a / 20;
      const margin = m / 20;
      const { right, wrong } = answeredOf(predictions, { accept, margin });
      grid.push({ accept, margin, right, wrong, topicQuestions, value: right - wrongCost * wrong });
    }
  }
  const bestValue = Math.max(...grid.map((g) => g.value));
  const near = grid.filter((g) => g.value >= bestValue - tie * topicQuestions);
  near.sort((x, y) => x.wrong - y.wrong || y.right - x.right || x.accept - y.accept || x.margin - y.margin);
  const { value: _value, ...calibration } = near[0];
  return calibration;
}

export type PairCalibration = { second: number; clauseAccept: number; found: number; severalQuestions: number; added: number };
/** Candidates for thresholds.ts PAIR.second; 0.55 turns the rule off (a runner-up never holds more than half). */
export const PAIR_CANDIDATES = [0.1, 0.2, 0.3, 0.4, 0.55];
/** Candidates for thresholds.ts CLAUSE.accept, the bar a clause's own topic must reach. */
export const CLAUSE_CANDIDATES = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/**
 * The bars for a question about several topics (thresholds.ts PAIR.second and CLAUSE.accept),
 * by the same K folds over the training split: a question labelled with several topics counts
 * as found when it gets all of them; every topic given beyond a question's labels counts
 * WRONG_COST against. Returns every pair's count, and the choice: the best value; among exact
 * ties the lowest bars, which cost nothing on the folds and answer more of the questions about
 * two topics the folds do not contain.
 */
export function calibratePair(
  corpus: Pick<Corpus, "topics">,
  examples: readonly Example[],
  k: number = FOLDS,
  seeds: readonly number[] = [TRAINING.seed],
): { choice: PairCalibration; all: PairCalibration[] } {
  const all = CLAUSE_CANDIDATES.flatMap((clauseAccept) => PAIR_CANDIDATES.map((second) => ({ second, clauseAccept, found: 0, severalQuestions: 0, added: 0 })));
  const parts = folds(examples, k);
  // With several seeds the counts are summed over one model per seed and fold, so the choice
  // does not ride on one seed's luck (a few answers decide between neighbouring bars).
  const runs = seeds.flatMap((seed) => parts.map((test, i) => ({ seed, test, i })));
  runs.forEach(({ seed, test, i }) => {
    // A fold's model is used once: not kept in the store of trained models (model-store.ts).
    const interviewer = buildInterviewer(corpus, parts.flatMap((p, j) => (j === i ? [] : p)), { seed }, false);
    for (const e of test) {
      const labels = exampleTopics(e);
      for (const r of all) {
        const got = understand(interviewer, e.text, { second: r.second, clauseAccept: r.clauseAccept }).topics;
        if (labels.length > 1) {
          r.severalQuestions += 1;
          if (labels.every((t) => got.includes(t))) r.found += 1;
        }
        r.added += got.filter((t) => !labels.includes(t)).length;
      }
    }
  });
  const value = (r: PairCalibration) => r.found - WRONG_COST * r.added;
  const best = Math.max(...all.map(value));
  const choice = all.filter((r) => value(r) === best).sort((a, b) => a.clauseAccept - b.clauseAccept || a.second - b.second)[0];
  return { choice, all };
}
