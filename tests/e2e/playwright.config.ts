/**
 * Playwright configuration: Debian's Chromium against the WordPress that
 * scripts/test-e2e.mjs starts (its address arrives in WP_BASE_URL).
 */
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const root = path.resolve( __dirname, '../..' );

process.env.WP_ARTIFACTS_PATH ??= path.join( root, 'artifacts' );
process.env.STORAGE_STATE_PATH ??= path.join(
	process.env.WP_ARTIFACTS_PATH,
	'storage-states/admin.json'
);
process.env.WP_BASE_URL ??= 'http://127.0.0.1:8889';

/** Debian's Chromium and its flags, shared with scripts/bench-editor.mjs. */

const debianChromium: {
	executablePath: string;
	args: string[];
} = require( '../../scripts/lib/chromium.cjs' );

export default defineConfig( {
	testDir: '.',
	testMatch: '**/*.spec.ts',
	outputDir: path.join( process.env.WP_ARTIFACTS_PATH, 'test-results' ),
	globalSetup: require.resolve( './global-setup.ts' ),
	// Two cores: one browser at a time, tests in each file in order.
	workers: 1,
	fullyParallel: false,
	forbidOnly: !! process.env.CI,
	retries: process.env.CI ? 1 : 0,
	timeout: 90_000,
	expect: { timeout: 15_000 },
	reportSlowTests: null,
	reporter: process.env.CI
		? [ [ 'list' ] ]
		: [
				[ 'list' ],
				[
					'html',
					{
						open: 'never',
						outputFolder: path.join(
							process.env.WP_ARTIFACTS_PATH,
							'playwright-report'
						),
					},
				],
			],
	use: {
		baseURL: process.env.WP_BASE_URL,
		headless: true,
		locale: 'en-US',
		contextOptions: {
			reducedMotion: 'reduce',
			strictSelectors: true,
		},
		storageState: process.env.STORAGE_STATE_PATH,
		actionTimeout: 15_000,
		navigationTimeout: 60_000,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices[ 'Desktop Chrome' ],
				viewport: { width: 1280, height: 800 },
				launchOptions: {
					executablePath: debianChromium.executablePath,
					args: debianChromium.args,
				},
			},
		},
	],
} );
