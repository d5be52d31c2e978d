/**
 * PHP syntax check: runs `php -l` on plugin.php, uninstall.php and every PHP
 * file under php/ and scripts/demo/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath( new URL( '..', import.meta.url ) );

/**
 * Lists the PHP files below a folder, recursively, in a stable order.
 *
 * @param {string} dir Absolute folder path.
 * @return {string[]} Absolute file paths.
 */
function phpFilesIn( dir ) {
	if ( ! existsSync( dir ) ) {
		return [];
	}
	return readdirSync( dir )
		.sort()
		.flatMap( ( name ) => {
			const path = join( dir, name );
			if ( statSync( path ).isDirectory() ) {
				return phpFilesIn( path );
			}
			return name.endsWith( '.php' ) ? [ path ] : [];
		} );
}

// A fresh machine may lack PHP: install it (Debian) rather than skip the check.
if ( spawnSync( 'php', [ '--version' ] ).error ) {
	const { ensureDebianPackages } = await import( './lib/wordpress.mjs' );
	ensureDebianPackages( [ 'php-cli' ] );
}

const files = [
	join( root, 'plugin.php' ),
	join( root, 'uninstall.php' ),
	...phpFilesIn( join( root, 'php' ) ),
	...phpFilesIn( join( root, 'scripts/demo' ) ),
].filter( ( file ) => existsSync( file ) );

let failures = 0;
for ( const file of files ) {
	const result = spawnSync( 'php', [ '-l', '-d', 'display_errors=1', file ], {
		encoding: 'utf8',
	} );
	if ( result.status !== 0 ) {
		failures++;
		process.stderr.write( result.stdout + result.stderr );
	}
}

console.log(
	`php -l: ${ files.length - failures } of ${ files.length } PHP files OK${
		files.length ? '' : ' (none found)'
	}`
);
process.exit( failures ? 1 : 0 );
