import { describe, expect, it } from "vitest";
import { buildSpeller, correctText, correctWord } from "@/lib/interview/intent/spelling";
import { plainText } from "@/lib/interview/text-normalize";

// The corpus's vocabulary reads a slip of the keyboard as the word it meant, and leaves real
// words it never saw alone.

const speller = buildSpeller([
  "What's the latency target?",
  "Which platform do we support?",
  "What is the availability target?",
  "Where are users located?",
  "Can we drop older data?",
  "What's the peak traffic at lunch?",
  "Do we use caching?",
  "가용성 목표가 있나요?",
  "레이턴시 목표?",
  "읽기에 비해 쓰기는 얼마나 돼요?",
]);

describe("spelling correction against the corpus vocabulary", () => {
  it("reads vowel slips, swapped letters and dropped letters as the known word", () => {
    expect(correctWord(speller, "latancy")).toBe("latency");
    expect(correctWord(speller, "platfrom")).toBe("platform");
    expect(correctWord(speller, "availabilty")).toBe("availability");
    expect(correctWord(speller, "locatd")).toBe("located");
  });

  it("reads an extra letter inside a word of eight letters or more, and the last two letters of a long word swapped, as the known word", () => {
    expect(correctWord(speller, "availabillity")).toBe("availability");
    expect(correctWord(speller, "lantency")).toBe("lantency"); // seven letters: "catching" is not "caching"
    expect(correctWord(speller, "catching")).toBe("catching");
    expect(correctWord(speller, "platfomr")).toBe("platform");
    expect(correctWord(speller, "latencyx")).toBe("latencyx"); // not after the last letter
    expect(correctWord(speller, "xlatency")).toBe("xlatency"); // nor before the first
    expect(correctWord(speller, "olderx")).toBe("olderx");
  });

  it("reads a Korean syllable that differs in one jamo as the known word", () => {
    expect(correctWord(speller, "가용셩")).toBe("가용성");
    expect(correctWord(speller, "레이턴씨")).toBe("레이턴시");
  });

  it("leaves known words, short words, numbers and real-word neighbours alone", () => {
    expect(correctWord(speller, "latency")).toBe("latency");
    expect(correctWord(speller, "peek")).toBe("peek"); // too short to tell a slip from a word
    expect(correctWord(speller, "launch")).toBe("launch"); // an extra letter in a short word is not a slip
    expect(correctWord(speller, "oldre")).toBe("oldre"); // nor its last two letters swapped
    expect(correctWord(speller, "olden")).toBe("olden"); // a consonant change is another word
    expect(correctWord(speller, "12345")).toBe("12345");
    expect(correctWord(speller, "읽기의")).toBe("읽기의"); // a particle, not a typo
  });

  it("corrects words inside a text and keeps everything else as it was", () => {
    expect(correctText(speller, "Is the latancy OK? 가용셩 몇 퍼센트?")).toBe("Is the latency OK? 가용성 몇 퍼센트?");
  });
});

describe("question words typed with a slip", () => {
  // Too short for the speller (five letters or more), read by the rules as the words they mean.
  it.each([
    ["How meny employees open the data catalog per day?", "How many employees open the data catalog per day?"],
    ["hwo mnay users do we have", "how many users do we have"],
    ["waht's teh p99 target?", "what's the p99 target?"],
    ["Wich regions, adn wehre are the servers?", "Which regions, and where are the servers?"],
  ])("%s", (typed, meant) => {
    expect(plainText(typed)).toBe(meant);
  });

  it("leaves words that only contain a slip's letters alone", () => {
    for (const text of ["the watt meter", "Whatever the theme", "manyfold meanings", "a dose per day", "Do we store ADN sequences?", "WAT metadata records"]) expect(plainText(text)).toBe(text);
  });
});
