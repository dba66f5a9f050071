// Three layers, one command: pure units, the sandbox over loopback HTTP, and a real n8n.
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }] };

const project = (name, extra = {}) => ({
	displayName: name,
	testEnvironment: 'node',
	transform,
	testMatch: [`<rootDir>/test/${name}/**/*.test.ts`],
	modulePathIgnorePatterns: ['<rootDir>/dist'],
	...extra,
});

module.exports = {
	projects: [project('unit'), project('integration'), project('e2e', { slowTestThreshold: 120 })],
};
