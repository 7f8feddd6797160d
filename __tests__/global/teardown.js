// Removes the test run's own temp directory (made by setup.js) with whatever is left in it.
const { rmSync } = require("node:fs");

module.exports = () => {
  const dir = process.env.CDKTF_SSL_TESTS_TMPDIR;
  if (dir) rmSync(dir, { recursive: true, force: true });
};
