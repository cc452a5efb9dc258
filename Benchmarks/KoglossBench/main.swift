// Release-build benchmarks: `swift run -c release kogloss-bench --help`.
print("kogloss-bench: no benchmarks yet")
