#!/usr/bin/env python3
"""Writes the lint accuracy collection: pairs/NN-name.txt (English), NN-name.ko.txt (Korean source) and
NN-name.labels.json (expected findings) against glossary.tbx. Run from this folder: python3 make_pairs.py

A label is {"rule", "text", "occurrence"} (the occurrence-th occurrence of text in the English file,
1-based), or {"rule", "koParagraph"} / {"rule", "enParagraph"} (0-based paragraph index) for findings
about a whole paragraph. Every other finding is a false positive."""
import json, os

def T(rule, text, occurrence=1): return {"rule": rule, "text": text, "occurrence": occurrence}
def KP(rule, index): return {"rule": rule, "koParagraph": index}
def EP(rule, index): return {"rule": rule, "enParagraph": index}

PAIRS = []
def pair(name, ko, en, labels=(), date=None, note=""):
    PAIRS.append((name, ko, en, list(labels), date, note))

# ---- deprecated-term ----
pair("deprecated-basic",
     ["북한 당국이 전략군에 기술 분야 졸업생들을 대거 모집하고 있다고 소식통이 전했다.",
      "소식통은 졸업생들이 곧 훈련소로 향할 예정이라고 말했다."],
     ["North Korean authorities are recruiting large numbers of technology graduates into the Strategic Military Command, a source said.",
      "The source said the graduates will soon head to a training camp."],
     [T("deprecated-term", "Strategic Military Command")])
pair("deprecated-possessive",
     ["전략군의 신병들은 엄격한 신원조회를 거친다고 한다.",
      "가족 중에 행방불명자가 있는 졸업생은 선발되지 않는다."],
     ["The Strategic Military Command’s new recruits reportedly undergo strict background checks.",
      "Graduates with missing family members are not selected."],
     [T("deprecated-term", "Strategic Military Command")])
pair("deprecated-line-break",
     ["군 당국은 올해 전략군의 규모를 늘리기로 했다고 소식통이 밝혔다.",
      "이를 위해 각 도에서 졸업생 명단을 작성하고 있다."],
     ["Military authorities have decided to expand the Strategic\nMilitary Command this year, according to the source.",
      "To that end, each province is drawing up a list of graduates."],
     [T("deprecated-term", "Strategic\nMilitary Command")], note="deprecated term split by a soft line break")
pair("superseded-plural",
     ["전략군 부대들은 최근 새로운 발사 훈련을 시작했다.",
      "훈련은 한 달 동안 계속될 예정이다."],
     ["Units of the Strategic Rocket Forces recently began new launch drills.",
      "The drills are expected to continue for a month."],
     [T("deprecated-term", "Strategic Rocket Forces")])
pair("correct-strategic-force",
     ["전략군은 올해 정보기술대학 졸업생들을 받아들였다.",
      "전략군의 간부들은 졸업생들의 기술 수준에 만족하고 있다고 한다.",
      "소식통은 전략군에서 근무하는 것이 큰 영예로 여겨진다고 말했다."],
     ["The Strategic Force took in graduates of the Information Technology Academy this year.",
      "Officers of the Strategic Force’s missile units are reportedly satisfied with the graduates’ technical skills.",
      "The source said serving in the Strategic\nForce is considered a great honor."],
     [], note="possessive and a term split by a line break, all correct")
pair("peoples-army-inside-longer-term",
     ["조선인민군 총정치국은 지난주 새로운 지침을 내려보냈다.",
      "소식통은 인민군 내부에서 불만이 커지고 있다고 전했다."],
     ["The General Political Bureau of the Korean People's Army sent down new guidelines last week.",
      "The source said discontent is growing within the People's Army."],
     [T("deprecated-term", "People's Army", 2)], note="the first occurrence is inside a longer term")
pair("kpa-correct",
     ["조선인민군은 이번 달 대규모 동계훈련을 마쳤다.",
      "소식통은 조선인민군 병사들이 식량 부족에 시달렸다고 말했다."],
     ["The Korean People's Army completed large-scale winter drills this month.",
      "The source said soldiers of the Korean People's Army suffered from food shortages."],
     [])
pair("deprecated-peoples-safety",
     ["인민보안성은 최근 밀수 단속을 강화하라는 지시를 내렸다.",
      "국경 지역 주민들은 긴장하고 있다고 소식통이 전했다."],
     ["The Ministry of People's Safety recently ordered a crackdown on smuggling.",
      "Residents of border areas are tense, a source said."],
     [T("deprecated-term", "Ministry of People's Safety")], date="2019-04-02")
pair("deprecated-workers-party",
     ["조선노동당 중앙위원회는 지난달 전원회의를 열었다.",
      "회의에서는 농업 문제가 주로 논의됐다."],
     ["The Central Committee of the Korean Workers' Party held a plenary meeting last month.",
      "The meeting mainly discussed agricultural issues."],
     [T("deprecated-term", "Korean Workers' Party")])
pair("deprecated-lightning-corps",
     ["폭풍군단 병사들은 러시아로 파병되기 전에 강도 높은 훈련을 받았다.",
      "소식통은 병사들의 사기가 낮다고 전했다."],
     ["Soldiers of the Lightning Corps underwent intensive training before being dispatched to Russia.",
      "The source said the soldiers' morale is low."],
     [T("deprecated-term", "Lightning Corps")])
pair("deprecated-state-security-ministry",
     ["국가보위성은 국경 지역에 검열단을 파견했다.",
      "검열단은 휴대전화 사용자들을 집중적으로 조사하고 있다."],
     ["The State Security Ministry dispatched an inspection team to the border region.",
      "The team is focusing its investigation on mobile phone users."],
     [T("deprecated-term", "State Security Ministry")], date="2019-08-14")
pair("lowercase-term-at-sentence-start",
     ["인민반 회의는 매달 열린다.",
      "인민반장들은 주민들의 동향을 보고해야 한다.",
      "하사들은 이 회의에 참석하지 않는다."],
     ["People's unit meetings are held every month.",
      "The heads of each people's unit must report on residents' activities.",
      "Lance corporals do not attend these meetings."],
     [], note="lower-case terms written with a capital at a sentence start")

# ---- wrong-term ----
pair("wrong-mss-for-social-security",
     ["사회안전성은 최근 장마당 단속을 강화했다.",
      "상인들은 단속을 피하기 위해 장사 시간을 줄였다."],
     ["The Ministry of State Security recently intensified crackdowns on markets.",
      "Traders have cut their trading hours to avoid the crackdowns."],
     [T("wrong-term", "Ministry of State Security")], date="2021-09-10")
pair("wrong-social-security-for-mss",
     ["국가보위성은 외부 정보 유입을 막기 위해 검열을 강화했다.",
      "적발된 주민들은 노동단련대에 보내졌다."],
     ["The Ministry of Social Security has stepped up inspections to block the inflow of outside information.",
      "Residents caught were sent to labor training camps."],
     [T("wrong-term", "Ministry of Social Security")], date="2021-11-03")
pair("wrong-rank-colonel",
     ["이번 사건으로 상좌 한 명이 해임됐다.",
      "소식통은 해임이 이례적이라고 말했다."],
     ["A Senior Colonel was dismissed over the incident.",
      "The source said the dismissal was unusual."],
     [T("wrong-term", "Senior Colonel")])
pair("senior-colonel-contains-colonel",
     ["대좌 계급의 연대장이 새로 임명됐다.",
      "그는 전방 부대에서 오래 복무했다."],
     ["A regimental commander with the rank of Senior Colonel was newly appointed.",
      "He served for a long time in frontline units."],
     [], note="Colonel inside Senior Colonel is not a separate term")
pair("homograph-major-general",
     ["이번 훈련은 소장 계급의 사단장이 지휘했다.",
      "훈련에는 포병 부대도 참가했다."],
     ["The drill was commanded by a division commander with the rank of Major General.",
      "Artillery units also took part in the drill."],
     [], note="소장 is Major General or Rear Admiral: either rendering is right")
pair("wrong-publication",
     ["조선중앙통신은 이날 새 법령이 채택됐다고 보도했다.",
      "법령은 다음 달부터 시행된다."],
     ["The Rodong Sinmun reported that day that a new decree had been adopted.",
      "The decree takes effect next month."],
     [T("wrong-term", "Rodong Sinmun")])
pair("wrong-term-second-paragraph",
     ["사회안전성은 올해 주민 등록 사업을 새로 시작했다.",
      "소식통에 따르면 사회안전성 간부들이 각 가정을 방문하고 있다."],
     ["The Ministry of Social Security launched a new resident registration project this year.",
      "According to the source, officials of the Ministry of State Security are visiting each household."],
     [T("wrong-term", "Ministry of State Security")], date="2022-02-15")

# ---- missing-term ----
pair("missing-strategic-force",
     ["졸업생들은 모두 전략군에 입대하게 된다.",
      "소식통은 이 조치가 이례적이라고 말했다."],
     ["All the graduates will join the missile unit.",
      "The source said the measure was unusual."],
     [EP("missing-term", 0)])
pair("missing-mobilization-office",
     ["도당위원회는 졸업생 명단을 작성하라고 지시했다.",
      "군사동원부는 졸업생들의 체력검정 기록을 검토하고 있다."],
     ["The provincial party committee ordered a list of graduates to be drawn up.",
      "The provincial office is reviewing the graduates' physical fitness records."],
     [EP("missing-term", 1)])
pair("missing-security-command",
     ["보위국은 새 연구소를 설립했다.",
      "연구소는 도청 장비를 개발한다."],
     ["The military's counter-intelligence arm set up a new research center.",
      "The center develops bugging equipment."],
     [EP("missing-term", 0)], date="2020-07-01")
pair("particles-correct",
     ["전략군에서는 올해 신병 교육을 강화했다.",
      "전략군으로 배치된 졸업생들은 기술 부서에서 일한다."],
     ["The Strategic Force has strengthened training for new recruits this year.",
      "Graduates assigned to the Strategic Force work in technical departments."],
     [], note="particles after the Korean term")
pair("north-korean-spelling",
     ["로동신문은 량강도의 감자 농사 성과를 크게 보도했다.",
      "신문은 농민들의 노력을 치하했다."],
     ["The Rodong Sinmun gave wide coverage to the potato harvest in Yanggang Province.",
      "The newspaper praised the farmers' efforts."],
     [], note="North Korean spellings 로동신문, 량강도")
pair("korean-word-containing-term",
     ["보위국장이 직접 검열을 지휘했다고 한다.",
      "하사관 출신의 간부들이 검열에 동원됐다."],
     ["The bureau chief reportedly led the inspection personally.",
      "Officials who had been non-commissioned officers were mobilized for the inspection."],
     [], note="보위국장 is not 보위국; 하사관 is not 하사")
pair("missing-person",
     ["김정은이 이날 군수공장을 현지지도했다.",
      "그는 생산 계획을 초과 달성하라고 지시했다."],
     ["The North Korean leader gave on-site guidance at a munitions factory that day.",
      "He ordered that the production plan be exceeded."],
     [EP("missing-term", 0)])
pair("person-surname",
     ["김정은이 평양의 새 병원 건설 현장을 방문했다.",
      "김정은은 공사를 서두르라고 지시했다."],
     ["Kim Jong Un visited the construction site of a new hospital in Pyongyang.",
      "Kim ordered the work to be accelerated."],
     [], note="the surname alone renders a person after the first mention")
pair("missing-second-mention",
     ["전략군은 새 미사일 기지를 건설하고 있다.",
      "공사에는 전략군 소속 공병들이 동원됐다."],
     ["The Strategic Force is building a new missile base.",
      "Engineers were mobilized for the construction."],
     [EP("missing-term", 1)])
pair("missing-technology-department",
     ["보위국 기술국은 도청 자료 분석을 맡고 있다.",
      "기술국은 최근 인원을 늘렸다."],
     ["The Military Security Command’s technology department is in charge of analyzing wiretapped material.",
      "The unit recently increased its staff."],
     [EP("missing-term", 1)], date="2021-06-20")

# ---- number-mismatch ----
pair("number-date-mismatch",
     ["소식통은 3월 24일 도 군사동원부에 명령이 하달됐다고 전했다.",
      "명령은 최고사령관 명의로 내려졌다."],
     ["The source said an order was issued to the province's Military Mobilization Office on Mar. 25.",
      "The order was issued in the name of the Supreme Commander."],
     [T("number-mismatch", "Mar. 25")])
pair("number-approximate-mismatch",
     ["새 연구소는 300여 명의 인원으로 출발했다.",
      "인원 중에는 박사원생들도 포함돼 있다."],
     ["The new research center started off with about 200 personnel.",
      "The personnel include doctoral students."],
     [T("number-mismatch", "200")])
pair("numbers-match",
     ["이번 행사에는 3만 명이 동원됐다고 소식통이 3월 31일 전했다.",
      "행사는 2시간 동안 진행됐다."],
     ["About 30,000 people were mobilized for the event, a source said on Mar. 31.",
      "The event lasted 2 hours."],
     [], note="3만 = 30,000; 3월 31일 = Mar. 31")
pair("number-year-mismatch",
     ["이 법은 2023년에 채택됐다.",
      "법을 어긴 주민들은 엄한 처벌을 받는다."],
     ["The law was adopted in 2022.",
      "Residents who violate the law face severe punishment."],
     [T("number-mismatch", "2022")])
pair("number-percent-mismatch",
     ["올해 쌀값은 지난해보다 12% 올랐다.",
      "주민들의 생활은 더 어려워졌다."],
     ["Rice prices this year rose 15% from last year.",
      "Residents' lives have become more difficult."],
     [T("number-mismatch", "15%")])
pair("numbers-words-and-digits",
     ["졸업생들은 2년간의 교육을 받았다.",
      "교육은 10월에 끝났다."],
     ["The graduates received two years of training.",
      "The training ended in October."],
     [], note="a spelled-out number against digits")

# ---- omitted-paragraph / added-paragraph ----
pair("omitted-middle",
     ["북한 당국이 국경 지역에서 밀수 단속을 강화하고 있다고 소식통이 전했다.",
      "소식통에 따르면 단속반은 야간에도 강가를 순찰하며 주민들의 출입을 통제하고 있으며, 적발된 사람들은 현장에서 조사를 받는다.",
      "주민들은 생계가 막막해졌다고 호소하고 있다."],
     ["North Korean authorities are intensifying crackdowns on smuggling in border areas, a source said.",
      "Residents are complaining that they have lost their livelihoods."],
     [KP("omitted-paragraph", 1)])
pair("omitted-last",
     ["평양의 한 소식통은 최근 식량 가격이 크게 올랐다고 전했다.",
      "소식통은 특히 옥수수 가격이 많이 올랐다고 말했다.",
      "주민들은 장마당에서 식량을 구하기 어려워졌다.",
      "한편 당국은 식량 사정에 대한 소문을 퍼뜨리는 사람들을 단속하겠다고 경고했으며 인민반 회의에서도 이 문제를 거론했다."],
     ["A source in Pyongyang said food prices have risen sharply recently.",
      "The source said corn prices in particular have risen a lot.",
      "Residents are finding it hard to obtain food at the markets."],
     [KP("omitted-paragraph", 3)])
pair("added-last",
     ["국가보위성은 외국 영화를 본 청년들을 체포했다.",
      "체포된 청년들은 공개재판에 회부될 예정이다."],
     ["The Ministry of State Security arrested young people who had watched foreign films.",
      "The arrested youths are expected to face a public trial.",
      "Watching foreign media has been punishable by long prison terms since a law adopted several years ago, and the authorities have repeatedly held public trials to deter residents."],
     [EP("added-paragraph", 2)], date="2022-05-04")
pair("added-middle",
     ["전략군은 올해 새 훈련 규정을 도입했다.",
      "규정에 따르면 병사들은 매일 체력 훈련을 받아야 한다.",
      "소식통은 병사들의 불만이 크다고 전했다."],
     ["The Strategic Force introduced new training regulations this year.",
      "Under the regulations, soldiers must undergo physical training every day.",
      "Daily NK has previously reported on the harsh conditions faced by rank-and-file soldiers, many of whom suffer from malnutrition and lack of sleep during their years of service.",
      "The source said the soldiers are very dissatisfied."],
     [EP("added-paragraph", 2)])

# ---- inconsistent-term ----
pair("inconsistent-security-command",
     ["보위국은 새 연구소를 세웠다.",
      "보위국은 연구소에 최고의 기술자들을 배치했다.",
      "보위국은 연구소 인원들을 감시하라는 지시도 내렸다."],
     ["The Military Security Command set up a new research center.",
      "The Military Security Command assigned its best technicians to the center.",
      "The Security Bureau also ordered the center's personnel to be monitored."],
     [T("inconsistent-term", "Security Bureau")], date="2021-06-01")
pair("inconsistent-defence-spelling",
     ["국방위원회는 이날 성명을 발표했다.",
      "국방위원회는 성명에서 남측을 비난했다."],
     ["The National Defence Commission issued a statement that day.",
      "In the statement, the National Defense Commission denounced the South."],
     [T("inconsistent-term", "National Defense Commission")], date="2014-02-10")
pair("acronym-and-full-form-consistent",
     ["국가보위성은 국경 경비를 강화했다.",
      "국가보위성은 탈북 시도를 막기 위해 감시 인원을 늘렸다."],
     ["The Ministry of State Security (MSS) has strengthened border security.",
      "The MSS increased surveillance personnel to prevent defection attempts."],
     [], date="2019-10-10", note="an introduced acronym beside its full form")
pair("kpa-acronym-introduced",
     ["조선인민군은 새 군복을 지급했다.",
      "조선인민군 병사들은 새 군복에 만족하고 있다."],
     ["The Korean People's Army (KPA) has issued new uniforms.",
      "KPA soldiers are satisfied with the new uniforms."],
     [])

# ---- acronym ----
pair("acronym-before-intro",
     ["군사동원부는 명령을 받자마자 움직였다.",
      "군사동원부는 졸업생들의 서류를 검토하고 있다."],
     ["The MMO moved as soon as it received the order.",
      "The Military Mobilization Office (MMO) is reviewing the graduates' documents."],
     [T("acronym", "MMO")])
pair("acronym-never-introduced",
     ["도 군사동원부에 명령이 하달됐다.",
      "군사동원부는 신속하게 움직였다."],
     ["An order was issued to the province's Military Mobilization Office.",
      "The MMO reportedly responded swiftly."],
     [T("acronym", "MMO")], note="the full form alone does not introduce the acronym")
pair("acronym-mss-bare",
     ["국가보위성은 휴대전화 검열을 시작했다.",
      "주민들은 불안해하고 있다."],
     ["The MSS has begun inspecting mobile phones.",
      "Residents are anxious."],
     [T("acronym", "MSS")], date="2020-03-03")
pair("acronym-inside-longer-word",
     ["해커들이 외국 기업의 서버를 공격했다.",
      "공격은 며칠 동안 계속됐다."],
     ["Hackers attacked MSSQL servers of foreign companies.",
      "The attacks continued for several days."],
     [], note="MSS inside MSSQL is not the acronym")
pair("acronym-introduced-reverse",
     ["조선중앙통신은 이날 새 위성 발사를 보도했다.",
      "조선중앙통신은 발사가 성공적이었다고 주장했다."],
     ["KCNA (Korean Central News Agency) reported the launch of a new satellite that day.",
      "KCNA claimed the launch was successful."],
     [], note="acronym introduced with the full form in brackets after it")
pair("acronym-kpa-then-intro",
     ["인민군 병사들이 농촌 지원에 동원됐다.",
      "조선인민군 총참모부는 지원 기간을 연장했다."],
     ["KPA soldiers were mobilized to help on farms.",
      "The General Staff of the Korean People's Army (KPA) extended the support period."],
     [T("acronym", "KPA")])

# ---- romanization ----
pair("romanization-hyphen",
     ["김정은이 전략군 부대를 시찰했다.",
      "그는 훈련 성과에 만족을 표시했다."],
     ["Kim Jong-un inspected a Strategic Force unit.",
      "He expressed satisfaction with the results of the training."],
     [T("romanization", "Kim Jong-un")])
pair("romanization-joined",
     ["김정은은 새 규정을 승인했다.",
      "규정은 즉시 시행됐다."],
     ["Kim Jongun approved the new regulations.",
      "The regulations took effect immediately."],
     [T("romanization", "Kim Jongun")])
pair("romanization-ryanggang",
     ["양강도의 한 소식통이 이 소식을 전했다.",
      "소식통은 주민들이 동요하고 있다고 말했다."],
     ["A source in Ryanggang Province relayed the news.",
      "The source said residents are restless."],
     [T("romanization", "Ryanggang Province")])
pair("romanization-shinmun",
     ["노동신문은 이날 사설을 실었다.",
      "사설은 자력갱생을 강조했다."],
     ["The Rodong Shinmun carried an editorial that day.",
      "The editorial stressed self-reliance."],
     [T("romanization", "Rodong Shinmun")])
pair("romanization-ri",
     ["리병철이 미사일 시험 발사를 참관했다.",
      "시험은 성공적이었다고 한다."],
     ["Ri Byong-chol observed the missile test launch.",
      "The test was reportedly successful."],
     [T("romanization", "Ri Byong-chol")])
pair("romanization-correct-forms",
     ["김정은의 양강도 방문은 3일간 계속됐다.",
      "김정은은 평양으로 돌아가기 전에 공장을 둘러봤다."],
     ["Kim Jong Un’s visit to Yanggang Province lasted 3 days.",
      "Kim toured a factory before returning to Pyongyang."],
     [], note="possessive name, surname alone")
pair("romanization-pyeongyang",
     ["평양의 한 주민은 전기 사정이 나아지지 않았다고 말했다.",
      "주민들은 촛불로 밤을 보내고 있다."],
     ["A resident of Pyeongyang said the electricity situation has not improved.",
      "Residents are spending their nights by candlelight."],
     [T("romanization", "Pyeongyang")])

# ---- anachronism ----
pair("anachronism-peoples-security",
     ["인민보안성은 장마당 단속을 지시했다.",
      "상인들은 물건을 숨겼다."],
     ["The Ministry of People's Security ordered a crackdown on markets.",
      "Traders hid their goods."],
     [T("anachronism", "Ministry of People's Security")], date="2021-03-05",
     note="the Korean keeps the old name too")
pair("anachronism-and-wrong-term",
     ["사회안전성은 도로 통제를 강화했다.",
      "통행증이 없는 주민들은 돌려보내졌다."],
     ["The Ministry of People's Security tightened road controls.",
      "Residents without travel permits were turned back."],
     [T("anachronism", "Ministry of People's Security"), T("wrong-term", "Ministry of People's Security")], date="2022-01-12")
pair("anachronism-ssd",
     ["국가안전보위부는 탈북자 가족들을 감시하고 있다.",
      "감시는 밤낮으로 이뤄진다."],
     ["The State Security Department is monitoring the families of defectors.",
      "The surveillance goes on day and night."],
     [T("anachronism", "State Security Department")], date="2019-07-07")
pair("in-period-peoples-security",
     ["인민보안성은 장마당 단속을 지시했다.",
      "상인들은 물건을 숨겼다."],
     ["The Ministry of People's Security ordered a crackdown on markets.",
      "Traders hid their goods."],
     [], date="2019-05-20", note="the name was in force then")
pair("former-name-marked",
     ["과거 인민보안성이었던 사회안전성은 새 규정을 발표했다.",
      "규정은 다음 달부터 적용된다."],
     ["The Ministry of Social Security, the former Ministry of People's Security, announced new regulations.",
      "The regulations apply from next month."],
     [], date="2021-08-30", note="a historical mention is not an anachronism")
pair("shared-rendering-two-periods",
     ["보위사령부는 당시 군 간부들의 비리를 조사했다.",
      "조사는 몇 달 동안 계속됐다."],
     ["The Military Security Command investigated corruption among military officers at the time.",
      "The investigation lasted several months."],
     [], date="2010-05-05", note="the same English name belongs to two periods")
pair("anachronism-ndc",
     ["국방위원회는 이날 담화를 발표했다.",
      "담화는 미국을 비난했다."],
     ["The National Defence Commission issued a statement that day.",
      "The statement denounced the United States."],
     [T("anachronism", "National Defence Commission")], date="2017-09-22")

# ---- untranslated ----
pair("untranslated-word",
     ["장마당 상인들은 단속을 피해 골목에서 장사를 한다.",
      "단속원들은 뇌물을 받고 눈감아 준다."],
     ["Local 장마당 traders avoid the crackdowns by trading in alleys.",
      "Inspectors take bribes and look the other way."],
     [T("untranslated", "장마당")])
pair("glossed-original",
     ["그는 올해 참모로 승진했다.",
      "소식통은 그가 유능한 군관이라고 말했다."],
     ["He was promoted to \"staff officer\" (참모) this year.",
      "The source said he is a capable officer."],
     [], note="a glossed original in parentheses")
pair("untranslated-and-glossed",
     ["돌격대원들은 건설 현장에 배치됐다.",
      "돌격대는 석 달 동안 일한다."],
     ["The 돌격대 members were assigned to construction sites.",
      "The \"shock brigade\" (돌격대) works for three months."],
     [T("untranslated", "돌격대", 1)])

# ---- mixed and clean ----
pair("mixed-several-rules",
     ["군사동원부는 3월 28일 전략군에 입대할 졸업생들을 선발하라는 지시를 받았다.",
      "신체검사에서 떨어진 졸업생들은 일반 부대에 입대한다."],
     ["On Mar. 27, the MMO was reportedly ordered to select graduates to enter the Strategic Military Command.",
      "Graduates who failed their physical examinations will join regular units."],
     [T("number-mismatch", "Mar. 27"), T("acronym", "MMO"), T("deprecated-term", "Strategic Military Command")])
pair("clean-article",
     ["전략군에 선발된 졸업생들에게는 하사 군사칭호가 부여될 것으로 알려졌다.",
      "정보기술대학에서 받은 교육을 군 복무 기간으로 인정해주려는 조치다.",
      "일부 졸업생들은 평양의 군사대학에 진학할 수 없게 돼 실망하고 있다."],
     ["Those selected for the Strategic Force will reportedly be given the rank of lance corporals.",
      "The measure recognizes the training they received at the Information Technology Academy as part of their military service.",
      "Some graduates are disappointed because they will no longer be able to enter military universities in Pyongyang."],
     [], note="plural term, all correct")
pair("clean-security-article",
     ["보위국 기술국은 새 연구소를 만들었다.",
      "연구소는 김정은의 신변 경호 장비를 개발한다.",
      "국가보위성 산하에도 같은 이름의 연구소가 있다."],
     ["The Military Security Command’s technology department created a new research center.",
      "The center develops personal protection equipment for Kim Jong Un.",
      "A lab with the same name operates under the Ministry of State Security."],
     [], date="2023-06-10")
pair("deprecated-and-correct-same-doc",
     ["전략군은 새 부대를 창설했다.",
      "전략군 사령부는 부대 간부들을 새로 임명했다."],
     ["The Strategic Force created a new unit.",
      "The headquarters of the Strategic Military Command appointed new officers for the unit."],
     [T("deprecated-term", "Strategic Military Command")])
pair("storm-corps-correct",
     ["폭풍군단은 러시아 파병을 앞두고 사격 훈련을 강화했다.",
      "폭풍군단 병사들은 10년 이상 복무한다."],
     ["The Storm Corps intensified shooting practice ahead of its deployment to Russia.",
      "Soldiers of the Storm Corps serve for more than 10 years."],
     [])
pair("workers-party-correct-nk-spelling",
     ["조선로동당 창건 기념일을 맞아 평양에서 행사가 열렸다.",
      "행사에는 주민들이 대거 동원됐다."],
     ["An event was held in Pyongyang to mark the founding anniversary of the Workers' Party of Korea.",
      "Large numbers of residents were mobilized for the event."],
     [])
pair("kcna-intro-correct",
     ["조선중앙통신은 김정은이 새 공장을 방문했다고 보도했다.",
      "조선중앙통신은 공장이 현대적으로 꾸려졌다고 전했다."],
     ["The Korean Central News Agency (KCNA) reported that Kim Jong Un visited a new factory.",
      "KCNA said the factory had been modernized."],
     [])
pair("state-affairs-in-period",
     ["국무위원회는 새 정령을 발표했다.",
      "정령은 즉시 효력을 발생한다."],
     ["The State Affairs Commission announced a new decree.",
      "The decree takes effect immediately."],
     [], date="2019-02-01")
pair("inminban-gloss",
     ["인민반장은 주민들에게 동원 과제를 나눠줬다.",
      "주민들은 불만을 터뜨렸다."],
     ["The head of the inminban handed out mobilization tasks to residents.",
      "Residents vented their discontent."],
     [], note="an admitted romanised rendering")

# ---- real-article furniture and more hard negatives ----
pair("caption-credit-footer",
     ["전략군은 새 훈련소를 열었다.",
      "훈련소에는 정보기술대학 졸업생들이 입소한다."],
     ["The Strategic Force opened a new training camp.",
      "Graduates of the Information Technology Academy will enter the camp.",
      "*Translated by Violet Kim",
      "Please direct any comments or questions about this article to",
      "Read in Korean"],
     [], note="credit and footer lines are not added paragraphs")
pair("english-heading",
     ["폭풍군단은 러시아에 파병됐다.",
      "당국은 사상자 소식을 철저히 통제하고 있다."],
     ["The Storm Corps has been deployed to Russia.",
      "Radio silence",
      "The authorities are strictly controlling news of casualties."],
     [], note="a heading is not an added paragraph")
pair("acronym-plural-after-intro",
     ["각 도 군사동원부는 명단을 제출했다.",
      "군사동원부들은 이달 말까지 선발을 마쳐야 한다."],
     ["Each province's Military Mobilization Office (MMO) submitted a list.",
      "The MMOs must finish the selection by the end of the month."],
     [], note="plural acronym after its introduction")
pair("hyphenated-and-quoted-correct",
     ["소식통은 \"전략군 입대는 큰 영예\"라고 말했다.",
      "졸업생들은 전략군 교육을 받는다."],
     ["“Joining the ‘Strategic Force’ is a great honor,” the source said.",
      "The graduates receive Strategic-Force training."],
     [], note="quotes around a term and a hyphenated term")
pair("suppressed-line",
     ["2019년 보도에서 전략군을 다뤘다.",
      "전략군은 당시 새 기지를 건설했다."],
     ["<!-- kogloss-disable-next-line deprecated-term -->\nA 2019 report, quoted here as published, called it the Strategic Military Command.",
      "The Strategic Force was building a new base at the time."],
     [], note="a suppression comment silences the quoted deprecated name")
pair("plural-possessive-soldiers",
     ["폭풍군단 병사들의 가족은 아무 정보도 받지 못했다.",
      "당국은 가족들에게 침묵을 강요했다."],
     ["The families of the Storm Corps soldiers' units received no information.",
      "The authorities forced the families to remain silent."],
     [])
pair("omitted-and-deprecated",
     ["국가보위성은 국경 경비대를 재편했다.",
      "재편은 올해 초 시작돼 여러 달 동안 진행됐으며 경비대원 상당수가 다른 지역으로 옮겨졌다고 소식통은 덧붙였다.",
      "국가보위성은 밀수 단속도 강화했다."],
     ["The State Security Ministry reorganized the border guards.",
      "The Ministry of State Security also stepped up crackdowns on smuggling."],
     [T("deprecated-term", "State Security Ministry"), KP("omitted-paragraph", 1)], date="2020-11-11")
pair("number-date-and-count-correct",
     ["소식통은 4월 3일까지 첫 졸업생 50명을 선발하라는 지시가 내려졌다고 전했다.",
      "선발된 졸업생들은 1주일간 교육을 받는다."],
     ["Graduates were ordered to select the first 50 graduates by Apr. 3, the source said.",
      "Those selected will receive a week of training."],
     [], note="dates and counts that agree")

def paragraphs_text(paragraphs):
    return "\n\n".join(paragraphs) + "\n"

def main():
    out = "pairs"
    for f in os.listdir(out):
        os.remove(os.path.join(out, f))
    for i, (name, ko, en, labels, date, note) in enumerate(PAIRS, start=1):
        base = os.path.join(out, f"{i:02d}-{name}")
        open(base + ".txt", "w", encoding="utf-8").write(paragraphs_text(en))
        open(base + ".ko.txt", "w", encoding="utf-8").write(paragraphs_text(ko))
        entry = {"findings": labels}
        if date: entry["date"] = date
        if note: entry["note"] = note
        text = "\n".join(paragraphs_text(en))
        for label in labels:
            if "text" in label:
                assert paragraphs_text(en).count(label["text"]) >= label["occurrence"], (name, label)
        json.dump(entry, open(base + ".labels.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(PAIRS), "pairs")

if __name__ == "__main__":
    main()
