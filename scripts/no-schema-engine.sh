#!/bin/sh
# Stands in for Prisma's native schema engine, which these machines cannot download.
echo "The native Prisma schema engine is not used here: run 'npm run db:migrate' or 'npm run db:migration -- <name>'." >&2
exit 1
