// An indirect request ("I'd like to know how fast the inbox has to load", "I was wondering
// whether we keep old logs", "Can you tell me where the users are?") asks what follows its
// opening. To the classifier the opening's first-person words read as a plan or a remark
// (which reveals nothing) and drown the question, so it reads the question alone.

const OPENING = new RegExp(
  String.raw`^\s*(?:(?:so|and|also|ok(?:ay)?|hi|hey|quick question)[,.!:]?\s+)?(?:` +
    [
      String.raw`i'?d (?:really |also )?(?:like|love|want) to (?:know|understand|ask|check|confirm|clarify|hear|get a (?:sense|feel|handle|picture) (?:of|for|on))`,
      String.raw`i (?:would|also) (?:like|want) to (?:know|understand|ask|check|confirm|get a sense of)`,
      String.raw`i (?:want|wanna|need) to (?:know|understand|ask|check|confirm|get a sense of)`,
      String.raw`i'?m (?:also )?(?:curious|wondering|trying to (?:understand|figure out))(?: as to)?`,
      String.raw`i was (?:also )?(?:curious|wondering)`,
      String.raw`i wonder`,
      String.raw`(?:can|could|would) you (?:please |also )?(?:tell me|let me know|share|clarify|give me)`,
      String.raw`would you mind (?:telling me|letting me know|sharing|giving me|clarifying)`,
      String.raw`(?:please |also )?(?:tell me|let me know)`,
      String.raw`do you (?:know|have (?:a sense|an idea)(?: (?:of|on))?)`,
      String.raw`(?:help me understand|any idea)`,
    ].join("|") +
    String.raw`)\b[\s:,—–-]*`,
  "iu",
);

const EMBEDDED_QUESTION = /^(?:how|what|which|where|when|who|whom|whose|why|if|whether)(?:['’]s)?\s+\p{L}/iu;

// What a request to be told names ("Could you tell me the peak QPS?", "I'd like to know the
// retention period"): a noun phrase under its article, read alone as the thing asked for. Not
// "a bit / a little (more) about …", which only frames a subject.
const NAMED_THING = /^(?:the|your|our|its|their|this|that|these|those|an?(?!\s+(?:bit|little|few|couple)\b))\s+\p{L}/iu;

// "초당 주문 건수도 같이 알려주시면 좋겠어요": a Korean request said as a wish ("…면 좋겠어요", "…면
// 감사하겠습니다") is the plain request ("알려주세요"); to the classifier its 좋겠어요 reads as a remark.
const KO_WISHED_REQUEST =
  /(알려|말씀해|설명해|공유해|가르쳐|확인해)\s*주(?:시면|셨으면|신다면|시면은|실\s*수\s*있(?:으면|다면))\s*(?:정말|너무|진짜|참|더|대단히)?\s*(?:좋겠|감사하겠|감사드리겠|고맙겠|감사|좋을\s*것\s*같)\p{L}*[.!~\s]*$/u;

/**
 * The question an indirect request asks, without its opening (and a Korean request said as a wish
 * as the plain request); the text itself when it has none or nothing would be left.
 */
export function withoutRequestOpening(message: string): string {
  const text = message.replace(KO_WISHED_REQUEST, "$1주세요");
  const opening = OPENING.exec(text);
  if (opening === null) return text;
  const rest = text.slice(opening[0].length).trim();
  // Only an embedded question ("…know how fast…", "…wondering whether…") or the thing asked for
  // ("…tell me the peak QPS") is read alone: "Tell me about the audience for the feature" names
  // its subject in the words the opening frames.
  return EMBEDDED_QUESTION.test(rest) || NAMED_THING.test(rest) ? rest : text;
}
