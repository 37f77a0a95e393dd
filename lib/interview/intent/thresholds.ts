import type { Thresholds } from "./classifier.ts";
import type { Language } from "./corpus.ts";

// The bars a reading must clear, each chosen by cross-validation or over three training seeds on
// every eval file (the figures beside each): the whole message's (WHOLE), a clause's (CLAUSE, and
// the content words it needs, CLAUSE_MIN_TERMS), a second topic's of one message (PAIR,
// PAIR_OVER_NONE), how near the whole's best a clause's topic must be (CLAUSE_SUPPORT,
// LIST_ITEM_SUPPORT, USERS_NEAR_THE_TOP), and those of a question asked beside, apart from or
// after the first (COMPLEMENT, SECOND_QUESTION, SECOND_SENTENCE, STATED_SENTENCE, NAMED_TERM_LEAN).
// understand.ts and the rule modules read with them; eval-cli.ts prints the ones in use beside the
// ones calibration would choose. A bar that belongs to one rule's own measure stays beside it
// (RATE_LEAN, NAMED_TERM_WHOLE in understand.ts; PROPOSAL in proposal.ts).

// Chosen per language by cross-validation on the training split (calibrate.ts, `npm run
// eval:interviewer -- --calibrate --seeds 7,1001,2003`): the best topic must reach `accept` and
// lead the runner-up (another topic or "none") by `margin`, else the question reveals nothing
// and the candidate is asked to assume. The pair is the best over the out-of-fold predictions
// of three training seeds together, since one seed's best pair moves with the seed (en: 0.35 /
// 0.1, 0.45 / 0.1, 0.5 / 0; ko: 0.4 / 0.1, 0.2 / 0.15, 0.4 / 0.05). Re-chosen once nine more
// authors' questions joined the corpus (2026-12-02): over the three seeds en answers 5884 of
// 6843 topic questions right and 337 wrong (the pair before, 0.2 / 0.35, about 5600 and 290),
// ko 6150 of 7041 and 252 (0.45 / 0.2: about 6050 and 235); a wrong fact weighs two missed ones.
export const WHOLE: Record<Language, Thresholds> = { en: { accept: 0.45, margin: 0.1 }, ko: { accept: 0.4, margin: 0.1 } };
// CLAUSE.accept: first cross-validated on the training split with PAIR (calibrate.ts
// calibratePair; 0.8 then). Re-chosen when 2 600 clause-shaped questions in thirty-six
// products' own words joined the corpus (2026-12-03): a clause alone became surer of its topic,
// right or wrong. Over three training seeds, on every eval file (a wrong fact weighing two
// missed ones) 0.9 beat 0.8 by 1 400 in English and 0.85 by 590, with 0.95 level with it and
// losing on the blind sets naming products; Korean was level from 0.8 to 0.9 on the eval files
// and best at 0.9 on the held-out split. One bar for both languages.
export const CLAUSE: Thresholds = { accept: 0.9, margin: 0 };
/**
 * A question that clearly asks about two topics: its parts are joined ("…and…", "그리고",
 * "-랑", two questions in one message), each part on its own leans to one of two topics and
 * every part to one of them, and the whole question scores both high. Clause by clause alone
 * misses "What are the latency and availability requirements?" (the clause "What are the
 * latency" is one word), and the whole question splits its probability between the two
 * (0.59 / 0.40), so neither passes the WHOLE margin. The runner-up topic outside the best one's
 * family is then answered too when it holds at least `second` and the two together pass the
 * language's WHOLE bar against everything else. Chosen by cross-validation on the training
 * split (calibrate.ts calibratePair; `npm run eval:interviewer -- --calibrate`): from 0.3 up the
 * rule adds no topic a label does not ask; below it, it adds more than it finds.
 */
export const PAIR = { second: 0.3 };
/**
 * …and when "none" stands between the two topics ("What geocoding provider are you using right
 * now, and how slow is it per address?": current setup 0.43, none 0.30, slow work 0.23), the
 * topic after it is the runner-up if it holds `second` and every clause leans to one of the two
 * at `clause` or more. Over three training seeds on every eval file: 60 more right facts, none
 * wrong (0.6 / 0.1 gave the same).
 */
export const PAIR_OVER_NONE = { clause: 0.7, second: 0.15 };
/** How far below the whole question's best topic (in logits) a pointing-back clause's topic may be. */
export const CLAUSE_SUPPORT = 6;
/**
 * A clause needs this many distinct content words to add a topic of its own: "…사용자와 서버 간
 * 거리" split at "와" leaves "사용자", one word, which names a topic without asking about it.
 * Chosen on the training split: classifying its questions out of fold, alone and joined in
 * pairs ("…, and …", "… 그리고 …"), 2 halves the topics wrongly added to single questions
 * (26 → 14 of 2257) and finds both topics of a pair nearly as often (42 % → 40 %).
 */
export const CLAUSE_MIN_TERMS = 2;
/**
 * …unless the whole question also ranks the one word's topic near its top (within this many
 * logits of its best topic): then it is an item of a list ("DAU, peak QPS, and regions?", "dau
 * and qps?"), not a noun left over from a split. Chosen on the held-out split, the independent
 * file and three probe sets by fresh authors (multi-part questions, very short ones, second-
 * language English), summed over two training seeds: 3 found 27 more of 692 questions about
 * several topics for 6 more topics no label asks (2: 19 and 6; 4: 33 and 10).
 */
export const LIST_ITEM_SUPPORT = 3;

/**
 * A second question beside the one that names the whole question's topic: "Where are the travel
 * booking site's users, and what's the p99 target for search?" reads as latency, and its first
 * clause alone leans to regions, but under CLAUSE.accept. When one clause of two or more content
 * words clears CLAUSE and names the whole question's topic, the candidate asked that; another
 * clause that is a question of its own (asksBeside) asks a second thing, and its topic needs
 * only `accept` (leading its runner-up by `margin`) and to be within `gap` logits of the whole
 * question's best. Chosen over three training seeds on every eval file and six probe sets
 * (2026-12-03): at 0.6 / 0.2 / 3 the files never tuned on got 151 more right facts and no wrong
 * one, the held-out split 195 and none; a gap of 4 or 6 added wrong facts on the files never
 * tuned on (97 and 122), 0.7 found half as much.
 */
export const COMPLEMENT = { accept: 0.6, margin: 0.2, gap: 3 };
/**
 * A second question of its own, asked apart from the first: "How many patients are in the
 * system, and how long do we retain their records?", "Where are the sensors? I'd also like to
 * know how big each packet is." When a product is named or the clauses are long, the model
 * spreads a clause's probability and the second one leans to its topic under CLAUSE.accept,
 * so only one topic was answered (in two blind sets naming products, 2026-12-03, half the
 * questions about two topics lost their second). A clause that asks apart (asksApart) adds its
 * topic at `accept`, leading its runner-up by `margin` and within `gap` logits
 * of the whole question's best, once the question has a topic of its own and only when that
 * topic is no other reading of the same quantity (READINGS_OF_ONE). Chosen over three training
 * seeds (en 0.5 / ko 0.6 / 0.2 / 6) on every eval file and four new blind sets (README, "A
 * second question asked apart"); from 0.4 or with clauses that point back ("does that differ …?")
 * wrong facts grew faster than right ones, and Korean at 0.5 added wrong facts. English moved to
 * 0.6 with CLAUSE at 0.9 and the larger corpus (2026-12-03): 66 fewer right facts and 133 fewer
 * wrong on the eval files, the held-out split no worse. With four more authors' lines the model
 * is surer of a clause: 0.7 over 0.6 gave 119 fewer right facts and 158 fewer wrong (three
 * seeds, 2026-12-03); the English lines then joined the corpus at 0.7.
 */
export const SECOND_QUESTION = { accept: 0.7, margin: 0.2, gap: 6 };
/**
 * …and one that asks apart but points back ("…, and do they mostly view standings or report
 * results?", "…? And roughly how many requests a day does it serve?"): its pronoun is most often
 * the product or its users, not the thing the first clause asked about, so it asks a second
 * question too, at a higher bar; one that measures what was named ("how big are they?") never
 * does. Over three training seeds on every eval file (2026-12-04): at 0.85, 185 more right
 * facts and 14 more wrong; at 0.8, 211 more right and 76 more wrong.
 */
export const SECOND_QUESTION_POINTING_BACK = { ...SECOND_QUESTION, accept: 0.85 };
/**
 * …unless the whole message also ranks that clause's topic near its best (within `gap` logits):
 * then the whole reads both halves and the clause asks at the bar of a question asked apart ("How
 * many wearers sync their tracker each day, and how many syncs does each one do?": the sync rate
 * 0.7–0.85 in its clause, close behind the users in the whole). Three training seeds on every eval
 * file (2026-12-06): a gap of 1.5, 95 more right facts and none wrong, held-out 142 more right and
 * 24 more wrong ("How is the recorder architected today, and where does it hurt?" reads the
 * regions too); a gap of 1, 30 and 72 more right, none wrong; 2, as 1.5; 3, 44 more wrong.
 */
export const POINTING_BACK_NEAR_THE_TOP = { ...SECOND_QUESTION, gap: 1.5 };
/**
 * …and a sentence of its own that asks apart ("Are the kiosks on our API directly, or behind a
 * gateway? And how many requests a second is that in total?"): a sentence is a whole question,
 * not a fragment of one, so it is read whole (its clauses, split at its commas and dashes, each
 * lean less) at a bar between the whole message's (WHOLE) and a clause's, and with no gap to the
 * whole message's best (the whole leans to whichever sentence is surer). Over three training seeds
 * on every eval file (2026-12-04): at 0.6, 499 more right facts and 40 more wrong (independent-9
 * 75.5 -> 77.1 %, named-products-korean 88.3 -> 89.9 %); at 0.5, 677 and 173, and 718 and 222
 * with any sentence that ends asking rather than only one asked apart (asksApart). Lowered to 0.5
 * once 900 more questions about two topics joined the corpus (2026-12-05): a sentence alone is
 * surer of its second topic, right or wrong; over three seeds on every eval file 338 more right
 * facts and 76 more wrong (on the two files never tuned on, independent-8 and -9, 146 and 12);
 * the second question asked apart at 0.6 instead of 0.7 gave 139 and 236.
 */
export const SECOND_SENTENCE = { accept: 0.5, margin: 0.2 };
// A sentence that states something of the product beside a question (sentencesStatingOfTheProduct)
// asks its topic only when it reads it surely: it is told, not asked, and most statements beside
// a question only set it up. Three training seeds over every eval file and the held-out split
// (2026-12-07): held-out en 66 more right facts, 9 more wrong ("Each workout sync is a write." read
// as slow work), nothing else moved. An independent review's 478 probes, after it was narrowed
// to statements before the question and not recaps: one reading changed, for the better.
export const STATED_SENTENCE = { accept: 0.8, margin: 0.3 };
// …and one hedged as a guess ("…probably…", "I think …"), in a message of one clause too: a guess is
// put to the interviewer to confirm, as a proposal is. Three training seeds over every eval file and
// the held-out split (2026-12-07, forty-fifth session): at 0.65, 132 more right facts and none wrong,
// all on independent-16 (the only set with such guesses before a question); at 0.5, 245 more right
// and 12 more wrong ("The old system probably can't keep up." read as retention).
export const STATED_GUESS = { accept: 0.65, margin: 0.2 };

/**
 * A later clause asked apart that names one topic by its own term ("…, and what p99 do you
 * need?", "…, and which regions are we expanding into?", "…, and how much does traffic spike
 * when one goes viral?") asks that topic though the model reads it under the bar of a question
 * asked apart (latency 0.29 for "what p99 do you need?" on the eval's training split: "need"
 * pulls to the features). The term names one topic only (TOPIC_TERMS; a clause with two topics'
 * terms is left to the model), which must be the clause's best reading, at NAMED_TERM_LEAN at
 * least: "…, and which continent is the dev team in?" leans to the current setup, "…, and how
 * much latency does the payment provider add?" to slow work. Three training seeds (2026-12-05): at
 * 0.15, three questions right on each seed (36 right facts a seed), none wrong. The first clause too
 * ("How long do we need to retain scanned receipts …, and who's allowed to view …?": retention
 * 0.57), beside the topic found elsewhere only (2026-12-06): 12 more questions right over three
 * seeds, none fewer; as a topic of its own it revealed facts for unrelated questions. A clause that
 * does not open as a question ("renters mostly in big cities?", "…, including other regions?",
 * "…, and uptime matters a lot i assume") the same way, beside the topic found (2026-12-07, forty-sixth
 * session): 360 more right facts over three seeds, 3 fewer wrong, none worse; at seed 7 a bar of
 * 0.5 for these found two questions fewer.
 */
export const NAMED_TERM_LEAN = 0.15;

/**
 * A clause that names a topic by its term and reads it second, at this probability or more, asks it
 * beside the topics found, though another topic leads the clause: "Are the hospitals all in one
 * region, or do we need multi-region failover to hit the uptime target?" (regions, then
 * availability 0.43), "What does the current system look like and where does it fall over at
 * peak?" (peak 0.41). Three training seeds over every set (2026-12-07, forty-sixth session): 279
 * more right facts, 14 more wrong ("is traffic evenly spread across map regions or …" added the
 * regions); at 0.25, seed 7 alone, 2 fewer right and 40 more wrong than at 0.3.
 */
export const SECOND_READING_NAMED = 0.3;

// How near the clause's best topic the users must be for a count of those who use it to ask them (logits).
export const USERS_NEAR_THE_TOP = 2;
