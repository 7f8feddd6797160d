// Gives the test run a temp directory of its own (TMPDIR, which os.tmpdir() reads and the test
// workers inherit), so that the temp folders libraries make and never remove (cdktf's
// Testing.app() makes one per app) go when the run ends, in teardown.js.
const { mkdtempSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");

module.exports = () => {
  const dir = mkdtempSync(join(tmpdir(), "cdktf-ssl-tracking-domain-tests-"));
  process.env.CDKTF_SSL_TESTS_TMPDIR = dir;
  process.env.TMPDIR = dir;
};
