/**
 * Valid/invalid table for licensing/missing-registration.
 */
import type { CredentialsAttributes } from '../../engine/types';
import rule from '../missing-registration';
import { makeContext, makePost } from './helpers';

const BODY = [
	'Rolled your ankle?',
	'Most ankle sprains heal well with early movement and load.',
];
const block = ( extra: CredentialsAttributes ): CredentialsAttributes => ( {
	name: 'Tom Bradley',
	credentials: 'BSc Physiotherapy',
	...extra,
} );

describe( 'licensing/missing-registration', () => {
	const validBlocks: Array< [ string, CredentialsAttributes ] > = [
		[
			'number and regulator',
			{
				registrationNumber: 'PH123456',
				registrationBody: 'Health and Care Professions Council (HCPC)',
			},
		],
		[
			'number and a state board',
			{
				registrationNumber: '812446',
				registrationBody: 'Texas Board of Nursing',
			},
		],
		[
			'number and a jurisdiction only',
			{ registrationNumber: '12345', registrationBody: 'Ontario' },
		],
		[
			'a number that names its body',
			{ registrationNumber: 'GMC 7123456' },
		],
		[
			'an NPI (national, so US)',
			{ registrationNumber: 'NPI 1234567890' },
		],
	];

	it.each( validBlocks )(
		'should not fire on a block with %s',
		( _, attributes ) => {
			expect(
				rule.check(
					makePost( BODY, { credentials: [ block( attributes ) ] } ),
					makeContext()
				)
			).toEqual( [] );
		}
	);

	const validBylines: Array< [ string, string ] > = [
		[
			'a long regulator name between "registered" and the number',
			'By Dr Ama Mensah, MBChB, family physician, registered with the College of Physicians and Surgeons of Ontario (no. 112233).',
		],
		[
			'a state council and number',
			'By Dr. Ananya Rao, MBBS, MD. Maharashtra Medical Council Reg. No. 2011/06/2754.',
		],
		[
			'AHPRA registration',
			"Written by Megan O'Connell, Occupational Therapist, AHPRA registration OCC0001234987.",
		],
		[
			'a council named before the number',
			'By Sr. Mercy Thomas, RN, RM. Registered with the Kerala Nurses and Midwives Council, Reg. No. 74512.',
		],
		[ 'a GMC number', 'By Dr Jane Smith, MRCGP, GMC 7123456' ],
		[ 'an NMC PIN', 'By Sam Patel, RN, NMC PIN 12A3456E' ],
		[
			'a licence with its province',
			'By Ana Silva, RN, Licence #12345 (Ontario)',
		],
		[
			'a state code beside the licence',
			'By Mia Tran, RN, licence 123456 (NSW)',
		],
		[
			'a college named just before the number',
			'By Daniel Okafor, RPh, Ontario College of Pharmacists #612348',
		],
	];

	it.each( validBylines )(
		'should not fire on a byline with %s',
		( _, byline ) => {
			expect(
				rule.check( makePost( [ byline, ...BODY ] ), makeContext() )
			).toEqual( [] );
		}
	);

	it( "should read a registration written in the block's credentials field", () => {
		const post = makePost( BODY, {
			credentials: [
				{ name: 'Sam Patel', credentials: 'RN, NMC PIN 12A3456E' },
			],
		} );
		expect( rule.check( post, makeContext() ) ).toEqual( [] );
	} );

	it( 'should not judge a post that gives no credentials', () => {
		expect(
			rule.check(
				makePost( [
					'As a physio, I see sprains every week.',
					...BODY,
				] ),
				makeContext()
			)
		).toEqual( [] );
	} );

	const fix = ( registrationNumber = '', registrationBody = '' ) => ( {
		type: 'update-block',
		name: 'hcp-compliance/credentials',
		attributes: { registrationNumber, registrationBody },
	} );

	it( 'should fire on a block without a number, offering to complete the block', () => {
		expect(
			rule.check(
				makePost( BODY, { credentials: [ block( {} ) ] } ),
				makeContext()
			)
		).toEqual( [ { messageId: 'noNumber', fix: fix() } ] );
	} );

	it( 'should fire on a number without its body', () => {
		const post = makePost( BODY, {
			credentials: [ block( { registrationNumber: '41822' } ) ],
		} );
		expect( rule.check( post, makeContext() ) ).toEqual( [
			{ messageId: 'noBody', fix: fix( '41822' ) },
		] );
	} );

	it( 'should not take a membership for a registration body', () => {
		const post = makePost( BODY, {
			credentials: [
				block( {
					registrationNumber: '41822',
					registrationBody: 'MCSP',
				} ),
			],
		} );
		expect( rule.check( post, makeContext() )[ 0 ] ).toMatchObject( {
			messageId: 'noBody',
		} );
		const royal = makePost( BODY, {
			credentials: [
				block( {
					registrationNumber: '41822',
					registrationBody: 'Royal College of Nursing',
				} ),
			],
		} );
		expect( rule.check( royal, makeContext() )[ 0 ] ).toMatchObject( {
			messageId: 'noBody',
		} );
	} );

	it( 'should not take "N/A" for a registration body', () => {
		const post = makePost( BODY, {
			credentials: [
				block( {
					registrationNumber: '41822',
					registrationBody: 'N/A',
				} ),
			],
		} );
		expect( rule.check( post, makeContext() )[ 0 ] ).toMatchObject( {
			messageId: 'noBody',
		} );
	} );

	it( 'should fire on a byline with a title but no number', () => {
		const post = makePost( [
			'Rohan Deshpande, B.Pharm, Registered Pharmacist, Pune',
			...BODY,
		] );
		expect( rule.check( post, makeContext() ) ).toEqual( [
			{ messageId: 'noNumber' },
		] );
	} );

	it( 'should fire on a German doctorate byline with no number ("Dr. med.")', () => {
		const post = makePost( [
			...BODY,
			'Dr. med. Jonas Keller is an internist in Cologne; these are his own views.',
		] );
		expect( rule.check( post, makeContext() ) ).toEqual( [
			{ messageId: 'noNumber' },
		] );
	} );

	it( 'should not fire on a German doctorate byline with its chamber and number', () => {
		const post = makePost( [
			...BODY,
			'Dr. med. Jonas Keller, internist, General Medical Council 7654321.',
		] );
		expect( rule.check( post, makeContext() ) ).toEqual( [] );
	} );

	it( 'should fire on a byline number with no body or jurisdiction', () => {
		const post = makePost( [
			'By Arjun Mehta, BPT, MPT, Reg. No. 41822',
			...BODY,
		] );
		expect( rule.check( post, makeContext() ) ).toEqual( [
			{ messageId: 'noBody' },
		] );
	} );

	it( 'should fire on a membership in a byline ("member of the RCN")', () => {
		const post = makePost( [
			'By Jennifer Walsh, RN, BScN, member of the RCN',
			...BODY,
		] );
		expect( rule.check( post, makeContext() ) ).toEqual( [
			{ messageId: 'noNumber' },
		] );
	} );
} );
