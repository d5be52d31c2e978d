/**
 * ESLint flat config: @wordpress/scripts' defaults (which lint TypeScript through
 * typescript-eslint), plus the project's test, e2e and Node-script settings.
 */
const wpConfig = require( '@wordpress/scripts/config/eslint.config.cjs' );
const wpPlugin = require( '@wordpress/eslint-plugin' );
const globals = require( 'globals' );

module.exports = [
	{
		ignores: [
			'build/**',
			'node_modules/**',
			'.wp/**',
			'artifacts/**',
			'test-results/**',
			'playwright-report/**',
		],
	},
	...wpConfig,
	// Unit tests written in TypeScript get Jest's globals and rules too.
	...wpPlugin.configs[ 'test-unit' ].map( ( config ) => ( {
		...config,
		files: [
			'**/@(test|__tests__)/**/*.{ts,tsx}',
			'**/?(*.)test.{ts,tsx}',
			'tests/unit/**/*.{js,ts,tsx}',
		],
	} ) ),
	// End-to-end specs run in Playwright, not Jest.
	...wpPlugin.configs[ 'test-playwright' ].map( ( config ) => ( {
		...config,
		files: [ 'tests/e2e/**/*.{js,ts}' ],
	} ) ),
	{
		files: [
			'scripts/**/*.{js,mjs}',
			'*.config.{js,cjs}',
			'tests/*.config.js',
			'bin/**/*.js',
		],
		languageOptions: {
			// Browser globals too: scripts drive the editor through page.evaluate().
			globals: { ...globals.node, ...globals.browser },
		},
		rules: {
			'no-console': 'off',
			'no-process-exit': 'off',
		},
	},
	{
		// Hashing and code-point arithmetic in the engine and benchmarks are deliberate.
		files: [ 'src/engine/**/*.ts', 'scripts/**/*.mjs' ],
		rules: {
			'no-bitwise': 'off',
		},
	},
	{
		files: [ 'src/cli/**/*.ts' ],
		languageOptions: {
			globals: { ...globals.node },
		},
		rules: {
			'no-console': 'off',
		},
	},
];
