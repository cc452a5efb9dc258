#!/usr/bin/env python3
"""Writes glossary.tbx, the fixed test glossary of the lint accuracy collection (TBX-Basic DCA, as in
docs/tbx-mapping.md). Run from this folder: python3 make_glossary.py"""
from xml.sax.saxutils import escape

# id, subject field, validity (from, until), cross references [(target, relation)], terms
# term: (lang, text, status, type, variant kind or None, case sensitive)
P, A, D, S = "preferred", "admitted", "deprecated", "superseded"
CONCEPTS = [
    ("strategic-force", "military unit", None, [], [
        ("ko", "전략군", P, "fullForm", None, False),
        ("en", "Strategic Force", P, "fullForm", None, False),
        ("en", "Strategic Military Command", D, "fullForm", None, False),
        ("en", "Strategic Rocket Force", S, "fullForm", None, False)]),
    ("military-mobilization-office", "institution", None, [], [
        ("ko", "군사동원부", P, "fullForm", None, False),
        ("en", "Military Mobilization Office", P, "fullForm", None, False),
        ("en", "MMO", A, "acronym", None, True)]),
    ("korean-peoples-army", "military unit", None, [], [
        ("ko", "조선인민군", P, "fullForm", None, False),
        ("ko", "인민군", A, "shortForm", None, False),
        ("en", "Korean People's Army", P, "fullForm", None, False),
        ("en", "KPA", A, "acronym", None, True),
        ("en", "People's Army", D, "shortForm", None, False)]),
    ("military-security-command", "institution", ("2016-03-20", None), [("military-security-command-1996", "predecessor")], [
        ("ko", "보위국", P, "fullForm", None, False),
        ("en", "Military Security Command", P, "fullForm", None, False),
        ("en", "Security Bureau", A, "fullForm", None, False)]),
    ("military-security-command-1996", "institution", ("1996", "2016-03-19"), [("military-security-command", "successor")], [
        ("ko", "보위사령부", P, "fullForm", None, False),
        ("en", "Military Security Command", P, "fullForm", None, False)]),
    ("kim-jong-un", "person", None, [], [
        ("ko", "김정은", P, "fullForm", None, False),
        ("en", "Kim Jong Un", P, "fullForm", None, False),
        ("en", "Kim Jong-un", D, "variant", "romanization", False),
        ("en", "Kim Jong-eun", D, "variant", "romanization", False)]),
    ("yanggang-province", "place", None, [], [
        ("ko", "양강도", P, "fullForm", None, False),
        ("ko", "량강도", A, "variant", "spelling", False),
        ("en", "Yanggang Province", P, "fullForm", None, False),
        ("en", "Ryanggang Province", D, "variant", "romanization", False)]),
    ("ministry-of-peoples-security", "institution", ("2016-06-29", "2020-05-31"), [("ministry-of-social-security", "successor")], [
        ("ko", "인민보안성", P, "fullForm", None, False),
        ("en", "Ministry of People's Security", P, "fullForm", None, False),
        ("en", "MPS", A, "acronym", None, True),
        ("en", "Ministry of People's Safety", D, "fullForm", None, False)]),
    ("ministry-of-social-security", "institution", ("2020-06", None), [("ministry-of-peoples-security", "predecessor"), ("ministry-of-state-security", "confusable")], [
        ("ko", "사회안전성", P, "fullForm", None, False),
        ("en", "Ministry of Social Security", P, "fullForm", None, False)]),
    ("ministry-of-state-security", "institution", ("2016-06-29", None), [("state-security-department", "predecessor"), ("ministry-of-social-security", "confusable")], [
        ("ko", "국가보위성", P, "fullForm", None, False),
        ("en", "Ministry of State Security", P, "fullForm", None, False),
        ("en", "MSS", A, "acronym", None, True),
        ("en", "State Security Ministry", D, "fullForm", None, False)]),
    ("state-security-department", "institution", (None, "2016-06-28"), [("ministry-of-state-security", "successor")], [
        ("ko", "국가안전보위부", P, "fullForm", None, False),
        ("en", "State Security Department", P, "fullForm", None, False),
        ("en", "SSD", A, "acronym", None, True)]),
    ("rodong-sinmun", "publication", None, [], [
        ("ko", "로동신문", P, "fullForm", None, False),
        ("ko", "노동신문", A, "variant", "spelling", False),
        ("en", "Rodong Sinmun", P, "fullForm", None, False),
        ("en", "Rodong Shinmun", D, "variant", "romanization", False),
        ("en", "Nodong Sinmun", D, "variant", "romanization", False)]),
    ("korean-central-news-agency", "publication", None, [], [
        ("ko", "조선중앙통신", P, "fullForm", None, False),
        ("en", "Korean Central News Agency", P, "fullForm", None, False),
        ("en", "KCNA", A, "acronym", None, True)]),
    ("lance-corporal", "rank", None, [], [
        ("ko", "하사", P, "fullForm", None, False),
        ("en", "lance corporal", P, "fullForm", None, False)]),
    ("storm-corps", "military unit", None, [], [
        ("ko", "폭풍군단", P, "fullForm", None, False),
        ("en", "Storm Corps", P, "fullForm", None, False),
        ("en", "Lightning Corps", D, "fullForm", None, False)]),
    ("state-affairs-commission", "institution", ("2016-06-29", None), [("national-defence-commission", "predecessor")], [
        ("ko", "국무위원회", P, "fullForm", None, False),
        ("en", "State Affairs Commission", P, "fullForm", None, False)]),
    ("national-defence-commission", "institution", (None, "2016-06-28"), [("state-affairs-commission", "successor")], [
        ("ko", "국방위원회", P, "fullForm", None, False),
        ("en", "National Defence Commission", P, "fullForm", None, False),
        ("en", "National Defense Commission", A, "variant", "orthographic", False)]),
    ("peoples-unit", "other", None, [], [
        ("ko", "인민반", P, "fullForm", None, False),
        ("en", "people's unit", P, "fullForm", None, False),
        ("en", "inminban", A, "variant", "romanization", False)]),
    ("major-general", "rank", None, [("rear-admiral", "confusable")], [
        ("ko", "소장", P, "fullForm", None, False),
        ("en", "Major General", P, "fullForm", None, False)]),
    ("rear-admiral", "rank", None, [("major-general", "confusable")], [
        ("ko", "소장", P, "fullForm", None, False),
        ("en", "Rear Admiral", P, "fullForm", None, False)]),
    ("colonel", "rank", None, [], [
        ("ko", "상좌", P, "fullForm", None, False),
        ("en", "Colonel", P, "fullForm", None, False)]),
    ("senior-colonel", "rank", None, [], [
        ("ko", "대좌", P, "fullForm", None, False),
        ("en", "Senior Colonel", P, "fullForm", None, False)]),
    ("workers-party-of-korea", "institution", None, [], [
        ("ko", "조선로동당", P, "fullForm", None, False),
        ("ko", "조선노동당", A, "variant", "spelling", False),
        ("en", "Workers' Party of Korea", P, "fullForm", None, False),
        ("en", "WPK", A, "acronym", None, True),
        ("en", "Korean Workers' Party", D, "fullForm", None, False)]),
    ("pyongyang", "place", None, [], [
        ("ko", "평양", P, "fullForm", None, False),
        ("en", "Pyongyang", P, "fullForm", None, False),
        ("en", "Pyeongyang", D, "variant", "romanization", False)]),
    ("ri-pyong-chol", "person", None, [], [
        ("ko", "리병철", P, "fullForm", None, False),
        ("en", "Ri Pyong Chol", P, "fullForm", None, False),
        ("en", "Ri Byong-chol", D, "variant", "romanization", False)]),
    ("information-technology-academy", "institution", None, [], [
        ("ko", "정보기술대학", P, "fullForm", None, False),
        ("en", "Information Technology Academy", P, "fullForm", None, False)]),
    ("technology-department", "institution", None, [], [
        ("ko", "기술국", P, "fullForm", None, False),
        ("en", "technology department", P, "fullForm", None, False)]),
]

def main():
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<tbx type="TBX-Basic" style="dca" xml:lang="ko" xmlns="urn:iso:std:iso:30042:ed-2">',
           '\t<tbxHeader>', '\t\t<fileDesc>', '\t\t\t<titleStmt>', '\t\t\t\t<title>kogloss lint test glossary</title>',
           '\t\t\t</titleStmt>', '\t\t\t<sourceDesc>', '\t\t\t\t<p>Fixed glossary of the lint accuracy collection (Tests/Fixtures/lint); generated by make_glossary.py.</p>',
           '\t\t\t</sourceDesc>', '\t\t</fileDesc>', '\t</tbxHeader>', '\t<text>', '\t\t<body>']
    for cid, field, validity, refs, terms in CONCEPTS:
        out.append(f'\t\t\t<conceptEntry id="{cid}">')
        out.append(f'\t\t\t\t<descrip type="subjectField">{field}</descrip>')
        for target, relation in refs:
            out.append(f'\t\t\t\t<ref type="crossReference" target="{target}">{relation}</ref>')
        if validity:
            if validity[0]: out.append(f'\t\t\t\t<note>kogloss:validFrom={validity[0]}</note>')
            if validity[1]: out.append(f'\t\t\t\t<note>kogloss:validUntil={validity[1]}</note>')
        for lang in ("ko", "en"):
            out.append(f'\t\t\t\t<langSec xml:lang="{lang}">')
            for (l, text, status, ttype, variant, cs) in terms:
                if l != lang: continue
                out.append('\t\t\t\t\t<termSec>')
                out.append(f'\t\t\t\t\t\t<term>{escape(text)}</term>')
                out.append(f'\t\t\t\t\t\t<termNote type="termType">{ttype}</termNote>')
                out.append('\t\t\t\t\t\t<termNote type="partOfSpeech">noun</termNote>')
                out.append(f'\t\t\t\t\t\t<termNote type="administrativeStatus">{status}Term-admn-sts</termNote>')
                if variant: out.append(f'\t\t\t\t\t\t<note>kogloss:variant={variant}</note>')
                if cs: out.append('\t\t\t\t\t\t<note>kogloss:caseSensitive=true</note>')
                out.append('\t\t\t\t\t</termSec>')
            out.append('\t\t\t\t</langSec>')
        out.append('\t\t\t</conceptEntry>')
    out += ['\t\t</body>', '\t</text>', '</tbx>', '']
    open("glossary.tbx", "w", encoding="utf-8").write("\n".join(out))

if __name__ == "__main__":
    main()
