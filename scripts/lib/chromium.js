// Where the browser tests find Chromium (Debian's package), and why they cannot run without it.
// Shared by the tests and by `npm test`'s summary of what this machine did not run.
const fs = require('node:fs');

/** Debian's Chromium, or $CHROMIUM_PATH. */
function chromiumPath() {
	return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** Why Chromium cannot run here, with how to install it; '' when it can. */
function chromiumMissing() {
	try {
		fs.accessSync(chromiumPath(), fs.constants.X_OK);
		return '';
	} catch {
		return (
			`Chromium is not installed at ${chromiumPath()} ` +
			'(Debian/Ubuntu: `sudo apt-get install -y chromium fonts-noto-cjk`)'
		);
	}
}

/**
 * Why `npm test` skips the editor's browser tests on this machine; '' in CI (CI=true), where they
 * must run and fail if Chromium is missing.
 */
function browserTestSkipReason() {
	return process.env.CI ? '' : chromiumMissing();
}

module.exports = { chromiumPath, chromiumMissing, browserTestSkipReason };
