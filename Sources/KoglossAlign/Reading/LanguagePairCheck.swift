import KoglossGlossary
import KoglossText

/// Checks that the file given as English is English and the one given as Korean is Korean, and says which is
/// which when they are swapped or both in one language.
public enum LanguagePairCheck {
    public static func check(english: Article, englishFile: String, korean: Article, koreanFile: String) throws {
        let en = english.language, ko = korean.language
        if en?.isEnglish == true && ko?.isKorean == true { return }
        if en?.isKorean == true && ko?.isEnglish == true {
            throw InputError(file: englishFile, message: "the files are swapped: \(englishFile) is Korean and \(koreanFile) is English",
                             hint: "give the English file first: kogloss align \(koreanFile) \(englishFile)")
        }
        if en?.isEnglish == true && ko?.isEnglish == true {
            throw InputError(file: koreanFile, message: "both files are English; \(koreanFile) should be the Korean original",
                             hint: "give the English translation and its Korean original")
        }
        if en?.isKorean == true && ko?.isKorean == true {
            throw InputError(file: englishFile, message: "both files are Korean; \(englishFile) should be the English translation",
                             hint: "give the English translation and its Korean original")
        }
        if en == nil {
            throw InputError(file: englishFile, message: "no English text found (no letters)", hint: "give the English translation")
        }
        throw InputError(file: koreanFile, message: "no Korean text found (no letters)", hint: "give the Korean original")
    }
}
