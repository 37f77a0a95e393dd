import path from "node:path";
import { describe, expect, it } from "vitest";
import { score, train, UNKNOWN_NORM, vectorize } from "@/lib/interview/intent/classifier";
import { readCorpus } from "@/lib/interview/intent/corpus";

// The model is trained when the corpus loads, so it must be the same model every time, and a
// seed must matter only as much as the averaging of several models lets it.

const small = readCorpus(path.resolve(import.meta.dirname, "../../fixtures/interviewer"));

describe("training the intent classifier", () => {
  it("gives the same model for the same examples and seed", () => {
    const a = train(small.examples, { seed: 3, models: 1 });
    const b = train(small.examples, { seed: 3, models: 1 });
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
  });

  it("draws the shuffle and the dropout from the seed", () => {
    const a = train(small.examples, { seed: 3, models: 1 });
    const b = train(small.examples, { seed: 4, models: 1 });
    expect(Array.from(a.weights)).not.toEqual(Array.from(b.weights));
  });

  it("averages the weights of models trained with consecutive seeds", () => {
    const one = train(small.examples, { seed: 3, models: 1 });
    const other = train(small.examples, { seed: 4, models: 1 });
    const both = train(small.examples, { seed: 3, models: 2 });
    both.weights.forEach((w, i) => expect(w).toBeCloseTo((one.weights[i] + other.weights[i]) / 2, 12));
    both.bias.forEach((b, c) => expect(b).toBeCloseTo((one.bias[c] + other.bias[c]) / 2, 12));
  });

  it("still reads a plain question of the fixture corpus as its topic", () => {
    const model = train(small.examples);
    const example = small.examples.find((e) => e.topic !== null)!;
    expect(score(model, example.text).best).toBe(example.topic);
  });

  it("counts a word it never saw in the norm at UNKNOWN_NORM of its weight", () => {
    const model = { idf: new Map([["w:peak", 2]]), featureIds: new Map([["w:peak", 0]]), unknownIdf: 4 };
    const vector = vectorize(
      new Map([
        ["w:peak", 1],
        ["w:meter", 1],
      ]),
      model,
    );
    // The unseen word has no weight of its own, only its share of the norm.
    expect(vector.ids).toEqual([0]);
    expect(UNKNOWN_NORM).toBeLessThan(1);
    expect(vector.values[0]).toBeCloseTo(2 / Math.sqrt(2 * 2 + UNKNOWN_NORM * 4 * 4), 12);
    // A question of seen words only is a unit vector, as before.
    expect(vectorize(new Map([["w:peak", 3]]), model).values[0]).toBeCloseTo(1, 12);
    // A caller may count unseen words at another share (a Korean clause: understand.ts).
    const features = new Map([
      ["w:peak", 1],
      ["w:meter", 1],
    ]);
    expect(vectorize(features, model, 0.5).values[0]).toBeCloseTo(2 / Math.sqrt(2 * 2 + 0.5 * 4 * 4), 12);
  });
});
