# `cpack` in a build folder makes a .deb of what `cmake --install` lays out. The library
# dependencies are read off the binary by dpkg-shlibdeps, so the package asks for exactly the Qt,
# KF6 and yaml-cpp the build linked against, on whichever Debian or Ubuntu it was built.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME dockprep)
set(CPACK_PACKAGE_VENDOR "DockPrep")
set(CPACK_PACKAGE_CONTACT "DockPrep developers <dockprep@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Interview questions from junior to principal level with model answers, key points and\n"
    "follow-ups; interactive diagrams of the engine chain, layers, isolation and networking;\n"
    "timed mock interviews with scoring and review; Dockerfile and compose challenges checked\n"
    "by built-in analyzers; notes, bookmarks and progress kept locally in SQLite.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY dockprep)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins are loaded, not linked, so dpkg-shlibdeps cannot see them: the SQLite driver holds the
# notes, the SVG icon engine draws the window and tray icons.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-svg-plugins")
# Qt's own strings (file dialogs, message boxes) in German and Spanish come from qt6-translations-l10n.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# The tests and tools install nothing; only the app and its desktop files go in the package.
set(CPACK_COMPONENTS_ALL Unspecified)
include(CPack)
