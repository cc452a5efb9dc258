/// The partial ISO 8601 dates kogloss uses for validity: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
public enum TBXDate {
    public static func isValid(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4 else { return false }
        guard parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }), parts.dropFirst().allSatisfy({ $0.count == 2 }) else { return false }
        if parts.count >= 2, let m = Int(parts[1]), !(1...12).contains(m) { return false }
        if parts.count == 3, let d = Int(parts[2]), !(1...31).contains(d) { return false }
        return true
    }
}
