# Sourced by the e2e scripts: runs a kiosk command on a fresh virtual display.
#
# Under the asan preset, leak checking is off for the GUI process only: Mesa's
# software GL driver (swrast_dri.so) leaks a few 56-byte blocks from its shader
# compiler at exit, and LeakSanitizer cannot attribute them to Mesa. Our own code
# keeps leak checking in every non-GUI test. Ignored by builds without ASan.
xvfb_kiosk() {
  ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}" \
    xvfb-run -a -s "-screen 0 1280x800x24" "$@"
}
