/**
 * The command-line linter on real files, run as a user runs it: the built bin
 * in a child process, its stdout, stderr and exit status.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join( __dirname, '..', '..', '..' );
const bin = join( root, 'bin', 'hcp-compliance.js' );

function run( args: string[], cwd = root ) {
	const result = spawnSync( process.execPath, [ bin, ...args ], {
		cwd,
		encoding: 'utf8',
	} );
	return {
		status: result.status,
		stdout: result.stdout,
		stderr: result.stderr,
	};
}

let dir: string;

beforeAll( () => {
	const build = spawnSync(
		process.execPath,
		[ join( root, 'scripts', 'build-node.mjs' ) ],
		{ encoding: 'utf8' }
	);
	if ( build.status !== 0 ) {
		throw new Error( build.stderr );
	}
	dir = mkdtempSync( join( tmpdir(), 'hcp-cli-' ) );
	writeFileSync(
		join( dir, 'patient.html' ),
		'<!-- wp:paragraph -->\n<p>My patient Maria Lopez (MRN 00482913) called me on 07700 900123.</p>\n<!-- /wp:paragraph -->\n'
	);
	writeFileSync(
		join( dir, 'clean.html' ),
		[
			'<!-- wp:hcp-compliance/credentials {"name":"Dana Reyes","credentials":"RN","registrationNumber":"812446","registrationBody":"Texas Board of Nursing","capacity":"independent"} /-->',
			'<!-- wp:hcp-compliance/disclaimer {"text":"General information only; talk to your own clinician."} /-->',
		].join( '\n' )
	);
	writeFileSync(
		join( dir, 'binary.html' ),
		Buffer.from( [ 0x3c, 0x70, 0x3e, 0x00, 0x01, 0x02 ] )
	);
	writeFileSync(
		join( dir, 'latin1.html' ),
		Buffer.from( [
			0x3c, 0x70, 0x3e, 0x63, 0x61, 0x66, 0xe9, 0x3c, 0x2f, 0x70, 0x3e,
		] )
	);
	writeFileSync(
		join( dir, 'broken.html' ),
		'<!-- wp:paragraph -->\n<p>Unclosed block'
	);
	mkdirSync( join( dir, 'folder.html' ) );
} );

describe( 'hcp-compliance lint', () => {
	it( 'should print the contract’s JSON with the file names as given', () => {
		const { status, stdout, stderr } = run(
			[ 'lint', 'patient.html', 'clean.html', '--format', 'json' ],
			dir
		);
		expect( stderr ).toBe( '' );
		const output = JSON.parse( stdout );
		expect(
			output.files.map( ( file: { file: string } ) => file.file )
		).toEqual( [ 'patient.html', 'clean.html' ] );
		for ( const file of output.files ) {
			for ( const finding of file.findings ) {
				expect(
					Object.keys( finding ).every( ( key ) =>
						[
							'ruleId',
							'category',
							'severity',
							'message',
							'excerpt',
							'block',
							'start',
							'end',
						].includes( key )
					)
				).toBe( true );
				expect( typeof finding.message ).toBe( 'string' );
			}
		}
		const hasError = output.files.some(
			( file: { findings: Array< { severity: string } > } ) =>
				file.findings.some(
					( finding ) => finding.severity === 'error'
				)
		);
		expect( status ).toBe( hasError ? 1 : 0 );
	} );

	it( 'should print ESLint-style text with a summary, text by default', () => {
		const { status, stdout } = run( [ 'lint', 'patient.html' ], dir );
		const json = JSON.parse(
			run( [ 'lint', 'patient.html', '--format=json' ], dir ).stdout
		);
		const findings = json.files[ 0 ].findings;
		// A patient's name, record number and phone number: the rules must say something.
		expect( findings.length ).toBeGreaterThan( 0 );
		expect( status ).toBe( 1 );
		const lines = stdout.split( '\n' );
		expect( lines ).toContain( 'patient.html' );
		const errors = findings.filter(
			( f: { severity: string } ) => f.severity === 'error'
		).length;
		const warnings = findings.filter(
			( f: { severity: string } ) => f.severity === 'warning'
		).length;
		expect( stdout ).toMatch(
			new RegExp(
				`✖ ${ findings.length } problems? \\(${ errors } errors?, ${ warnings } warnings?`
			)
		);
		for ( const finding of findings ) {
			expect( stdout ).toContain( finding.ruleId );
		}
	} );

	it( 'should exit 1 when a file has an error finding', () => {
		// A policy-independent check: the status agrees with the JSON it printed.
		const { status, stdout } = run(
			[ 'lint', '--format', 'json', 'patient.html' ],
			dir
		);
		const errors = JSON.parse( stdout ).files[ 0 ].findings.filter(
			( f: { severity: string } ) => f.severity === 'error'
		);
		expect( errors.length ).toBeGreaterThan( 0 );
		expect( status ).toBe( 1 );
	} );

	it( 'should exit 0 and print nothing in text format when there is nothing to say', () => {
		const { status, stdout } = run( [ 'lint', 'clean.html' ], dir );
		const json = JSON.parse(
			run( [ 'lint', 'clean.html', '--format', 'json' ], dir ).stdout
		);
		expect( json.files[ 0 ].findings ).toEqual( [] );
		expect( status ).toBe( 0 );
		expect( stdout ).toBe( '' );
	} );

	it.each( [
		[
			'a missing file',
			[ 'lint', 'nowhere.html', '--format', 'json' ],
			/nowhere\.html: no such file/,
		],
		[
			'a directory',
			[ 'lint', 'folder.html', '--format', 'json' ],
			/folder\.html: is a directory/,
		],
		[
			'a binary file',
			[ 'lint', 'binary.html', '--format', 'json' ],
			/binary\.html: looks like a binary file/,
		],
		[
			'invalid UTF-8',
			[ 'lint', 'latin1.html', '--format', 'json' ],
			/latin1\.html: is not valid UTF-8/,
		],
		[ 'no arguments', [], /No command given/ ],
		[ 'no files', [ 'lint', '--format', 'json' ], /No files given/ ],
		[
			'an unknown option',
			[ 'lint', 'clean.html', '--fix' ],
			/Unknown option "--fix"/,
		],
		[
			'an unknown format',
			[ 'lint', 'clean.html', '--format', 'xml' ],
			/Unknown format "xml"/,
		],
		[
			'a missing format value',
			[ 'lint', 'clean.html', '--format' ],
			/--format needs a value/,
		],
		[
			'an unknown command',
			[ 'check', 'clean.html' ],
			/Unknown command "check"/,
		],
		[
			'one bad file among good ones',
			[ 'lint', 'clean.html', 'nowhere.html', '--format', 'json' ],
			/nowhere\.html/,
		],
	] )(
		'should exit 2 with a message on stderr and nothing on stdout for %s',
		( _name, args, message ) => {
			const { status, stdout, stderr } = run( args as string[], dir );
			expect( status ).toBe( 2 );
			expect( stdout ).toBe( '' );
			expect( stderr ).toMatch( message as RegExp );
		}
	);

	it( 'should lint broken markup as far as it reads, with a warning on stderr', () => {
		const { status, stdout, stderr } = run(
			[ 'lint', 'broken.html', '--format', 'json' ],
			dir
		);
		expect( [ 0, 1 ] ).toContain( status );
		expect( JSON.parse( stdout ).files[ 0 ].file ).toBe( 'broken.html' );
		expect( stderr ).toMatch( /broken\.html: warning/ );
	} );

	it( 'should print help and version', () => {
		const help = run( [ '--help' ] );
		expect( help.status ).toBe( 0 );
		expect( help.stdout ).toMatch(
			/Usage: hcp-compliance lint FILE\.\.\. \[--format json\|text\]/
		);
		const version = run( [ '--version' ] );
		expect( version.status ).toBe( 0 );
		expect( version.stdout.trim() ).toBe(
			require( '../../../package.json' ).version
		);
	} );

	it( 'should be the package’s main export for programmatic use', () => {
		// Resolved through node_modules/hcp-compliance, which `npm ci` links (scripts/link-bin.mjs).
		const result = spawnSync(
			process.execPath,
			[
				'-e',
				"const { lintPostContent } = require( 'hcp-compliance' ); process.stdout.write( JSON.stringify( lintPostContent( '<p>Hello</p>' ) ) );",
			],
			{ cwd: root, encoding: 'utf8' }
		);
		expect( result.stderr ).toBe( '' );
		expect( Array.isArray( JSON.parse( result.stdout ) ) ).toBe( true );
	} );
} );
