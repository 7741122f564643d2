#!/usr/bin/env bash
# Refreshes the documentation the tests generate, and nothing else:
#   docs/lifecycle.md        the state machines of the five departments (LifecycleDiagrams)
#   docs/documents/*.png     page 1 of every enforcement document (DocumentPagesAsImages; needs poppler-utils)
#   docs/screenshots/*.png   the browser journeys (needs Debian's chromium and fonts-noto-cjk)
# A normal `dotnet test` never writes into the working tree; this script sets EP_UPDATE_DOCS=1 for the tests that do.
# Review the result with `git status` / `git diff` and commit it with the change that caused it.
set -euo pipefail
cd "$(dirname "$0")/.."
export EP_UPDATE_DOCS=1
dotnet test --project tests/EnforcementPortal.UnitTests -- --filter-class "*LifecycleDiagrams" --filter-class "*DocumentPagesAsImages"
if [[ "${1:-}" != "--no-browser" ]]; then
  dotnet test --project tests/EnforcementPortal.BrowserTests
fi
git status --short docs
