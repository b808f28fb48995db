# Sourced by the tools tests: run a command, keep its output, check it.
fail() { echo "FAIL: $*" >&2; exit 1; }
# expect_exit CODE COMMAND...: runs COMMAND, keeps its output in out.txt, checks the exit code.
expect_exit() {
  local want=$1; shift
  set +e; "$@" >out.txt 2>&1; local got=$?; set -e
  [[ $got == "$want" ]] || { cat out.txt; fail "$* exited $got, expected $want"; }
}
# has TEXT: out.txt contains TEXT.
has() { grep -qF -- "$1" out.txt || { cat out.txt; fail "output lacks: $1"; }; }
