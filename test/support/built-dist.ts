import { existsSync } from "node:fs";
import path from "node:path";
import { inputsHash, readStamp, type BuildStamp } from "../../scripts/build";

const DIST = path.resolve(__dirname, "../../dist");

/**
 * dist/ as the production build left it (`npm run build`; `npm test` builds it first when it is missing or stale).
 * The tests that need it call this in beforeAll: it fails with what to run instead of building inside a test.
 */
export function builtDist(): { dir: string; stamp: BuildStamp } {
  const stamp = readStamp();
  if (!existsSync(path.join(DIST, "taskpane.html")) || !stamp) {
    throw new Error(`${DIST} holds no production build: run \`npm run build\` first (\`npm test\` does it for you).`);
  }
  if (stamp.inputs !== inputsHash()) {
    throw new Error(
      `${DIST} was built from other sources than the working tree: run \`npm run build\` again (\`npm test\` does ` +
        "it for you when dist/ is stale).",
    );
  }
  return { dir: DIST, stamp };
}
