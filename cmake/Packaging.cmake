# Installing and packaging, included at the end of the top-level CMakeLists.txt so that it runs
# after the install() rules of client/ and server/ (which say where each program, icon, menu
# entry and the systemd unit go). Here: the documents every install gets, Qt's libraries and
# plugins next to the programs on Windows and macOS, and CPack:
#   Linux    cpack -G DEB   palaver_<version>_<arch>.deb     (installs into /usr)
#            cpack -G TGZ   palaver-<version>-Linux.tar.gz   (usr/local/..., unpack with -C /)
#   Windows  cpack -G NSIS  palaver-<version>-win64.exe, an installer; ZIP for a portable copy
#   macOS    cpack -G DragNDrop  palaver-<version>-Darwin.dmg with Palaver.app
# docs/admin-guide.md describes what each package contains and how to install it.

# --- Documents -----------------------------------------------------------------------------------
if(UNIX AND NOT APPLE)
    # Debian wants the licence as share/doc/<package>/copyright.
    set(palaver_docdir ${CMAKE_INSTALL_DATAROOTDIR}/doc/palaver)
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${palaver_docdir} RENAME copyright)
    install(FILES
        ${PROJECT_SOURCE_DIR}/README.md
        ${PROJECT_SOURCE_DIR}/docs/admin-guide.md
        ${PROJECT_SOURCE_DIR}/docs/server.md
        ${PROJECT_SOURCE_DIR}/docs/security.md
        ${PROJECT_SOURCE_DIR}/docs/user-guide.md
        DESTINATION ${palaver_docdir})
elseif(WIN32)
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION . RENAME LICENSE.txt)
endif()

# The AppStream metadata lists each release; a version without its entry is a forgotten edit.
file(READ ${PROJECT_SOURCE_DIR}/packaging/org.palaver.Palaver.metainfo.xml palaver_metainfo)
if(NOT palaver_metainfo MATCHES "<release version=\"${PROJECT_VERSION}\"")
    message(WARNING "packaging/org.palaver.Palaver.metainfo.xml has no <release> for "
                    "${PROJECT_VERSION}: add one when changing the project's version")
endif()

# --- Qt next to the programs (Windows, macOS) ----------------------------------------------------
# At install time (`cmake --install`, and so in every CPack package) windeployqt or macdeployqt
# copies the Qt libraries and plugins both programs need: the client's platform, style and
# image plugins, the server's SQLite driver, the TLS backends of both. Linux packages rely on
# the distribution's Qt instead (see the dependencies of the .deb below).
#
# qt_generate_deploy_app_script() (Qt 6.3+) deploys one target, and on macOS only a bundle; the
# server needs the SQLite driver plugin, which the client does not link. So the script below
# calls what qt_generate_deploy_app_script() would, qt_deploy_runtime_dependencies(), for both
# programs at once. Never run on Linux, where there is nothing to deploy:
# .github/workflows/ci.yml exercises it on Windows and macOS.
if(WIN32 OR APPLE)
    if(PALAVER_BUILD_CLIENT)
        set(palaver_main_binary palaver)
        set(palaver_extra_binaries palaver-server)
    else()
        set(palaver_main_binary palaver-server)
        set(palaver_extra_binaries)
    endif()
    set(palaver_deploy_script ${CMAKE_CURRENT_BINARY_DIR}/palaver-deploy-$<CONFIG>.cmake)
    if(WIN32)
        set(palaver_extra_list)
        foreach(binary IN LISTS palaver_extra_binaries)
            string(APPEND palaver_extra_list
                   " \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:${binary}>\"")
        endforeach()
        file(GENERATE OUTPUT ${palaver_deploy_script} CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:${palaver_main_binary}>\"
    ADDITIONAL_EXECUTABLES ${palaver_extra_list}
    GENERATE_QT_CONF)
")
        install(SCRIPT ${palaver_deploy_script})
    elseif(PALAVER_BUILD_CLIENT)
        # macdeployqt fills Palaver.app/Contents/Frameworks and PlugIns, and points both
        # executables in Contents/MacOS (the server is installed there) at them.
        file(GENERATE OUTPUT ${palaver_deploy_script} CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"$<TARGET_FILE_NAME:palaver>.app\"
    ADDITIONAL_EXECUTABLES
        \"$<TARGET_FILE_NAME:palaver>.app/Contents/MacOS/$<TARGET_FILE_NAME:palaver-server>\")
")
        install(SCRIPT ${palaver_deploy_script})
    else()
        message(STATUS "macOS without the client: palaver-server is installed without Qt "
                       "(macdeployqt needs an app bundle)")
    endif()
endif()

# --- CPack: what every package shares ------------------------------------------------------------
set(PALAVER_PACKAGE_MAINTAINER "The Palaver developers <palaver@example.org>" CACHE STRING
    "Maintainer named in the packages (Name <address>)")
set(CPACK_PACKAGE_NAME palaver)
set(CPACK_PACKAGE_VENDOR "The Palaver developers")
set(CPACK_PACKAGE_CONTACT "${PALAVER_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Chat for the people on your local network")
# Lines of at most 72 characters, as dpkg shows them.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Palaver is a self-hosted chat for a local network: the desktop client"
    "palaver (Qt Widgets) and the headless server palaver-server, which keeps"
    "the history in SQLite and runs unattended as a systemd service."
    ""
    "Rooms, direct messages, search, mentions and notifications. Messages are"
    "neither lost nor delivered twice, across dropped connections and"
    "restarts. Optional TLS and password.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Palaver)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/node_modules/" "\\\\.user$")
# Generator-specific settings that only cpack's choice of generator decides (the TGZ's prefix).
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_LIST_DIR}/CPackProjectConfig.cmake)

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB TGZ)
endif()

# --- Debian package ------------------------------------------------------------------------------
# One package with both programs. dpkg-shlibdeps finds the libraries they link (Qt, and through
# libqt6network6 OpenSSL); plugins are loaded at run time, so the SQLite driver is named here.
set(CPACK_DEBIAN_PACKAGE_NAME palaver)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PALAVER_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# PostgreSQL (several instances, --database) needs its driver too; SQLite is the default.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-color-emoji, libqt6sql6-psql")
# systemctl daemon-reload after installing and removing; the service is never enabled or
# started by the package, and is restarted on upgrade only if it was running.
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${PROJECT_SOURCE_DIR}/packaging/debian/postinst
    ${PROJECT_SOURCE_DIR}/packaging/debian/prerm
    ${PROJECT_SOURCE_DIR}/packaging/debian/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# --- Windows installer (NSIS) --------------------------------------------------------------------
set(CPACK_NSIS_PACKAGE_NAME Palaver)
set(CPACK_NSIS_DISPLAY_NAME "Palaver ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
# NSIS wants the icon path with backslashes.
file(TO_NATIVE_PATH ${PROJECT_SOURCE_DIR}/resources/palaver.ico palaver_ico)
set(CPACK_NSIS_MUI_ICON "${palaver_ico}")
set(CPACK_NSIS_MUI_UNIICON "${palaver_ico}")
if(PALAVER_BUILD_CLIENT)
    set(CPACK_PACKAGE_EXECUTABLES palaver Palaver) # a Start menu entry for the client
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\palaver.exe")
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN palaver.exe)
endif()
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}/blob/main/docs/admin-guide.md")
set(CPACK_NSIS_CONTACT "${PALAVER_PACKAGE_MAINTAINER}")

# --- macOS disk image ----------------------------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME Palaver)
set(CPACK_DMG_FORMAT UDZO)
if(APPLE AND PALAVER_ICONUTIL)
    set(CPACK_PACKAGE_ICON ${PROJECT_BINARY_DIR}/client/palaver.icns) # the volume's icon
endif()

include(CPack)
