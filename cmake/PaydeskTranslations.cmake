# paydesk_add_translations(<target>)
#
# The one place that wires Qt Linguist into the build (STYLE.md c.11), so the Qt 6.4 tech-preview signatures can be
# swapped for the Qt 6.7 ones here only.
#
# * Normal builds run lrelease on resources/translations/paydesk_<lang>.ts and embed the .qm files into <target> under
#   the resource prefix /i18n (":/i18n/paydesk_es.qm"). They never modify the .ts files.
# * `cmake --build --preset ci --target update_translations` runs lupdate over the sources below and refreshes every
#   .ts file (see docs/translations.md). paydesk_en.ts only holds the plural (%n) messages: English needs them to say
#   "1 payment" / "2 payments" instead of "payment(s)".
set(PAYDESK_TRANSLATION_LANGUAGES es ru)

function(paydesk_add_translations target)
    set(ts_dir "${PROJECT_SOURCE_DIR}/resources/translations")
    set(full_ts_files)
    foreach(language IN LISTS PAYDESK_TRANSLATION_LANGUAGES)
        list(APPEND full_ts_files "${ts_dir}/paydesk_${language}.ts")
    endforeach()
    set(english_ts "${ts_dir}/paydesk_en.ts")

    # Everything whose strings reach the dashboard: core (ProviderErrorText, ledger and vault messages), providers,
    # models, ui and the GUI composition root. app/cli prints untranslated text and is not scanned.
    set(scanned)
    foreach(dir IN ITEMS core providers models ui app/gui)
        file(GLOB_RECURSE dir_sources CONFIGURE_DEPENDS
            "${PROJECT_SOURCE_DIR}/${dir}/*.cpp" "${PROJECT_SOURCE_DIR}/${dir}/*.h")
        list(APPEND scanned ${dir_sources})
    endforeach()
    # No line numbers in the .ts files: merges between branches stay quiet; lupdate drops vanished strings.
    set(lupdate_options -locations none -no-obsolete)

    # qt_add_lupdate() names its targets after the first argument, which it otherwise only uses for defaults (given
    # SOURCES and INCLUDE_DIRECTORIES): two small custom targets give the full and the plural-only update.
    add_custom_target(paydesk_ts)
    qt_add_lupdate(paydesk_ts TS_FILES ${full_ts_files}
        SOURCES ${scanned} INCLUDE_DIRECTORIES "${PROJECT_SOURCE_DIR}"
        OPTIONS ${lupdate_options})
    add_custom_target(paydesk_ts_en)
    qt_add_lupdate(paydesk_ts_en TS_FILES ${english_ts}
        SOURCES ${scanned} INCLUDE_DIRECTORIES "${PROJECT_SOURCE_DIR}"
        OPTIONS ${lupdate_options} -pluralonly)

    qt_add_lrelease(${target} TS_FILES ${english_ts} ${full_ts_files}
        OPTIONS -silent
        QM_FILES_OUTPUT_VARIABLE qm_files)
    qt_add_resources(${target} paydesk_translations
        PREFIX "/i18n"
        BASE "${CMAKE_CURRENT_BINARY_DIR}"
        FILES ${qm_files})
endfunction()
