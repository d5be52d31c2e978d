/**
 * Valid/invalid table for patient-care/missing-disclaimer.
 */
import rule from '../missing-disclaimer';
import { makeContext, makePost } from './helpers';

const HEALTH = [
	'Statins and sore muscles',
	'Muscle aches are the side effect people worry about most when they start a statin for cholesterol.',
	'If the pain is severe, or your urine turns dark, contact your doctor the same day.',
];

describe( 'patient-care/missing-disclaimer', () => {
	const valid: Array< [ string, ReturnType< typeof makePost > ] > = [
		[
			'a disclaimer block with text',
			makePost( HEALTH, {
				disclaimers: [ { text: 'General information only.' } ],
			} ),
		],
		[
			'a disclaimer block whose text is inline HTML',
			makePost( HEALTH, {
				disclaimers: [
					{ text: '<strong>Not</strong> medical advice.' },
				],
			} ),
		],
		[
			'a "Disclaimer:" paragraph',
			makePost( [
				...HEALTH,
				'Disclaimer: I write about heart health in general terms.',
			] ),
		],
		[
			'"not medical advice"',
			makePost( [
				...HEALTH,
				'This is general information, not medical advice.',
			] ),
		],
		[
			'"not medical, legal or insurance advice"',
			makePost( [
				...HEALTH,
				'This post is commentary, not medical, legal or insurance advice.',
			] ),
		],
		[
			'"not a substitute for…"',
			makePost( [
				...HEALTH,
				'It is not a substitute for an assessment by your own nurse.',
			] ),
		],
		[
			'"should not be used as a substitute for…"',
			makePost( [
				...HEALTH,
				'This blog should not be used as a substitute for professional medical advice.',
			] ),
		],
		[
			'"does not replace…"',
			makePost( [
				...HEALTH,
				'This review does not replace individual advice from a pharmacist.',
			] ),
		],
		[
			'"for informational purposes only"',
			makePost( [
				...HEALTH,
				'Content on this site is for informational purposes only.',
			] ),
		],
		[
			'"general information and education only"',
			makePost( [
				...HEALTH,
				'This blog is for general information and education only.',
			] ),
		],
		[
			'"This post is general health information"',
			makePost( [
				...HEALTH,
				'This post is general health information. Follow your own care plan.',
			] ),
		],
		[
			'no doctor-patient relationship',
			makePost( [
				...HEALTH,
				'Reading this blog does not create a doctor-patient relationship.',
			] ),
		],
		[
			'the classic "seek the advice of your physician"',
			makePost( [
				...HEALTH,
				'Always seek the advice of your physician or other qualified health provider with any questions.',
			] ),
		],
		[
			'"should not be taken as personal medical advice"',
			makePost( [
				...HEALTH,
				'The information here should not be taken as personal medical advice.',
			] ),
		],
		[
			'"general information, not advice"',
			makePost( [
				...HEALTH,
				'This is general information, not advice.',
			] ),
		],
		[
			'"written for educational purposes"',
			makePost( [
				...HEALTH,
				'This blog is written for educational purposes.',
			] ),
		],
		[
			'"accepts no liability"',
			makePost( [
				...HEALTH,
				'The author accepts no liability for decisions made on this basis.',
			] ),
		],
		[
			'a "Disclaimer" heading',
			makePost( [
				...HEALTH,
				'Disclaimer',
				'Please see your own clinician.',
			] ),
		],
		[
			'practice news with no health information',
			makePost( [
				'Our new opening hours',
				'From 1 March the practice opens at 8 a.m. on weekdays and closes at 6 p.m. Parking is free behind the building.',
				'We are delighted to welcome Dr Sarah Khan to the team. Book online or call reception.',
			] ),
		],
	];

	it.each( valid )( 'should not fire on %s', ( _, post ) => {
		expect( rule.check( post, makeContext() ) ).toEqual( [] );
	} );

	it( 'should fire on health information with no disclaimer, inserting the block at the end', () => {
		const reports = rule.check( makePost( HEALTH ), makeContext() );
		expect( reports ).toHaveLength( 1 );
		expect( reports[ 0 ].messageId ).toBe( 'missing' );
		expect( reports[ 0 ].fix ).toMatchObject( {
			type: 'insert-block',
			name: 'hcp-compliance/disclaimer',
			position: 'end',
		} );
		expect( JSON.stringify( reports[ 0 ].fix ) ).toMatch(
			/general health information/
		);
	} );

	it( 'should not take safety-netting ("talk to your doctor") for a disclaimer', () => {
		const post = makePost( [
			...HEALTH,
			'Talk to your doctor before you stop any medicine.',
		] );
		expect( rule.check( post, makeContext() ) ).toHaveLength( 1 );
	} );

	it.each( [
		'A home test is not a substitute for seeing your doctor.',
		'A smartwatch does not replace a proper ECG by your doctor.',
		'Seek the advice of your pharmacist before taking St John’s wort.',
		'The NHS website has general information on statins.',
	] )( 'should not take advice about care for a disclaimer: %s', ( text ) => {
		const post = makePost( [ ...HEALTH, text ] );
		expect( rule.check( post, makeContext() ) ).toHaveLength( 1 );
	} );

	it( 'should not take "not a substitute for a balanced diet" for a disclaimer', () => {
		const post = makePost( [
			...HEALTH,
			'A vitamin pill is not a substitute for a balanced diet.',
		] );
		expect( rule.check( post, makeContext() ) ).toHaveLength( 1 );
	} );

	it( 'should report an empty disclaimer block and offer to fill it', () => {
		const post = makePost( HEALTH, {
			disclaimers: [ { text: '  <br> &nbsp; ' } ],
		} );
		const reports = rule.check( post, makeContext() );
		expect( reports.map( ( r ) => r.messageId ) ).toEqual( [
			'emptyBlock',
		] );
		expect( reports[ 0 ].fix ).toMatchObject( {
			type: 'update-block',
			name: 'hcp-compliance/disclaimer',
		} );
	} );

	it( "should insert the practice's default disclaimer text when one is set", () => {
		const reports = rule.check(
			makePost( HEALTH ),
			makeContext( { options: { defaultText: 'Practice disclaimer.' } } )
		);
		expect( reports[ 0 ].fix ).toMatchObject( {
			attributes: { text: 'Practice disclaimer.' },
		} );
	} );

	it( 'should count one topic returned to often as health information', () => {
		const post = makePost( [
			'Stuttering in young children',
			'Stuttering often starts between two and five. Many children who stutter stop on their own, but stuttering that lasts six months is worth a referral. Stuttering runs in families.',
		] );
		expect( rule.check( post, makeContext() ) ).toHaveLength( 1 );
	} );

	it( 'should read speech and hearing care, and compounds by their parts, as health information', () => {
		const post = makePost( [
			'When should a toddler be talking?',
			'The Royal College of Speech-Language Therapists suggests an assessment if a child has no words by eighteen months. A hearing check usually comes first.',
		] );
		expect( rule.check( post, makeContext() ) ).toHaveLength( 1 );
		// One clinical word in practice news is not health information.
		const news = makePost( [
			'Our new reception desk',
			'The builders finish on Friday. Parking is free after six, and the assessment of the car park is done.',
		] );
		expect( rule.check( news, makeContext() ) ).toEqual( [] );
	} );
} );
