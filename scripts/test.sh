#!/usr/bin/env bash
# npm test - everything a change must pass: types, lint, Vitest (unit and integration against a
# real Postgres), then Playwright in Chromium against a production build.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "Prisma client"; node scripts/prisma-generate.mjs >/dev/null
step "Typecheck";     npx tsc --noEmit
step "Lint";          npx eslint --max-warnings=0 .
step "Vitest";        npx vitest run
step "Build";         npx next build
step "Playwright";    npx tsx scripts/run-e2e.ts
