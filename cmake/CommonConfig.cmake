# paydesk_common_cfg: compile definitions, warnings and sanitizer flags shared by every Paydesk target.
add_library(paydesk_common_cfg INTERFACE)

target_compile_features(paydesk_common_cfg INTERFACE cxx_std_20)
target_compile_definitions(paydesk_common_cfg INTERFACE
    QT_NO_KEYWORDS
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    $<$<NOT:$<CONFIG:Debug>>:QT_NO_DEBUG_OUTPUT>)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(paydesk_common_cfg INTERFACE
        -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
        $<$<BOOL:${PAYDESK_WERROR}>:-Werror>)
    if(PAYDESK_SANITIZE)
        target_compile_options(paydesk_common_cfg INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(paydesk_common_cfg INTERFACE -fsanitize=address,undefined)
    endif()
    if(PAYDESK_FUZZ)
        # Every library is instrumented for libFuzzer's coverage; only the fuzz targets link its main.
        target_compile_options(paydesk_common_cfg INTERFACE
            -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(paydesk_common_cfg INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(paydesk_common_cfg INTERFACE /W4 /permissive- $<$<BOOL:${PAYDESK_WERROR}>:/WX>)
endif()

# Includes are layer-prefixed ("core/Decimal.h"), so every target sees the source root and the generated root.
target_include_directories(paydesk_common_cfg INTERFACE ${PROJECT_SOURCE_DIR} ${PROJECT_BINARY_DIR}/generated)
