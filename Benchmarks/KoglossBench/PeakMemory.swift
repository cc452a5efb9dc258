import Foundation

/// Peak resident set size of this process so far (Linux `VmHWM`), in bytes; what the memory targets measure.
enum PeakMemory {
    static func bytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
            return digits * 1024
        }
        return 0
    }

    static var megabytes: Double { Double(bytes()) / 1_048_576 }
}

/// Wall-clock seconds for a block, monotonic.
func measureSeconds<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = try body()
    return (result, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}
