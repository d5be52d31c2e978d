/**
 * Process entry of the CLI bundle: wires `runCli` to the real streams.
 */
import { runCli } from './index';

declare const HCP_COMPLIANCE_VERSION: string;

const status = runCli( process.argv.slice( 2 ), {
	stdout: ( text ) => process.stdout.write( text ),
	stderr: ( text ) => process.stderr.write( text ),
	version:
		typeof HCP_COMPLIANCE_VERSION === 'string'
			? HCP_COMPLIANCE_VERSION
			: '0.0.0',
} );
// Let stdout drain before exiting (large JSON to a pipe).
process.exitCode = status;
