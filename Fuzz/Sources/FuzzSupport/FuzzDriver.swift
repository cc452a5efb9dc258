import CFuzzerDriver
import Foundation

/// Starts libFuzzer with the command line and one target function, and exits with its status.
public enum FuzzDriver {
    public static func run(_ target: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = withUnsafeMutablePointer(to: &argv) { argvPointer in
            LLVMFuzzerRunDriver(&argc, argvPointer, target)
        }
        exit(status)
    }
}
