// The four-step framework of the source notes (seeds/004, "시스템 설계 면접을 위한 4단계 접근법"),
// with its time split for a 45-minute interview.

export type PhaseNumber = 1 | 2 | 3 | 4;
export type PhaseBand = readonly [number, number];
export type PhaseBands = readonly [PhaseBand, PhaseBand, PhaseBand, PhaseBand];

export const PHASE_NUMBERS: readonly PhaseNumber[] = [1, 2, 3, 4];

export const DEFAULT_PHASE_BANDS_MINUTES: PhaseBands = [
  [3, 10],
  [10, 15],
  [10, 25],
  [3, 5],
];

export const INTERVIEW_TOTAL_MINUTES = 45;

export type PhaseInfo = {
  number: PhaseNumber;
  id: "understand" | "high-level" | "deep-dive" | "wrap-up";
  title: string;
  guide: string;
  dos: string[];
  donts: string[];
};

export const PHASES: readonly PhaseInfo[] = [
  {
    number: 1,
    id: "understand",
    title: "Understand the problem and establish design scope",
    guide:
      "Slow down. Ask clarifying questions, write the functional and non-functional requirements, state your assumptions and estimate load and storage.",
    dos: [
      "Ask what features to build, how many users there are and how fast they will grow.",
      "Confirm requirements instead of trusting your own assumptions; write down the ones you make.",
    ],
    donts: ["Do not jump to an answer or draw a design before the requirements and assumptions are clear."],
  },
  {
    number: 2,
    id: "high-level",
    title: "Propose a high-level design and get buy-in",
    guide:
      "Draw the key components (clients, DNS, CDN, load balancer, web servers, cache, databases) and the request paths, check them against the numbers, and ask for feedback.",
    dos: [
      "Treat the interviewer as a teammate and ask for feedback early and often.",
      "Do a back-of-the-envelope check that the design meets the constraints, out loud.",
    ],
    donts: ["Do not go deep into one component before the whole picture is agreed."],
  },
  {
    number: 3,
    id: "deep-dive",
    title: "Design deep dive",
    guide:
      "Prioritise the components that matter most, handle failures and hot spots, and answer the interviewer's follow-up questions with numbers.",
    dos: ["Start with the most important component.", "Offer more than one solution and name the trade-offs."],
    donts: ["Do not hesitate to ask for a hint when you are stuck."],
  },
  {
    number: 4,
    id: "wrap-up",
    title: "Wrap up",
    guide:
      "Summarise the design, its bottlenecks and failure handling, and what you would change at 10× scale.",
    dos: ["Recap the design and name its bottlenecks.", "Say what you would monitor and how it scales next."],
    donts: ["Do not think the interview is over the moment the design is on the board."],
  },
];

export function phaseInfo(phase: PhaseNumber): PhaseInfo {
  return PHASES[phase - 1];
}

export function isPhaseNumber(value: unknown): value is PhaseNumber {
  return value === 1 || value === 2 || value === 3 || value === 4;
}
