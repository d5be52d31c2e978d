/**
 * Command-line arguments of `hcp-compliance`, parsed without a library: the
 * grammar is small and every mistake must name itself clearly.
 */
import { __, sprintf } from '@wordpress/i18n';

/** Output formats the linter prints. */
export type OutputFormat = 'json' | 'text';

/** What the command line asked for. */
export type CliCommand =
	| { kind: 'help' }
	| { kind: 'version' }
	| { kind: 'lint'; files: string[]; format: OutputFormat }
	| { kind: 'error'; message: string };

const FORMATS: OutputFormat[] = [ 'json', 'text' ];

/** Command syntax, the same in every language. */
export const USAGE = 'hcp-compliance lint FILE... [--format json|text]';

/**
 * Parses the arguments after the program name.
 *
 * @param argv Arguments, e.g. `[ 'lint', 'post.html', '--format', 'json' ]`.
 */
export function parseArgs( argv: string[] ): CliCommand {
	if ( argv.includes( '--help' ) || argv.includes( '-h' ) ) {
		return { kind: 'help' };
	}
	if ( argv.includes( '--version' ) || argv.includes( '-v' ) ) {
		return { kind: 'version' };
	}
	if ( argv.length === 0 ) {
		return {
			kind: 'error',
			message: sprintf(
				/* translators: %s: the command syntax. */
				__( 'No command given. Usage: %s', 'hcp-compliance' ),
				USAGE
			),
		};
	}
	const [ command, ...rest ] = argv;
	if ( command !== 'lint' ) {
		return {
			kind: 'error',
			message: sprintf(
				/* translators: 1: the command the user typed; 2: the command syntax. */
				__( 'Unknown command "%1$s". Usage: %2$s', 'hcp-compliance' ),
				command,
				USAGE
			),
		};
	}
	const files: string[] = [];
	let format: OutputFormat = 'text';
	let onlyFiles = false;
	for ( let i = 0; i < rest.length; i++ ) {
		const arg = rest[ i ];
		if ( onlyFiles ) {
			files.push( arg );
			continue;
		}
		if ( arg === '--' ) {
			onlyFiles = true;
			continue;
		}
		if (
			arg === '--format' ||
			arg === '-f' ||
			arg.startsWith( '--format=' )
		) {
			const value = arg.startsWith( '--format=' )
				? arg.slice( '--format='.length )
				: rest[ ++i ];
			if ( value === undefined || value === '' ) {
				return {
					kind: 'error',
					message: __(
						'Option --format needs a value: json or text.',
						'hcp-compliance'
					),
				};
			}
			if ( ! FORMATS.includes( value as OutputFormat ) ) {
				return {
					kind: 'error',
					message: sprintf(
						/* translators: %s: the format the user asked for. */
						__(
							'Unknown format "%s": use json or text.',
							'hcp-compliance'
						),
						value
					),
				};
			}
			format = value as OutputFormat;
			continue;
		}
		if ( arg.startsWith( '-' ) && arg !== '-' ) {
			return {
				kind: 'error',
				message: sprintf(
					/* translators: %s: the option the user typed. */
					__(
						'Unknown option "%s". Run hcp-compliance --help for the options.',
						'hcp-compliance'
					),
					arg
				),
			};
		}
		files.push( arg );
	}
	if ( files.length === 0 ) {
		return {
			kind: 'error',
			message: sprintf(
				/* translators: %s: the command syntax. */
				__( 'No files given. Usage: %s', 'hcp-compliance' ),
				USAGE
			),
		};
	}
	return { kind: 'lint', files, format };
}

/** The `--help` text. */
export function helpText(): string {
	return [
		sprintf(
			/* translators: %s: the command syntax. */
			__( 'Usage: %s', 'hcp-compliance' ),
			USAGE
		),
		'',
		__(
			'Checks WordPress post content (saved block markup, classic HTML, Markdown or plain text)',
			'hcp-compliance'
		),
		__(
			'against the compliance rules for health care professionals who publish online.',
			'hcp-compliance'
		),
		'',
		__( 'Options:', 'hcp-compliance' ),
		`  --format json|text  ${ __(
			'Output format (default: text)',
			'hcp-compliance'
		) }`,
		`  -h, --help          ${ __( 'Show this help', 'hcp-compliance' ) }`,
		`  -v, --version       ${ __( 'Show the version', 'hcp-compliance' ) }`,
		'',
		__(
			'Exit status: 0 no error-severity finding, 1 at least one, 2 bad usage or unreadable input.',
			'hcp-compliance'
		),
		'',
	].join( '\n' );
}
