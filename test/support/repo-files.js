// Reads a file of this repository, for tests that check configuration (plain JS: the strict n8n
// lint allows no file-system access in TypeScript).
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');

/** @param {string} relativePath */
function readRepoFile(relativePath) {
	return fs.readFileSync(path.join(root, relativePath), 'utf8');
}

/** Whether a file of this repository exists. @param {string} relativePath */
function repoFileExists(relativePath) {
	return fs.existsSync(path.join(root, relativePath));
}

module.exports = { readRepoFile, repoFileExists };
