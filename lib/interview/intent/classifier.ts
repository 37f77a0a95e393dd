import type { Example } from "./corpus.ts";
import { rawFeatures, type Features } from "./features.ts";
import { buildSpeller, correctText, type Speller } from "./spelling.ts";
import { familyScore, rivalScore, type Families } from "./families.ts";

// Which intent topic is a question about? A multinomial logistic regression over the TF-IDF
// vectors of the corpus (features.ts), trained when the corpus loads (about a second;
// deterministic: the shuffle comes from a seeded PRNG and each feature's dropout from a hash
// of the feature, the example and the epoch; the number of epochs is fixed), so no model file
// is shipped and the corpus stays the single source of truth.
//
// Rules:
// 1. Unrelated questions are a class of their own ("none"), trained like a topic from the
//    corpus's `unrelated` list: a question closer to small talk or to design questions than
//    to any topic reveals nothing.
// 2. A question is a vector of TF-IDF weights, L2-normalised. Words the corpus never saw count
//    in the norm, so a question that is mostly about something else gets a short vector and a
//    low probability for every topic.
// 3. The best topic is accepted when its probability reaches the caller's threshold
//    (understand.ts); otherwise the question is unrelated.

export const NONE = "none";

const EPOCHS = 20;
const LEARNING_RATE = 2;
const L2 = 1e-5;
// Each training step sees the example with a fifth of its features dropped at random (the rest
// scaled up to match), so the model learns every cue of a topic rather than leaning on one word
// ("visit" is not always about reads). Chosen by cross-validation on the training split
// (calibrate.ts): right − 2 × wrong rose from 1485 to 1539 of 2257 topic questions.
const DROPOUT = 0.2;

type Vector = { ids: number[]; values: number[] };

export type Model = {
  idf: Map<string, number>;
  featureIds: Map<string, number>;
  unknownIdf: number;
  labels: string[];
  weights: Float64Array[];
  bias: Float64Array;
  /** The corpus's vocabulary, to read a misspelt question word as the word it means (spelling.ts). */
  speller: Speller;
};

export type Scores = {
  best: string | null;
  bestScore: number;
  noneScore: number;
  /** Probabilities by label. */
  scores: Record<string, number>;
  /** How far each label's logit is below the best one (0 for the best). */
  gaps: Record<string, number>;
};

function vectorize(features: Features, model: Pick<Model, "idf" | "unknownIdf" | "featureIds">): Vector {
  const ids: number[] = [];
  const values: number[] = [];
  let norm = 0;
  for (const [key, tf] of features) {
    const v = tf * (model.idf.get(key) ?? model.unknownIdf);
    norm += v * v;
    const id = model.featureIds.get(key);
    if (id === undefined) continue;
    ids.push(id);
    values.push(v);
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < values.length; i++) values[i] /= norm;
  return { ids, values };
}

/** A small deterministic PRNG (mulberry32) for the training shuffle. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over a string's UTF-16 code units. */
function hashString(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A well-mixed number in [0, 1) from 32 bits (murmur3's finaliser). */
function unitHash(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

function softmax(logits: Float64Array): Float64Array {
  let max = -Infinity;
  for (const z of logits) if (z > max) max = z;
  let sum = 0;
  const out = new Float64Array(logits.length);
  for (let i = 0; i < logits.length; i++) sum += out[i] = Math.exp(logits[i] - max);
  for (let i = 0; i < out.length; i++) out[i] /= sum;
  return out;
}

function logits(model: Pick<Model, "weights" | "bias">, vec: Vector): Float64Array {
  const out = new Float64Array(model.bias);
  for (let c = 0; c < out.length; c++) {
    const w = model.weights[c];
    let z = out[c];
    for (let i = 0; i < vec.ids.length; i++) z += w[vec.ids[i]] * vec.values[i];
    out[c] = z;
  }
  return out;
}

export function train(examples: readonly Example[]): Model {
  const featureLists = examples.map((e) => rawFeatures(e.text));
  const df = new Map<string, number>();
  for (const f of featureLists) for (const key of f.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const n = examples.length;
  const idf = new Map<string, number>();
  const featureIds = new Map<string, number>();
  for (const [key, count] of df) {
    idf.set(key, Math.log((n + 1) / (count + 0.5)));
    featureIds.set(key, featureIds.size);
  }
  const unknownIdf = Math.log((n + 1) / 0.5);
  const labels = [NONE, ...[...new Set(examples.flatMap((e) => (e.topic ? [e.topic, ...(e.also ?? [])] : [])))].sort()];
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const model: Model = {
    idf,
    featureIds,
    unknownIdf,
    labels,
    weights: labels.map(() => new Float64Array(featureIds.size)),
    bias: new Float64Array(labels.length),
    speller: buildSpeller(examples.map((e) => e.text)),
  };
  // A question about several topics ("requests per second at peak") teaches each of them an
  // equal share, so such a question scores high on both instead of forcing one.
  const data = featureLists.map((features, i) => {
    const own = [examples[i].topic ?? NONE, ...(examples[i].also ?? [])];
    const target = new Float64Array(labels.length);
    for (const label of own) target[labelIndex.get(label) ?? 0] += 1 / own.length;
    const vec = vectorize(features, model);
    // Whether a feature is dropped depends on that feature and that example only, so adding or
    // removing one feature leaves every other draw as it was and two rounds of feature work
    // compare like with like (one shared stream reshuffled all draws at every change).
    const keys = [...features.keys()].filter((key) => model.featureIds.has(key));
    return { vec, target, salts: Uint32Array.from(keys, (key) => hashString(key) ^ Math.imul(i + 1, 0x9e3779b1)) };
  });
  const random = prng(7);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const rate = LEARNING_RATE / (1 + epoch * 0.1);
    const epochSalt = Math.imul(epoch + 1, 0x85ebca6b);
    for (const index of order) {
      const { vec: full, target, salts } = data[index];
      const vec: Vector = { ids: [], values: [] };
      for (let k = 0; k < full.ids.length; k++) {
        if (unitHash(salts[k] ^ epochSalt) < DROPOUT) continue;
        vec.ids.push(full.ids[k]);
        vec.values.push(full.values[k] / (1 - DROPOUT));
      }
      const p = softmax(logits(model, vec));
      for (let c = 0; c < labels.length; c++) {
        const g = p[c] - target[c];
        // Classes the example already rules out change nothing worth the time.
        if (Math.abs(g) < 1e-3) continue;
        const w = model.weights[c];
        for (let k = 0; k < vec.ids.length; k++) {
          const id = vec.ids[k];
          w[id] -= rate * (g * vec.values[k] + L2 * w[id]);
        }
        model.bias[c] -= rate * g * 0.1;
      }
    }
  }
  return model;
}

export function score(model: Model, text: string): Scores {
  const z = logits(model, vectorize(rawFeatures(correctText(model.speller, text)), model));
  const p = softmax(z);
  const top = Math.max(...z);
  const scores: Record<string, number> = {};
  const gaps: Record<string, number> = {};
  let best: string | null = null;
  let bestScore = 0;
  model.labels.forEach((label, i) => {
    scores[label] = p[i];
    gaps[label] = top - z[i];
    if (label !== NONE && p[i] > bestScore) {
      best = label;
      bestScore = p[i];
    }
  });
  return { best, bestScore, noneScore: scores[NONE] ?? 0, scores, gaps };
}

export type Thresholds = { accept: number; margin: number };

/**
 * The topic of one question (or clause), or null when it is unrelated. The bar is on the best
 * topic's family mass (its probability plus its family's, families.ts), and the margin is that
 * mass over the best rival: another topic or "none", but not a topic of the best one's family,
 * which is another reading of the same question rather than a different question.
 */
export function classify(model: Model, text: string, thresholds: Thresholds, families?: Families): { topic: string | null; scores: Scores } {
  const scores = score(model, text);
  const runnerUp = scores.best === null ? 0 : rivalScore(scores.scores, scores.best, families);
  const mass = scores.best === null ? 0 : familyScore(scores.scores, scores.best, families);
  const accepted = scores.best !== null && mass >= thresholds.accept && mass >= runnerUp + thresholds.margin;
  return { topic: accepted ? scores.best : null, scores };
}
