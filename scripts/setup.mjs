/**
 * One-time set-up: installs the Debian packages the tests need (PHP with SQLite,
 * unzip, Chromium) when missing, and prepares the offline WordPress tree in .wp/.
 */
import { ensureBaseTree, ensureDebianPackages, log } from './lib/wordpress.mjs';

try {
	ensureDebianPackages();
	const tree = ensureBaseTree();
	log( `ready: WordPress 6.7-alpha in ${ tree }` );
} catch ( error ) {
	console.error( error.message );
	process.exit( 1 );
}
