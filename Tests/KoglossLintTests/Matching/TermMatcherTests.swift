import KoglossGlossary
import KoglossLint
import Testing

@Suite struct TermMatcherTests {
    static let termbase: Termbase = {
        var tb = RuleExampleGlossary.termbase
        tb.concepts.append(Concept(id: "rodong-sinmun", subjectField: .publication, terms: [
            Term(language: .korean, text: "로동신문", status: .preferred),
            Term(language: .english, text: "Rodong Sinmun", status: .preferred),
        ]))
        tb.concepts.append(Concept(id: "lance-corporal", subjectField: .rank, terms: [
            Term(language: .korean, text: "하사", status: .preferred),
            Term(language: .english, text: "lance corporal", status: .preferred),
        ]))
        tb.concepts.append(Concept(id: "state-affairs", subjectField: .institution, terms: [
            Term(language: .korean, text: "국무 위원회", status: .preferred),
            Term(language: .english, text: "State Affairs Commission", status: .preferred),
            Term(language: .english, text: "Information Technology Academy", status: .admitted),
        ]))
        return tb
    }()
    static let matcher = TermMatcher(termbase: termbase)

    func english(_ text: String) -> [(String, String)] {
        let bytes = Array(text.utf8)
        return Self.matcher.englishMatches(in: text).map { m in
            (String(decoding: bytes[m.range], as: UTF8.self), Self.termbase.concepts[m.references[0].concept].id)
        }
    }

    func korean(_ text: String) -> [(String, String)] {
        let bytes = Array(text.utf8)
        return Self.matcher.koreanMatches(in: text).map { m in
            (String(decoding: bytes[m.range], as: UTF8.self), Self.termbase.concepts[m.references[0].concept].id)
        }
    }

    @Test func findsTermsFoldingCasePluralPossessiveAndHyphens() {
        let found = english("The strategic force’s men, two Lance Corporals and the Strategic-Force met Kim Jong-un's aides.")
        #expect(found.map(\.0) == ["strategic force", "Lance Corporals", "Strategic-Force", "Kim Jong-un"])
        #expect(found.map(\.1) == ["strategic-force", "lance-corporal", "strategic-force", "kim-jong-un"])
    }

    @Test func spansOneLineBreakButNotPunctuationOrBlankLines() {
        #expect(english("the Strategic\nForce").map(\.0) == ["Strategic\nForce"])
        #expect(english("the Strategic. Force").isEmpty)
        #expect(english("the Strategic\n\nForce").isEmpty)
    }

    @Test func longestMatchWinsAndTermsInsideLongerTermsAreNotReported() {
        let found = english("The Korean People's Army and the People's Army.")
        #expect(found.map(\.0) == ["Korean People's Army", "People's Army"])
        #expect(found.map(\.1) == ["korean-peoples-army", "korean-peoples-army"])
        let refs = Self.matcher.englishMatches(in: "The Korean People's Army.").first!.references
        #expect(Self.matcher.term(refs[0]).text == "Korean People's Army")
    }

    @Test func caseSensitiveAcronymsNeedTheirCaseAndWholeWords() {
        #expect(english("The MSS and the MSS’s agents").map(\.0) == ["MSS", "MSS"])
        #expect(english("mss agents and MSSQL servers").isEmpty)
    }

    @Test func generatedRomanizationVariantsAreMarked() {
        let m = Self.matcher.englishMatches(in: "Kim Jongun visited.")
        #expect(m.count == 1)
        #expect(m.first?.references.allSatisfy(\.isGeneratedVariant) == true)
    }

    @Test func koreanTermsWithParticlesAndSpellingVariants() {
        #expect(korean("전략군에서는 보위국의 지시로 노동신문을 읽었다").map(\.0) == ["전략군", "보위국", "노동신문"])
        #expect(korean("조선인민군은").map(\.1) == ["korean-peoples-army"])
    }

    @Test func koreanTermsMatchOnlyAtWordStartAndBeforeParticles() {
        #expect(korean("비전략군 부대").isEmpty)
        #expect(korean("보위국장이 왔다").isEmpty)
        #expect(korean("하사관").isEmpty)
        #expect(korean("하사가").map(\.0) == ["하사"])
    }

    @Test func koreanSpacesInsideTermsAreOptional() {
        #expect(korean("국무위원회는").map(\.1) == ["state-affairs"])
        #expect(korean("국무 위원회는").map(\.1) == ["state-affairs"])
    }

    @Test func rangesAreUTF8OffsetsIntoTheOriginalText() {
        let text = "“전략군” and “Strategic Force”"
        let k = Self.matcher.koreanMatches(in: text)
        let e = Self.matcher.englishMatches(in: text)
        #expect(k.first?.range == 3..<12)
        #expect(e.first.map { Array(text.utf8)[$0.range] }.map { String(decoding: $0, as: UTF8.self) } == "Strategic Force")
    }

    @Test func matchesWithinARange() {
        let text = "Strategic Force. Strategic Force."
        #expect(Self.matcher.englishMatches(in: text, range: 17..<text.utf8.count).map(\.range) == [17..<32])
    }
}
