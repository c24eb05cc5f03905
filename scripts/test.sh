#!/usr/bin/env bash
# npm test - everything a change must pass: types, lint, a production build, Vitest (unit and
# integration against a real Postgres, then the fault tests, which run that build as separate
# server processes), then Playwright in Chromium against the same build.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "Prisma client"; node scripts/prisma-generate.mjs >/dev/null
step "Typecheck";     npx tsc --noEmit
step "Lint";          npx eslint --max-warnings=0 .
step "Build";         npx next build
step "Vitest";        npx vitest run
step "Playwright";    npx tsx scripts/run-e2e.ts
