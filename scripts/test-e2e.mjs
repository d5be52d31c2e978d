/**
 * End-to-end tests: makes sure the machine is set up, builds when the sources
 * changed, starts a fresh WordPress with the plugin active, runs Playwright
 * (extra arguments go to `playwright test`), and always stops the server.
 *
 * Environment: WP_E2E_PORT (preferred port, default 8889), KEEP_WP=1 keeps the
 * site folder for inspection.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
	ROOT,
	createSite,
	ensureBaseTree,
	ensureDebianPackages,
	log,
} from './lib/wordpress.mjs';

/**
 * Newest modification time of the files below a path.
 *
 * @param {string} path File or folder.
 * @return {number} Milliseconds since the epoch; 0 when it does not exist.
 */
function newestMtime( path ) {
	if ( ! existsSync( path ) ) {
		return 0;
	}
	const stat = statSync( path );
	if ( ! stat.isDirectory() ) {
		return stat.mtimeMs;
	}
	return readdirSync( path ).reduce(
		( newest, name ) =>
			Math.max( newest, newestMtime( join( path, name ) ) ),
		0
	);
}

/**
 * Runs `npm run build` unless build/ is newer than everything it is made from.
 */
function buildIfNeeded() {
	const built = newestMtime( join( ROOT, 'build/editor.js' ) );
	const sources = Math.max(
		newestMtime( join( ROOT, 'src' ) ),
		newestMtime( join( ROOT, 'webpack.config.js' ) ),
		newestMtime( join( ROOT, 'package-lock.json' ) )
	);
	if ( built && built >= sources ) {
		return;
	}
	log( 'building the plugin (npm run build)' );
	const result = spawnSync( 'npm', [ 'run', 'build' ], {
		cwd: ROOT,
		stdio: 'inherit',
	} );
	if ( result.status !== 0 ) {
		throw new Error( 'npm run build failed' );
	}
}

let site;
let playwright = null;
let exiting = false;

/**
 * Stops the server and removes the throwaway site, once.
 */
function cleanUp() {
	if ( ! site ) {
		return;
	}
	site.stop();
	if ( ! process.env.KEEP_WP ) {
		rmSync( site.dir, { recursive: true, force: true } );
	} else {
		log( `kept the site in ${ site.dir }` );
	}
	site = undefined;
}

for ( const signal of [ 'SIGINT', 'SIGTERM', 'SIGHUP' ] ) {
	process.on( signal, () => {
		if ( exiting ) {
			return;
		}
		exiting = true;
		playwright?.kill( signal );
		cleanUp();
		process.exit( 130 );
	} );
}
process.on( 'exit', cleanUp );

try {
	ensureDebianPackages();
	ensureBaseTree();
	buildIfNeeded();
	const started = Date.now();
	site = await createSite( {
		name: `e2e-${ process.pid }`,
		port: Number( process.env.WP_E2E_PORT || 8889 ),
	} );
	log(
		`WordPress at ${ site.url } (admin / password), ready in ${
			Date.now() - started
		} ms`
	);
} catch ( error ) {
	console.error( error.message );
	cleanUp();
	process.exit( 1 );
}

playwright = spawn(
	'npx',
	[
		'playwright',
		'test',
		'--config',
		'tests/e2e/playwright.config.ts',
		...process.argv.slice( 2 ),
	],
	{
		cwd: ROOT,
		stdio: 'inherit',
		env: {
			...process.env,
			WP_BASE_URL: site.url,
			STORAGE_STATE_PATH: join( site.dir, 'storage-state.json' ),
			// The browser is Debian's Chromium; never try to download one.
			PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
		},
	}
);
playwright.on( 'exit', ( code, signal ) => {
	cleanUp();
	process.exit( code ?? ( signal ? 1 : 0 ) );
} );
