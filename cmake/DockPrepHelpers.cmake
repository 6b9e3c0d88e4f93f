# Compiler strictness shared by every DockPrep target.
function(dockprep_strict target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic
        $<$<BOOL:${DOCKPREP_WERROR}>:-Werror>)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER QT_NO_KEYWORDS QT_STRICT_ITERATORS
        DOCKPREP_VERSION="${PROJECT_VERSION}")
endfunction()

# dockprep_library(NAME [HEADER_PREFIX P] SOURCES… [PUBLIC …] [PRIVATE …]): the static library
# dockprep_NAME from the sources in the current folder. Its headers are included as "NAME/file.h"
# (or "P/file.h"), and only by targets that link it: the include root is a folder of the build
# tree holding a single link NAME -> this folder, so a header of a library not linked is not found.
function(dockprep_library name)
    cmake_parse_arguments(ARG "" "HEADER_PREFIX" "SOURCES;PUBLIC;PRIVATE" ${ARGN})
    if(NOT ARG_HEADER_PREFIX)
        set(ARG_HEADER_PREFIX ${name})
    endif()
    qt_add_library(dockprep_${name} STATIC ${ARG_SOURCES})
    set(root ${CMAKE_BINARY_DIR}/include/${name})
    file(MAKE_DIRECTORY ${root})
    file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR} ${root}/${ARG_HEADER_PREFIX} SYMBOLIC)
    target_include_directories(dockprep_${name} PUBLIC ${root})
    set_property(GLOBAL APPEND PROPERTY DOCKPREP_LIBRARIES dockprep_${name})
    target_link_libraries(dockprep_${name} PUBLIC ${ARG_PUBLIC} PRIVATE ${ARG_PRIVATE})
    dockprep_strict(dockprep_${name})
endfunction()

# dockprep_add_test(NAME [GUI] [RUNS_APP] SOURCES… [LIBS …]): one Qt Test executable registered with
# ctest. GUI links the widgets; RUNS_APP gives the test DOCKPREP_APP, the path of the built binary.
# Every test runs offscreen with an isolated home, so it never sees the user's data.
function(dockprep_add_test name)
    cmake_parse_arguments(ARG "GUI;RUNS_APP" "" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES} ${ARG_UNPARSED_ARGUMENTS})
    set_target_properties(${name} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    if(ARG_GUI)
        target_link_libraries(${name} PRIVATE dockprep_ui)
    endif()
    if(ARG_RUNS_APP)  # starts the dockprep binary as a user would
        target_compile_definitions(${name} PRIVATE DOCKPREP_APP="$<TARGET_FILE:dockprep>")
        add_dependencies(${name} dockprep)
    endif()
    # Shared helpers are included as "support/…".
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    dockprep_strict(${name})
    target_compile_definitions(${name} PRIVATE
        DOCKPREP_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        DOCKPREP_CORPUS_DIR="${PROJECT_SOURCE_DIR}/../shared/corpus")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.qpa.*=false"
        TIMEOUT 300)
endfunction()
