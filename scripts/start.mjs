/**
 * `npm start`: builds the plugin, starts an embedded WordPress (WordPress
 * Playground: PHP in WebAssembly with SQLite) fully offline with the plugin
 * active and a demo post, prints where to go, and rebuilds on change until
 * Ctrl+C.
 *
 * Environment: PORT (preferred port, default 9400), NO_WATCH=1 skips the
 * watcher (the site still runs).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
	PLUGIN_SLUG,
	ROOT,
	WP_HOME,
	ensureBaseTree,
	ensureDebianPackages,
	findFreePort,
	log,
	run,
} from './lib/wordpress.mjs';

const SITE = join( WP_HOME, 'playground' );
const children = [];
let stopping = false;

/**
 * Ends every child's process group (Playground forks workers).
 *
 * @param {number} code Exit status.
 */
function stopAll( code = 0 ) {
	if ( stopping ) {
		return;
	}
	stopping = true;
	for ( const child of children ) {
		try {
			process.kill( -child.pid, 'SIGTERM' );
		} catch {
			// Already gone.
		}
	}
	process.exit( code );
}
for ( const signal of [ 'SIGINT', 'SIGTERM', 'SIGHUP' ] ) {
	process.on( signal, () => stopAll( 0 ) );
}

/**
 * Starts a long-running command in its own process group.
 *
 * @param {string}   command Program.
 * @param {string[]} args    Arguments.
 * @param {string}   name    Label for its failure message.
 * @return {import('node:child_process').ChildProcess} The child.
 */
function startChild( command, args, name ) {
	const child = spawn( command, args, {
		cwd: ROOT,
		detached: true,
		stdio: 'inherit',
	} );
	children.push( child );
	child.on( 'exit', ( code ) => {
		if ( ! stopping ) {
			log( `${ name } stopped (exit ${ code }); shutting down` );
			stopAll( code || 1 );
		}
	} );
	return child;
}

/**
 * A fresh copy of the WordPress tree for Playground, which writes its
 * wp-config.php and database into it, with the demo-post mu-plugin.
 *
 * @return {string} The copy's path.
 */
function prepareSite() {
	rmSync( SITE, { recursive: true, force: true } );
	run( 'cp', [ '-a', '--reflink=auto', ensureBaseTree(), SITE ] );
	// Playground brings and configures its own SQLite integration.
	rmSync( join( SITE, 'wp-content/db.php' ), { force: true } );
	rmSync( join( SITE, 'wp-content/plugins/sqlite-database-integration' ), {
		recursive: true,
		force: true,
	} );
	const muPlugins = join( SITE, 'wp-content/mu-plugins' );
	mkdirSync( join( muPlugins, 'hcp-compliance-demo' ), { recursive: true } );
	cpSync(
		join( ROOT, 'scripts/demo/hcp-compliance-demo.php' ),
		join( muPlugins, 'hcp-compliance-demo.php' )
	);
	cpSync(
		join( ROOT, 'scripts/demo/demo-post.html' ),
		join( muPlugins, 'hcp-compliance-demo/demo-post.html' )
	);
	return SITE;
}

/**
 * A link named after the plugin's slug to the checkout: --auto-mount names the
 * plugin after the folder it is given, and a clone may be called anything.
 *
 * @return {string} The link's path.
 */
function pluginLink() {
	const link = join( WP_HOME, 'plugin-link', PLUGIN_SLUG );
	rmSync( link, { force: true } );
	mkdirSync( dirname( link ), { recursive: true } );
	symlinkSync( ROOT, link, 'dir' );
	return link;
}

/**
 * Waits for the site's front page, which also creates the demo post.
 *
 * @param {string} url Site address.
 * @return {Promise<number|null>} The demo post's id, if found.
 */
async function waitForSite( url ) {
	const deadline = Date.now() + 180_000;
	// Without this cookie, --login answers every first request with a redirect.
	const headers = { Cookie: 'playground_auto_login_already_happened=1' };
	while ( Date.now() < deadline ) {
		try {
			const response = await fetch( `${ url }/`, { headers } );
			if ( response.ok ) {
				const posts = await fetch(
					`${ url }/?rest_route=/wp/v2/posts&search=statin&_fields=id`,
					{ headers }
				).then( ( r ) => ( r.ok ? r.json() : [] ) );
				return posts[ 0 ]?.id ?? null;
			}
		} catch {
			// Not listening yet.
		}
		await new Promise( ( resolve ) => setTimeout( resolve, 500 ) );
	}
	throw new Error( `WordPress did not answer at ${ url } within 3 minutes` );
}

try {
	ensureDebianPackages( [ 'unzip' ] );
	log( 'building the plugin' );
	const build = spawnSync( 'npm', [ 'run', 'build' ], {
		cwd: ROOT,
		stdio: 'inherit',
	} );
	if ( build.status !== 0 ) {
		throw new Error( 'npm run build failed; fix the errors above first' );
	}
	const site = prepareSite();
	const port = await findFreePort( Number( process.env.PORT || 9400 ) );
	const url = `http://127.0.0.1:${ port }`;
	log( `starting WordPress Playground on ${ url } (offline)` );
	startChild(
		'npx',
		[
			'wp-playground-cli',
			'server',
			`--port=${ port }`,
			'--wordpress-install-mode=install-from-existing-files',
			`--mount-before-install=${ site }:/wordpress`,
			`--auto-mount=${ pluginLink() }`,
			'--login',
			'--workers=2',
			'--verbosity=quiet',
		],
		'WordPress Playground'
	);
	const demoId = await waitForSite( url );
	process.stdout.write(
		[
			'',
			'HCP Compliance is running in WordPress 6.7-alpha (Playground, offline).',
			`  Site:       ${ url }/`,
			`  Dashboard:  ${ url }/wp-admin/  (you are logged in automatically as admin;`,
			'              if asked, user "admin", password "password")',
			demoId
				? `  Demo post:  ${ url }/wp-admin/post.php?post=${ demoId }&action=edit`
				: '  Demo post:  Posts → "My statin story (demo: compliance problems)"',
			'  The first editor load takes about 25 s. Press Ctrl+C to stop.',
			'',
		].join( '\n' ) + '\n'
	);
	if ( ! process.env.NO_WATCH ) {
		log( 'watching src/ (wp-scripts start); changes rebuild build/' );
		startChild( 'npx', [ 'wp-scripts', 'start' ], 'wp-scripts start' );
	}
} catch ( error ) {
	console.error( error.message );
	stopAll( 1 );
}
