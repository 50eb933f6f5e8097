# macOS disk image (docs/packaging.md): Paydesk.app, made by MACOSX_BUNDLE with installer/macos/Info.plist.in,
# deployed by macdeployqt through qt_generate_deploy_app_script, dragged onto /Applications from the DMG.
# Included from installer/CMakeLists.txt before include(CPack).
set(CPACK_DMG_VOLUME_NAME "Paydesk ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_BUNDLE_NAME Paydesk)
set(CPACK_PACKAGE_ICON ${CMAKE_CURRENT_SOURCE_DIR}/macos/Paydesk.icns)
# Sign with `codesign --options runtime --entitlements installer/macos/Paydesk.entitlements` before notarising.
