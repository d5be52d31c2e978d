/**
 * Valid/invalid table for content/unsourced-claim.
 */
import rule from '../unsourced-claim';
import { linkOver, runSpanRule } from './helpers';

const linked =
	'Studies show exercise lowers blood pressure, as a recent review explains.';

const valid: Array< [ string, object? ] > = [
	[ linked, { links: [ linkOver( linked, 'a recent review' ) ] } ],
	[ 'Weight-bearing exercise slows bone loss.[1]' ],
	[
		'Adults can take up to 8 tablets in 24 hours, or 8 in 24 hours at most.',
	],
	[ 'Professor Jane Whitfield’s 2021 study found similar results.' ],
	[ 'A 2019 review by Okafor found that 70% of patients improved.' ],
	[
		'Studies show that exercise lowers blood pressure (Smith et al., 2019).',
	],
	[ 'According to the CDC, one in three adults does not get enough sleep.' ],
	[ 'A Cochrane review found no benefit from antibiotics for colds.' ],
	[ 'The LEADER trial showed fewer heart attacks with liraglutide.' ],
	[ 'Use my code CHLOE20 for 20% off your first order.' ],
	[
		'Products containing between 0.1% and 6% hydrogen peroxide need a dentist.',
	],
	[ 'An HbA1c of 48 mmol/mol (6.5%) or above indicates diabetes.' ],
	[ 'What the research says', { isHeading: true } ],
	[ 'Your doctor may recommend a statin.' ],
	[ 'A pump failure is an infusion set problem until proven otherwise.' ],
	[ 'There is no evidence that vaccines cause autism.' ],
	// One person's change is a story, not a statistic.
	[ 'Arjun cut his rice portion by a third and started taking the stairs.' ],
	[ 'Over the year I lowered my cholesterol by 20% with diet alone.' ],
	[
		'Since the spring my resting heart rate has gone down 10% on the new tablets.',
	],
	// A supposed case worked as an example.
	[
		'If your risk of a fall is 20 in 100 and an exercise class lowers it to 15 in 100, the class prevents five falls in every hundred people.',
	],
];

const invalid: Array< [ string, string, string ] > = [
	[
		'Hospital admissions for measles went up 35% in a single year.',
		'Hospital admissions for measles went up 35% in a single year',
		'statistic',
	],
	[
		'Hospital stays for asthma have fallen 12% since the smoking ban.',
		'Hospital stays for asthma have fallen 12% since the smoking ban',
		'statistic',
	],
	[
		"Studies show most statin aches aren't caused by the drug. That is reassuring.",
		"Studies show most statin aches aren't caused by the drug",
		'research',
	],
	[
		'This formula is clinically proven to reduce wrinkles by 60% in four weeks.',
		'clinically proven to reduce wrinkles by 60% in four weeks',
		'research',
	],
	[
		'90% of back pain gets better on its own within six weeks, so try not to panic.',
		'90% of back pain gets better on its own within six weeks',
		'statistic',
	],
	[
		'One in four adults has high blood pressure.',
		'One in four adults has high blood pressure',
		'statistic',
	],
	[
		'Nine out of ten dentists recommend flossing daily.',
		'Nine out of ten dentists recommend flossing daily',
		'statistic',
	],
	[
		'Smokers are three times more likely to develop gum disease.',
		'Smokers are three times more likely to develop gum disease',
		'statistic',
	],
	[
		'Walking can reduce your risk of heart disease by up to 30%.',
		'Walking can reduce your risk of heart disease by up to 30%',
		'statistic',
	],
	[
		'Doctors agree that sleep matters.',
		'Doctors agree that sleep matters',
		'research',
	],
	[
		'It has been shown to lower cholesterol by 1.5 mmol/L.',
		'been shown to lower cholesterol by 1.5 mmol/L',
		'research',
	],
];

const reworded: Array< [ string, string ] > = [
	[
		'Turmeric milk cuts infections by half.',
		'Turmeric milk cuts infections by half',
	],
	[
		'Smoking doubles your risk of stroke.',
		'Smoking doubles your risk of stroke',
	],
	[
		'Walking daily lowers your blood pressure by a third.',
		'Walking daily lowers your blood pressure by a third',
	],
	[
		'If you smoke, you are three times more likely to have a stroke.',
		'you are three times more likely to have a stroke',
	],
	[
		'Research has consistently shown that sleep protects memory.',
		'Research has consistently shown that sleep protects memory',
	],
	[
		'Scientists have linked ultra-processed food to depression.',
		'Scientists have linked ultra-processed food to depression',
	],
	[
		'Around 1 in 10 women have endometriosis.',
		'Around 1 in 10 women have endometriosis',
	],
];

describe( 'content/unsourced-claim', () => {
	it( 'should not take a shop or affiliate link as a source', () => {
		const text =
			'NightCalm is clinically proven to double your deep sleep. Get it here.';
		const found = runSpanRule( rule, text, {
			links: [
				linkOver(
					text,
					'Get it here',
					'https://www.amazon.co.uk/dp/B0BX7Q2RSD?tag=shop-21'
				),
			],
		} );
		expect( found.map( ( f ) => f.excerpt ) ).toEqual( [
			'clinically proven to double your deep sleep',
		] );
	} );

	it.each( reworded )(
		'should flag a claim with words between noun and verb: %s',
		( text, excerpt ) => {
			expect(
				runSpanRule( rule, text ).map( ( f ) => f.excerpt )
			).toEqual( [ excerpt ] );
		}
	);

	it.each( [
		'Further studies are needed before we know more.',
		'Our research shows that patients like the new booking system.',
	] )( 'should not flag research talk that is no claim: %s', ( text ) => {
		expect( runSpanRule( rule, text ) ).toEqual( [] );
	} );

	it.each( valid.map( ( [ text, unit ] ) => [ text, unit ?? {} ] ) )(
		'should not flag sourced or non-claims: %s',
		( text, unit ) => {
			expect( runSpanRule( rule, text, unit ) ).toEqual( [] );
		}
	);

	it.each( invalid )( 'should flag %s', ( text, excerpt, messageId ) => {
		const [ finding, ...rest ] = runSpanRule( rule, text );
		expect( rest ).toEqual( [] );
		expect( finding.excerpt ).toBe( excerpt );
		expect( finding.messageId ).toBe( messageId );
	} );
} );
