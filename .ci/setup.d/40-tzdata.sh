#!/usr/bin/env bash
# The time zone database: notes are shown in Paris time (TimeZoneInfo "Europe/Paris", src/Bot/Notes/ParisTime.cs),
# which .NET reads from /usr/share/zoneinfo on Linux. Slim Debian images may lack it.
set -euo pipefail
if [ ! -e /usr/share/zoneinfo/Europe/Paris ]; then
  echo "ci: installing tzdata from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends tzdata >/dev/null
fi
ls -l /usr/share/zoneinfo/Europe/Paris
