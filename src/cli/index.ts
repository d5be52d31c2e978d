/**
 * `hcp-compliance lint FILE... [--format json|text]`: the command-line linter
 * over saved post content. Exit 0 with no error finding, 1 with one, 2 on bad
 * usage or unreadable input (message on stderr, nothing on stdout).
 */
import { __, sprintf } from '@wordpress/i18n';

import { lintPostContent } from '../engine';
import { helpText, parseArgs } from './args';
import { formatJson, formatText } from './format';
import type { FileResult } from './format';
import { markupWarning, readPostFile } from './read';

/** Where the CLI writes; injectable so tests need no child process. */
export interface CliIo {
	stdout: ( text: string ) => void;
	stderr: ( text: string ) => void;
	version: string;
}

/**
 * Runs the CLI and returns its exit status.
 *
 * @param argv Arguments after the program name.
 * @param io   Output streams and the package version.
 */
export function runCli( argv: string[], io: CliIo ): number {
	const command = parseArgs( argv );
	switch ( command.kind ) {
		case 'help':
			io.stdout( helpText() );
			return 0;
		case 'version':
			io.stdout( `${ io.version }\n` );
			return 0;
		case 'error':
			io.stderr( `hcp-compliance: ${ command.message }\n` );
			return 2;
	}
	const contents: string[] = [];
	const problems: string[] = [];
	for ( const file of command.files ) {
		const result = readPostFile( file );
		if ( result.ok ) {
			contents.push( result.content );
		} else {
			problems.push( result.message );
		}
	}
	if ( problems.length > 0 ) {
		for ( const problem of problems ) {
			io.stderr( `hcp-compliance: ${ problem }\n` );
		}
		return 2;
	}
	const results: FileResult[] = [];
	for ( let i = 0; i < command.files.length; i++ ) {
		const file = command.files[ i ];
		const warning = markupWarning( contents[ i ] );
		if ( warning ) {
			const message = sprintf(
				/* translators: 1: a path; 2: what is wrong with its markup. */
				__( '%1$s: warning: %2$s', 'hcp-compliance' ),
				file,
				warning
			);
			io.stderr( `hcp-compliance: ${ message }\n` );
		}
		try {
			results.push( {
				file,
				findings: lintPostContent( contents[ i ] ),
			} );
		} catch ( error ) {
			io.stderr(
				`hcp-compliance: ${ sprintf(
					/* translators: 1: a path; 2: the error. */
					__( '%1$s: could not be analysed: %2$s', 'hcp-compliance' ),
					file,
					( error as Error ).message
				) }\n`
			);
			return 2;
		}
	}
	io.stdout(
		command.format === 'json'
			? formatJson( results )
			: formatText( results )
	);
	return results.some( ( result ) =>
		result.findings.some( ( finding ) => finding.severity === 'error' )
	)
		? 1
		: 0;
}
