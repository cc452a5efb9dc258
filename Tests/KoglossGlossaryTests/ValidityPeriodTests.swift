import Testing
@testable import KoglossGlossary

@Suite struct ValidityPeriodTests {
    @Test func partialBoundsIncludeTheWholeMonth() {
        let period = ValidityPeriod(from: "2016-03-20", until: "2020-05")
        #expect(period.contains("2020-05-31"))
        #expect(!period.contains("2020-06-02"))
        #expect(!period.contains("2016-03-19"))
        #expect(period.contains("2016-03-20"))
    }

    @Test func administrativeStatusTBXValues() {
        #expect(AdministrativeStatus(tbxValue: "supersededTerm-admn-sts") == .superseded)
        #expect(AdministrativeStatus.preferred.tbxValue == "preferredTerm-admn-sts")
        #expect(AdministrativeStatus(tbxValue: "bogus") == nil)
    }
}
