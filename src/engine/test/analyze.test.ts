/**
 * The analyzer: findings in the contract's shape, per-unit caching, per-rule
 * configuration and isolation of a rule that throws.
 */
import {
	createAnalyzer,
	lintPostContent,
	RULE_ERROR_ID,
	segmentBlocks,
	segmentContent,
} from '..';
import { fingerprintOf, memoized, toBase36 } from '../analyze';
import type { DocumentRule, EditorBlock, MediaRule, SpanRule } from '../types';

/** A span rule that flags every "Maria Lopez" and counts its calls. */
function nameRule(): SpanRule & { calls: string[] } {
	const calls: string[] = [];
	return {
		calls,
		meta: {
			id: 'privacy/patient-identifier',
			category: 'privacy',
			kind: 'span',
			severity: 'error',
			docs: 'Names.',
			guideline: 'HIPAA',
			messages: { name: ( data ) => `Patient name “${ data.name }”.` },
		},
		check( unit ) {
			calls.push( unit.text );
			const reports = [];
			let at = unit.text.indexOf( 'Maria Lopez' );
			while ( at >= 0 ) {
				reports.push( {
					messageId: 'name',
					range: [ at, at + 11 ] as [ number, number ],
					data: { name: 'Maria Lopez' },
					fix: {
						type: 'replace' as const,
						range: [ at, at + 11 ] as [ number, number ],
						text: '[patient]',
					},
				} );
				at = unit.text.indexOf( 'Maria Lopez', at + 1 );
			}
			return reports;
		},
	};
}

const disclaimerRule: DocumentRule = {
	meta: {
		id: 'patient-care/missing-disclaimer',
		category: 'patient-care',
		kind: 'document',
		severity: 'warning',
		docs: 'Disclaimer.',
		guideline: '',
		messages: { missing: () => 'No disclaimer.' },
	},
	check: ( post ) =>
		post.disclaimers.length ? [] : [ { messageId: 'missing' } ],
};

const mediaRule: MediaRule = {
	meta: {
		id: 'legality/unattributed-media',
		category: 'legality',
		kind: 'span',
		severity: 'warning',
		docs: 'Credit.',
		guideline: '',
		messages: { uncredited: () => 'No credit.' },
	},
	checkMedia: ( media ) =>
		media.caption
			? []
			: [ { messageId: 'uncredited', range: [ 0, media.url.length ] } ],
};

const throwingRule: SpanRule = {
	meta: {
		id: 'content/absolute-claim',
		category: 'content',
		kind: 'span',
		severity: 'warning',
		docs: 'Throws.',
		guideline: '',
		messages: {},
	},
	check: () => {
		throw new Error( 'boom' );
	},
};

const paragraph = ( text: string ) =>
	`<!-- wp:paragraph -->\n<p>${ text }</p>\n<!-- /wp:paragraph -->`;

describe( 'createAnalyzer', () => {
	it( 'should point a finding at its block and offsets, with the contract fields', () => {
		const rule = nameRule();
		const post = segmentContent(
			[
				paragraph( 'Intro.' ),
				'<!-- wp:list --><ul><!-- wp:list-item --><li>First</li><!-- /wp:list-item --><!-- wp:list-item --><li>Then Maria Lopez came</li><!-- /wp:list-item --></ul><!-- /wp:list -->',
			].join( '\n\n' )
		);
		const [ finding ] = createAnalyzer( { rules: [ rule ] } ).analyze(
			post
		);
		expect( finding ).toEqual( {
			ruleId: 'privacy/patient-identifier',
			category: 'privacy',
			severity: 'error',
			message: 'Patient name “Maria Lopez”.',
			messageId: 'name',
			excerpt: 'Maria Lopez',
			block: 1,
			start: 11,
			end: 22,
			attribute: 'content',
			range: [ 5, 16 ],
			unitKey: '1.1/content',
			fix: { type: 'replace', range: [ 5, 16 ], text: '[patient]' },
			fingerprint: expect.stringMatching(
				/^privacy\/patient-identifier:/
			),
		} );
	} );

	it( 'should re-check only the block that changed', () => {
		const rule = nameRule();
		const analyzer = createAnalyzer( { rules: [ rule ] } );
		const blocks: EditorBlock[] = [ 'One', 'Two Maria Lopez', 'Three' ].map(
			( content, i ) => ( {
				clientId: `c${ i }`,
				name: 'core/paragraph',
				attributes: { content },
				innerBlocks: [],
			} )
		);
		expect( analyzer.analyze( segmentBlocks( blocks ) ) ).toHaveLength( 1 );
		expect( rule.calls ).toHaveLength( 3 );

		rule.calls.length = 0;
		blocks[ 2 ] = {
			...blocks[ 2 ],
			attributes: { content: 'Three, edited, Maria Lopez' },
		};
		const findings = analyzer.analyze( segmentBlocks( blocks ) );
		expect( rule.calls ).toEqual( [ 'Three, edited, Maria Lopez' ] );
		expect( findings.map( ( finding ) => finding.clientId ) ).toEqual( [
			'c1',
			'c2',
		] );
	} );

	it( 'should keep a finding’s fingerprint when the rest of the post changes', () => {
		const analyzer = createAnalyzer( { rules: [ nameRule() ] } );
		const before = analyzer.analyze(
			segmentContent( paragraph( 'Maria Lopez' ) )
		);
		const after = analyzer.analyze(
			segmentContent(
				[
					paragraph( 'New intro.' ),
					paragraph( 'Then maria  lopez' ),
				].join( '\n' )
			)
		);
		expect( after ).toHaveLength( 0 );
		const moved = analyzer.analyze(
			segmentContent(
				[
					paragraph( 'New intro.' ),
					paragraph( 'Seen: Maria Lopez' ),
				].join( '\n' )
			)
		);
		expect( moved[ 0 ].fingerprint ).toBe( before[ 0 ].fingerprint );
		expect( moved[ 0 ].block ).toBe( 1 );
	} );

	it( 'should give the same fingerprint whatever the case, spacing or Unicode form of the excerpt', () => {
		const id = 'privacy/patient-identifier';
		const plain = fingerprintOf( id, 'maria lopez' );
		expect( fingerprintOf( id, 'Maria Lopez' ) ).toBe( plain );
		expect( fingerprintOf( id, ' Maria \n\t Lopez  ' ) ).toBe( plain );
		expect( fingerprintOf( id, 'Maria\u00a0Lopez' ) ).toBe( plain );
		expect( fingerprintOf( id, 'ｍａｒｉａ lopez' ) ).toBe( plain );
		expect( fingerprintOf( id, 'maria lopes' ) ).not.toBe( plain );
		expect( fingerprintOf( 'other/rule', 'maria lopez' ) ).not.toBe(
			plain
		);
	} );

	it( 'should write fingerprint hashes in base 36 exactly as Number#toString does', () => {
		const samples = [ 0, 1, 35, 36, 1295, 1296, 2 ** 32, 2 ** 53 - 1 ];
		let seed = 7;
		for ( let i = 0; i < 5000; i++ ) {
			seed = ( seed * 1103515245 + 12345 ) % 2147483648;
			samples.push(
				Math.floor( ( seed / 2147483648 ) * 2 ** 21 ) * 4294967296 +
					( ( seed * 7919 ) % 4294967296 )
			);
		}
		for ( const n of samples ) {
			expect( toBase36( n ) ).toBe( n.toString( 36 ) );
		}
	} );

	it( 'should turn a rule off and override its severity from the options', () => {
		const post = segmentContent( paragraph( 'Maria Lopez' ) );
		expect(
			createAnalyzer( {
				rules: [ nameRule(), disclaimerRule ],
				options: {
					rules: { 'privacy/patient-identifier': { level: 'off' } },
				},
			} )
				.analyze( post )
				.map( ( f ) => f.ruleId )
		).toEqual( [ 'patient-care/missing-disclaimer' ] );
		const [ finding ] = createAnalyzer( {
			rules: [ nameRule() ],
			options: {
				rules: { 'privacy/patient-identifier': { level: 'info' } },
			},
		} ).analyze( post );
		expect( finding.severity ).toBe( 'info' );
	} );

	it( 'should pass the rule’s options and the author’s own names to rules', () => {
		const seen: unknown[] = [];
		const spy: SpanRule = {
			...nameRule(),
			check: ( _unit, context ) => {
				seen.push( context );
				return [];
			},
		};
		createAnalyzer( {
			rules: [ spy ],
			options: {
				rules: {
					'privacy/patient-identifier': { options: { strict: true } },
				},
				officialContacts: [ '020 7946 0000' ],
			},
		} ).analyze(
			segmentContent(
				'<!-- wp:hcp-compliance/credentials {"name":"Dana Reyes","registrationNumber":"1234567"} /-->' +
					paragraph( 'Hi' )
			)
		);
		expect( seen ).toEqual( [
			{
				authorNames: [ 'Dana Reyes', '1234567' ],
				officialContacts: [ '020 7946 0000' ],
				options: { strict: true },
				memo: expect.any( Function ),
			},
		] );
	} );

	it( 'should report a rule that throws and still run the others', () => {
		const findings = createAnalyzer( {
			rules: [ throwingRule, nameRule(), disclaimerRule ],
		} ).analyze(
			segmentContent(
				[ paragraph( 'Maria Lopez' ), paragraph( 'Again' ) ].join(
					'\n'
				)
			)
		);
		expect( findings.map( ( finding ) => finding.ruleId ).sort() ).toEqual(
			[
				RULE_ERROR_ID,
				'patient-care/missing-disclaimer',
				'privacy/patient-identifier',
			]
		);
		const error = findings.find(
			( finding ) => finding.ruleId === RULE_ERROR_ID
		);
		expect( error?.severity ).toBe( 'warning' );
		expect( error?.message ).toContain( 'content/absolute-claim' );
	} );

	it( 'should check media with media rules, the URL as excerpt', () => {
		const findings = createAnalyzer( { rules: [ mediaRule ] } ).analyze(
			segmentContent(
				'<!-- wp:image --><figure class="wp-block-image"><img src="https://x.org/a.jpg" alt=""/></figure><!-- /wp:image -->'
			)
		);
		expect( findings ).toEqual( [
			expect.objectContaining( {
				ruleId: 'legality/unattributed-media',
				excerpt: 'https://x.org/a.jpg',
				block: 0,
				start: 0,
				end: 19,
			} ),
		] );
	} );

	it( 'should sort findings by block then start, whole-post findings first', () => {
		const findings = createAnalyzer( {
			rules: [ nameRule(), disclaimerRule ],
		} ).analyze(
			segmentContent(
				[
					paragraph( 'Maria Lopez and Maria Lopez' ),
					paragraph( 'Maria Lopez' ),
				].join( '\n' )
			)
		);
		expect(
			findings.map( ( f ) => [ f.ruleId, f.block, f.start ] )
		).toEqual( [
			[ 'patient-care/missing-disclaimer', undefined, undefined ],
			[ 'privacy/patient-identifier', 0, 0 ],
			[ 'privacy/patient-identifier', 0, 16 ],
			[ 'privacy/patient-identifier', 1, 0 ],
		] );
	} );
} );

describe( 'document rules with memo', () => {
	it( 'should re-read only the changed units after an edit', () => {
		const reads: string[] = [];
		const rule: DocumentRule = {
			...disclaimerRule,
			check: ( post, context ) => {
				const found = post.units.some( ( unit ) =>
					memoized( context, unit, 'disclaimer', ( u ) => {
						reads.push( u.text );
						return u.text.includes( 'not advice' );
					} )
				);
				return found ? [] : [ { messageId: 'missing' } ];
			},
		};
		const analyzer = createAnalyzer( { rules: [ rule ] } );
		const blocks: EditorBlock[] = [ 'One', 'Two', 'Three' ].map(
			( content, i ) => ( {
				clientId: `c${ i }`,
				name: 'core/paragraph',
				attributes: { content },
				innerBlocks: [],
			} )
		);
		const first = analyzer.analyze( segmentBlocks( blocks ) );
		expect( first.map( ( f ) => f.message ) ).toEqual( [
			'No disclaimer.',
		] );
		expect( reads ).toEqual( [ 'One', 'Two', 'Three' ] );
		reads.length = 0;
		blocks[ 1 ] = {
			...blocks[ 1 ],
			attributes: { content: 'This is not advice.' },
		};
		expect( analyzer.analyze( segmentBlocks( blocks ) ) ).toHaveLength( 0 );
		expect( reads ).toEqual( [ 'This is not advice.' ] );
	} );
} );

describe( 'lintPostContent', () => {
	it( 'should return findings with only the contract’s fields', () => {
		const findings = lintPostContent( paragraph( 'Hello' ) );
		for ( const finding of findings ) {
			for ( const key of Object.keys( finding ) ) {
				expect( [
					'ruleId',
					'category',
					'severity',
					'message',
					'excerpt',
					'block',
					'start',
					'end',
				] ).toContain( key );
			}
		}
	} );
} );
