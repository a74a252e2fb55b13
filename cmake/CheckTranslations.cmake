# Fails when a translation is out of date with the sources or has unfinished entries.
#   cmake -DLUPDATE=<lupdate> -DSOURCE_LIST=<file of sources, one a line> -DTS_DIR=<dir>
#         -DWORK_DIR=<scratch dir> "-DOPTIONS=<lupdate options>" -P CheckTranslations.cmake
# Each translations/*.ts is copied and brought up to date with lupdate exactly as the
# update_translations target does; the copy must hold the same strings as the file.
# palaver_en.ts holds only English plural forms (-pluralonly).
foreach(var LUPDATE SOURCE_LIST TS_DIR WORK_DIR OPTIONS)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "CheckTranslations.cmake needs -D${var}=...")
    endif()
endforeach()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
file(GLOB ts_files ${TS_DIR}/*.ts)
set(problems "")
foreach(ts IN LISTS ts_files)
    get_filename_component(name ${ts} NAME)
    set(copy ${WORK_DIR}/${name})
    configure_file(${ts} ${copy} COPYONLY)
    set(options ${OPTIONS})
    if(name STREQUAL "palaver_en.ts")
        list(APPEND options -pluralonly)
    endif()
    execute_process(COMMAND ${LUPDATE} ${options} @${SOURCE_LIST} -ts ${copy}
        RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT status EQUAL 0)
        string(APPEND problems "\n${name}: lupdate failed (${status}):\n${output}")
        continue()
    endif()
    file(READ ${ts} committed)
    file(READ ${copy} fresh)
    # What must match is the set of strings, not the bytes: another lupdate version or a
    # checkout with CRLF line ends writes the same entries differently.
    string(REPLACE "\r" "" committed "${committed}")
    string(REPLACE "\r" "" fresh "${fresh}")
    string(REGEX MATCHALL "<source>[^<]*</source>" before "${committed}")
    string(REGEX MATCHALL "<source>[^<]*</source>" after "${fresh}")
    set(added ${after})
    list(REMOVE_ITEM added ${before})
    set(removed ${before})
    list(REMOVE_ITEM removed ${after})
    list(LENGTH added added_count)
    list(LENGTH removed removed_count)
    if(added_count GREATER 0 OR removed_count GREATER 0)
        list(SUBLIST added 0 10 added_shown)
        list(JOIN added_shown "\n    " added_text)
        string(APPEND problems "\n${name} is out of date: ${added_count} string(s) to add, "
            "${removed_count} to remove. Run `cmake --build <build dir> --target "
            "update_translations`, translate, and commit.")
        if(added_count GREATER 0)
            string(APPEND problems "\n  New:\n    ${added_text}")
        endif()
    endif()
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${committed}")
    list(LENGTH unfinished unfinished_count)
    if(unfinished_count GREATER 0)
        string(APPEND problems "\n${name} has ${unfinished_count} unfinished translation(s).")
    endif()
endforeach()

if(problems)
    message(FATAL_ERROR "Translations need work:${problems}")
endif()
list(LENGTH ts_files count)
message(STATUS "${count} translation file(s) up to date and finished")
