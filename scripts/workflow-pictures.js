// @ts-check
'use strict';

// `npm run pictures`: draws every examples/*.workflow.json as docs/images/<name>.svg (the README
// shows them). test/unit/scripts/workflow-pictures.test.ts fails when an example changed and its
// picture was not drawn again.
const fs = require('node:fs');
const path = require('node:path');
const { workflowPicture } = require('./lib/workflow-picture');

const root = path.join(__dirname, '..');
const EXAMPLES = 'examples';
const IMAGES = path.join('docs', 'images');
const SUFFIX = '.workflow.json';

/**
 * Every example with the picture the generator draws of it now.
 * @returns {Array<{ example: string, picture: string, workflow: any, svg: string }>} repo-relative
 *   paths with forward slashes, the parsed workflow and the SVG text
 */
function examplePictures() {
	return fs
		.readdirSync(path.join(root, EXAMPLES))
		.filter((file) => file.endsWith(SUFFIX))
		.sort()
		.map((file) => {
			const workflow = JSON.parse(fs.readFileSync(path.join(root, EXAMPLES, file), 'utf8'));
			return {
				example: `${EXAMPLES}/${file}`,
				picture: `${IMAGES.split(path.sep).join('/')}/${file.slice(0, -SUFFIX.length)}.svg`,
				workflow,
				svg: workflowPicture(workflow),
			};
		});
}

function main() {
	fs.mkdirSync(path.join(root, IMAGES), { recursive: true });
	for (const { example, picture, svg } of examplePictures()) {
		const target = path.join(root, picture);
		const before = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
		if (before === svg) {
			console.log(`${picture} (unchanged)`);
			continue;
		}
		fs.writeFileSync(target, svg);
		console.log(`${picture} ← ${example}`);
	}
}

if (require.main === module) main();

module.exports = { examplePictures };
