/**
 * Every regular expression of the engine and the rules runs in linear time,
 * as judged by the `recheck` ReDoS checker.
 *
 * Patterns are collected three ways so none is missed: each rule module's
 * exported `patterns: RegExp[]` (the convention for regexes built at run time,
 * e.g. from word lists), any other RegExp a module exports, and every regex
 * literal or `new RegExp( 'literal' )` in the source text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

import { check } from 'recheck';
import * as ts from 'typescript';

import { rules } from '../../src/rules';

const root = resolve( __dirname, '..', '..' );
const folders = [ 'src/engine', 'src/rules', 'src/cli' ];

interface Pattern {
	source: string;
	flags: string;
	where: string;
}

function sourceFiles( dir: string ): string[] {
	return readdirSync( dir ).flatMap( ( name ) => {
		const path = join( dir, name );
		if ( statSync( path ).isDirectory() ) {
			return name === 'test' ? [] : sourceFiles( path );
		}
		return /\.tsx?$/.test( name ) && ! name.endsWith( '.d.ts' )
			? [ path ]
			: [];
	} );
}

/**
 * RegExps reachable from a module's exports (arrays and plain objects, a few levels deep).
 * @param value
 * @param where
 * @param out
 * @param depth
 * @param seen
 */
function exportedPatterns(
	value: unknown,
	where: string,
	out: Pattern[],
	depth = 0,
	seen = new Set< unknown >()
): void {
	if ( value instanceof RegExp ) {
		out.push( { source: value.source, flags: value.flags, where } );
		return;
	}
	if (
		depth > 4 ||
		value === null ||
		typeof value !== 'object' ||
		seen.has( value )
	) {
		return;
	}
	seen.add( value );
	const entries = Array.isArray( value )
		? value.entries()
		: Object.entries( value as Record< string, unknown > );
	for ( const [ key, item ] of entries ) {
		exportedPatterns(
			item,
			`${ where }.${ String( key ) }`,
			out,
			depth + 1,
			seen
		);
	}
}

/**
 * Regex literals and `new RegExp( 'literal', 'flags' )` in one file's source.
 * @param file
 * @param out
 */
function literalPatterns( file: string, out: Pattern[] ): void {
	const text = readFileSync( file, 'utf8' );
	const sourceFile = ts.createSourceFile(
		file,
		text,
		ts.ScriptTarget.Latest,
		true
	);
	const where = ( node: ts.Node ) =>
		`${ relative( root, file ) }:${ sourceFile.getLineAndCharacterOfPosition( node.getStart() ).line + 1 }`;
	const visit = ( node: ts.Node ) => {
		if ( node.kind === ts.SyntaxKind.RegularExpressionLiteral ) {
			const literal = node.getText();
			const slash = literal.lastIndexOf( '/' );
			out.push( {
				source: literal.slice( 1, slash ),
				flags: literal.slice( slash + 1 ),
				where: where( node ),
			} );
		} else if (
			( ts.isNewExpression( node ) || ts.isCallExpression( node ) ) &&
			ts.isIdentifier( node.expression ) &&
			node.expression.text === 'RegExp' &&
			node.arguments?.[ 0 ] &&
			ts.isStringLiteralLike( node.arguments[ 0 ] )
		) {
			const flags =
				node.arguments[ 1 ] &&
				ts.isStringLiteralLike( node.arguments[ 1 ] )
					? node.arguments[ 1 ].text
					: '';
			out.push( {
				source: node.arguments[ 0 ].text,
				flags,
				where: where( node ),
			} );
		}
		ts.forEachChild( node, visit );
	};
	visit( sourceFile );
}

function collect(): Pattern[] {
	const found: Pattern[] = [];
	exportedPatterns( rules, 'rules', found );
	for ( const folder of folders ) {
		for ( const file of sourceFiles( join( root, folder ) ) ) {
			literalPatterns( file, found );
			if ( folder !== 'src/cli' ) {
				exportedPatterns(
					require( file ),
					relative( root, file ),
					found
				);
			}
		}
	}
	const unique = new Map< string, Pattern >();
	for ( const pattern of found ) {
		// The `g`/`y` flags do not change how a pattern backtracks.
		const flags = pattern.flags.replace( /[gyd]/g, '' );
		const key = `${ flags }/${ pattern.source }`;
		if ( ! unique.has( key ) ) {
			unique.set( key, { ...pattern, flags } );
		}
	}
	return [ ...unique.values() ];
}

describe( 'regular expressions', () => {
	const patterns = collect();

	it( 'should find the patterns of the engine and every rule module', () => {
		expect( patterns.length ).toBeGreaterThan( 5 );
		expect(
			patterns.some( ( pattern ) =>
				pattern.where.startsWith( 'src/engine' )
			)
		).toBe( true );
	} );

	it( 'should all run in linear time (no exponential or polynomial backtracking)', async () => {
		const vulnerable: string[] = [];
		const unknown: string[] = [];
		const queue = [ ...patterns ];
		const worker = async () => {
			for (
				let pattern = queue.shift();
				pattern;
				pattern = queue.shift()
			) {
				const result = await check( pattern.source, pattern.flags, {
					timeout: 20000,
				} );
				if ( result.status === 'vulnerable' ) {
					vulnerable.push(
						`${ pattern.where }: /${ pattern.source }/${ pattern.flags } is ${ result.complexity.type } (attack: ${ JSON.stringify(
							result.attack.string.slice( 0, 80 )
						) })`
					);
				} else if ( result.status === 'unknown' ) {
					unknown.push(
						`${ pattern.where }: /${ pattern.source }/${ pattern.flags } (${ result.error.kind })`
					);
				}
			}
		};
		await Promise.all( [ worker(), worker() ] );
		if ( unknown.length > 0 ) {
			// Not a failure (recheck gave up, usually a time-out on a long word list), but worth seeing.
			process.stderr.write(
				`recheck could not decide on ${ unknown.length } pattern(s):\n${ unknown.join( '\n' ) }\n`
			);
		}
		expect( vulnerable ).toEqual( [] );
	}, 300000 );
} );
