# One place for the rules every Slipway target compiles under. Linking `slipway_strict` is how a
# target opts in, so a new library cannot forget them.
add_library(slipway_strict INTERFACE)

target_compile_definitions(slipway_strict INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

# Qt and library headers come in as SYSTEM includes, so these only judge our own code.
# No -Wnull-dereference: GCC derives it from optimiser data flow, so it fires in Release (-O3)
# on code that is clean in Debug, and a warning that depends on the build type breaks ./run.sh.
target_compile_options(slipway_strict INTERFACE
    -Wall -Wextra -Wpedantic -Werror
    -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
    -Wimplicit-fallthrough -Wmissing-declarations)
# GCC 12 at -O3 reports -Wrestrict inside libstdc++'s std::string on correct code (GCC bug
# 105329); it only appears in Release, so it is not allowed to fail the build.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(slipway_strict INTERFACE -Wno-restrict)
endif()

if(SLIPWAY_SANITIZE)
    target_compile_options(slipway_strict INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(slipway_strict INTERFACE -fsanitize=address,undefined)
endif()
