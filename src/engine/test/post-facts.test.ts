/**
 * Post facts: what one block declares about the post's people (a pseudonym,
 * changed names, a known patient) holds in every block, and re-analysis stays
 * incremental: an edit that leaves the facts alone re-checks only its unit.
 */
import { createAnalyzer, mergePostFacts, postFactsSignature } from '..';
import type { PostFacts, SpanRule } from '../types';
import patientIdentifier from '../../rules/patient-identifier';
import { makePost as post } from '../../rules/test/helpers';

/** Block 0 declares Zoe a pseudonym; block 2 names Ada. */
const TEXTS = [
	'A woman I will call Zoe came to clinic.',
	'Zoe came back in March.',
	'Ada rang too.',
];

/**
 * A toy rule: "call X" declares X a pseudonym; every other capitalised "Zoe" or
 * "Ada" is flagged unless the post declares it a pseudonym. Counts its calls.
 */
function toyRule(): SpanRule & { checked: string[]; read: string[] } {
	const checked: string[] = [];
	const read: string[] = [];
	return {
		checked,
		read,
		meta: {
			id: 'privacy/patient-identifier',
			category: 'privacy',
			kind: 'span',
			severity: 'error',
			docs: 'Names.',
			guideline: 'HIPAA',
			messages: { name: () => 'Name.' },
		},
		facts( unit ): PostFacts {
			read.push( unit.text );
			const pseudonyms = new Set< string >();
			for ( const name of [ 'Zoe', 'Ada' ] ) {
				if ( unit.text.includes( `call ${ name }` ) ) {
					pseudonyms.add( name.toLowerCase() );
				}
			}
			return {
				pseudonyms,
				deidentified: false,
				knownPatientNames: new Set(),
			};
		},
		check( unit, context ) {
			checked.push( unit.text );
			const reports = [];
			for ( const name of [ 'Zoe', 'Ada' ] ) {
				const at = unit.text.indexOf( name );
				if (
					at >= 0 &&
					! context.post?.pseudonyms.has( name.toLowerCase() )
				) {
					reports.push( {
						messageId: 'name',
						range: [ at, at + name.length ] as [ number, number ],
					} );
				}
			}
			return reports;
		},
	};
}

describe( 'post facts', () => {
	it( 'should not flag a name in one block that another block declares a pseudonym', () => {
		const rule = toyRule();
		const analyzer = createAnalyzer( { rules: [ rule ] } );
		const texts = TEXTS;
		expect(
			analyzer.analyze( post( texts ) ).map( ( f ) => f.excerpt )
		).toEqual( [ 'Ada' ] );
	} );

	it( 'should re-check only the changed unit after an edit that leaves the facts alone', () => {
		const rule = toyRule();
		const analyzer = createAnalyzer( { rules: [ rule ] } );
		const texts = TEXTS;
		analyzer.analyze( post( texts ) );
		rule.checked.length = 0;
		rule.read.length = 0;

		const edited = [ ...texts ];
		edited[ 2 ] = 'Ada rang again on Friday.';
		const findings = analyzer.analyze( post( edited ) );
		expect( rule.checked ).toEqual( [ 'Ada rang again on Friday.' ] );
		expect( rule.read ).toEqual( [ 'Ada rang again on Friday.' ] );
		expect( findings.map( ( f ) => [ f.block, f.excerpt ] ) ).toEqual( [
			[ 2, 'Ada' ],
		] );
	} );

	it( 'should re-check every unit when an edit changes the facts', () => {
		const rule = toyRule();
		const analyzer = createAnalyzer( { rules: [ rule ] } );
		const texts = TEXTS;
		analyzer.analyze( post( texts ) );
		rule.checked.length = 0;

		const edited = [ ...texts ];
		edited[ 0 ] =
			'A woman I will call Zoe, and her sister I will call Ada.';
		const findings = analyzer.analyze( post( edited ) );
		expect( rule.checked ).toHaveLength( 3 );
		expect( findings ).toEqual( [] );

		// Back to the first facts: the first outcomes are computed again, not stale.
		rule.checked.length = 0;
		expect(
			analyzer.analyze( post( texts ) ).map( ( f ) => f.excerpt )
		).toEqual( [ 'Ada' ] );
	} );

	it( 'should carry facts across blocks for the real identifier rule', () => {
		const analyzer = createAnalyzer( { rules: [ patientIdentifier ] } );
		const excerpts = ( texts: string[] ) =>
			analyzer.analyze( post( texts ) ).map( ( f ) => f.excerpt );
		// Alone, a bare surname at the start of a sentence is no evidence.
		expect( excerpts( [ 'Jennings rang on Tuesday.' ] ) ).toEqual( [] );
		expect(
			excerpts( [
				'My patient, Harold Jennings, had a fall at home.',
				'Jennings rang on Tuesday.',
			] )
		).toEqual( [ 'Harold Jennings', 'Jennings' ] );
		expect(
			excerpts( [
				'I saw a young woman whom I’ll call Zoe (not her real name).',
				'Zoe’s mother rang me the next week.',
			] )
		).toEqual( [] );
	} );

	it( 'should give the same signature whatever the order of the blocks', () => {
		const a: PostFacts = {
			pseudonyms: new Set( [ 'zoe' ] ),
			deidentified: false,
			knownPatientNames: new Set( [ 'harold' ] ),
		};
		const b: PostFacts = {
			pseudonyms: new Set( [ 'ada' ] ),
			deidentified: false,
			knownPatientNames: new Set( [ 'zoe' ] ),
		};
		const ab = mergePostFacts( [ a, b ] );
		expect( postFactsSignature( ab ) ).toBe(
			postFactsSignature( mergePostFacts( [ b, a ] ) )
		);
		// A pseudonym is never a known patient name.
		expect( [ ...ab.knownPatientNames ] ).toEqual( [ 'harold' ] );
	} );
} );
