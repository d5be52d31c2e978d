/**
 * Hostile and random input: the analyzer never throws, whatever it is fed
 * (1 MB posts, giant words, emoji, right-to-left text, malformed block markup,
 * unclosed comments), and its time grows about linearly with the post.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import fc from 'fast-check';

import { lintPostContent } from '../../src/engine';

const MB = 1024 * 1024;

/** Pieces that stress the segmenter: block comments, tags, entities, scripts. */
const TOKENS = [
	'<!-- wp:paragraph -->',
	'<!-- /wp:paragraph -->',
	'<!-- wp:list {"ordered":true} -->',
	'<!-- wp:list-item -->',
	'<!-- /wp:list -->',
	'<!-- wp:hcp-compliance/credentials {"name":"Dana Reyes"} /-->',
	'<!-- wp:hcp-compliance/disclaimer {"text":',
	'<!-- wp:image {"id":1} -->',
	'<!-- wp:embed {"url":"https://youtu.be/x"} -->',
	'<!-- wp:quote --><blockquote>',
	'<!-- ',
	'-->',
	'/-->',
	'{"',
	'<p>',
	'</p>',
	'<br>',
	'<a href="',
	'">',
	'</a>',
	'<img src="x.jpg" alt="',
	'<figcaption>',
	'</figure>',
	'<table><tr><td>',
	'<script>',
	'<![CDATA[',
	'&amp;',
	'&#x1F600;',
	'&#99999999;',
	'&bogus;',
	'[caption id="1"]',
	'[/caption]',
	'\n\n',
	'\r\n',
	' ',
	'# ',
	'* ',
	'```',
	'Maria Lopez',
	'MRN 00482913',
	'07700 900123',
	'maria@example.com',
	'studies show',
	'100% safe',
	'👩🏽‍⚕️',
	'🇬🇧',
	'مريضتي فاطمة',
	'שלום',
	'\u202e',
	'\u200b',
	'\ufeff',
	'\ud800',
	'\u0000',
];

const hostile = fc
	.array(
		fc.oneof(
			fc.constantFrom( ...TOKENS ),
			fc.string(),
			fc.string( { unit: 'grapheme' } )
		),
		{ maxLength: 60 }
	)
	.map( ( parts ) => parts.join( '' ) );

describe( 'lintPostContent on random and hostile input', () => {
	it( 'should never throw on random text, markup fragments, emoji and right-to-left text', () => {
		fc.assert(
			fc.property( hostile, ( content ) => {
				expect( Array.isArray( lintPostContent( content ) ) ).toBe(
					true
				);
			} ),
			{ numRuns: 300 }
		);
	} );

	it( 'should keep every span finding inside its block’s text', () => {
		fc.assert(
			fc.property( hostile, ( content ) => {
				const spans = lintPostContent( content ).filter(
					( finding ) => finding.excerpt !== undefined
				);
				expect(
					spans.map(
						( finding ) =>
							( finding.end ?? 0 ) - ( finding.start ?? 0 )
					)
				).toEqual(
					spans.map( ( finding ) => finding.excerpt?.length )
				);
			} ),
			{ numRuns: 100 }
		);
	} );

	it.each( [
		[ 'one giant word', 'a'.repeat( MB ) ],
		[
			'a giant word inside a paragraph',
			`<!-- wp:paragraph --><p>${ 'x'.repeat( MB ) }</p><!-- /wp:paragraph -->`,
		],
		[ 'a megabyte of emoji', '👩🏽‍⚕️ '.repeat( MB / 16 ) ],
		[ 'a megabyte of digits', '7'.repeat( MB ) ],
		[
			'right-to-left text',
			'زارتني المريضة فاطمة في العيادة. '.repeat( MB / 64 ),
		],
		[
			'an unclosed comment',
			`<!-- wp:paragraph --><p>${ 'text '.repeat( MB / 10 ) }`,
		],
		[
			'unbalanced block comments',
			'<!-- wp:group --><!-- wp:paragraph --><p>a</p>'.repeat( MB / 64 ),
		],
		[
			'deeply nested tags',
			'<div>'.repeat( 50000 ) + 'deep' + '</span>'.repeat( 1000 ),
		],
		[ 'a megabyte of entities', '&amp;&#x1F600;&bogus;'.repeat( MB / 24 ) ],
	] )( 'should not throw on %s', ( _name, content ) => {
		expect( () => lintPostContent( content ) ).not.toThrow();
	} );
} );

/** A realistic post: the corpus when present, otherwise generated prose. */
function samplePost(): string {
	const corpus = [
		resolve( __dirname, '..', '..', '..', 'shared', 'corpus', 'dev' ),
		'/work/shared/corpus/dev',
	].find( existsSync );
	if ( corpus ) {
		return readdirSync( corpus )
			.filter( ( name ) => name.endsWith( '.html' ) )
			.map( ( name ) => readFileSync( join( corpus, name ), 'utf8' ) )
			.join( '\n\n' );
	}
	return Array.from(
		{ length: 200 },
		( _, i ) =>
			`<!-- wp:paragraph -->\n<p>My patient ${ i } said studies show 73% of people improve; call 555-01${ String( i ).padStart( 2, '0' ) }.</p>\n<!-- /wp:paragraph -->`
	).join( '\n\n' );
}

function postOfSize( sample: string, size: number ): string {
	return sample.repeat( Math.ceil( size / sample.length ) );
}

function fastest( run: () => void, times: number ): number {
	let best = Infinity;
	for ( let i = 0; i < times; i++ ) {
		const started = process.hrtime.bigint();
		run();
		best = Math.min(
			best,
			Number( process.hrtime.bigint() - started ) / 1e6
		);
	}
	return best;
}

describe( 'analysis time', () => {
	it( 'should grow about linearly from 100 KB to 1 MB', () => {
		const sample = samplePost();
		const small = postOfSize( sample, 100 * 1024 );
		const large = postOfSize( sample, MB );
		lintPostContent( small );
		const smallMs = fastest( () => lintPostContent( small ), 3 );
		const largeMs = fastest( () => lintPostContent( large ), 2 );
		// Ten times the text: linear is about 10x; allow a generous 30x for noise and GC, far below quadratic (100x).
		expect( largeMs / smallMs ).toBeLessThan( 30 );
	}, 120000 );
} );
