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
