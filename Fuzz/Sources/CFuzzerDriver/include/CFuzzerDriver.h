#ifndef CFUZZERDRIVER_H
#define CFUZZERDRIVER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry point for programs that have their own main (LLVM >= 11, in libclang_rt.fuzzer).
/// SwiftPM links every executable with `--defsym main=<module>_main`, so libFuzzer's own main is never
/// used: each target's top-level code calls this instead.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
