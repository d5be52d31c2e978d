/**
 * Valid/invalid table for identification/undisclosed-sponsorship.
 */
import rule, { isAffiliateLink } from '../undisclosed-sponsorship';
import { linkOver, makeContext, makePost, makeUnit } from './helpers';
import type { PostModel } from '../../engine/types';

const BODY = [
	'Magnesium for sleep: my honest review',
	'Magnesium glycinate is gentle on the stomach.',
];

/**
 * A post whose last paragraph links `anchor` to `href`.
 * @param text
 * @param anchor
 * @param href
 * @param extra
 */
function withLink(
	text: string,
	anchor: string,
	href: string,
	extra: string[] = []
): PostModel {
	const post = makePost( [ ...BODY, ...extra ] );
	post.units.push(
		makeUnit( text, {
			key: 'link/content',
			blockIndex: 9,
			links: [ linkOver( text, anchor, href ) ],
		} )
	);
	return post;
}

describe( 'identification/undisclosed-sponsorship', () => {
	it.each( [
		[ 'https://www.amazon.com/dp/B0C7QX2LMN?tag=cleanliving-20', true ],
		[ 'https://amzn.to/3xYzAbc', true ],
		[ 'https://www.amazon.com/shop/drjane', true ],
		[ 'https://shop.example.com/serum?ref=chloepharm', true ],
		[ 'https://brand.example/s2?aff=drcarter', true ],
		[
			'https://brand.example/p?utm_source=blog&utm_medium=affiliate',
			true,
		],
		[ 'https://www.nhs.uk/conditions/?ref=home', false ],
		[ 'https://lakeviewhealth.example/book?ref=blog', false ],
		[ 'https://www.amazon.com/dp/B0C7QX2LMN', false ],
		[ 'https://doi.org/10.1016/S0140-6736(22)01545-8', false ],
		[ 'not a url', false ],
	] )(
		'should tell whether %s is an affiliate link (%s)',
		( href, expected ) => {
			expect( isAffiliateLink( href as string ) ).toBe( expected );
		}
	);

	const invalid: Array< [ string, PostModel, string ] > = [
		[
			'an Amazon affiliate tag',
			withLink(
				'Buy NightCalm on Amazon.',
				'NightCalm on Amazon',
				'https://www.amazon.co.uk/dp/B0BX7Q2RSD?tag=reedpharm-21'
			),
			'affiliateLink',
		],
		[
			'a discount code',
			makePost( [
				...BODY,
				'Use code REED15 on the NightCalm website for 15% off.',
			] ),
			'discountCode',
		],
		[
			'"sign up through my link"',
			makePost( [
				...BODY,
				'Sign up through my link to get $50 off your first month.',
			] ),
			'affiliateLink',
		],
		[
			'a free product',
			makePost( [
				...BODY,
				'The lovely team at NightCalm sent me a tub to try.',
			] ),
			'freeProduct',
		],
		[
			'"the brand sent me these"',
			makePost( [
				...BODY,
				'The brand sent me these lozenges last month and I have been handing them out ever since.',
			] ),
			'freeProduct',
		],
		[
			'"I was sent this by the brand"',
			makePost( [
				...BODY,
				'I was sent this tub by NightCalm last month.',
			] ),
			'freeProduct',
		],
		[
			'a PR sample',
			makePost( [ ...BODY, 'This came in a PR package last month.' ] ),
			'freeProduct',
		],
		[
			'a partnership',
			makePost( [
				...BODY,
				"I've partnered with NightCalm to bring you this guide.",
			] ),
			'paidPromotion',
		],
		[
			'a statement of no relationship beside an affiliate link',
			withLink(
				'Get it here.',
				'here',
				'https://shop.example.com/p?affid=jwalsh',
				[ 'I have no financial relationship with any brand mentioned.' ]
			),
			'affiliateLink',
		],
		[
			'"not sponsored" beside a discount code',
			makePost( [
				...BODY,
				'This post is not sponsored. Use my code JEN15 for 15% off.',
			] ),
			'discountCode',
		],
	];

	it.each( invalid )(
		'should fire on %s with no disclosure, offering a disclosure paragraph at the start',
		( _, post, messageId ) => {
			const reports = rule.check( post, makeContext() );
			expect( reports ).toHaveLength( 1 );
			expect( reports[ 0 ].messageId ).toBe( messageId );
			expect( reports[ 0 ].fix ).toMatchObject( {
				type: 'insert-block',
				name: 'core/paragraph',
				position: 'start',
			} );
		}
	);

	it( 'should name the shop in the affiliate-link message', () => {
		const post = withLink(
			'Buy it.',
			'Buy',
			'https://www.amazon.com/dp/X?tag=me-20'
		);
		const [ report ] = rule.check( post, makeContext() );
		expect(
			rule.meta.messages[ report.messageId ]( report.data ?? {} )
		).toContain( 'amazon.com' );
	} );

	it( "should offer to fill the credentials block's disclosures when the block exists", () => {
		const post = makePost(
			[ ...BODY, 'Use my code CHLOE20 at checkout.' ],
			{ credentials: [ { name: 'Chloe Nguyen', disclosures: '' } ] }
		);
		expect( rule.check( post, makeContext() )[ 0 ].fix ).toEqual( {
			type: 'update-block',
			name: 'hcp-compliance/credentials',
			attributes: { disclosures: '' },
		} );
	} );

	const disclosed: Array< [ string, string ] > = [
		[ '"#ad"', 'Use code REED15 for 15% off. #ad' ],
		[
			'a "Disclosure:" paragraph',
			'Disclosure: NightCalm sent me this product free and paid me to write this post. Use code REED15.',
		],
		[
			'"sponsored post"',
			'This is a sponsored post. Use code REED15 for 15% off.',
		],
		[
			'"I earn a commission"',
			'Use my link: I earn a small commission if you buy through it.',
		],
		[
			'"This post contains affiliate links"',
			'This post contains affiliate links. Use code REED15.',
		],
		[
			'"I was paid"',
			'I was paid by NightCalm for this review; use code REED15.',
		],
		[ '"(gifted)"', 'NightCalm sent me a tub to try (gifted).' ],
		[
			'"Thanks to X for sponsoring this post"',
			'Thanks to NightCalm for sponsoring this post. Use code REED15.',
		],
	];

	it.each( disclosed )(
		'should not fire when disclosed with %s',
		( _, text ) => {
			expect(
				rule.check( makePost( [ ...BODY, text ] ), makeContext() )
			).toEqual( [] );
		}
	);

	it( "should accept the credentials block's disclosures, but not 'None'", () => {
		const text = 'Use my code CHLOE20 at checkout.';
		const yes = makePost( [ ...BODY, text ], {
			credentials: [
				{
					name: 'C N',
					disclosures:
						'GlowLab supplied free samples; links earn a commission.',
				},
			],
		} );
		expect( rule.check( yes, makeContext() ) ).toEqual( [] );
		const none = makePost( [ ...BODY, text ], {
			credentials: [
				{ name: 'C N', disclosures: 'None. No payment was received.' },
			],
		} );
		expect( rule.check( none, makeContext() ) ).toHaveLength( 1 );
	} );

	it.each( [
		[
			'a free NHS service',
			'Your pharmacy can refer you to a free NHS stop smoking service.',
		],
		[
			'a research sponsor',
			'The trial was sponsored by the manufacturer, which is worth knowing.',
		],
		[
			'a brand named without promotion',
			'In our group classes we use FlexaBand resistance bands.',
		],
		[
			'a booking code on an appointment letter',
			'Use the code on your appointment letter to book online.',
		],
		[
			'a self-referral link to a service',
			'Use the self-referral link on the physiotherapy service page.',
		],
		[
			'a mention of discount codes without one',
			'I am often asked for discount codes. I do not have any.',
		],
		[
			'a code of conduct',
			'Our code of conduct asks staff to keep notes factual.',
		],
		[
			'a reader who sent a question',
			'A reader sent me a question about magnesium and sleep.',
		],
		[
			'the pharmacy sending a reminder',
			'The pharmacy sent me a reminder that my prescription was ready.',
		],
		[ 'an NHS link with a ref parameter', 'See the NHS page.' ],
	] )( 'should not fire on %s', ( _, text ) => {
		const post = makePost( [ ...BODY, text ] );
		post.units[ 2 ].links = [
			linkOver(
				text,
				text.slice( 0, 3 ),
				'https://www.nhs.uk/page?ref=nav'
			),
		];
		expect( rule.check( post, makeContext() ) ).toEqual( [] );
	} );
} );
