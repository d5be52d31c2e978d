/**
 * Valid/invalid table for identification/missing-capacity.
 */
import rule from '../missing-capacity';
import { makeContext, makePost } from './helpers';

const BODY = [
	'Why avoidance keeps anxiety going',
	'Avoidance brings relief now and keeps the fear going later.',
];

describe( 'identification/missing-capacity', () => {
	const valid: Array< [ string, string ] > = [
		[
			'"opinions in this post are my own"',
			'The opinions in this post are my own and not those of my employer.',
		],
		[ '"These views are my own"', 'These views are my own.' ],
		[ '"All opinions are mine"', 'All opinions are mine.' ],
		[
			'"in a personal capacity"',
			'I write this blog in a personal capacity.',
		],
		[
			'"do not represent my employer"',
			'The views here do not represent my employer, North Bristol NHS Trust.',
		],
		[
			'"not those of any clinic I work with"',
			'These views are not those of any clinic I work with.',
		],
		[
			'"written on behalf of" an organisation',
			'This post is written on behalf of Lakeview Family Health.',
		],
		[
			'"on behalf of my employer"',
			'I am posting on behalf of my employer.',
		],
		[
			'"not affiliated with my employer"',
			'This blog is not affiliated with or endorsed by my employer.',
		],
		[ '"as an individual"', 'I write here as an individual.' ],
		[ 'the shorthand "Views my own"', 'Views my own.' ],
		[ '"This is a personal blog"', 'This is a personal blog.' ],
		[
			'"this blog is my own"',
			'I work for Leeds Teaching Hospitals, but this blog is my own.',
		],
		[
			'"Nothing here represents the views of my employer"',
			'Nothing here represents the views of my employer.',
		],
		[
			'"sharing this on behalf of the practice"',
			'I am sharing this on behalf of the practice.',
		],
		[ '"do not speak for the NHS"', 'I do not speak for the NHS.' ],
	];

	it.each( valid )(
		'should not fire on a statement: %s',
		( _, statement ) => {
			expect(
				rule.check( makePost( [ ...BODY, statement ] ), makeContext() )
			).toEqual( [] );
		}
	);

	it.each( [ 'independent', 'employer' ] as const )(
		'should not fire when the block sets capacity "%s"',
		( capacity ) => {
			const post = makePost( BODY, {
				credentials: [
					{
						name: 'Naomi Fielding',
						credentials: 'DClinPsy',
						capacity,
					},
				],
			} );
			expect( rule.check( post, makeContext() ) ).toEqual( [] );
		}
	);

	it( "should read the block's disclosures", () => {
		const post = makePost( BODY, {
			credentials: [
				{ name: 'Naomi Fielding', disclosures: 'Views are my own.' },
			],
		} );
		expect( rule.check( post, makeContext() ) ).toEqual( [] );
	} );

	it( 'should fire on a block without capacity, asking which capacity applies', () => {
		const post = makePost( BODY, {
			credentials: [ { name: 'Brandon Hughes', credentials: 'RN' } ],
		} );
		expect( rule.check( post, makeContext() ) ).toEqual( [
			{
				messageId: 'missingInBlock',
				fix: {
					type: 'update-block',
					name: 'hcp-compliance/credentials',
					attributes: { capacity: '' },
				},
			},
		] );
	} );

	it( 'should fire on an unsigned post, offering an "own views" paragraph at the end', () => {
		const reports = rule.check(
			makePost( [ ...BODY, 'My employer runs a great service.' ] ),
			makeContext()
		);
		expect( reports ).toHaveLength( 1 );
		expect( reports[ 0 ] ).toMatchObject( {
			messageId: 'missing',
			fix: {
				type: 'insert-block',
				name: 'core/paragraph',
				position: 'end',
			},
		} );
		expect( JSON.stringify( reports[ 0 ].fix ) ).toMatch( /my own/ );
	} );

	it( 'should not take "in my personal opinion" for a capacity statement', () => {
		const post = makePost( [
			...BODY,
			'In my personal opinion, statins are underused.',
		] );
		expect( rule.check( post, makeContext() ) ).toHaveLength( 1 );
	} );

	it( 'should not take "my own doctor" or "in my opinion" for a capacity statement', () => {
		const post = makePost( [
			...BODY,
			'In my opinion, see your own doctor. Patients’ views matter.',
		] );
		expect( rule.check( post, makeContext() ) ).toHaveLength( 1 );
	} );
} );
