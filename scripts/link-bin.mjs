/**
 * Links the package into its own node_modules after install: npm does not link a
 * root package's own bin, and `require( 'hcp-compliance' )` should work in place.
 *   node_modules/.bin/hcp-compliance -> ../../bin/hcp-compliance.js
 *   node_modules/hcp-compliance      -> ..
 */
import {
	chmodSync,
	lstatSync,
	mkdirSync,
	symlinkSync,
	unlinkSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join( dirname( fileURLToPath( import.meta.url ) ), '..' );

function link( target, path ) {
	mkdirSync( dirname( path ), { recursive: true } );
	try {
		lstatSync( path );
		unlinkSync( path );
	} catch {
		// Nothing to replace.
	}
	symlinkSync( target, path );
}

chmodSync( join( root, 'bin/hcp-compliance.js' ), 0o755 );
link(
	'../../bin/hcp-compliance.js',
	join( root, 'node_modules/.bin/hcp-compliance' )
);
link( '..', join( root, 'node_modules/hcp-compliance' ) );
