#!/usr/bin/env node
/**
 * The `hcp-compliance` command: a shim over the bundled CLI (npm run build:node builds it).
 */
'use strict';

try {
	require( '../build/cli/hcp-compliance.cjs' );
} catch ( error ) {
	if (
		error &&
		error.code === 'MODULE_NOT_FOUND' &&
		String( error.message ).includes( 'hcp-compliance.cjs' )
	) {
		process.stderr.write(
			'hcp-compliance: the CLI is not built yet; run `npm run build:node`.\n'
		);
		process.exit( 2 );
	}
	throw error;
}
