# Stage assets/ into <build>/share/pelita. The kiosk's TrueType fonts come from
# Debian's fonts-noto-core package and are staged beside the translations.
file(MAKE_DIRECTORY ${PELITA_SHARE_DIR}/fonts)
add_custom_target(pelita_assets ALL
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${CMAKE_SOURCE_DIR}/assets ${PELITA_SHARE_DIR}
  COMMENT "Staging assets into share/pelita")
set(PELITA_FONT_DIR /usr/share/fonts/truetype/noto)
foreach(face Regular Bold Italic BoldItalic)
  if(EXISTS ${PELITA_FONT_DIR}/NotoSans-${face}.ttf)
    configure_file(${PELITA_FONT_DIR}/NotoSans-${face}.ttf ${PELITA_SHARE_DIR}/fonts/NotoSans-${face}.ttf COPYONLY)
  endif()
endforeach()

# The demo course as a signed package, <share>/demo-course.pelita, made by
# pelita-pack with a demo key generated once per build tree: a private key never
# enters the repository. Kiosks that should accept it get keys/pelita-demo.pub
# in their trusted-keys/ folder (tools/demo and the e2e tests do this).
set(PELITA_DEMO_KEY_DIR ${CMAKE_BINARY_DIR}/demo-key)
file(MAKE_DIRECTORY ${PELITA_DEMO_KEY_DIR} ${PELITA_SHARE_DIR}/keys)
file(GLOB_RECURSE PELITA_DEMO_COURSE_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/assets/demo-course/*)
add_custom_command(
  OUTPUT ${PELITA_DEMO_KEY_DIR}/pelita-demo.key ${PELITA_DEMO_KEY_DIR}/pelita-demo.pub
  COMMAND ${CMAKE_COMMAND} -E rm -f pelita-demo.key pelita-demo.pub
  COMMAND $<TARGET_FILE:pelita-pack> keygen pelita-demo
  WORKING_DIRECTORY ${PELITA_DEMO_KEY_DIR}
  COMMENT "Making the demo publisher key")
add_custom_command(
  OUTPUT ${PELITA_SHARE_DIR}/demo-course.pelita
  COMMAND $<TARGET_FILE:pelita-pack> build ${CMAKE_SOURCE_DIR}/assets/demo-course
          -o ${PELITA_SHARE_DIR}/demo-course.pelita --key ${PELITA_DEMO_KEY_DIR}/pelita-demo.key
  COMMAND ${CMAKE_COMMAND} -E copy ${PELITA_DEMO_KEY_DIR}/pelita-demo.pub ${PELITA_SHARE_DIR}/keys/pelita-demo.pub
  DEPENDS pelita-pack ${PELITA_DEMO_KEY_DIR}/pelita-demo.key ${PELITA_DEMO_COURSE_FILES}
  COMMENT "Packing and signing the demo course")
add_custom_target(pelita_demo_package ALL DEPENDS ${PELITA_SHARE_DIR}/demo-course.pelita)
