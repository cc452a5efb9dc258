import Testing
@testable import KoglossText

@Suite struct JosaStripperTests {
    @Test(arguments: [
        ("전략군에서", "전략군"), ("전략군은", "전략군"), ("전략군의", "전략군"), ("보위국에서", "보위국"), ("보위국의", "보위국"),
        ("국가보위성이", "국가보위성"), ("사회안전성으로", "사회안전성"), ("11군단에", "11군단"), ("폭풍군단과", "폭풍군단"),
        ("김정은이", "김정은"), ("김정은의", "김정은"), ("평양에서는", "평양"), ("로동신문에", "로동신문"),
        ("국가가", "국가"), ("부대를", "부대"), ("부대는", "부대"), ("당은", "당"), ("당의", "당"), ("서울로", "서울"),
        ("군인들이", "군인"), ("인민군대와", "인민군대"), ("UN에서", "UN"), ("회의에서", "회의"),
        ("위원장이며", "위원장"), ("부위원장이자", "부위원장"), ("지휘관이었다", "지휘관"), ("총리였다", "총리"), ("유엔에서", "유엔"),
    ])
    func stripsParticles(_ word: String, _ stem: String) {
        #expect(JosaStripper.strip(word) == stem)
    }

    @Test(arguments: ["국가", "과학", "부대", "김정은", "회의", "합의", "결과", "도로", "양강도", "전략군", "보위국", "평등", "마을", "정치", "가", "의", "유엔", "군인", "주민"])
    func keepsNounsEndingInParticleLikeSyllables(_ noun: String) {
        #expect(JosaStripper.strip(noun) == noun)
    }

    @Test func neverReturnsEmpty() {
        for particle in JosaStripper.particles {
            #expect(!JosaStripper.strip(particle).isEmpty)
        }
    }

    @Test func particleMustAgreeWithTheStemsLastSound() {
        // 이/을/은 follow a consonant, 가/를/는 a vowel: 국가 is not 국 + 가, 마을 is not 마 + 을.
        #expect(JosaStripper.strip("국가") == "국가")
        #expect(JosaStripper.strip("마을") == "마을")
        #expect(JosaStripper.strip("사이") == "사이")
        #expect(JosaStripper.strip("부대가") == "부대")
    }

    @Test func stemsListsEveryCandidateWordFirst() {
        #expect(JosaStripper.stems("국가가") == ["국가가", "국가"])
        #expect(JosaStripper.stems("김정은") == ["김정은", "김정"])
        let stems = JosaStripper.stems("평양에서는")
        #expect(stems.first == "평양에서는")
        #expect(stems.contains("평양에서"))
        #expect(stems.contains("평양"))
        #expect(JosaStripper.stems("과학") == ["과학"])
    }

    @Test func recognisesParticles() {
        #expect(JosaStripper.isParticle("에서는"))
        #expect(JosaStripper.isParticle("의"))
        #expect(!JosaStripper.isParticle("학"))
        #expect(!JosaStripper.isParticle("은이"))
    }

    @Test func checksParticlesOnBytes() {
        func trailing(_ text: String, after prefix: String) -> Int? {
            Array(text.utf8).withUnsafeBufferPointer { JosaStripper.trailingParticleLength(utf8: $0, from: prefix.utf8.count) }
        }
        #expect(trailing("전략군에서는 발표", after: "전략군") == "에서는".utf8.count)
        #expect(trailing("전략군 발표", after: "전략군") == 0)
        #expect(trailing("전략군", after: "전략군") == 0)
        #expect(trailing("전략군사령부", after: "전략군") == nil)
        #expect(trailing("국가가", after: "국") == nil)      // 가 cannot follow 국
        #expect(trailing("국가가", after: "국가") == 3)
        #expect(Array("에서".utf8).withUnsafeBufferPointer { JosaStripper.isParticle(utf8: $0) })
        #expect(!Array("abc".utf8).withUnsafeBufferPointer { JosaStripper.isParticle(utf8: $0) })
        #expect(JosaStripper.isParticle("에서는"[...]))
    }
}
