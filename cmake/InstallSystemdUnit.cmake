# Installs palaver-server.service with its ExecStart pointing into the bin directory of the
# prefix being installed to: /usr/bin in the .deb, /usr/local/bin after a plain
# `cmake --install`. Runs at install time (install(CODE) in server/CMakeLists.txt), because
# only then is that prefix known: CPack installs into /usr whatever the build was configured
# with. Set before including:
#   palaver_unit_source  packaging/palaver-server.service, which says /usr/bin/palaver-server
#   palaver_unit_staged  where to write the adjusted copy (in the build directory)
#   palaver_unit_dir     where it goes: relative to the prefix, or absolute
#   palaver_bin_dir      where palaver-server goes: relative to the prefix, or absolute
foreach(var IN ITEMS palaver_unit_dir palaver_bin_dir)
    if(NOT IS_ABSOLUTE "${${var}}")
        set(${var} "${CMAKE_INSTALL_PREFIX}/${${var}}")
    endif()
endforeach()
file(READ "${palaver_unit_source}" unit)
string(REPLACE "/usr/bin/palaver-server" "${palaver_bin_dir}/palaver-server" unit "${unit}")
file(WRITE "${palaver_unit_staged}" "${unit}")
file(INSTALL "${palaver_unit_staged}" DESTINATION "${palaver_unit_dir}"
     PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
