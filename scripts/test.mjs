// npm test: every test, on a fresh machine. Makes sure Debian's Chromium is
// there for the browser tests, builds the app the integration tests run, then
// runs vitest (unit, integration over HTTP, browser) and prints one summary line.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

/** @param {string} cmd @param {string[]} args @param {import("node:child_process").SpawnSyncOptions} [opts] */
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: "inherit", ...opts });

function ensureChromium() {
  const wanted = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (fs.existsSync(wanted)) return;
  const canApt = process.getuid?.() === 0 && spawnSync("which", ["apt-get"]).status === 0;
  if (!canApt || process.env.CHROMIUM_PATH) {
    console.error(
      `\nThe browser tests need Chromium at ${wanted}, and it is missing.\n` +
        "Install it with:\n\n  sudo apt-get update && sudo apt-get install -y chromium\n\n" +
        "or point CHROMIUM_PATH at an existing Chromium binary, then run npm test again.\n",
    );
    process.exit(1);
  }
  console.log("Chromium is missing: installing Debian's chromium package (one time)...");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  if (run("apt-get", ["update", "-qq"], { env }).status !== 0 || run("apt-get", ["install", "-y", "-qq", "chromium"], { env }).status !== 0) {
    console.error("Installing chromium failed; install it by hand: apt-get install -y chromium");
    process.exit(1);
  }
}

ensureChromium();

if (run("npm", ["run", "--silent", "build"]).status !== 0) process.exit(1);

fs.mkdirSync("tests/.tmp", { recursive: true });
const report = "tests/.tmp/vitest-report.json";
fs.rmSync(report, { force: true });
const result = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)]);

if (fs.existsSync(report)) {
  const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(fs.readFileSync(report, "utf8"));
  console.log(`\n${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests} skipped`);
  if (numPassedTests === 0 && result.status === 0) {
    console.error("No test ran.");
    process.exit(1);
  }
}
process.exit(result.status ?? 1);
