/**
 * A real WordPress for tests and development, fully offline: the 6.7-alpha build
 * shipped in @wp-playground/wordpress-builds, SQLite instead of MySQL, served by
 * PHP's built-in server. See /work/shared/env/wordpress.md for why each step.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readFileSync,
	renameSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire( import.meta.url );

/** The plugin's own checkout (the folder holding plugin.php). */
export const ROOT = fileURLToPath( new URL( '../..', import.meta.url ) );

/** Where every WordPress tree lives; gitignored. */
export const WP_HOME = join( ROOT, '.wp' );

/** The pristine, never-installed tree that sites are copied from. */
export const BASE_TREE = join( WP_HOME, 'wordpress-6.7-alpha' );

/** The plugin's folder name inside wp-content/plugins, and its main file. */
export const PLUGIN_SLUG = 'hcp-compliance';
export const PLUGIN_FILE = `${ PLUGIN_SLUG }/plugin.php`;

/** The administrator every site is installed with. */
export const ADMIN = { username: 'admin', password: 'password' };

/** Debian packages WordPress, its tests and the PHP lint need. */
export const DEBIAN_PACKAGES = [
	'php-cli',
	'php-sqlite3',
	'php-xml',
	'php-mbstring',
	'php-intl',
	'php-gd',
	'php-zip',
	'php-curl',
	'unzip',
	'chromium',
];

/** Bumped whenever the way the base tree is prepared changes. */
const BASE_TREE_FORMAT = '2';
const SQLITE_PLUGIN_VERSION = '2.1.11';

/**
 * Prints a progress line prefixed with the script's name.
 *
 * @param {string} message What is happening.
 */
export function log( message ) {
	process.stderr.write( `[wordpress] ${ message }\n` );
}

/**
 * Runs a command to completion and throws with its output when it fails.
 *
 * @param {string}   command Program.
 * @param {string[]} args    Arguments.
 * @param {Object}   options spawnSync options.
 * @return {string} Its standard output.
 */
export function run( command, args, options = {} ) {
	const result = spawnSync( command, args, {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		...options,
	} );
	if ( result.error ) {
		throw result.error;
	}
	if ( result.status !== 0 ) {
		throw new Error(
			`${ command } ${ args.join( ' ' ) } failed (${ result.status }):\n${
				result.stdout ?? ''
			}${ result.stderr ?? '' }`
		);
	}
	return result.stdout ?? '';
}

/**
 * Installs the Debian packages that are missing (apt-get update once, then one
 * install), as root or through sudo.
 *
 * @param {string[]} packages Package names.
 */
export function ensureDebianPackages( packages = DEBIAN_PACKAGES ) {
	const missing = packages.filter( ( name ) => {
		const result = spawnSync(
			'dpkg-query',
			[ '-W', '-f=${Status}', name ],
			{ encoding: 'utf8' }
		);
		return ! ( result.stdout ?? '' ).includes( 'install ok installed' );
	} );
	if ( missing.length === 0 ) {
		return;
	}
	if ( spawnSync( 'apt-get', [ '--version' ] ).error ) {
		throw new Error(
			`Missing system packages (${ missing.join(
				' '
			) }) and no apt-get to install them with.`
		);
	}
	const asRoot = process.getuid?.() === 0 ? [] : [ 'sudo' ];
	const apt = ( ...args ) => {
		const [ command, ...rest ] = [ ...asRoot, 'apt-get', ...args ];
		const result = spawnSync( command, rest, {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
		} );
		if ( result.status !== 0 ) {
			throw new Error( `apt-get ${ args.join( ' ' ) } failed` );
		}
	};
	log( `installing Debian packages: ${ missing.join( ' ' ) }` );
	apt( 'update', '-qq' );
	apt( 'install', '-y', '-qq', '--no-install-recommends', ...missing );
}

/**
 * Paths inside @wp-playground/wordpress-builds.
 *
 * @return {{zip: string, assets: string, sqlite: string}} The WordPress zip, its static assets and the SQLite plugin zip.
 */
function wordpressBuilds() {
	const pkg = dirname(
		require.resolve( '@wp-playground/wordpress-builds/package.json' )
	);
	return {
		zip: join( pkg, 'src/wordpress/wp-nightly.zip' ),
		assets: join( pkg, 'public/wp-nightly' ),
		sqlite: join(
			pkg,
			'src/sqlite-database-integration/sqlite-database-integration.zip'
		),
	};
}

/**
 * Prepares the pristine WordPress 6.7-alpha tree once (about 100 MB): PHP files
 * from the zip, static assets over them, the SQLite drop-in, no wp-config.php.
 *
 * @return {string} The tree's path.
 */
export function ensureBaseTree() {
	const marker = join( BASE_TREE, '.hcp-compliance-base' );
	const isCurrent = () =>
		existsSync( marker ) &&
		readFileSync( marker, 'utf8' ).trim() === BASE_TREE_FORMAT;
	if ( isCurrent() ) {
		return BASE_TREE;
	}
	const builds = wordpressBuilds();
	// Per-process scratch names: two test runs may prepare the tree at once.
	const partial = `${ BASE_TREE }.partial-${ process.pid }`;
	log( `preparing WordPress 6.7-alpha in ${ BASE_TREE }` );
	rmSync( partial, { recursive: true, force: true } );
	mkdirSync( partial, { recursive: true } );
	run( 'unzip', [ '-q', '-o', builds.zip, '-d', partial ] );
	// The zip holds PHP only; the same flavour's JS, CSS and images ship apart.
	cpSync( builds.assets, partial, { recursive: true } );
	for ( const leftover of [
		'wp-config.php',
		'wordpress-remote-asset-paths',
		'wp-content/database',
		'wp-content/debug.log',
	] ) {
		rmSync( join( partial, leftover ), { recursive: true, force: true } );
	}

	// SQLite Database Integration 2.1.11 (3.x fails on this WordPress) as db.php.
	const sqliteUnzipped = join( WP_HOME, `sqlite-unzipped-${ process.pid }` );
	rmSync( sqliteUnzipped, { recursive: true, force: true } );
	run( 'unzip', [ '-q', '-o', builds.sqlite, '-d', sqliteUnzipped ] );
	const sqliteSource = join(
		sqliteUnzipped,
		'sqlite-database-integration-main'
	);
	const version = readFileSync( join( sqliteSource, 'load.php' ), 'utf8' );
	if ( ! version.includes( `Version: ${ SQLITE_PLUGIN_VERSION }` ) ) {
		log(
			`warning: expected SQLite Database Integration ${ SQLITE_PLUGIN_VERSION }`
		);
	}
	const sqliteTarget = join(
		partial,
		'wp-content/plugins/sqlite-database-integration'
	);
	cpSync( sqliteSource, sqliteTarget, { recursive: true } );
	rmSync( sqliteUnzipped, { recursive: true, force: true } );
	writeFileSync(
		join( partial, 'wp-content/db.php' ),
		readFileSync( join( sqliteTarget, 'db.copy' ), 'utf8' )
			.replace(
				"'{SQLITE_IMPLEMENTATION_FOLDER_PATH}'",
				"__DIR__ . '/plugins/sqlite-database-integration'"
			)
			.replaceAll(
				'{SQLITE_PLUGIN}',
				'sqlite-database-integration/load.php'
			)
	);

	writeFileSync( join( partial, '.hcp-compliance-base' ), BASE_TREE_FORMAT );
	if ( isCurrent() ) {
		// Another run finished first and may be copying its tree right now.
		rmSync( partial, { recursive: true, force: true } );
		return BASE_TREE;
	}
	rmSync( BASE_TREE, { recursive: true, force: true } );
	try {
		renameSync( partial, BASE_TREE );
	} catch ( error ) {
		// Another run finished first; its tree is as good as ours.
		rmSync( partial, { recursive: true, force: true } );
		if ( ! isCurrent() ) {
			throw error;
		}
	}
	return BASE_TREE;
}

/**
 * Writes a wp-config.php for a SQLite site that never talks to the network.
 *
 * @param {string} dir WordPress tree.
 * @param {string} url The site's address.
 */
function writeConfig( dir, url ) {
	const salt = () =>
		Array.from( { length: 48 }, () =>
			String.fromCharCode( 33 + Math.floor( Math.random() * 90 ) )
		)
			.join( '' )
			.replace( /['\\]/g, '_' );
	const keys = [
		'AUTH_KEY',
		'SECURE_AUTH_KEY',
		'LOGGED_IN_KEY',
		'NONCE_KEY',
		'AUTH_SALT',
		'SECURE_AUTH_SALT',
		'LOGGED_IN_SALT',
		'NONCE_SALT',
	]
		.map( ( key ) => `define( '${ key }', '${ salt() }' );` )
		.join( '\n' );
	writeFileSync(
		join( dir, 'wp-config.php' ),
		`<?php
// Written by scripts/lib/wordpress.mjs for local tests; SQLite via wp-content/db.php.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', '' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', '' );
define( 'DB_CHARSET', 'utf8' );
define( 'DB_COLLATE', '' );
define( 'DB_DIR', __DIR__ . '/wp-content/database/' );
define( 'DB_FILE', '.ht.sqlite' );
${ keys }
$table_prefix = 'wp_';
define( 'WP_HOME', '${ url }' );
define( 'WP_SITEURL', '${ url }' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', __DIR__ . '/wp-content/debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'SCRIPT_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`
	);
}

/**
 * Finds a free TCP port on 127.0.0.1, preferring the given one.
 *
 * @param {number} preferred Port to try first (0 for any).
 * @return {Promise<number>} A port nobody listens on.
 */
export function findFreePort( preferred = 0 ) {
	const tryPort = ( port ) =>
		new Promise( ( resolve, reject ) => {
			const server = createServer();
			server.once( 'error', reject );
			server.listen( port, '127.0.0.1', () => {
				const { port: bound } = server.address();
				server.close( () => resolve( bound ) );
			} );
		} );
	return tryPort( preferred ).catch( () => tryPort( 0 ) );
}

/**
 * Waits until an address answers HTTP at all.
 *
 * @param {string} url       Address.
 * @param {number} timeoutMs How long to wait.
 */
export async function waitForHttp( url, timeoutMs = 30_000 ) {
	const deadline = Date.now() + timeoutMs;
	let lastError;
	while ( Date.now() < deadline ) {
		try {
			await fetch( url, { redirect: 'manual' } );
			return;
		} catch ( error ) {
			lastError = error;
			await new Promise( ( resolve ) => setTimeout( resolve, 200 ) );
		}
	}
	throw new Error( `${ url } did not answer: ${ lastError?.message }` );
}

/**
 * Starts PHP's built-in server on a tree in its own process group (setsid), so
 * that stopping it also ends the workers that PHP_CLI_SERVER_WORKERS forks.
 *
 * @param {string} dir               WordPress tree.
 * @param {number} port              Port on 127.0.0.1.
 * @param {Object} options           Options.
 * @param {string} [options.logFile] Where the server's output goes.
 * @return {Promise<{url: string, pid: number, stop: () => void}>} The running server.
 */
export async function startServer( dir, port, { logFile } = {} ) {
	const url = `http://127.0.0.1:${ port }`;
	const out = logFile ?? join( dir, 'server.log' );
	const { openSync } = await import( 'node:fs' );
	const fd = openSync( out, 'a' );
	// `detached` makes the child a session and process group leader (setsid).
	const child = spawn(
		'php',
		[
			'-d',
			'memory_limit=512M',
			'-d',
			'max_execution_time=120',
			'-S',
			`127.0.0.1:${ port }`,
			'-t',
			dir,
		],
		{
			cwd: dir,
			detached: true,
			stdio: [ 'ignore', fd, fd ],
			env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
		}
	);
	child.unref();
	let stopped = false;
	const stop = () => {
		if ( stopped ) {
			return;
		}
		stopped = true;
		try {
			process.kill( -child.pid, 'SIGTERM' );
		} catch {
			// Already gone.
		}
	};
	await waitForHttp( `${ url }/wp-includes/images/blank.gif` ).catch(
		( error ) => {
			stop();
			throw error;
		}
	);
	return { url, pid: child.pid, stop };
}

/**
 * Runs the WordPress installer through its own form, as a person would.
 *
 * @param {string} url Site address.
 */
export async function installWordPress( url ) {
	const body = new URLSearchParams( {
		weblog_title: 'HCP Compliance Test Site',
		user_name: ADMIN.username,
		admin_password: ADMIN.password,
		admin_password2: ADMIN.password,
		pw_weak: '1',
		admin_email: 'admin@example.org',
		blog_public: '0',
		language: '',
	} );
	const response = await fetch( `${ url }/wp-admin/install.php?step=2`, {
		method: 'POST',
		body,
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
	} );
	const html = await response.text();
	if ( ! response.ok || ! /Success!|wp-login\.php/.test( html ) ) {
		throw new Error(
			`WordPress install failed (${ response.status }): ${ html
				.replace( /<[^>]+>/g, ' ' )
				.replace( /\s+/g, ' ' )
				.slice( 0, 500 ) }`
		);
	}
}

/**
 * Runs PHP code with WordPress loaded, from the command line.
 *
 * @param {string} dir  WordPress tree.
 * @param {string} code PHP code (no opening tag).
 * @return {string} What it printed.
 */
export function wpEval( dir, code ) {
	return run(
		'php',
		[
			'-d',
			'display_errors=stderr',
			'-r',
			`$_SERVER['HTTP_HOST'] = 'localhost'; require 'wp-load.php'; require_once ABSPATH . 'wp-admin/includes/plugin.php'; ${ code }`,
		],
		{ cwd: dir }
	);
}

/**
 * Activates a plugin in an installed site and fails loudly when it cannot.
 *
 * @param {string} dir    WordPress tree.
 * @param {string} plugin Plugin file relative to wp-content/plugins.
 */
export function activatePlugin( dir, plugin = PLUGIN_FILE ) {
	wpEval(
		dir,
		`$result = activate_plugin( ${ JSON.stringify(
			plugin
		) } ); if ( is_wp_error( $result ) ) { fwrite( STDERR, $result->get_error_message() ); exit( 1 ); } if ( ! is_plugin_active( ${ JSON.stringify(
			plugin
		) } ) ) { fwrite( STDERR, 'not active' ); exit( 1 ); }`
	);
}

/**
 * Keeps a test site from reaching for the network or covering the editor:
 * no Gravatar images, no welcome guide for the administrator.
 *
 * @param {string} dir WordPress tree.
 */
export function quietenSite( dir ) {
	wpEval(
		dir,
		`update_option( 'show_avatars', 0 ); update_user_meta( 1, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );`
	);
}

/**
 * Creates a fresh site: a copy of the base tree, wp-config.php, the plugin
 * symlinked in, installed and activated, and leaves it served by PHP.
 *
 * @param {Object} options      Options.
 * @param {string} options.name Folder name under .wp/ (replaced if it exists).
 * @param {number} options.port Preferred port.
 * @return {Promise<{dir: string, url: string, pid: number, stop: () => void}>} The running site.
 */
export async function createSite( { name, port } ) {
	const base = ensureBaseTree();
	const dir = join( WP_HOME, name );
	rmSync( dir, { recursive: true, force: true } );
	// Copy-on-write where the file system allows it; about 1 s otherwise.
	run( 'cp', [ '-a', '--reflink=auto', base, dir ] );
	rmSync( join( dir, '.hcp-compliance-base' ), { force: true } );
	symlinkSync( ROOT, join( dir, 'wp-content/plugins', PLUGIN_SLUG ), 'dir' );

	const freePort = await findFreePort( port );
	const url = `http://127.0.0.1:${ freePort }`;
	writeConfig( dir, url );
	const server = await startServer( dir, freePort, {
		logFile: join( dir, 'server.log' ),
	} );
	try {
		await installWordPress( url );
		activatePlugin( dir );
		quietenSite( dir );
	} catch ( error ) {
		server.stop();
		throw error;
	}
	return { dir, ...server };
}
