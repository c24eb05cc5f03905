import { ensureBuild } from '../../tooling/ensure-build';

// The fault tests start the production server as separate processes, so they need a build.
export default function setup() {
  ensureBuild();
}
