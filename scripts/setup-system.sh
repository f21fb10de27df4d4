#!/usr/bin/env bash
# Installs the system packages the project needs and does not get from npm:
# Java 17 + Maven (the local Neo4j comes from Maven Central), Chromium + a CJK font (page tests).
set -euo pipefail

need=()
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jre-headless)
command -v mvn >/dev/null 2>&1 || need+=(maven)
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi "wqy" || need+=(fonts-wqy-microhei)

if [ ${#need[@]} -eq 0 ]; then
  echo "setup-system: Java, Maven, Chromium and the CJK font are present."
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "setup-system: missing ${need[*]}; install them with: sudo apt-get install -y ${need[*]}" >&2
  exit 1
fi
echo "setup-system: installing ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
