/**
 * Valid/invalid table for patient-care/individual-advice.
 */
import rule from '../individual-advice';
import { runSpanRule } from './helpers';

const valid = [
	'If your toddler bites at nursery, stop it calmly and name the feeling.',
	'If you take blood thinners, never stop them before surgery without asking your surgeon.',
	'Your son has asthma, you told me, and the new inhaler is helping him.',
	'From your description, your husband has been very patient with the whole process.',
	'Your results show whether you have a thyroid problem, so ask for a copy.',
	'Two paracetamol tablets are the usual adult dose, as the leaflet says.',
	'From your description, if you have a fever you should rest.',
	// A generic noun names no condition.
	'From your question, it’s a condition many people share, and it usually settles.',
	'I would never stop your statin without a blood test.',
	'Try taking a walk after meals.',
	'Your doctor will check your kidneys and stop metformin if needed.',
	'Give your child plenty of fluids and stop the juice.',
	'People with type 2 diabetes are often advised to increase their activity.',
	'Whatever you take, please do not stop or change a diabetes medicine without talking to the person who prescribes it.',
	'Be wary of anything online that tells you to stop your medicines.',
	'If you have no symptoms, the test is normally repeated to confirm it.',
	'Talk to your doctor about whether you should stop your statin.',
	'You should take your medicines as prescribed by your doctor.',
	'Stop smoking and take your tablets with food.',
	'Have 15 g of fast-acting carbohydrate, such as 6 jelly beans.',
	'If you think you have the flu, stay at home.',
	'If it sounds like you have hives, an antihistamine from the pharmacy may help.',
	'It looks like you have a choice between two clinics.',
	'Many readers think they have gallstones when the pain is really from the stomach.',
	'If I think you have angina, I will refer you for a test.',
	'Cut back on alcohol and spicy food if they are triggers for you.',
	'Should you stop your statin before surgery?',
	'Use your inhaler as prescribed.',
	'Apply sunscreen every morning.',
	'Apply a moisturising cream twice a day to dry skin.',
	'Use hydrocortisone cream sparingly on the face.',
];

const invalid: Array< [ string, string, string ] > = [
	[
		'When you’re on ibuprofen, stop taking it for the whole of a stomach bug.',
		'When you’re on ibuprofen, stop taking it for the whole of a stomach bug',
		'instruction',
	],
	[
		'Stop the chlorhexidine gel and rinse with salt water instead.',
		'Stop the chlorhexidine gel',
		'instruction',
	],
	[
		'Judging by your message, your son has got a chest infection and needs rest tonight.',
		'your son has got a chest infection',
		'diagnosis',
	],
	[
		'Going by your photos, it’s a fungal infection between the toes.',
		'it’s a fungal infection between the toes',
		'diagnosis',
	],
	[
		'Your blood tests confirm you have coeliac disease.',
		'you have coeliac disease',
		'diagnosis',
	],
	[
		'Give him three ibuprofen tablets with his dinner.',
		'Give him three ibuprofen tablets with his dinner',
		'instruction',
	],
	[ 'Based on your photo, you have eczema.', 'you have eczema', 'diagnosis' ],
	[
		'I’d halve your sertraline for a week and see how you feel.',
		'I’d halve your sertraline for a week',
		'instruction',
	],
	[
		'Try cutting your levothyroxine to 50 mcg.',
		'Try cutting your levothyroxine to 50 mcg',
		'instruction',
	],
	[
		'To the mom who asked about her son: give him 5 ml of children’s ibuprofen every eight hours.',
		'give him 5 ml of children’s ibuprofen every eight hours',
		'instruction',
	],
	[
		'If your legs ache, stop taking your statin for two weeks and see whether the pain goes away.',
		'If your legs ache, stop taking your statin for two weeks',
		'instruction',
	],
	[
		'With an HbA1c of 58, you should increase your metformin to 1 g twice a day.',
		'you should increase your metformin to 1 g twice a day',
		'instruction',
	],
	[
		'Since you mentioned ibuprofen, switch to acetaminophen right away.',
		'switch to acetaminophen right away',
		'instruction',
	],
	[
		'Double your dose of insulin if your sugar is high.',
		'Double your dose of insulin if your sugar is high',
		'instruction',
	],
	[
		"You'll need to stop your metformin before the scan.",
		"You'll need to stop your metformin before the scan",
		'instruction',
	],
	[
		'If the pain goes down your leg, you have a slipped disc, and you need rest.',
		'If the pain goes down your leg, you have a slipped disc',
		'diagnosis',
	],
	[
		'You probably have IBS if this sounds familiar.',
		'You probably have IBS if this sounds familiar',
		'diagnosis',
	],
];

const more: Array< [ string, string ] > = [
	[
		'If you have these symptoms you have shingles and need antivirals.',
		'If you have these symptoms you have shingles',
	],
	[
		'You should be taking 2000 IU of vitamin D every day.',
		'You should be taking 2000 IU of vitamin D every day',
	],
	[ 'My advice? Stop the statin.', 'Stop the statin' ],
	[
		'Take 1,000 mg of vitamin C daily to ward off colds.',
		'Take 1,000 mg of vitamin C daily to ward off colds',
	],
	[
		'I recommend you take 2 tablets of paracetamol every six hours.',
		'you take 2 tablets of paracetamol every six hours',
	],
	[
		'Sounds like you have a UTI, so drink plenty of water.',
		'Sounds like you have a UTI',
	],
	[
		'From what you say, it looks like you have shingles rather than a rash from the soap.',
		'it looks like you have shingles rather than a rash from the soap',
	],
	[
		'Dear Tired of Bloating, you most likely have gallstones.',
		'you most likely have gallstones',
	],
	[ 'I suspect you have scabies, not eczema.', 'you have scabies' ],
	[
		'You have diabetes if your HbA1c is over 48.',
		'You have diabetes if your HbA1c is over 48',
	],
	[
		'For the rash, use hydrocortisone 1% twice a day.',
		'use hydrocortisone 1% twice a day',
	],
	[
		'Apply your steroid cream twice daily for a week.',
		'Apply your steroid cream twice daily for a week',
	],
];

describe( 'patient-care/individual-advice', () => {
	it.each( more )(
		'should flag recommendations and diagnoses: %s',
		( text, excerpt ) => {
			expect(
				runSpanRule( rule, text ).map( ( f ) => f.excerpt )
			).toEqual( [ excerpt ] );
		}
	);

	it( 'should let "you can take" pass as permission, not instruction', () => {
		expect(
			runSpanRule(
				rule,
				'You can take ibuprofen or paracetamol for a fever.'
			)
		).toEqual( [] );
	} );

	it.each( valid )( 'should not flag general information: %s', ( text ) => {
		expect( runSpanRule( rule, text ) ).toEqual( [] );
	} );

	it( 'should flag each of two instructions joined by "and"', () => {
		expect(
			runSpanRule(
				rule,
				'Give him 5 ml of ibuprofen every eight hours and stop the cough syrup tonight.'
			).map( ( f ) => f.excerpt )
		).toEqual( [
			'Give him 5 ml of ibuprofen every eight hours',
			'stop the cough syrup tonight',
		] );
	} );

	it.each( invalid )( 'should flag %s', ( text, excerpt, messageId ) => {
		const [ finding, ...rest ] = runSpanRule( rule, text );
		expect( rest ).toEqual( [] );
		expect( finding.excerpt ).toBe( excerpt );
		expect( finding.messageId ).toBe( messageId );
		expect( finding.suggestion ).toContain( 'talk to your own clinician' );
	} );

	it( 'should explain the problem and the guideline in its messages', () => {
		expect( rule.meta.messages.instruction( {} ) ).toMatch(
			/own clinician/
		);
		expect( rule.meta.guideline ).toMatch( /AMA/ );
	} );
} );
