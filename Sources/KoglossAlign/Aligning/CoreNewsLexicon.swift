import KoglossText

/// A small built-in Korean-English lexicon of everyday North Korea news vocabulary (people, places, trade, food,
/// law and order, the military), so paragraphs without numbers or glossary terms still share some anchors.
/// Korean entries match at a word start with any ending (처벌 in 처벌받았다); English entries match whole words
/// after inflection is folded. Frequency weighting per document keeps common words from counting much.
public struct CoreNewsLexicon: AnchorLexicon {
    /// (Korean stems, English words or phrases) per concept.
    static let entries: [(ko: [String], en: [String])] = [
        (["군인", "병사", "군대"], ["soldier", "troop", "military", "army"]),
        (["농장원", "농민"], ["farmer", "farm worker", "farmhand"]),
        (["협동농장", "농장"], ["farm", "cooperative farm"]),
        (["주민"], ["resident", "people", "citizen", "locals", "north koreans"]),
        (["당국"], ["authorities", "authority", "regime", "government"]),
        (["소식통"], ["source"]),
        (["장마당", "시장"], ["market", "marketplace"]),
        (["가격", "값"], ["price", "cost"]),
        (["쌀", "벼"], ["rice", "paddy"]),
        (["옥수수", "강냉이"], ["corn", "maize"]),
        (["식량", "곡물", "곡식", "먹을거리"], ["food", "grain", "provision"]),
        (["돈", "현금", "외화"], ["money", "cash", "currency", "foreign currency"]),
        (["달러", "딸라"], ["dollar", "usd"]),
        (["위안", "위안화"], ["yuan", "rmb"]),
        (["원"], ["won"]),
        (["중국"], ["china", "chinese"]),
        (["러시아", "로씨야"], ["russia", "russian"]),
        (["미국"], ["united states", "american", "america", "washington"]),
        (["일본"], ["japan", "japanese"]),
        (["국경", "국경지역", "국경지대"], ["border", "border area", "border region"]),
        (["밀수"], ["smuggling", "smuggle", "smuggler"]),
        (["탈북", "탈북민", "탈북자"], ["defector", "defection", "defect", "escape"]),
        (["체포", "구속", "검거", "단속"], ["arrest", "arrested", "detain", "detained", "crackdown", "crack down"]),
        (["처벌", "처형", "총살"], ["punish", "punished", "punishment", "execute", "executed", "execution"]),
        (["교화소", "관리소", "수용소", "노동단련대", "로동단련대"], ["prison", "prison camp", "labor camp", "labour camp", "reeducation camp", "correctional facility"]),
        (["재판", "공개재판"], ["trial", "court"]),
        (["학생", "대학생"], ["student", "pupil"]),
        (["학교", "대학", "학원"], ["school", "university", "college", "academy"]),
        (["졸업생", "졸업"], ["graduate", "graduation"]),
        (["교사", "교원", "선생"], ["teacher", "instructor"]),
        (["병원", "의사", "치료"], ["hospital", "doctor", "treatment", "medical"]),
        (["의약품", "약품"], ["medicine", "drug", "medication"]),
        (["전기", "전력", "정전"], ["electricity", "power", "blackout", "power outage"]),
        (["휘발유", "연유", "연료", "디젤"], ["fuel", "gasoline", "diesel", "petrol"]),
        (["석탄", "탄광"], ["coal", "coal mine"]),
        (["공장", "기업소"], ["factory", "enterprise", "plant"]),
        (["노동자", "로동자", "근로자", "종업원"], ["worker", "laborer", "labourer", "employee"]),
        (["월급", "임금", "생활비", "노임", "로임"], ["wage", "salary", "pay"]),
        (["세금", "상납", "충성자금"], ["tax", "fee", "loyalty fund", "kickback"]),
        (["뇌물"], ["bribe", "bribery"]),
        (["간부"], ["official", "cadre"]),
        (["가족", "가정", "부모", "자녀", "아이"], ["family", "families", "parent", "child", "children", "kid"]),
        (["여성", "녀성", "여자"], ["woman", "women", "female"]),
        (["청년", "젊은"], ["young", "youth", "young people"]),
        (["노인", "로인"], ["elderly", "old people", "senior"]),
        (["집", "살림집", "주택", "아파트"], ["house", "home", "housing", "apartment"]),
        (["홍수", "장마", "폭우", "집중호우", "큰물"], ["flood", "flooding", "rain", "rainfall", "downpour", "monsoon"]),
        (["가뭄"], ["drought"]),
        (["추위", "한파", "겨울"], ["cold", "winter", "cold snap"]),
        (["농사", "수확", "가을걷이", "모내기"], ["harvest", "farming", "crop", "planting", "rice planting"]),
        (["비료"], ["fertilizer", "fertiliser"]),
        (["휴대전화", "손전화", "핸드폰", "전화"], ["phone", "mobile phone", "cellphone", "cell phone", "smartphone", "call"]),
        (["한국 드라마", "드라마", "영화", "영상물"], ["drama", "film", "movie", "video"]),
        (["라디오", "방송"], ["radio", "broadcast", "broadcasting"]),
        (["미사일"], ["missile"]),
        (["핵"], ["nuclear"]),
        (["발사"], ["launch", "launched", "fire", "fired"]),
        (["훈련"], ["training", "drill", "exercise"]),
        (["무기", "무기체계"], ["weapon", "weaponry", "arms"]),
        (["전쟁", "전투", "전장"], ["war", "battle", "combat", "battlefield", "fighting"]),
        (["사망", "죽음", "숨지", "사상자", "희생"], ["death", "dead", "die", "died", "killed", "casualty", "casualties"]),
        (["부상"], ["injury", "injured", "wounded"]),
        (["파병", "파견"], ["deployment", "deploy", "deployed", "dispatch", "dispatched"]),
        (["회의", "회의에서"], ["meeting", "session", "conference"]),
        (["지시", "명령", "방침", "포치"], ["order", "instruction", "directive", "ordered", "instructed"]),
        (["강연", "학습", "교양", "사상교양"], ["lecture", "study session", "indoctrination", "education"]),
        (["선전", "선동"], ["propaganda", "agitation"]),
        (["평양"], ["pyongyang"]),
        (["신의주"], ["sinuiju"]),
        (["혜산"], ["hyesan"]),
        (["청진"], ["chongjin"]),
        (["함흥"], ["hamhung"]),
        (["압록강"], ["yalu", "yalu river"]),
        (["두만강"], ["tumen", "tumen river"]),
        (["무역", "수출", "수입"], ["trade", "export", "import", "trading"]),
        (["화물", "트럭", "차량", "자동차", "버스", "열차", "기차"], ["cargo", "truck", "vehicle", "car", "bus", "train"]),
        (["배", "선박", "어선"], ["ship", "boat", "vessel", "fishing boat"]),
        (["물고기", "수산", "어업"], ["fish", "fishing", "fishery", "seafood"]),
        (["돼지", "고기"], ["pig", "pork", "meat"]),
        (["소문"], ["rumor", "rumour", "rumors"]),
        (["불만"], ["complaint", "discontent", "frustration", "frustrated", "dissatisfaction", "resentment"]),
        (["비밀", "기밀"], ["secret", "secrecy", "classified"]),
        (["감시", "통제"], ["surveillance", "monitor", "monitoring", "control"]),
        (["코로나", "전염병", "방역"], ["covid", "pandemic", "epidemic", "quarantine", "coronavirus"]),
        (["조사", "검열", "검사"], ["investigation", "inspection", "probe", "investigate", "inspect"]),
    ]

    /// Built once: the lexicon is the same for every aligner.
    static let korean: KoreanStemTrie = {
        var korean: [(stem: String, concept: Int)] = []
        for (number, entry) in CoreNewsLexicon.entries.enumerated() { korean += entry.ko.map { ($0, number) } }
        return KoreanStemTrie(korean)
    }()

    static let english: EnglishPhraseTable = {
        var english: [(phrase: String, concept: Int)] = []
        for (number, entry) in CoreNewsLexicon.entries.enumerated() { english += entry.en.map { ($0, number) } }
        return EnglishPhraseTable(english)
    }()

    public init() {}

    /// One-syllable stems (쌀, 돈, 배) count only as whole words or before a particle, not inside longer words.
    public func koreanConcepts(in text: String) -> [Int] {
        var text = text
        return text.withUTF8 { CoreNewsLexicon.korean.find(utf8: $0) }
    }

    public func englishConcepts(in text: String) -> [Int] {
        var text = text
        return text.withUTF8 { CoreNewsLexicon.english.find(utf8: $0) }
    }
}
