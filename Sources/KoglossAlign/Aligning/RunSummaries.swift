/// What a bead's fixed cost reads of each run of 1...`maximumRun` paragraphs of one side, once per document: the
/// class the run's paragraphs share (or `mixed`), its headings and its sentences. A bead then combines two
/// runs instead of passing over its paragraphs (the same integers, so the same costs).
struct RunSummaries {
    struct Run {
        var cls: UInt8
        var headings: Int
        var sentences: Int
    }

    /// Not a class: the run's paragraphs have different ones.
    static let mixed: UInt8 = 4
    static let maximumRun = 3
    /// At `start * (maximumRun + 1) + count`.
    private let runs: UnsafeMutablePointer<Run>

    /// The runs of the `count` paragraphs of one side (`kind` and `sentences` of `BeadParagraphs`).
    init(count: Int, kind: UnsafePointer<UInt8>, sentences: UnsafePointer<Int>, arena: inout ScratchArena) {
        let width = RunSummaries.maximumRun + 1
        runs = arena.take(Run.self, count * width)
        for start in 0..<count {
            var run = Run(cls: BeadParagraphs.noClass, headings: 0, sentences: 0)
            for length in 1..<width where start + length <= count {
                let k = kind[start + length - 1]
                let c = k & BeadParagraphs.classMask
                if run.cls == BeadParagraphs.noClass { run.cls = c } else if run.cls != c { run.cls = RunSummaries.mixed }
                run.headings += Int(k >> BeadParagraphs.headingShift)
                run.sentences += sentences[start + length - 1]
                runs[start * width + length] = run
            }
        }
    }

    static func bytes(count: Int) -> Int { ScratchArena.bytes(Run.self, count * (maximumRun + 1)) }

    /// The run of `length` paragraphs from `start` (1...maximumRun, inside the side).
    @inline(__always) func run(_ start: Int, _ length: Int) -> Run { runs[start * (RunSummaries.maximumRun + 1) + length] }
}
