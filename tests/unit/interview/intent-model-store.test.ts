import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { score, train, TRAINING } from "@/lib/interview/intent/classifier";
import { readCorpus, type Example } from "@/lib/interview/intent/corpus";
import { KEEP, MIN_EXAMPLES, MODEL_CODE, modelKey, trainedModel } from "@/lib/interview/intent/model-store";

// The store keeps trained models on disk under a key of their examples, options and training
// code (model-store.ts). What matters: a stored model scores exactly as a trained one, a model is
// really read back rather than trained again, any change of what decides the weights misses, and
// a damaged file is trained over instead of failing.

const root = path.resolve(import.meta.dirname, "../../..");
let examples: Example[];
let work: string;

beforeAll(() => {
  // Every 15th question of the corpus: over MIN_EXAMPLES, every topic and both languages, about a second to train.
  examples = readCorpus(path.join(root, "content/interviewer")).examples.filter((_, i) => i % 15 === 0);
  work = mkdtempSync(path.join(tmpdir(), "designdrill-model-store-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Byte for byte (a deep equality over half a million numbers takes seconds).
const bytesOf = (a: Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("base64");
const modelFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith(".model"));
// Two epochs of one model: the store treats any options alike, and the tests train a dozen times.
const FAST = { epochs: 2, models: 1 };
const QUESTIONS = ["How many daily active users?", "피크 트래픽은 평소의 몇 배인가요?", "what's the weather like", "How long do we keep the logs?"];

describe("the trained-model store", () => {
  it("reads back a model that scores every question exactly as the trained one", () => {
    expect(examples.length).toBeGreaterThanOrEqual(MIN_EXAMPLES);
    const dir = path.join(work, "round-trip");
    const trained = trainedModel(examples, FAST, { dir, root });
    expect(modelFiles(dir)).toHaveLength(1);
    const stored = trainedModel(examples, FAST, { dir, root });
    expect(stored).not.toBe(trained);
    expect(stored.labels).toEqual(trained.labels);
    expect(bytesOf(stored.weights)).toBe(bytesOf(trained.weights));
    expect(bytesOf(stored.bias)).toBe(bytesOf(trained.bias));
    expect(JSON.stringify([...stored.idf])).toBe(JSON.stringify([...trained.idf]));
    expect(JSON.stringify([...stored.featureIds])).toBe(JSON.stringify([...trained.featureIds]));
    for (const q of QUESTIONS) expect(score(stored, q)).toEqual(score(trained, q));
  });

  it("reads the file rather than training again", () => {
    const dir = path.join(work, "read");
    const trained = trainedModel(examples, FAST, { dir, root });
    const [name] = modelFiles(dir);
    const file = path.join(dir, name);
    // Change the last weight on disk: a model read from the file carries it, a retrained one would not.
    const bytes = readFileSync(file);
    bytes.writeDoubleLE(1234.5, bytes.length - 8);
    writeFileSync(file, bytes);
    const read = trainedModel(examples, FAST, { dir, root });
    expect(read.weights[read.weights.length - 1]).toBe(1234.5);
    expect(trained.weights[trained.weights.length - 1]).not.toBe(1234.5);
  });

  it("keys a model by its examples, its options and its training code", () => {
    const key = modelKey(examples, TRAINING, root);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(modelKey(examples, TRAINING, root)).toBe(key);
    const relabelled = examples.map((e, i) => (i === 3 ? { ...e, topic: e.topic === "users" ? "peak" : "users" } : e));
    expect(modelKey(relabelled, TRAINING, root)).not.toBe(key);
    expect(modelKey([...examples, { text: "one more question?", topic: "users", language: "en" }], TRAINING, root)).not.toBe(key);
    expect(modelKey(examples, { ...TRAINING, epochs: TRAINING.epochs + 1 }, root)).not.toBe(key);
    // A copy of the training code with one line added is another key; without the code there is none.
    const copy = path.join(work, "code");
    for (const file of MODEL_CODE) {
      mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
      cpSync(path.join(root, file), path.join(copy, file));
    }
    expect(modelKey(examples, TRAINING, copy)).toBe(key);
    writeFileSync(path.join(copy, MODEL_CODE[1]), readFileSync(path.join(root, MODEL_CODE[1]), "utf8") + "\n// edited\n");
    expect(modelKey(examples, TRAINING, copy)).not.toBe(key);
    expect(modelKey(examples, TRAINING, path.join(work, "nowhere"))).toBeNull();
  });

  it("trains over a truncated or foreign file instead of failing, and rewrites it", () => {
    const dir = path.join(work, "damaged");
    const trained = trainedModel(examples, FAST, { dir, root });
    const file = path.join(dir, modelFiles(dir)[0]);
    const whole = readFileSync(file);
    for (const damaged of [whole.subarray(0, whole.length - 8), Buffer.from("not a model")]) {
      writeFileSync(file, damaged);
      const model = trainedModel(examples, FAST, { dir, root });
      expect(bytesOf(model.weights)).toBe(bytesOf(trained.weights));
      expect(statSync(file).size).toBe(whole.length);
    }
  });

  it("trains without storing where the training code cannot be read, and stores no small model", () => {
    const dir = path.join(work, "unstored");
    const model = trainedModel(examples, FAST, { dir, root: path.join(work, "nowhere") });
    expect(bytesOf(model.weights)).toBe(bytesOf(train(examples, FAST).weights));
    trainedModel(examples.slice(0, 50), FAST, { dir, root });
    expect(() => readdirSync(dir)).toThrow();
  });

  it("keeps only the newest models", () => {
    const dir = path.join(work, "pruned");
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < KEEP + 3; i++) writeFileSync(path.join(dir, `old-${i}.model`), "x");
    trainedModel(examples, FAST, { dir, root });
    const left = modelFiles(dir);
    expect(left).toHaveLength(KEEP);
    expect(left.some((name) => !name.startsWith("old-"))).toBe(true);
  });

  it("lists every module the training code imports, so editing any of them is a new key", () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(path.join(root, file), "utf8");
      // Value imports only: a type-only import changes no weight.
      for (const [, from] of source.matchAll(/^import (?!type )[^;]*? from "(\.{1,2}\/[^"]+)";/gm)) {
        visit(path.relative(root, path.resolve(path.dirname(path.join(root, file)), from)));
      }
    };
    visit("lib/interview/intent/classifier.ts");
    expect(seen.size).toBeGreaterThan(3);
    for (const file of seen) expect(MODEL_CODE).toContain(file);
  });
});
