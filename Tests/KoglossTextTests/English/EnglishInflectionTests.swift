import Testing
@testable import KoglossText

@Suite struct EnglishInflectionTests {
    @Test(arguments: [
        ("corporals", "corporal"), ("armies", "army"), ("Kim’s", "kim"), ("Kim's", "kim"), ("forces", "force"),
        ("academies", "academy"), ("soldiers'", "soldier"), ("soldiers’", "soldier"), ("boxes", "box"), ("classes", "class"),
        ("churches", "church"), ("wolves", "wolf"), ("lives", "life"), ("archives", "archive"), ("men", "man"), ("women", "woman"),
        ("people", "person"), ("servicemen", "serviceman"), ("servicewomen", "servicewoman"), ("heroes", "hero"), ("shoes", "shoe"),
        ("ties", "tie"), ("Missiles", "missile"), ("ministries", "ministry"), ("regiments", "regiment"), ("brigade", "brigade"),
        ("bureaus", "bureau"), ("crises", "crisis"), ("movies", "movie"), ("reserves", "reserve"), ("Koreas", "korea"), ("Daily NK's", "daily nk"),
    ])
    func reducesPluralsAndPossessives(_ word: String, _ base: String) {
        #expect(EnglishInflection.baseForm(word) == base)
    }

    @Test(arguments: ["corps", "Corps", "news", "series", "species", "status", "crisis", "class", "bus", "headquarters", "its", "Hamas", "specimen", "various", "census"])
    func leavesNonPluralsAlone(_ word: String) {
        #expect(EnglishInflection.baseForm(word) == word.lowercased())
    }

    @Test(arguments: [
        ("Lance Corporals", "lance corporal"), ("Kim Jong-un’s", "kim jong un"), ("Storm Corps", "storm corps"),
        ("  Strategic   Forces ", "strategic force"), ("the Storm Corps’", "the storm corps"), ("State Security Ministry's", "state security ministry"),
        ("Ｓｔｏｒｍ Ｃｏｒｐｓ", "storm corps"), ("KPA—Korean People’s Army", "kpa korean person army"), ("(Rodong Sinmun)", "rodong sinmun"),
    ])
    func phraseKeys(_ phrase: String, _ key: String) {
        #expect(EnglishInflection.matchingKey(phrase) == key)
    }

    @Test func singularAndPluralPhrasesShareAKey() {
        #expect(EnglishInflection.matchingKey("Ministry of State Security") == EnglishInflection.matchingKey("ministries of state security"))
        #expect(EnglishInflection.matchingKey("Kim Jong Un's") == EnglishInflection.matchingKey("Kim Jong-un"))
    }
}
