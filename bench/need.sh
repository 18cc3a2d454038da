# Sourced by the bench scripts (after they define die): `need COMMAND [PACKAGE]` installs the Debian package when the
# command is missing.
need() {
  command -v "$1" >/dev/null 2>&1 && return
  echo "== installing ${2:-$1} from the Debian packages"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then command -v sudo >/dev/null 2>&1 && sudo="sudo" || die "$1 is missing and this user cannot apt-get install it"; fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${2:-$1}" >/dev/null
  command -v "$1" >/dev/null 2>&1 || die "$1 did not install"
}
