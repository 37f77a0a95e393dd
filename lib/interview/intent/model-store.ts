import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { endianness } from "node:os";
import path from "node:path";
import { z } from "zod";
import type { Example } from "./corpus.ts";
import { TRAINING, train, type Model, type TrainOptions } from "./classifier.ts";
import { rawFeatures } from "./features.ts";
import { buildSpeller } from "./spelling.ts";

// Training the interviewer's model on the whole corpus takes 15–20 s of CPU on these 2-core
// machines (about 22 000 questions, two models of 20 epochs each). Every server start, every
// test file that asks the interviewer and every run of the eval paid it again for the very same
// weights: training is deterministic, so the same questions, options and training code always
// give the same model. A trained model is therefore kept on disk under a key made of exactly
// those three things and read back (well under a second) instead of trained again.
//
// Rules:
// 1. The key hashes every example's text and labels, the training options, the Node.js version
//    and byte order, the source of the modules that decide what a model is (MODEL_CODE: the
//    features and the training), and what the code *running* does with them: the features of
//    every 20th example and the weights of a one-epoch model of a few hundred. The source alone
//    is not enough: a process that loaded the code before an edit (a long `vitest run`, a server
//    on an older build) would train with the old code and store it under the new source's key;
//    with the behaviour in the key it stores under a key the new code never asks for. Editing any
//    of it is a new key; nothing needs to be bumped by hand.
// 2. The weights are stored as the Float64 bytes they are, with a SHA-256 of them, so a model read
//    back scores every question exactly as the freshly trained one does (tested), and a file with
//    damaged weights is not read.
// 3. A file that is missing, unreadable, truncated, damaged or from another key is trained over;
//    the store never fails a caller. Where the source or the folder cannot be read or written (a
//    read-only deploy), the model is trained as before.
// 4. A file is written under a temporary name and renamed, so two processes training at once
//    (test workers) never read half a file; a temporary file left by a failed write is removed.
//    The store keeps the KEEP models used last (a read touches its file), about 30 MB each.
// 5. Small training sets (tests' own few questions) train faster than a file is worth: only
//    MIN_EXAMPLES and up are stored; cross-validation's fold models are not stored at all
//    (calibrate.ts passes `false`), as they would push out the models that are used.

// The paths are the checkout's own, read at run time: `turbopackIgnore` keeps Next's build from
// tracing the whole project into the server output for them.

/** The modules whose code decides the trained weights (imports of classifier.ts, transitively); a unit test keeps the list complete. */
export const MODEL_CODE = [
  "lib/interview/intent/classifier.ts",
  "lib/interview/intent/features.ts",
  "lib/interview/intent/thesaurus.ts",
  "lib/interview/intent/korean.ts",
  "lib/interview/intent/spelling.ts",
  "lib/interview/intent/families.ts",
  "lib/interview/text-normalize.ts",
] as const;

export const MIN_EXAMPLES = 1000;
export const KEEP = 6;
const STALE_PARTIAL_MS = 10 * 60_000;
const FORMAT = 1;

/** Where trained models are kept: beside other tools' caches, never committed (node_modules is ignored). */
export function defaultModelDir(root: string = process.cwd()): string {
  return path.join(root, "node_modules", ".cache", "designdrill", "interviewer");
}

/**
 * What the loaded code does, in a few hundredths of a second: the features of every 20th example
 * and the weights of a one-epoch model of the first 400 of those. A change to the features or the
 * training that these do not show would have to leave 1 100 questions' features and a small
 * model's every weight as they were.
 */
/** The bytes of a Float64Array as they lie in memory, without a copy. */
function bytesOf(array: Float64Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

function behaviourOf(examples: readonly Example[]): string {
  const hash = createHash("sha256");
  const sample = examples.filter((_, i) => i % 20 === 0);
  for (const e of sample) for (const [feature, tf] of rawFeatures(e.text)) hash.update(`${feature}=${tf};`);
  const small = train(sample.slice(0, 400), { ...TRAINING, epochs: 1, models: 1 });
  hash.update(bytesOf(small.weights));
  hash.update(bytesOf(small.bias));
  return hash.digest("hex");
}

/** The key of a model: its examples, its options, its training code and what that code does; null when the code cannot be read. */
export function modelKey(examples: readonly Example[], options: TrainOptions, root: string = process.cwd()): string | null {
  const hash = createHash("sha256");
  hash.update(`format ${FORMAT}\nnode ${process.versions.node} unicode ${process.versions.unicode ?? ""} ${endianness()}\n${JSON.stringify(options)}\n`);
  for (const file of MODEL_CODE) {
    let source: string;
    try {
      source = readFileSync(path.join(/* turbopackIgnore: true */ root, file), "utf8");
    } catch {
      return null;
    }
    hash.update(`${file}\n${source.length}\n${source}`);
  }
  for (const e of examples) hash.update(JSON.stringify([e.text, e.topic, e.also ?? []]) + "\n");
  hash.update(behaviourOf(examples));
  return hash.digest("hex");
}

const HeaderSchema = z.strictObject({
  format: z.literal(FORMAT),
  key: z.string(),
  labels: z.array(z.string()).min(1),
  unknownIdf: z.number(),
  features: z.array(z.string()),
  /** SHA-256 of the Float64 bytes after the header (idf, bias, weights). */
  digest: z.string(),
});
type Header = z.infer<typeof HeaderSchema>;

/** header length (4 bytes, little-endian) · header JSON, padded to 8 bytes · idf · bias · weights (Float64 in the machine's byte order, which is in the key). */
function encode(model: Model, key: string): Buffer {
  const features = [...model.featureIds.keys()];
  const idf = Float64Array.from(features, (f) => model.idf.get(f) ?? model.unknownIdf);
  const body = Buffer.concat([idf, model.bias, model.weights].map(bytesOf));
  const header: Header = { format: FORMAT, key, labels: model.labels, unknownIdf: model.unknownIdf, features, digest: createHash("sha256").update(body).digest("hex") };
  const json = Buffer.from(JSON.stringify(header), "utf8");
  const start = Math.ceil((4 + json.length) / 8) * 8;
  const out = Buffer.alloc(start + body.length);
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  body.copy(out, start);
  return out;
}

function float64s(bytes: Buffer, at: number, count: number): Float64Array {
  const out = new Float64Array(count);
  Buffer.from(out.buffer).set(bytes.subarray(at, at + 8 * count));
  return out;
}

function decode(bytes: Buffer, key: string, examples: readonly Example[]): Model | null {
  if (bytes.length < 4) return null;
  const length = bytes.readUInt32LE(0);
  if (4 + length > bytes.length) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.subarray(4, 4 + length).toString("utf8"));
  } catch {
    return null;
  }
  const header = HeaderSchema.safeParse(parsed);
  if (!header.success || header.data.key !== key) return null;
  const { labels, features, unknownIdf } = header.data;
  const start = Math.ceil((4 + length) / 8) * 8;
  if (bytes.length !== start + 8 * (features.length + labels.length + features.length * labels.length)) return null;
  if (createHash("sha256").update(bytes.subarray(start)).digest("hex") !== header.data.digest) return null;
  const idfValues = float64s(bytes, start, features.length);
  const bias = float64s(bytes, start + 8 * features.length, labels.length);
  const weights = float64s(bytes, start + 8 * (features.length + labels.length), features.length * labels.length);
  const idf = new Map<string, number>();
  const featureIds = new Map<string, number>();
  features.forEach((feature, i) => {
    idf.set(feature, idfValues[i]);
    featureIds.set(feature, i);
  });
  return { idf, featureIds, unknownIdf, labels, weights, bias, speller: buildSpeller(examples.map((e) => e.text)) };
}

/** Keeps the KEEP models used last, and removes temporary files a failed or killed write left behind. */
function prune(dir: string): void {
  const now = Date.now();
  const files = readdirSync(/* turbopackIgnore: true */ dir).flatMap((name) => {
    const file = path.join(dir, name);
    try {
      return [{ name, file, at: statSync(/* turbopackIgnore: true */ file).mtimeMs }];
    } catch {
      return []; // removed by another process meanwhile
    }
  });
  // Another process may be writing its temporary file right now: only an old one is abandoned.
  for (const { name, file, at } of files) if (name.endsWith(".partial") && now - at > STALE_PARTIAL_MS) rmSync(/* turbopackIgnore: true */ file, { force: true });
  const models = files.filter(({ name }) => name.endsWith(".model")).sort((a, b) => b.at - a.at);
  for (const { file } of models.slice(KEEP)) rmSync(/* turbopackIgnore: true */ file, { force: true });
}

export type StoreOptions = { dir?: string; root?: string };

/** The model these examples train to: read from the store when it holds it, else trained and stored. */
export function trainedModel(examples: readonly Example[], options: Partial<TrainOptions> = {}, store: StoreOptions = {}): Model {
  const settings: TrainOptions = { ...TRAINING, ...options };
  if (examples.length < MIN_EXAMPLES) return train(examples, settings);
  const root = store.root ?? process.cwd();
  const key = modelKey(examples, settings, root);
  if (key === null) return train(examples, settings);
  const dir = store.dir ?? defaultModelDir(root);
  const file = path.join(dir, `${key.slice(0, 32)}.model`);
  try {
    const stored = decode(readFileSync(/* turbopackIgnore: true */ file), key, examples);
    if (stored) {
      // Used now: pruning keeps the models used last, not the ones written last.
      try {
        const now = new Date();
        utimesSync(/* turbopackIgnore: true */ file, now, now);
      } catch {
        // A read-only folder: the model is read all the same.
      }
      return stored;
    }
  } catch {
    // Not stored yet (or unreadable): trained below.
  }
  const model = train(examples, settings);
  const partial = `${file}.${process.pid}.${Date.now()}.partial`;
  try {
    mkdirSync(/* turbopackIgnore: true */ dir, { recursive: true });
    writeFileSync(/* turbopackIgnore: true */ partial, encode(model, key));
    renameSync(/* turbopackIgnore: true */ partial, file);
    prune(dir);
  } catch {
    // A full or read-only folder: the model is still good, it is only trained again next time.
    try {
      rmSync(/* turbopackIgnore: true */ partial, { force: true });
    } catch {
      // Nothing was written.
    }
  }
  return model;
}
