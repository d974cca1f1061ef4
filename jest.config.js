/** Unit and sandbox-integration tests run on the machine's Node (20); e2e tests live in test/e2e and run in a real n8n. */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }];
module.exports = {
	projects: [
		{
			displayName: 'unit',
			testEnvironment: 'node',
			roots: ['<rootDir>/test'],
			testMatch: ['**/*.test.ts'],
			testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
			transform: { '^.+\\.ts$': tsJest },
			setupFiles: ['<rootDir>/test/setupEnv.js'],
		},
	],
};
