# pelita_warnings(target): the project's warning set, applied to our own code only.
add_library(pelita_warnings INTERFACE)
target_compile_options(pelita_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
  -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
  -Wnull-dereference -Wformat=2 -Wimplicit-fallthrough)
if(PELITA_WERROR)
  target_compile_options(pelita_warnings INTERFACE -Werror)
endif()
# GCC 12 at -O2/-O3 reports -Wrestrict inside libstdc++'s own string code for
# `"literal" + std::string` (GCC bug 105329), so Release builds keep it a warning.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  target_compile_options(pelita_warnings INTERFACE -Wno-error=restrict)
endif()
if(PELITA_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
