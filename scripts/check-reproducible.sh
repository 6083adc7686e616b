#!/usr/bin/env bash
# Builds the project twice from clean and checks every jar and POM it produces is byte-identical.
# Usage: scripts/check-reproducible.sh [extra Maven arguments, e.g. -o or -Prelease]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

build() {
  ./mvnw -q -B clean package -DskipTests "$@"
  find . -path ./benchmarks/results -prune -o \
       -path '*/target/*' \( -name '*.jar' -o -name '*.pom' \) -not -path '*/target/browser/*' -print \
    | sort | xargs sha256sum
}

echo "first build..."
build "$@" > "$work/first.sha256"
echo "second build..."
build "$@" > "$work/second.sha256"

if diff -u "$work/first.sha256" "$work/second.sha256"; then
  echo "reproducible: $(wc -l < "$work/first.sha256") files identical across two builds"
else
  echo "NOT reproducible: the files above differ between two builds" >&2
  exit 1
fi
