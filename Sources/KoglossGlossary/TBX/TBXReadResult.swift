import Foundation

/// What `TBXReader` returns: the termbase and what it could not fully model.
public struct TBXReadResult: Sendable {
    public var termbase: Termbase
    public var warnings: [TBXWarning]
    /// The dialect the file was written in.
    public var dialect: TBXDialect
    /// Line of each concept's start tag, for messages about concepts.
    public var conceptLines: [String: Int]

    public init(termbase: Termbase, warnings: [TBXWarning], dialect: TBXDialect, conceptLines: [String: Int] = [:]) {
        self.termbase = termbase
        self.warnings = warnings
        self.dialect = dialect
        self.conceptLines = conceptLines
    }
}

/// A non-fatal note about a TBX file (an element kept verbatim, an id assigned), in compiler style.
public struct TBXWarning: Sendable, Hashable, CustomStringConvertible {
    public var file: String?
    public var line: Int?
    public var message: String

    public init(file: String?, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: warning: message`.
    public var description: String {
        var location = file ?? "<input>"
        if let line { location += ":\(line)" }
        return "\(location): warning: \(message)"
    }
}

/// The TBX flavours kogloss reads.
public enum TBXDialect: String, Sendable {
    /// ISO 30042:2019, data categories as `descrip`/`termNote`/... with a `type` attribute.
    case v3DCA = "TBX v3 (DCA)"
    /// ISO 30042:2019, data categories as namespaced elements (`<min:subjectField>`).
    case v3DCT = "TBX v3 (DCT)"
    /// TBX 2008 (ISO 30042:2008), `<martif>` with `termEntry`/`langSet`/`tig`/`ntig`.
    case tbx2008 = "TBX 2008 (martif)"
}
