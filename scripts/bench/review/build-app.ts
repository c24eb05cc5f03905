// Run by main.ts under `flock /tmp/factcheck-build.lock`: builds share 2 cores with other
// worktrees' builds, so they take turns.
import { ensureBuild } from '../../../tooling/ensure-build';

ensureBuild();
