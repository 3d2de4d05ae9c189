#!/usr/bin/env bash
# Installs zhextract under PREFIX (default /usr/local): the release binary in bin/, the bash,
# zsh and fish completions where those shells look, and the man page in share/man/man1/.
#
#   Scripts/install.sh
#   PREFIX=$HOME/.local Scripts/install.sh        # then put $HOME/.local/bin on PATH
#   CONFIGURATION=debug PREFIX=/tmp/z Scripts/install.sh   # a quick check of this script
set -euo pipefail
prefix="${PREFIX:-/usr/local}"
configuration="${CONFIGURATION:-release}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

swift build -c "$configuration" --product zhextract
bin="$root/.build/$configuration/zhextract"
install -d "$prefix/bin" "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" \
  "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
install -m 755 "$bin" "$prefix/bin/zhextract"

"$bin" --generate-completion-script bash > "$prefix/share/bash-completion/completions/zhextract"
"$bin" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_zhextract"
"$bin" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/zhextract.fish"

# The man page, from the command's own help (swift-argument-parser's generate-manual plugin).
# It builds every product of the package in that configuration and writes the page under
# .build/plugins.
swift package --disable-sandbox generate-manual --configuration "$configuration" >/dev/null
page="$(find "$root/.build/plugins" -name zhextract.1 -newer "$bin" | head -n 1)"
[ -n "$page" ] || { echo "install.sh: the man page was not generated" >&2; exit 1; }
install -m 644 "$page" "$prefix/share/man/man1/zhextract.1"

echo "installed $("$prefix/bin/zhextract" --version) in $prefix"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "note: $prefix/bin is not on PATH; add it, e.g. export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
