// A small domain thesaurus: words that mean the same thing to a clarifying question, in
// English and Korean, mapped to one concept. A question gets a concept feature for every
// word it contains, so "people", "유저" and "DAU" meet the corpus's "users" even when the
// exact word never appears there, and a Korean question can match an English phrasing.
//
// English entries are matched on the word's stem, Korean entries as a substring of a word
// (compounds and particles: "사용자수는" contains "사용자"); one-syllable Korean entries
// only as the whole word once particles are stripped.

export const THESAURUS: Record<string, string[]> = {
  user: ["user", "users", "people", "person", "customer", "visitor", "member", "audience", "dau", "mau", "subscriber", "signup",
    "사용자", "이용자", "유저", "회원", "고객", "방문자", "가입자", "인원", "사람"],
  active: ["active", "daily", "monthly", "활성", "일일", "하루", "매일", "월간"],
  traffic: ["traffic", "qps", "rps", "tps", "request", "load", "throughput", "hit", "volume", "busy",
    "트래픽", "요청", "부하", "처리량", "초당", "호출"],
  growth: ["grow", "growth", "growing", "increase", "expand", "future", "forecast", "projection", "trajectory", "double",
    "성장", "증가", "늘어", "늘어날", "확장", "향후", "앞으로", "미래", "늘면"],
  read: ["read", "view", "click", "open", "browse", "fetch", "visit", "redirect", "lookup", "refresh",
    "읽기", "조회", "열람", "클릭", "방문", "리다이렉트", "읽는", "보는"],
  write: ["write", "post", "upload", "create", "publish", "insert", "shorten", "submit", "tweet",
    "쓰기", "작성", "생성", "게시", "업로드", "등록", "올리", "쓰는", "만드"],
  ratio: ["ratio", "mix", "proportion", "versus", "vs", "비율", "비중", "대비"],
  peak: ["peak", "busiest", "spike", "burst", "surge", "rush", "maximum", "max", "seasonal", "holiday", "sudden",
    "피크", "최대", "최고", "급증", "몰리", "몰릴", "폭주", "붐비", "순간", "시즌"],
  size: ["size", "big", "large", "byte", "bytes", "kb", "mb", "payload", "heavy", "length", "long", "small",
    "크기", "용량", "바이트", "사이즈", "킬로바이트", "무게"],
  media: ["image", "photo", "picture", "pic", "video", "media", "attachment", "thumbnail", "gif",
    "이미지", "사진", "동영상", "영상", "미디어", "첨부", "썸네일"],
  static: ["static", "asset", "css", "javascript", "js", "cdn", "stylesheet", "font",
    "정적", "에셋", "스크립트", "자바스크립트"],
  retention: ["retain", "retention", "keep", "delete", "archive", "forever", "purge", "expire", "expiry", "history", "ttl",
    "보관", "보존", "삭제", "영구", "아카이브", "만료", "기간"],
  latency: ["latency", "fast", "slow", "quick", "quickly", "speed", "response", "millisecond", "ms", "p99", "p95", "snappy", "instant", "responsive",
    "지연", "속도", "응답", "빠르", "빨라", "빠른", "느리", "느려", "밀리초", "레이턴시"],
  consistency: ["consistency", "consistent", "stale", "eventual", "eventually", "strong", "strongly", "immediately", "fresh", "freshness", "lag", "outdated",
    "일관성", "즉시", "최신", "바로", "정합성", "반영", "동기화"],
  availability: ["availability", "available", "uptime", "downtime", "sla", "nines", "outage", "reliable", "reliability", "down",
    "가용성", "가동", "다운타임", "장애", "중단", "가동률", "신뢰성"],
  region: ["region", "regions", "where", "country", "countries", "global", "globally", "geography", "geographic", "location", "located", "continent",
    "europe", "asia", "america", "worldwide", "international", "overseas", "abroad",
    "지역", "국가", "나라", "해외", "글로벌", "전세계", "세계", "어디", "위치", "대륙", "유럽", "아시아", "미국", "국내"],
  hot: ["celebrity", "celebrities", "famous", "popular", "viral", "hot", "skew", "skewed", "trending", "influencer", "star",
    "유명인", "인기", "셀럽", "바이럴", "핫", "쏠림", "쏠리", "연예인"],
  feature: ["feature", "functional", "functionality", "requirement", "scope", "case", "mvp",
    "기능", "요구사항", "범위", "스코프"],
  platform: ["mobile", "web", "ios", "android", "browser", "platform", "desktop", "client", "app",
    "모바일", "웹", "앱", "플랫폼", "브라우저", "클라이언트", "아이폰", "안드로이드"],
  current: ["current", "currently", "existing", "today", "legacy", "stack", "now", "running",
    "현재", "기존", "지금", "스택", "레거시"],
  security: ["auth", "authentication", "authorization", "login", "security", "secure", "spam", "abuse", "privacy", "permission", "malicious", "bot",
    "보안", "인증", "로그인", "스팸", "악용", "권한", "개인정보", "악성"],
};
