import KoglossText

/// A deterministic synthetic termbase for benchmarks: N concepts, each with a Korean-like term and an
/// English-like term (so about 2N terms), some with variants, subject fields, notes and validity.
/// The same `concepts` and `seed` always give the same termbase, on every machine.
public enum TermbaseGenerator {
    /// Builds the termbase; `concepts` defaults to the 50,000 of the performance target.
    public static func generate(concepts count: Int = 50_000, seed: UInt64 = 2026) -> Termbase {
        var rng = SplitMix64(seed: seed)
        var concepts: [Concept] = []
        concepts.reserveCapacity(count)
        let fields = SubjectField.allCases
        for i in 0..<count {
            let korean = koreanTerm(&rng)
            let english = englishTerm(&rng)
            var terms = [
                Term(language: .korean, text: korean, status: .preferred, type: .fullForm, partOfSpeech: .noun),
                Term(language: .english, text: english, status: .preferred, type: .fullForm, partOfSpeech: .noun),
            ]
            // One concept in twenty also has a deprecated hyphenated variant.
            if rng.next() % 20 == 0 {
                terms.append(Term(language: .english, text: english.replacingOccurrences(of: " ", with: "-"),
                                  status: .deprecated, type: .variant, variantKind: .orthographic))
            }
            var concept = Concept(id: "c\(i + 1)", subjectField: fields[Int(rng.next() % UInt64(fields.count))], terms: terms)
            if rng.next() % 10 == 0 { concept.notes = ["Generated note \(i + 1) about \(english)."] }
            if rng.next() % 25 == 0 { concept.validity = ValidityPeriod(from: "20\(10 + rng.next() % 15)") }
            concepts.append(concept)
        }
        return Termbase(header: TermbaseHeader(title: "Generated termbase (\(count) concepts, seed \(seed))",
                                               sourceDescription: ["kogloss TermbaseGenerator"]),
                        concepts: concepts)
    }

    static let syllables: [String] = Array("""
    가 강 국 군 규 기 김 남 노 단 당 대 도 동 라 력 로 리 림 무 문 민 박 반 방 병 보 부 사 산 상 석 선 성 소 수 시 신 안 양 연 영 옥 원 위 유 은 의 인 일 장 전 정 조 종 주 중 지 진 집 창 천 철 청 총 최 통 평 학 한 함 해 혁 현 호 화 황 회
    """.split(separator: " ").map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty })

    static let englishParts = ["an", "bar", "cor", "del", "en", "for", "gar", "hum", "in", "jon", "kel", "lan", "mar", "nor",
                               "ob", "per", "quin", "ros", "sen", "tar", "un", "ver", "wes", "yan", "zel", "ist", "ment", "ion"]

    static func koreanTerm(_ rng: inout SplitMix64) -> String {
        let words = rng.next() % 4 == 0 ? 2 : 1
        return (0..<words).map { _ in
            let length = 2 + Int(rng.next() % 3)
            return (0..<length).map { _ in syllables[Int(rng.next() % UInt64(syllables.count))] }.joined()
        }.joined(separator: " ")
    }

    static func englishTerm(_ rng: inout SplitMix64) -> String {
        let words = 1 + Int(rng.next() % 3)
        return (0..<words).map { w in
            let parts = 2 + Int(rng.next() % 2)
            let word = (0..<parts).map { _ in englishParts[Int(rng.next() % UInt64(englishParts.count))] }.joined()
            return w == 0 ? word.prefix(1).uppercased() + word.dropFirst() : word
        }.joined(separator: " ")
    }
}

