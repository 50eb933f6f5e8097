# Windows installers (docs/packaging.md): WiX MSI (default) plus a portable ZIP; NSIS with `cpack -G NSIS`.
# Included from installer/CMakeLists.txt before include(CPack).

# Never change: Windows Installer recognises an upgrade of Paydesk by this code.
set(CPACK_WIX_UPGRADE_GUID "6F1A2C9E-4B7D-4E21-9A35-0D8C7B5E4F12")
set(CPACK_WIX_PRODUCT_ICON ${CMAKE_CURRENT_SOURCE_DIR}/windows/paydesk.ico)
set(CPACK_WIX_LICENSE_RTF ${CMAKE_CURRENT_SOURCE_DIR}/windows/license.rtf)
set(CPACK_WIX_PROGRAM_MENU_FOLDER Paydesk)
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_WIX_PROPERTY_ARPHELPLINK ${PROJECT_HOMEPAGE_URL})
# A Start menu shortcut for the dashboard (CPACK_PACKAGE_EXECUTABLES: bin/paydesk.exe, "Paydesk").
set(CPACK_WIX_ARCHITECTURE x64)

# NSIS, for those who prefer an .exe installer.
set(CPACK_NSIS_PACKAGE_NAME Paydesk)
set(CPACK_NSIS_DISPLAY_NAME "Paydesk ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_SOURCE_DIR}/windows/paydesk.ico)
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_SOURCE_DIR}/windows/paydesk.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\paydesk.exe)
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
