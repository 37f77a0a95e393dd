import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { decideReply } from "@/lib/interview/conversation";
import { foldEvents } from "@/lib/interview/fold";
import { sharedInterviewer } from "@/lib/interview/intent/understand";
import { matchAsOurs, modelProducts, readAsOurs } from "@/lib/interview/modelled-on";
import { answerQuestion } from "@/lib/sessions/interviewer";
import { loadPromptFiles } from "@/lib/prompts/load-content";
import type { PromptDocument } from "@/lib/prompts/schema";
import { eventLog } from "./fixtures";

// A question about the product a prompt is modelled on ("How many users does WhatsApp have?" on
// "Design a chat application like WhatsApp") asks how big ours is; one about another company's
// product stays general knowledge.

describe("modelProducts", () => {
  it.each([
    ["Design a **chat application** like WhatsApp or Facebook Messenger.", ["WhatsApp", "Facebook Messenger"]],
    ["Design a service like **bit.ly** or **tinyurl**.", ["bit.ly", "tinyurl"]],
    ["Design the **news feed** of a social network, like the home page of Facebook or the\n  Instagram timeline.", ["Facebook", "Instagram"]],
    ["Keep ten million daily users' files in sync, Google Drive-style, without losing a file.", ["Google Drive"]],
    ["Design a rate limiter that protects the API from abuse.", []],
    ["Users like posts and comment on them.", []],
    ["Design a forum.\n\nSupport features like Search and Trending.", []],
    // Only the list right after "like": not what the sentence goes on to say.
    ["Design a messaging app like WhatsApp, where Users chat from Web and mobile.", ["WhatsApp"]],
    ["Build a ride-hailing backend like Uber for the city of Seoul.", ["Uber"]],
    ["Design a chat app like Kakao Talk — Korea's biggest messenger.", ["Kakao Talk"]],
    ["Design a messenger like WhatsApp, Telegram or Signal.", ["WhatsApp", "Telegram", "Signal"]],
    ["Design a video service where people **upload** and **watch** clips, like YouTube.", ["YouTube"]],
    ["A Google Drive-style file store.", ["Google Drive"]],
    ["Design YouTube-like video sharing.", ["YouTube"]],
    ["Design a shortener like bit.ly or TinyURL.", ["bit.ly", "TinyURL"]],
    ["Design a marketplace like eBay, or Etsy.", ["eBay", "Etsy"]],
    ["Design a chat system similar to Slack or Discord.", ["Slack", "Discord"]],
    [`${"X".repeat(10_000)}-style`, []],
  ])("%s", (statement, products) => {
    expect(modelProducts([statement])).toEqual(products);
  });

  it("names each product once across the statement and the summary", () => {
    expect(modelProducts(["Design a video sharing service like YouTube.", "Upload and watch videos, YouTube-style."])).toEqual(["YouTube"]);
  });
});

describe("readAsOurs", () => {
  const products = ["WhatsApp", "Facebook Messenger", "YouTube", "bit.ly"];
  it.each([
    ["How many users does WhatsApp have?", "How many users does our service have?", "WhatsApp"],
    ["What's whatsapp's daily message volume?", "What's our service's daily message volume?", "WhatsApp"],
    ["How busy is Facebook Messenger at peak?", "How busy is our service at peak?", "Facebook Messenger"],
    ["YouTube는 하루 업로드가 몇 개예요?", "우리 서비스는 하루 업로드가 몇 개예요?", "YouTube"],
    ["유튜브 사용자는 몇 명이에요?", "우리 서비스 사용자는 몇 명이에요?", "YouTube"],
    ["How many links does bit.ly shorten a day?", "How many links does our service shorten a day?", "bit.ly"],
    ["How many clicks does Bitly get a day?", "How many clicks does our service get a day?", "bit.ly"],
    ["WhatsApp은 사용자가 몇 명이에요?", "우리 서비스는 사용자가 몇 명이에요?", "WhatsApp"],
  ])("%s", (question, read, product) => {
    expect(readAsOurs(question, products)).toEqual({ question: read, product });
  });

  it.each([
    "How many users does Telegram have?",
    "How much do YouTubers earn?",
    "How many users does Facebook have?",
    // Another product of the same name, a link.
    "How many users does YouTube Music have?",
    "Is YouTube Shorts in scope?",
    "See https://bit.ly/abc — how many redirects?",
  ])("names no model product: %s", (question) => {
    expect(readAsOurs(question, products)).toBeNull();
  });
});

describe("the interviewer on a prompt modelled on a product", () => {
  let prompts: PromptDocument[];
  beforeAll(async () => {
    sharedInterviewer();
    prompts = (await loadPromptFiles(path.join(process.cwd(), "content", "prompts"))).prompts;
  }, 120_000);
  const prompt = (slug: string) => {
    const found = prompts.find((p) => p.slug === slug);
    if (!found) throw new Error(`no prompt ${slug}`);
    return found;
  };

  it("answers a question about the model product with our own figures, and says they are ours", () => {
    const chat = prompt("chat-system");
    const { match, lead } = matchAsOurs("How many users does WhatsApp have?", chat.facts, modelProducts([chat.statement, chat.summary]));
    expect(match.factIds).toEqual(["dau"]);
    expect(lead).toBe("We're designing our own service like WhatsApp, not WhatsApp itself. For ours:");
  });

  it("leaves a question about another company's product as general knowledge", () => {
    const chat = prompt("chat-system");
    const products = modelProducts([chat.statement, chat.summary]);
    for (const question of ["How many users does Telegram have?", "How many users does Facebook have?"]) {
      const { match, lead } = matchAsOurs(question, chat.facts, products);
      expect(match.factIds).toEqual([]);
      expect(match.kind).toBe("general");
      expect(lead).toBe("");
    }
  });

  it.each([
    ["chat-system", "How does WhatsApp store messages on its servers?"],
    ["chat-system", "What database does WhatsApp use?"],
    ["chat-system", "Why did WhatsApp use Erlang?"],
    ["chat-system", "왓츠앱은 어떤 프로토콜을 쓰나요?"],
    ["news-feed", "How does Facebook rank the news feed with EdgeRank?"],
    ["news-feed", "Is Facebook still popular with teenagers?"],
    ["news-feed", "How many users does Facebook Messenger have?"],
    ["news-feed", "페이스북 메신저 사용자 수는 몇 명이에요?"],
    ["video-streaming", "How much does YouTube pay creators?"],
    ["video-streaming", "유튜브는 어떤 코덱을 쓰나요?"],
    ["file-sync", "What language is the Dropbox desktop client written in?"],
  ])("on %s, leaves the model product's own story, build or business to general knowledge: %s", (slug, question) => {
    const found = prompt(slug);
    const { lead } = matchAsOurs(question, found.facts, modelProducts([found.statement, found.summary]));
    expect(lead).toBe("");
  });

  it("says the figures are ours when a question names another company as the thing to design", () => {
    const chat = prompt("chat-system");
    const products = modelProducts([chat.statement, chat.summary]);
    const other = matchAsOurs("For DoorDash, how many people order daily?", chat.facts, products);
    expect(other.match.factIds).toEqual(["dau"]);
    expect(other.lead).toBe("We're designing our own service, not DoorDash itself. For ours:");
    // Typed in lower case, it is named with its first letter up; a model product gets its own lead.
    expect(matchAsOurs("ticketmaster: whats the expected qps?", chat.facts, products).lead).toBe("We're designing our own service, not Ticketmaster itself. For ours:");
    expect(matchAsOurs("tiktok: how many people use it daily?", chat.facts, products).lead).toBe("We're designing our own service, not TikTok itself. For ours:");
    expect(matchAsOurs("For WhatsApp, how many people use it daily?", chat.facts, products).lead).toBe("We're designing our own service like WhatsApp, not WhatsApp itself. For ours:");
    const korean = matchAsOurs("쿠팡, 메시지 데이터는 몇 년 보관해야 하나요?", chat.facts, products);
    expect(korean.match.factIds).toEqual(["retention"]);
    expect(korean.lead).toBe("쿠팡 자체가 아니라 우리 서비스를 설계하는 거예요. 우리 서비스 기준으로는:");
    // Named elsewhere than as the scene, it is answered as asked, with nothing said of the company.
    for (const question of ["whats the expected qps for ticketmaster", "쿠팡 메시지 데이터는 몇 년 보관해야 하나요?", "For the YouTube embed, how many users do we need to serve?"]) {
      const { match, lead } = matchAsOurs(question, chat.facts, products);
      expect(match.factIds.length, question).toBeGreaterThan(0);
      expect(lead, question).toBe("");
    }
  });

  it("says nothing of a company the product sends to, works with or is tied to", () => {
    const chat = prompt("chat-system");
    const products = modelProducts([chat.statement, chat.summary]);
    for (const question of ["Do messages need to be shareable to Instagram, and how many users do we have?", "Is the chat like Telegram, and how many users should it serve?", "메시지를 인스타그램에도 공유할 수 있어야 하나요? 사용자는 몇 명이에요?", "Does the chat need Slack notifications, and how many users are there?"]) {
      const { match, lead } = matchAsOurs(question, chat.facts, products);
      expect(match.factIds, question).toContain("dau");
      expect(lead, question).toBe("");
    }
  });

  it("keeps a question that names our own product as it was asked", () => {
    const chat = prompt("chat-system");
    const { match, lead } = matchAsOurs("How many daily users does our chat app have?", chat.facts, ["WhatsApp"]);
    expect(match.factIds).toEqual(["dau"]);
    expect(lead).toBe("");
  });

  it("reveals the fact in the session, in the question's language, and says it again briefly when asked again", () => {
    const video = prompt("video-streaming");
    const log = eventLog();
    const asked = (minute: number, text: string) => {
      const id = log.add(minute, "question_asked", { text });
      const events = answerQuestion(video, { id, text }, foldEvents(log.events));
      for (const event of events) log.add(minute, event.type as never, event.payload as never);
      return events[0].payload as { factIds: string[]; text: string; kind: string };
    };
    const first = asked(2, "유튜브는 하루 사용자가 몇 명이에요?");
    expect(first.factIds).toContain("dau");
    expect(first.text).toMatch(/^YouTube 자체가 아니라 YouTube 같은 우리 서비스를 설계하는 거예요\./);
    const again = decideReply("How many daily users does YouTube have?", foldEvents(log.events), video.facts, [], undefined, ["YouTube"]);
    expect(again.kind).toBe("repeat-answer");
    expect(again.text).toMatch(/^As I said, for ours rather than YouTube itself: \d/);
  });
});
