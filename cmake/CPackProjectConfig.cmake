# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE in cmake/Packaging.cmake), for
# the settings that depend on which package is being made.

if(CPACK_GENERATOR STREQUAL "TGZ")
    # The tarball holds usr/local/bin/..., usr/local/share/..., usr/local/lib/systemd/system/...,
    # so that the systemd unit in it names /usr/local/bin/palaver-server, where it is unpacked
    # to by: sudo tar -xzf palaver-<version>-Linux.tar.gz -C / --strip-components=1
    set(CPACK_SET_DESTDIR ON)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr/local)
endif()
