/**
 * Valid/invalid table for identification/missing-credentials.
 */
import rule, { findByline } from '../missing-credentials';
import { makeContext, makePost } from './helpers';

const BODY = [
	'Five moments for hand hygiene',
	'Clean your hands before touching a patient and after contact with their surroundings.',
	'Alcohol rub is quicker and gentler on the skin when hands are not visibly soiled.',
	'Use soap and water after using the toilet.',
	'Visitors should clean their hands when they arrive and when they leave.',
];

describe( 'identification/missing-credentials', () => {
	const valid: Array< [ string, string[] ] > = [
		[
			'"By Dr. Name, MBBS, MD"',
			[
				'By Dr. Ananya Rao, MBBS, MD (Respiratory Medicine), Consultant Pulmonologist.',
				...BODY,
			],
		],
		[
			'a name followed by post-nominals',
			[
				'Rohan Deshpande, B.Pharm, Registered Pharmacist, Pune',
				...BODY,
			],
		],
		[
			'"Written by Name, Occupational Therapist"',
			[
				...BODY,
				"Written by Megan O'Connell, Occupational Therapist (BOccThy).",
			],
		],
		[ '"By Sam Patel, RN, BSN"', [ 'By Sam Patel, RN, BSN', ...BODY ] ],
		[
			'a dash signature with a title word',
			[ ...BODY, 'Stay well. — Priya Shah, pharmacist' ],
		],
		[
			'a consultant title after "Written by Dr."',
			[ ...BODY, 'Written by Dr. Tom Okafor, consultant cardiologist' ],
		],
		[
			'a self-introduction',
			[ "Hi, I'm Jane Smith, a registered nurse in Leeds.", ...BODY ],
		],
		[
			'"Author:" line in the middle of a long post',
			[
				...BODY,
				'Author: Maria de la Cruz, MSN, APRN',
				...BODY,
				...BODY,
			],
		],
		[
			'an "About the author" paragraph',
			[
				...BODY,
				'About the author',
				'Liam Harris is a general dentist (BDSc) in Geelong.',
			],
		],
		[
			'a name followed by letters without a comma',
			[ 'Jane Smith RN', ...BODY ],
		],
		[
			'a signature with the title on the next line',
			[ ...BODY, 'Warm wishes,\nJane Okafor\nClinical Nurse Specialist' ],
		],
		[
			'a German doctorate with its faculty ("Dr. med. dent.")',
			[
				...BODY,
				'Dr. med. dent. Lukas Brandt is a dentist in Graz and writes here in his own time.',
			],
		],
		[
			'an honorific with a family name as sign-off',
			[ ...BODY, 'Dr Keisha Morgan' ],
		],
	];

	it.each( valid )( 'should not fire on a byline: %s', ( _, texts ) => {
		expect( rule.check( makePost( texts ), makeContext() ) ).toEqual( [] );
	} );

	it( 'should not fire when the credentials block names the author and a title', () => {
		const post = makePost( BODY, {
			credentials: [ { name: 'Dana Reyes', credentials: 'RN' } ],
		} );
		expect( rule.check( post, makeContext() ) ).toEqual( [] );
	} );

	const invalid: Array< [ string, string[] ] > = [
		[
			'a patient with a profession in the opening line',
			[
				'Mary Collins, a retired nurse, came to see me with ankle swelling.',
				...BODY,
			],
		],
		[
			'a role without a name ("As a nurse")',
			[ 'As a nurse, I know how busy shifts can be.', ...BODY ],
		],
		[ 'a first name alone ("Mia x")', [ ...BODY, 'Mia x' ] ],
		[ 'a role with a first name ("Nurse Jo")', [ ...BODY, 'By Nurse Jo' ] ],
		[ 'a name without a title', [ 'By Jane Smith', ...BODY ] ],
		[
			'a faculty word with no name after it',
			[ ...BODY, 'Ask Dr. med. about it.' ],
		],
		[
			'an anonymous professional',
			[
				'After ten years as a dentist in Pune, I have views on flossing.',
				...BODY,
			],
		],
		[
			'a cited researcher',
			[ 'Dr. Smith et al. found that hand rub works.', ...BODY ],
		],
		[ 'a title-case heading', [ 'Ask The Pharmacist Anything', ...BODY ] ],
		[
			'a patient described in the opening line',
			[
				'Harold Jennings was a retired mail carrier when he came onto our hospice service.',
				...BODY,
			],
		],
	];

	it.each( invalid )(
		'should fire on %s, inserting the credentials block at the start',
		( _, texts ) => {
			expect( rule.check( makePost( texts ), makeContext() ) ).toEqual( [
				{
					messageId: 'missing',
					fix: {
						type: 'insert-block',
						name: 'hcp-compliance/credentials',
						attributes: {},
						position: 'start',
					},
				},
			] );
		}
	);

	it( 'should ask to complete a credentials block without a name', () => {
		const post = makePost( BODY, {
			credentials: [ { credentials: 'RN' } ],
		} );
		expect( rule.check( post, makeContext() ) ).toEqual( [
			{
				messageId: 'incompleteBlock',
				fix: {
					type: 'update-block',
					name: 'hcp-compliance/credentials',
					attributes: { name: '', credentials: 'RN' },
				},
			},
		] );
	} );

	it( 'should take a credentials block that names its author as given', () => {
		const post = makePost( BODY, {
			credentials: [ { name: 'Dana Reyes' } ],
		} );
		expect( rule.check( post, makeContext() ) ).toEqual( [] );
	} );

	it( 'should report where the byline is', () => {
		const post = makePost( [
			'Title',
			'By Sr. Mercy Thomas, RN, RM, Infection Prevention Nurse.',
		] );
		expect( findByline( post ) ).toMatchObject( {
			name: 'Mercy Thomas',
			unitIndex: 1,
		} );
	} );
} );

describe( 'identification/missing-credentials on an empty post', () => {
	it( 'should not judge a post with no text yet', () => {
		expect( rule.check( makePost( [ '', ' ' ] ), makeContext() ) ).toEqual(
			[]
		);
	} );
} );
