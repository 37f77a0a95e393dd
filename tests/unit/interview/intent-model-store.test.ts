import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
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
/** The stored file with its header changed by `change` and the weights as they were. */
function withHeader(bytes: Buffer, change: (header: Record<string, unknown>) => Record<string, unknown>): Buffer {
  const length = bytes.readUInt32LE(0);
  const body = bytes.subarray(Math.ceil((4 + length) / 8) * 8);
  const json = Buffer.from(JSON.stringify(change(JSON.parse(bytes.subarray(4, 4 + length).toString("utf8")))), "utf8");
  const out = Buffer.alloc(Math.ceil((4 + json.length) / 8) * 8 + body.length);
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  body.copy(out, out.length - body.length);
  return out;
}
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
    const file = path.join(dir, modelFiles(dir)[0]);
    // Change a number in the header (the digest covers the weights only): a model read from the
    // file carries it, a retrained one would not.
    writeFileSync(file, withHeader(readFileSync(file), (header) => ({ ...header, unknownIdf: 1234.5 })));
    expect(trainedModel(examples, FAST, { dir, root }).unknownIdf).toBe(1234.5);
    expect(trained.unknownIdf).not.toBe(1234.5);
  });

  it("does not read weights damaged on disk: their digest no longer matches", () => {
    const dir = path.join(work, "digest");
    const trained = trainedModel(examples, FAST, { dir, root });
    const file = path.join(dir, modelFiles(dir)[0]);
    const bytes = readFileSync(file);
    bytes.writeDoubleLE(1234.5, bytes.length - 8);
    writeFileSync(file, bytes);
    const model = trainedModel(examples, FAST, { dir, root });
    expect(model.weights[model.weights.length - 1]).toBe(trained.weights[trained.weights.length - 1]);
    expect(readFileSync(file).readDoubleLE(bytes.length - 8)).not.toBe(1234.5);
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

  it("keys a model by what the loaded code does too, so code loaded before an edit never stores under the edited source's key", async () => {
    const key = modelKey(examples, TRAINING, root);
    // Same source on disk, other features computed by the code in memory (as in a process that
    // loaded features.ts before it was edited).
    vi.resetModules();
    vi.doMock("@/lib/interview/intent/features", async (original) => {
      const actual = await original<typeof import("@/lib/interview/intent/features")>();
      return { ...actual, rawFeatures: (text: string) => new Map([...actual.rawFeatures(text), ["w:edited", 1]]) };
    });
    try {
      const edited = await import("@/lib/interview/intent/model-store");
      expect(edited.modelKey(examples, TRAINING, root)).not.toBe(key);
    } finally {
      vi.doUnmock("@/lib/interview/intent/features");
      vi.resetModules();
    }
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

  it("trains without storing where the training code cannot be read or the folder written, and stores no small model", () => {
    const dir = path.join(work, "unstored");
    const model = trainedModel(examples, FAST, { dir, root: path.join(work, "nowhere") });
    expect(bytesOf(model.weights)).toBe(bytesOf(train(examples, FAST).weights));
    trainedModel(examples.slice(0, 50), FAST, { dir, root });
    expect(() => readdirSync(dir)).toThrow();
    // A file where the folder should be: nothing can be written under it.
    const blocked = path.join(work, "blocked");
    writeFileSync(blocked, "not a folder");
    expect(bytesOf(trainedModel(examples, FAST, { dir: blocked, root }).weights)).toBe(bytesOf(model.weights));
    // A folder where the model's file should be: the temporary file is written, cannot be renamed, and is removed.
    const taken = path.join(work, "taken");
    mkdirSync(path.join(taken, `${modelKey(examples, { ...TRAINING, ...FAST }, root)!.slice(0, 32)}.model`, "inside"), { recursive: true });
    expect(bytesOf(trainedModel(examples, FAST, { dir: taken, root }).weights)).toBe(bytesOf(model.weights));
    expect(readdirSync(taken).filter((name) => name.endsWith(".partial"))).toEqual([]);
  });

  it("keeps the models used last, and removes temporary files a failed write left", () => {
    const dir = path.join(work, "pruned");
    mkdirSync(dir, { recursive: true });
    const hourAgo = new Date(Date.now() - 3_600_000);
    const used = trainedModel(examples, { ...FAST, seed: 11 }, { dir, root });
    const usedFile = modelFiles(dir)[0];
    for (let i = 0; i < KEEP + 3; i++) {
      writeFileSync(path.join(dir, `old-${i}.model`), "x");
      utimesSync(path.join(dir, `old-${i}.model`), hourAgo, hourAgo);
    }
    writeFileSync(path.join(dir, "left.model.1.2.partial"), "x");
    utimesSync(path.join(dir, "left.model.1.2.partial"), hourAgo, hourAgo);
    writeFileSync(path.join(dir, "busy.model.3.4.partial"), "x");
    // Written before all the others: only its use since can keep it.
    const twoHoursAgo = new Date(Date.now() - 7_200_000);
    utimesSync(path.join(dir, usedFile), twoHoursAgo, twoHoursAgo);
    // Reading the first model marks it used; training a second prunes.
    expect(bytesOf(trainedModel(examples, { ...FAST, seed: 11 }, { dir, root }).weights)).toBe(bytesOf(used.weights));
    trainedModel(examples, FAST, { dir, root });
    const left = readdirSync(dir);
    expect(left.filter((name) => name.endsWith(".model"))).toHaveLength(KEEP);
    expect(left).toContain(usedFile);
    expect(left.filter((name) => !name.startsWith("old-") && name.endsWith(".model"))).toHaveLength(2);
    expect(left).not.toContain("left.model.1.2.partial");
    expect(left).toContain("busy.model.3.4.partial");
  });

  it("lists every module the training code imports, so editing any of them is a new key", () => {
    const seen = new Set<string>();
    const resolve = (from: string, spec: string) => {
      const target = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : path.resolve(path.dirname(path.join(root, from)), spec);
      return path.relative(root, target.endsWith(".ts") ? target : `${target}.ts`);
    };
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(path.join(root, file), "utf8");
      // Value imports and re-exports, relative or through the "@/" alias, and side-effect imports;
      // a type-only import changes no weight.
      const specs = [
        ...source.matchAll(/^(?:import|export) (?!type )[^;]*? from "((?:\.{1,2}|@)\/[^"]+)";/gm),
        ...source.matchAll(/^import "((?:\.{1,2}|@)\/[^"]+)";/gm),
      ].map(([, spec]) => spec);
      for (const spec of specs) visit(resolve(file, spec));
    };
    visit("lib/interview/intent/classifier.ts");
    visit("lib/interview/intent/features.ts");
    expect(seen.size).toBeGreaterThan(3);
    for (const file of seen) expect(MODEL_CODE).toContain(file);
  });
});
