# paydesk_add_fuzz_target(NAME fuzz_decimal SOURCE FuzzDecimal.cpp LIBS paydesk_core)
#
# One fuzz target: a source file defining LLVMFuzzerTestOneInput (and optionally LLVMFuzzerInitialize) that feeds
# the bytes to one public entry point and checks its invariants. Its seed corpus is fuzz/corpus/<NAME>/ and every
# input that once crashed it is kept in fuzz/reproducers/<NAME>/.
#
# - PAYDESK_FUZZ=ON (the fuzz preset, clang 14, scripts/fuzz): a libFuzzer executable (-fsanitize=fuzzer).
# - Otherwise (the ci and ci-asan builds, gcc): a replay executable (FuzzReplayMain.cpp feeds each file of the
#   corpus and the reproducers to LLVMFuzzerTestOneInput once), registered with ctest under NAME, so CI runs every
#   known input without a clang build.
function(paydesk_add_fuzz_target)
    cmake_parse_arguments(ARG "" "NAME;SOURCE" "LIBS" ${ARGN})
    set(corpus ${CMAKE_CURRENT_SOURCE_DIR}/corpus/${ARG_NAME})
    set(reproducers ${CMAKE_CURRENT_SOURCE_DIR}/reproducers/${ARG_NAME})
    if(PAYDESK_FUZZ)
        add_executable(${ARG_NAME} ${ARG_SOURCE})
        target_link_libraries(${ARG_NAME} PRIVATE paydesk_common_cfg ${ARG_LIBS})
        target_link_options(${ARG_NAME} PRIVATE -fsanitize=fuzzer)
    else()
        add_executable(${ARG_NAME} ${ARG_SOURCE} ${PROJECT_SOURCE_DIR}/fuzz/FuzzReplayMain.cpp)
        target_link_libraries(${ARG_NAME} PRIVATE paydesk_common_cfg ${ARG_LIBS})
        add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME} ${corpus} ${reproducers})
        set_tests_properties(${ARG_NAME} PROPERTIES
            TIMEOUT 300
            LABELS fuzz
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;ASAN_OPTIONS=detect_leaks=1:abort_on_error=1;UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
    endif()
endfunction()
