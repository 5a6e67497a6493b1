# The pod benchmarks' programs: small test programs that link Slipway's libraries (the Reflector,
# the window's Pods tab). Included by tests/bench/kube (the Debug build compiles them, so
# they always compile, and times them when SLIPWAY_BENCH_BIN_DIR is not set) and by the top-level CMakeLists.txt of a build without tests — the
# Release build in build/release — so the benchmarks time the code users run. Target
# slipway_bench_programs builds all three (./test.sh --bench builds it in build/release).
set(slipway_bench_kube_dir ${CMAKE_CURRENT_LIST_DIR})
add_executable(bench_pod_sync ${slipway_bench_kube_dir}/bench_pod_sync.cpp)
target_link_libraries(bench_pod_sync PRIVATE slipway_strict slipway_kube)
add_executable(bench_pod_latency ${slipway_bench_kube_dir}/bench_pod_latency.cpp)
target_link_libraries(bench_pod_latency PRIVATE slipway_strict slipway_kube)
add_executable(bench_window_pods ${slipway_bench_kube_dir}/bench_window_pods.cpp)
target_link_libraries(bench_window_pods PRIVATE slipway_strict slipway_ui)
foreach(program bench_pod_sync bench_pod_latency bench_window_pods)
  target_include_directories(${program} PRIVATE ${slipway_bench_kube_dir})
  if(NOT SLIPWAY_BUILD_TESTS)
    # In the build without tests, only when asked for: a plain build of build/release (or
    # ./run.sh's `--target slipway slipway-cli`) does not build them.
    set_target_properties(${program} PROPERTIES EXCLUDE_FROM_ALL ON)
  endif()
endforeach()
add_custom_target(slipway_bench_programs DEPENDS bench_pod_sync bench_pod_latency bench_window_pods)
