/**
 * Valid/invalid table for content/absolute-claim.
 */
import rule from '../absolute-claim';
import { makeContext, makeUnit, runSpanRule } from './helpers';

const valid: Array< [ string, object? ] > = [
	[ 'No one should promise that these medicines have no side effects.' ],
	[ 'Never claim a supplement is 100% safe.' ],
	[ 'Antibiotics cure most urinary tract infections within three days.' ],
	[ 'Five hangover cure myths debunked.' ],
	[ 'Be careful with products that promise a cure for arthritis.' ],
	[ 'This so-called miracle supplement does nothing.' ],
	[ 'There is no cure for type 1 diabetes, but insulin keeps people well.' ],
	[ 'No flu vaccine is 100% effective.' ],
	[ 'There is no miracle toothpaste that changes the colour of your teeth.' ],
	[ 'No whitening method is completely free of side effects.' ],
	[ 'Hepatitis C can now be cured in most people with tablets.' ],
	[
		'Antibiotics do cure many bacterial infections.',
		{ links: [ { start: 0, end: 11, href: 'https://example.org' } ] },
	],
	[ 'Researchers are closer than ever to a cure for HIV.' ],
	[ 'Prevention is better than cure.' ],
	[ 'Beware of anything sold as a “miracle cure”.' ],
	[ 'Results are not guaranteed and vary between people.' ],
	[ 'Most people have no side effects at all from the vaccine.' ],
	[ 'Is it 100% safe?' ],
	[ '“Cinnamon cures diabetes”' ],
	[
		'Some people talk about water tablets as if they were a cure for heart failure.',
	],
	[ 'No dressing heals every wound, so we change the plan when one stalls.' ],
	[ 'No sports injury is 100% preventable, but warming up lowers the odds.' ],
	[ 'Is a stroke ever 100% avoidable?' ],
];

const invalid: Array< [ string, string, string, string | undefined ] > = [
	[
		'Honestly, this balm heals every cut I put it on.',
		'heals every cut I put it on',
		'efficacy',
		undefined,
	],
	[
		'Water birth is completely risk-free.',
		'completely risk-free',
		'safety',
		'low-risk',
	],
	[
		'Honestly, it works like a miracle.',
		'works like a miracle',
		'miracle',
		'useful option',
	],
	[
		'It is a guaranteed cure for viral fever.',
		'guaranteed cure for viral fever',
		'cure',
		'treatment option',
	],
	[
		'This tea is guaranteed to flush out toxins in seven days.',
		'guaranteed to flush out toxins in seven days',
		'guarantee',
		'intended',
	],
	[
		'Because it is natural, it is 100% safe for everyone, even in pregnancy.',
		'100% safe for everyone',
		'safety',
		'generally well tolerated',
	],
	[
		'Follow this stretching plan and a torn hamstring is 100 percent avoidable.',
		'100 percent avoidable',
		'efficacy',
		'largely preventable',
	],
	[
		'Unlike tretinoin, it has no side effects.',
		'no side effects',
		'safety',
		'few side effects for most people',
	],
	[
		'Honestly, it is a miracle in a bottle.',
		'miracle in a bottle',
		'miracle',
		'useful option',
	],
	[
		'Many readers say it has cured their IBS completely.',
		'cured their IBS completely',
		'cure',
		undefined,
	],
	[
		'Our program melts fat with zero side effects.',
		'melts fat with zero side effects',
		'efficacy',
		undefined,
	],
];

describe( 'content/absolute-claim', () => {
	it.each( valid.map( ( [ text, unit ] ) => [ text, unit ?? {} ] ) )(
		'should not flag negated, hedged or quoted wording: %s',
		( text, unit ) => {
			expect( runSpanRule( rule, text, unit ) ).toEqual( [] );
		}
	);

	it.each( invalid )( 'should flag %s', ( text, excerpt, messageId, fix ) => {
		const [ finding ] = runSpanRule( rule, text );
		expect( finding.excerpt ).toBe( excerpt );
		expect( finding.messageId ).toBe( messageId );
		expect( finding.fix ).toBe( fix );
	} );

	it( 'should replace the degree word with the claim ("completely risk-free")', () => {
		const text = 'Water birth is completely risk-free.';
		const [ report ] = rule.check( makeUnit( text ), makeContext() );
		const fix =
			report.fix?.type === 'replace'
				? report.fix
				: { range: [ 0, 0 ], text: '' };
		expect(
			text.slice( 0, fix.range[ 0 ] ) +
				fix.text +
				text.slice( fix.range[ 1 ] )
		).toBe( 'Water birth is low-risk.' );
	} );

	it( 'should report two claims joined by "and" separately', () => {
		const found = runSpanRule(
			rule,
			'It has no side effects and works for everyone!'
		);
		expect( found.map( ( f ) => f.excerpt ) ).toEqual( [
			'no side effects',
			'works for everyone',
		] );
	} );

	it( 'should name the claim in its message', () => {
		expect(
			rule.meta.messages.guarantee( { phrase: 'guaranteed' } )
		).toContain( '"guaranteed"' );
	} );
} );
