/**
 * Tests of the shared text helpers.
 */
import fc from 'fast-check';
import {
	clauseBounds,
	isNegated,
	isQuoted,
	isQuotedToDiscourage,
	PhraseIndex,
	sentenceBounds,
	tokenize,
} from '../text';

describe( 'text helpers', () => {
	it( 'should tokenise words with offsets, keeping apostrophes and hyphens', () => {
		const tokens = tokenize( 'Don’t take risk-free pills.' );
		expect( tokens.map( ( t ) => [ t.lower, t.start, t.end ] ) ).toEqual( [
			[ "don't", 0, 5 ],
			[ 'take', 6, 10 ],
			[ 'risk-free', 11, 20 ],
			[ 'pills', 21, 26 ],
		] );
	} );

	it( 'should tokenise non-English letters, digits and emoji-laden text like the Unicode word pattern', () => {
		const pieces = [
			'a',
			'Z',
			'7',
			' ',
			"'",
			'’',
			'-',
			'é',
			'e\u0301',
			'ß',
			'Ж',
			'中',
			'٣',
			'😀',
			'𝐀',
			'\ud835',
			'.',
			'\n',
			'\u00a0',
			'_',
		];
		const word = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
		fc.assert(
			fc.property(
				fc.array( fc.constantFrom( ...pieces ), { maxLength: 24 } ),
				( parts ) => {
					const text = parts.join( '' );
					const expected = [ ...text.matchAll( word ) ].map(
						( m ) => [
							m[ 0 ],
							m.index,
							( m.index ?? 0 ) + m[ 0 ].length,
						]
					);
					expect(
						tokenize( text ).map( ( t ) => [
							t.text,
							t.start,
							t.end,
						] )
					).toEqual( expected );
				}
			),
			{ numRuns: 2000 }
		);
	} );

	it( 'should find the sentence around a range, ignoring Dr. and et al.', () => {
		const text = 'First one. Dr. Smith et al. said it cures colds! Next.';
		const at = text.indexOf( 'cures' );
		const [ s, e ] = sentenceBounds( text, at, at + 5 );
		expect( text.slice( s, e ) ).toBe(
			'Dr. Smith et al. said it cures colds!'
		);
	} );

	it( 'should cut clauses at commas and "but"', () => {
		const text = 'It is not magic, but it cures most people.';
		const at = text.indexOf( 'cures' );
		const [ s, e ] = clauseBounds( text, at, at + 5 );
		expect( text.slice( s, e ) ).toBe( 'it cures most people.' );
	} );

	it( 'should see negation in the same clause only', () => {
		const a = 'There is no cure for diabetes.';
		expect(
			isNegated( a, a.indexOf( 'cure' ), a.indexOf( 'cure' ) + 4 )
		).toBe( true );
		const b = 'It is not magic, but it cures colds.';
		expect(
			isNegated( b, b.indexOf( 'cures' ), b.indexOf( 'cures' ) + 5 )
		).toBe( false );
		const c = 'This cream isn’t a miracle.';
		expect(
			isNegated( c, c.indexOf( 'miracle' ), c.indexOf( 'miracle' ) + 7 )
		).toBe( true );
	} );

	it( 'should tell quoted words, ignoring apostrophes', () => {
		const a = "Don't call them 'frequent flyers' please.";
		const at = a.indexOf( 'frequent' );
		expect( isQuoted( a, at, at + 15 ) ).toBe( true );
		const b = "She's a frequent flyer, isn't she.";
		expect(
			isQuoted( b, b.indexOf( 'frequent' ), b.indexOf( 'frequent' ) + 15 )
		).toBe( false );
		const c = 'The “miracle” pill.';
		expect(
			isQuoted( c, c.indexOf( 'miracle' ), c.indexOf( 'miracle' ) + 7 )
		).toBe( true );
	} );

	it( 'should recognise terms mentioned to discourage them', () => {
		const a = "Don't call them 'frequent flyers'.";
		expect(
			isQuotedToDiscourage(
				a,
				a.indexOf( 'frequent' ),
				a.indexOf( 'frequent' ) + 15
			)
		).toBe( true );
		const b = 'We avoid the word frequent flyer on our ward.';
		expect(
			isQuotedToDiscourage(
				b,
				b.indexOf( 'frequent' ),
				b.indexOf( 'frequent' ) + 15
			)
		).toBe( true );
		const c = 'Mr B is a frequent flyer in our clinic.';
		expect(
			isQuotedToDiscourage(
				c,
				c.indexOf( 'frequent' ),
				c.indexOf( 'frequent' ) + 15
			)
		).toBe( false );
	} );

	it( 'should recognise a quoted term that the next sentence disowns', () => {
		const at = ( text: string, word: string ): [ number, number ] => [
			text.indexOf( word ),
			text.indexOf( word ) + word.length,
		];
		const a =
			'Some colleagues call the regulars "frequent flyers". I won’t use that label, and neither should you.';
		expect( isQuotedToDiscourage( a, ...at( a, 'frequent flyers' ) ) ).toBe(
			true
		);
		// The next sentence points back without disowning the term.
		const b =
			'The night staff call him "the frequent flyer". That label stuck for years.';
		expect(
			isQuotedToDiscourage( b, ...at( b, 'the frequent flyer' ) )
		).toBe( false );
		// A disowning word far from any pointer does not count.
		const c =
			'We call them "frequent flyers". They never stop coming back, the label says it all.';
		expect( isQuotedToDiscourage( c, ...at( c, 'frequent flyers' ) ) ).toBe(
			false
		);
	} );

	it( 'should match the longest phrase of an index', () => {
		const index = new PhraseIndex(
			[ 'no side effects', 'no side effects at all', 'miracle' ],
			( e ) => [ e ]
		);
		const found = index.find(
			tokenize( 'A miracle with no side effects at all.' )
		);
		expect( found.map( ( m ) => m.entry ) ).toEqual( [
			'miracle',
			'no side effects at all',
		] );
	} );
} );
