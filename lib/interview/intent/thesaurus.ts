// A small domain thesaurus: words that mean the same thing to a clarifying question, in
// English and Korean, mapped to one concept. A question gets a concept feature for every
// word it contains, so "people", "유저" and "DAU" meet the corpus's "users" even when the
// exact word never appears there, and a Korean question can match an English phrasing.
//
// English entries are matched on the word's stem (marked "=": the word alone), Korean entries as a substring of a word
// (compounds and particles: "사용자수는" contains "사용자"); one-syllable Korean entries
// only as the whole word once particles are stripped.

export const THESAURUS: Record<string, string[]> = {
  user: ["community", "커뮤니티", "전국민", "creator", "creators", "uploader", "uploaders", "크리에이터", "업로더", "플레이어", "구매자", "판매자", "시청자", "청취자", "독자", "승객", "라이더", "학생", "손님", "shopper", "rider", "driver", "player", "viewer", "listener", "reader", "buyer", "seller", "student", "ppl", "folks", "account", "accounts", "userbase", "사용자수", "유저수", "회원수", "명",
    "user", "users", "people", "person", "customer", "visitor", "member", "audience", "dau", "mau", "subscriber", "signup",
    "사용자", "이용자", "유저", "회원", "고객", "방문자", "가입자", "인원", "사람"],
  active: ["active", "daily", "monthly", "활성", "일일", "하루", "매일", "월간"],
  traffic: ["큐피에스", "스루풋", "hammered", "per second", "each second", "every second", "traffic", "qps", "rps", "tps", "request", "load", "throughput", "hit", "volume", "busy",
    "트래픽", "요청", "부하", "처리량", "초당", "호출"],
  growth: ["늘었", "크고 있", "크고있", "takes off", "take off", "roadmap", "timeframe", "accumulate", "accumulated", "로드맵", "정체", "가파르게", "bigger", "evolve", "evolving", "trajectory", "adoption", "ramp", "hypergrowth", "expansion", "scaling", "later", "next year", "커질", "커지", "늘", "전망", "몇 배",
    "grow", "growth", "growing", "increase", "expand", "future", "forecast", "projection", "trajectory", "double",
    "성장", "증가", "늘어", "늘어날", "확장", "향후", "앞으로", "미래", "늘면"],
  read: ["리드", "download", "downloads", "playback", "watch", "watches", "다운로드", "시청", "재생", "read", "view", "click", "open", "browse", "fetch", "visit", "redirect", "lookup", "refresh",
    "읽기", "조회", "열람", "클릭", "방문", "리다이렉트", "읽는", "보는"],
  write: ["라이트", "edit", "edits", "modify", "수정", "write", "post", "upload", "create", "publish", "insert", "shorten", "submit", "tweet",
    "쓰기", "작성", "생성", "게시", "업로드", "등록", "올리", "쓰는", "만드"],
  ratio: ["ratio", "mix", "proportion", "versus", "vs", "비율", "비중", "대비"],
  peak: ["thundering herd", "headroom", "busier", "at once", "at the same time", "same few minutes", "한꺼번에", "동시에", "고른", "고르게", "확 몰", "spiky", "spikey", "waves", "worst hour", "busiest hour", "파도", "fluctuate", "fluctuation", "evenly", "uneven", "jump", "rush hour", "prime time", "launch", "event", "campaign", "black friday", "편차", "튀", "연말", "이벤트", "몰려",
    "peak", "busiest", "spike", "burst", "surge", "rush", "maximum", "max", "seasonal", "holiday", "sudden",
    "피크", "최대", "최고", "급증", "몰리", "몰릴", "폭주", "붐비", "순간", "시즌"],
  size: ["페이로드", "kilobytes", "megabytes", "how much text", "얼마나 길", "몇백 자", "chunky", "fat", "lightweight", "무거운", "가벼운", "character", "characters", "글자", "몇 kb", "몇kb",
    "size", "big", "large", "byte", "bytes", "kb", "mb", "payload", "heavy", "length", "long", "small",
    "크기", "용량", "바이트", "사이즈", "킬로바이트", "무게"],
  media: ["binary", "binaries", "blob", "blobs", "movie", "movies", "바이너리", "image", "photo", "picture", "pic", "video", "media", "attachment", "thumbnail", "gif",
    // A recording is media, though the stemmer folds it to "record", a row of the database
    // (its size is the payload): "=" takes the word in this form only. Not "recorded": a payment
    // recorded in the ledger, events recorded per second.
    "=recording", "=recordings", "footage", "screenshot", "screenshots",
    "이미지", "사진", "동영상", "영상", "미디어", "첨부", "썸네일"],
  static: ["logo", "logos", "icon", "icons", "styling", "fonts", "look-and-feel", "same for everyone", "same for everybody", "identical for everyone", "identical for everybody", "로고", "아이콘", "글꼴", "폰트", "누구나 똑같", "누구한테나 똑같", "똑같이 받", "안 바뀌는", "재사용", "edge", "stylesheets", "static", "asset", "css", "javascript", "js", "cdn", "stylesheet", "font",
    "정적", "에셋", "스크립트", "자바스크립트"],
  retention: ["리텐션", "throw away", "clear out", "get rid of", "years ago", "still need", "버려도", "버려야", "버릴", "정리해도", "옛날", "없어져", "version history", "old versions", "older versions", "how far back", "years back", "이전 버전", "남겨두", "남겨둬", "indefinitely", "valid", "older", "old", "lifetime", "forever", "남겨", "지워", "평생", "오래된",
    "retain", "retention", "keep", "delete", "archive", "forever", "purge", "expire", "expiry", "history", "ttl",
    "보관", "보존", "삭제", "영구", "아카이브", "만료", "기간"],
  latency: ["real-time", "realtime", "real time", "실시간", "sluggish", "laggy", "답답", "버벅", "spinner", "loading", "load time", "keystroke", "keystrokes", "wait", "waiting", "기다리", "기다려", "slow", "responsive", "take to answer", "milliseconds", "1초", "ms", "로딩", "뜨는",
    "latency", "fast", "slow", "quick", "quickly", "speed", "response", "millisecond", "ms", "p99", "p95", "snappy", "instant", "responsive",
    "지연", "속도", "응답", "빠르", "빨라", "빠른", "느리", "느려", "밀리초", "레이턴시"],
  consistency: ["accurate", "accuracy", "컨시스턴시", "right away", "정확해야", "readyourwrites", "linearizable", "linearizability", "serializable", "causal", "monotonic", "oversell", "oversold", "overbook", "overbooked", "same data", "order", "ordering", "outdated", "up-to-date", "sync", "synchronized", "visible", "appear", "show up", "즉시", "곧바로", "안 맞", "틀려", "순서",
    "consistency", "consistent", "stale", "eventual", "eventually", "strong", "strongly", "immediately", "fresh", "freshness", "lag", "outdated",
    "일관성", "즉시", "최신", "바로", "정합성", "반영", "동기화"],
  availability: ["어베일러빌리티", "be up", "stay up", "가용율", "failover", "fail over", "페일오버", "이중화", "stops working", "stop working", "goes down", "go down", "먹통", "안 열리", "errorbudget", "rack", "racks", "keep answering", "being up", "랙", "resilient", "resilience", "critical", "always", "zone", "failure", "fault", "tolerant", "redundancy", "멈춰", "멈추", "다운", "나인", "끊기",
    "availability", "available", "uptime", "downtime", "sla", "nines", "outage", "reliable", "reliability", "down",
    "가용성", "가동", "다운타임", "장애", "중단", "가동률", "신뢰성"],
  region: ["data center", "data centre", "data centers", "data centres", "datacenter", "datacenters", "데이터센터", "데이터 센터", "리전", "국외", "map", "ocean", "other side of the world", "지구 반대편", "해외 번호", "domestic", "domestically", "nationwide", "korea", "japan", "china", "india", "brazil", "canada", "germany", "france", "한국", "일본", "중국", "인도", "영국", "독일", "프랑스", "브라질", "캐나다", "동남아", "전국", "time zone", "time zones", "distance", "far", "spread", "world", "distributed", "세계", "거리", "몰려 있",
    "region", "regions", "where", "country", "countries", "global", "globally", "geography", "geographic", "location", "located", "continent",
    "europe", "asia", "america", "worldwide", "international", "overseas", "abroad",
    "지역", "국가", "나라", "해외", "글로벌", "전세계", "세계", "어디", "위치", "대륙", "유럽", "아시아", "미국", "국내"],
  hot: ["way more", "than the rest", "than others", "몇몇", "유독", "dominate", "dominates", "handful", "fat head", "long tail", "few keys", "superstar", "top", "most", "heavy hitter", "concentrated", "disproportionate", "몰리", "집중", "편중", "치우친", "상위",
    "celebrity", "celebrities", "famous", "popular", "viral", "hot", "skew", "skewed", "trending", "influencer", "star",
    "유명인", "인기", "셀럽", "바이럴", "핫", "쏠림", "쏠리", "연예인"],
  feature: ["day one", "able to do", "댓글", "include", "support", "profile", "payment", "payments", "notification", "search", "recommendation", "functionality", "만들어야", "지원해야", "포함", "필요한",
    "feature", "functional", "functionality", "requirement", "scope", "case", "mvp",
    "기능", "요구사항", "범위", "스코프"],
  platform: ["smartwatch", "smartwatches", "wearable", "wearables", "computer", "computers", "laptop", "windows", "mac", "폰", "휴대폰", "핸드폰", "스마트폰", "컴퓨터", "노트북", "티비", "윈도우", "맥", "their own code", "plug into", "programmatically", "자기 코드", "smart tv", "tv", "console", "consoles", "pc", "콘솔", "스마트tv", "callers", "caller", "phone", "phones", "device", "devices", "api", "third party", "third-party", "partner", "partners", "tablet", "os", "sdk", "integration", "기기", "단말", "데스크톱", "서드파티", "외부", "파트너",
    "mobile", "web", "ios", "android", "browser", "platform", "desktop", "client", "app",
    "모바일", "웹", "앱", "플랫폼", "브라우저", "클라이언트", "아이폰", "안드로이드"],
  current: ["team", "teams", "engineers", "headcount", "staff", "팀", "팀원", "개발팀", "인력", "엔지니어", "cloud", "on-prem", "onprem", "aws", "gcp", "azure", "tooling", "infrastructure", "monolith", "backend", "starting point", "클라우드", "인프라", "운영 환경", "온프레미스", "모놀리스", "스텍",
    "current", "currently", "existing", "today", "legacy", "stack", "running",
    "현재", "기존", "스택", "레거시"],
  slowwork: ["bank", "banks", "bank api", "은행", "인덱스", "reindex", "re-index", "인덱싱", "ocr", "extraction", "추출", "convert", "conversion", "converting", "resize", "resizing", "변환", "리사이징", "뿌리는", "encoding", "인코딩", "processing time", "처리 시간", "geocoding", "fanout", "fan-out", "provider", "gateway", "webhook", "aggregation", "aggregate", "aggregating", "post-processing", "postprocessing", "transcode", "indexing", "downstream", "side effect", "background work", "async work",
    "팬아웃", "제공자", "게이트웨이", "웹훅", "집계", "후처리", "부수 작업", "백그라운드", "비동기", "외부 호출", "트랜스코딩"],
  security: ["보호", "access control", "audit", "audit log", "moderation", "moderate", "phishing", "malware", "virus", "bad actors", "logged in", "log in", "anonymous", "rate limiting", "rate limit", "throttle", "throttling", "익명", "검열", "도배", "피싱", "악성코드", "접근 권한", "private", "pretending", "impersonate", "impersonation", "scrape", "scraping", "scraper", "비공개", "긁어", "사칭", "못 보게", "볼 수 없", "spammer", "spammers", "abusive", "hammer", "hammers", "scalper", "scalping", "cheat", "cheating", "봇", "매크로", "어뷰징", "도용", "부정 사용", "safe", "fraud", "ddos", "https", "encrypt", "encryption", "oauth", "attack", "verify", "captcha", "fake", "password", "token", "hacker", "암호화", "가짜", "해킹", "공격", "비밀번호", "보얀",
    "auth", "authentication", "authorization", "login", "security", "secure", "spam", "abuse", "privacy", "permission", "malicious", "bot",
    "보안", "인증", "로그인", "스팸", "악용", "권한", "개인정보", "악성"],
};
