#!/usr/bin/env bash
# Refreshes the vendored Web Chat bundle that the bot's page serves (src/Bot/wwwroot/webchat/):
# the official minified bundle of npm botframework-webchat, its third-party notices and the package's licence.
#
#   tools/webchat/refresh.sh [version]     (default: the version in src/Bot/wwwroot/webchat/VERSION)
#
# Needs npm and the npm registry. Commit the result: the app never loads Web Chat from a CDN at run time, and a
# fresh clone serves the page without any install step. The tests check the bundle against VERSION's checksum.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
target="$root/src/Bot/wwwroot/webchat"
version="${1:-$(sed -n 's/^version=//p' "$target/VERSION")}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "botframework-webchat@$version" --silent >/dev/null && tar xzf "botframework-webchat-$version.tgz")
package="$work/package"
license="$(node -e "process.stdout.write(require('$package/package.json').license || '')")"
if [ "$license" != "MIT" ]; then
  echo "refresh: botframework-webchat $version declares licence '$license', not MIT: check it before vendoring" >&2
  exit 1
fi

cp "$package/dist/webchat.js" "$target/webchat.js"
cp "$package/dist/webchat.js.LICENSE.txt" "$target/webchat.js.LICENSE.txt"
{
  echo "version=$version"
  echo "file=webchat.js"
  echo "sha256=$(sha256sum "$target/webchat.js" | cut -d' ' -f1)"
} > "$target/VERSION"
echo "refresh: botframework-webchat $version vendored in src/Bot/wwwroot/webchat ($(wc -c < "$target/webchat.js") bytes)"
