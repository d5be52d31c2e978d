/**
 * Jest configuration: @wordpress/scripts' preset, with the project's unit tests
 * beside the code (`src/**\/test/*.test.ts(x)`) and in `tests/unit`.
 */
const defaults = require( '@wordpress/scripts/config/jest-unit.config.js' );

module.exports = {
	...defaults,
	rootDir: '..',
	// Only src/ and tests/: Jest must not crawl the WordPress trees in .wp/ or build/.
	roots: [ '<rootDir>/src', '<rootDir>/tests' ],
	testMatch: [
		'<rootDir>/src/**/test/*.test.[jt]s?(x)',
		'<rootDir>/tests/unit/**/*.test.[jt]s?(x)',
	],
	// htmlparser2 and marked ship only ES modules: let Babel turn them into CommonJS for Jest.
	transformIgnorePatterns: [
		'/node_modules/(?!(htmlparser2|domhandler|domutils|domelementtype|dom-serializer|entities|marked)/)',
	],
	testPathIgnorePatterns: [
		'/node_modules/',
		'<rootDir>/build/',
		'<rootDir>/tests/e2e/',
	],
};
