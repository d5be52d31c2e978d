/**
 * Rule identification/undisclosed-sponsorship: affiliate links, discount
 * codes, free products and paid promotion need a clear disclosure.
 *
 * Signals: links with affiliate or referral IDs (Amazon `tag=`, `ref=`,
 * `aff=`, affiliate hosts), "use my code X", "N% off your first order", "sign
 * up through my link", "the brand sent me this to try", "PR sample",
 * "I've partnered with X". Disclosures: "#ad", "sponsored post", "Disclosure:
 * … paid / free / commission", "I earn a commission", "I was paid", or the
 * credentials block's disclosures. A statement of no relationship ("I have no
 * financial relationship with…") is not a disclosure: with an affiliate link in
 * the post it is still undisclosed.
 */
import { sprintf } from '@wordpress/i18n';

import { __ } from '../engine/i18n';

import type {
	DocumentReport,
	DocumentRule,
	PostModel,
	TextLink,
} from '../engine/types';
import {
	AFFILIATE_HOSTS,
	AFFILIATE_PARAMS,
	AFFILIATE_UTM_VALUES,
	HOST_PARAMS,
	NAVIGATION_REF_VALUES,
	NON_COMMERCIAL_HOST_SUFFIXES,
} from './data/sponsorship';
import {
	CREDENTIALS_BLOCK,
	credentialsBlock,
	filled,
} from './missing-credentials';
import { memoByText } from './utils/memo';
import {
	after,
	phrasePatterns,
	someMatch,
	split,
	type Phrase,
} from './utils/phrases';

/** Kinds of commercial relationship, in the order a message prefers them. */
type Signal =
	'affiliateLink' | 'discountCode' | 'freeProduct' | 'paidPromotion';

/** Promotions written in the text: small linear patterns, each with the kind it signals. */
const SIGNALS: ReadonlyArray< { signal: Signal; pattern: Phrase } > = [
	// "sign up through my link", "my referral link", "affiliate link", "my Amazon storefront".
	{
		signal: 'affiliateLink',
		pattern:
			/\b(?:through|via|using|use|with|click|from|on) my (?:affiliate |referral |special |unique |personal |discount )?links?\b/gi,
	},
	{
		signal: 'affiliateLink',
		pattern: /\baffiliate links?\b|\bmy (?:own )?referral links?\b/gi,
	},
	{
		signal: 'affiliateLink',
		pattern: /\bamazon (?:storefront|shop|store|influencer page|list)\b/gi,
	},
	// "use my code", "discount code", "promo code", "referral code", "15% off your first order".
	{
		signal: 'discountCode',
		pattern:
			/\b(?:my|our|exclusive|special) (?:own )?(?:discount |promo |promotional |coupon |voucher |referral |affiliate )?codes?\b(?! of\b)/gi,
	},
	{
		signal: 'discountCode',
		pattern:
			/\buse (?:my |our )(?:discount |promo |promotional |coupon |voucher |referral )?codes?\b|\buse (?:the |this )?(?:discount|promo|promotional|coupon|voucher|referral) codes?\b/gi,
	},
	{
		signal: 'discountCode',
		pattern:
			/\b\d{1,3} ?% off (?:your|the|all|any|first|orders?|at|on|with|when|using|everything)\b/gi,
	},
	{
		signal: 'discountCode',
		pattern:
			/[$£€₹] ?\d+ off (?:your|the|first|orders?|on|with|when|using)\b/gi,
	},
	// "GlowLab sent me a bottle to try", "kindly sent", "gifted by", "PR sample", "I received a free…".
	{
		signal: 'freeProduct',
		pattern: split(
			/\b(?:sent|gave|gifted|sends|send|provided|supplied|offered) (?:me|us)\b/gi,
			10,
			'(?:to (?:try|test|review|sample)|free|complimentary|at no cost)\\b'
		),
	},
	{
		signal: 'freeProduct',
		pattern: /\bkindly (?:sent|gifted|provided|supplied)\b/gi,
	},
	// "The brand sent me these lozenges", "the manufacturer gave us a pack": a maker sending is the gift.
	{
		signal: 'freeProduct',
		pattern:
			/\b(?:the|a|this|that) (?:brand|company|manufacturer|maker|makers|supplier|distributor|pr team|pr agency|marketing team)s? (?:kindly )?(?:sent|gave|gifted|posted|mailed|shipped|provided|supplied) (?:me|us)\b/gi,
	},
	{
		signal: 'freeProduct',
		pattern:
			/\bsent (?:me |us )?over (?:a |an |some |their |this |these )?(?:samples?|products?|bottles?|box|boxes|packs?|kits?)\b/gi,
	},
	{
		signal: 'freeProduct',
		pattern:
			/\b(?:was|were|been|got|item|items|product|products) gifted\b|\bgifted (?:by|to me|me)\b/gi,
	},
	{
		signal: 'freeProduct',
		pattern:
			/\bpr (?:samples?|packages?|parcels?|boxes|box|kits?|products?|items?|gifts?|mailers?)\b/gi,
	},
	{
		signal: 'freeProduct',
		pattern:
			/\b(?:received|got|receive|get|given|sent) (?:a |an |this |these |some |the |my |them |it )?(?:for )?(?:free|complimentary)\b(?! (?:nhs|service|services|advice|helpline|check|checks|screening|vaccines?|flu|appointments?|consultations?|test|tests|trial|resources?|guides?|download|leaflet)\b)/gi,
	},
	{
		signal: 'freeProduct',
		pattern: /\bfree (?:samples?|trial packs?) (?:of|from)\b/gi,
	},
	{
		signal: 'freeProduct',
		pattern:
			/\b(?:was|were|been|got|get) sent (?:this|these|it|them|a|an|some|their|the)\b|\bsent (?:to me|to us)\b/gi,
	},
	// "I've partnered with X", "this post is in partnership with", "brand ambassador".
	{
		signal: 'paidPromotion',
		pattern: after(
			/\b(?:partnered|teamed up|collaborat(?:ed|ing)|in partnership|in collaboration) with\b/gi,
			/\b(?:i|i've|i have|i'm|i am|this (?:post|article|review|video|content|giveaway|series))\b/i
		),
	},
	{ signal: 'paidPromotion', pattern: /\bbrand ambassador\b/gi },
];

/** Words one of which every promotion signal holds: paragraphs without any are skipped at once. */
const SIGNAL_PREFILTER =
	/code|% off| off |link|amazon|sent|gave|gift|provided|supplied|offered|kindly|pr |free|complimentary|partner|collaborat|teamed up|ambassador/i;

/** Words one of which every disclosure holds. */
const DISCLOSURE_PREFILTER =
	/#|sponsor|paid|compensat|commission|affiliat|associate|qualifying|ambassador|free|no cost|complimentary|disclos|conflict|competing|interest|transparency|[[(](?:ad|advert|gift|pr )/i;

/** A discount code as written: "code CHLOE20", "code: SAVE15". */
const CODE = /\b[Cc](?:ode|ODE):? ["“']?[A-Z][A-Z0-9]{3,}\b/gu;

/** Disclosures: explicit statements of a commercial relationship (small linear patterns). */
const DISCLOSURES: readonly Phrase[] = [
	/#(?:ad|ads|advert|advertisement|sponsored|spon|gifted|gift|affiliate|affiliatelink|paidpartnership|partner|collab)\b/gi,
	/[[(](?:ad|advert|advertisement|sponsored|gifted|gift|affiliate|affiliate links?|paid link|paid partnership|commission link|pr product|pr sample)[\])]/gi,
	/\b(?:sponsored|paid) (?:post|content|review|article|video|partnership|promotion|collaboration|feature|placement|advertisement|ad)\b/gi,
	/\bsponsored by\b/gi,
	// "Thanks to X for sponsoring this post", "X sponsors this video".
	/\bfor sponsoring\b|\bsponsor(?:s|ed)? (?:this|today's|today’s) (?:post|video|article|episode|giveaway)\b/gi,
	/\b(?:is|was|are|were|being) (?:kindly )?(?:sponsored|paid for|commissioned)\b/gi,
	/\b(?:paid|compensated|commissioned) (?:me|us)\b/gi,
	/\bi(?: was| am| have been| get| got| received| receive| will be|['’]m|['’]ve been) (?:being )?(?:paid|compensated)\b/gi,
	/\b(?:earn|earns|earning|receive|receives|get|gets|make|makes|pay|pays)(?: me| us)? (?:a |an )?(?:small |modest |tiny |little )?(?:commission|referral fee|affiliate fee|affiliate commission|kickback|share of (?:the )?(?:sale|sales|revenue))\b/gi,
	/\bcommission (?:if|when|on|from)\b/gi,
	/\baffiliate (?:links?|partner|programme|program|relationship|commission|disclosure)\b/gi,
	/\bamazon associate\b|\bqualifying purchases\b|\bcommissionable\b/gi,
	/\b(?:an|am an?|i'm an?|i’m an?) affiliate (?:for|of|partner)\b/gi,
	/\b(?:brand )?ambassador for\b/gi,
	after(
		/\b(?:free of charge|at no cost|for free|complimentary)\b/gi,
		/\b(?:received|receive|got|were|was)\b/i
	),
];

/** A "Disclosure:" label; what follows it is read with {@link RELATIONSHIP}. */
const LABEL =
	/\b(?:disclosures?|full disclosure|transparency note|conflicts? of interest|competing interests?|financial interests?)\s*[:\-–—]/gi;

/** Words of a commercial relationship, read after a label and in the block's disclosures. */
const RELATIONSHIP =
	/\b(?:sponsor(?:s|ed|ing|ship|ships)?|paid|payment|payments|fee|fees|commission(?:s|ed)?|affiliate|free|gift(?:s|ed)?|complimentary|supplied|provided|sent|samples?|partner(?:s|ed|ship|ships)?|ambassador|consult(?:s|ed|ing|ant|ancy|ancies)?|honorari(?:um|a)|grants?|shares|stock|advisory|speaker|funded|funding|royalt(?:y|ies)|employed)\b/gi;

/** Negation just before a match: "not sponsored", "no payment", "nobody paid me". */
const NEGATION =
	/(?:\b(?:not|no|never|nor|without|nobody|none|nothing|neither)|n['’]t)\W*(?:\w+\W+){0,2}$/i;

/** Every regular expression this rule uses, for the ReDoS test. */
export const patterns: RegExp[] = [
	...phrasePatterns( SIGNALS.map( ( entry ) => entry.pattern ) ),
	SIGNAL_PREFILTER,
	DISCLOSURE_PREFILTER,
	CODE,
	...phrasePatterns( DISCLOSURES ),
	LABEL,
	RELATIONSHIP,
	NEGATION,
];

/** How far a label's statement runs ("Disclosure: … two sentences"). */
const LABEL_REACH = 300;

const AFFILIATE_PARAM_SET = new Set(
	AFFILIATE_PARAMS.map( ( entry ) => entry.value )
);
const NAVIGATION_REFS = new Set(
	NAVIGATION_REF_VALUES.map( ( entry ) => entry.value )
);
const UTM_VALUES = new Set(
	AFFILIATE_UTM_VALUES.map( ( entry ) => entry.value )
);
const HOST_PARAM_MAP = new Map(
	HOST_PARAMS.map( ( entry ) => {
		const dot = entry.value.lastIndexOf( '.' );
		return [
			entry.value.slice( dot + 1 ),
			entry.value.slice( 0, dot ),
		] as const;
	} )
);

function hostMatches( host: string, suffix: string ): boolean {
	if ( suffix.endsWith( '.' ) ) {
		return host.startsWith( suffix );
	}
	return (
		host === suffix ||
		host.endsWith( suffix.startsWith( '.' ) ? suffix : `.${ suffix }` )
	);
}

/** The parts of a URL this rule reads. */
interface UrlParts {
	/** Lower case, no port. */
	host: string;
	pathname: string;
	/** Query parameters: key in lower case, value as written. */
	params: Array< [ string, string ] >;
}

/**
 * Splits an absolute http(s) URL with plain string operations (the same in
 * every environment, and cheaper than `new URL()` for many links).
 *
 * @param href The link target.
 */
function parseUrl( href: string ): UrlParts | undefined {
	const schemeEnd = href.indexOf( '://' );
	if ( schemeEnd < 0 || ! /^https?$/i.test( href.slice( 0, schemeEnd ) ) ) {
		return undefined;
	}
	const rest = href.slice( schemeEnd + 3 );
	let hostEnd = rest.length;
	for ( const stop of [ '/', '?', '#' ] ) {
		const at = rest.indexOf( stop );
		if ( at >= 0 && at < hostEnd ) {
			hostEnd = at;
		}
	}
	const authority = rest.slice( 0, hostEnd );
	const host = authority
		.slice( authority.lastIndexOf( '@' ) + 1 )
		.replace( /:\d*$/, '' )
		.toLowerCase();
	const hash = rest.indexOf( '#', hostEnd );
	const tail =
		hash >= 0 ? rest.slice( hostEnd, hash ) : rest.slice( hostEnd );
	const query = tail.indexOf( '?' );
	const pathname = query >= 0 ? tail.slice( 0, query ) : tail;
	const params: Array< [ string, string ] > = [];
	if ( query >= 0 ) {
		for ( const pair of tail.slice( query + 1 ).split( '&' ) ) {
			const eq = pair.indexOf( '=' );
			const key = ( eq >= 0 ? pair.slice( 0, eq ) : pair ).toLowerCase();
			params.push( [ key, eq >= 0 ? pair.slice( eq + 1 ) : '' ] );
		}
	}
	return host ? { host, pathname: pathname || '/', params } : undefined;
}

/**
 * Whether a link's URL carries an affiliate or referral ID.
 * @param href
 */
export function isAffiliateLink( href: string ): boolean {
	const url = parseUrl( href );
	if ( ! url ) {
		return false;
	}
	const host = url.host;
	// An Amazon influencer storefront ("amazon.com/shop/name") earns its owner a commission.
	if (
		host.split( '.' ).includes( 'amazon' ) &&
		url.pathname.startsWith( '/shop/' )
	) {
		return true;
	}
	if (
		AFFILIATE_HOSTS.some( ( entry ) => hostMatches( host, entry.value ) )
	) {
		return true;
	}
	if (
		NON_COMMERCIAL_HOST_SUFFIXES.some( ( entry ) =>
			hostMatches( host, entry.value )
		)
	) {
		return false;
	}
	for ( const [ key, value ] of url.params ) {
		if ( value === '' ) {
			continue;
		}
		if (
			AFFILIATE_PARAM_SET.has( key ) &&
			! ( key === 'ref' && NAVIGATION_REFS.has( value.toLowerCase() ) )
		) {
			return true;
		}
		const hostWord = HOST_PARAM_MAP.get( key );
		if ( hostWord && host.split( '.' ).includes( hostWord ) ) {
			return true;
		}
		if (
			( key === 'utm_medium' ||
				key === 'utm_source' ||
				key === 'utm_campaign' ) &&
			UTM_VALUES.has( value.toLowerCase() )
		) {
			return true;
		}
	}
	return false;
}

function isNegated( text: string, at: number ): boolean {
	return NEGATION.test( text.slice( Math.max( 0, at - 30 ), at ) );
}

/**
 * Whether some match of the phrase in `text` (starting before `to`) is not negated.
 * @param phrase
 * @param text
 */
function hasPositive( phrase: Phrase, text: string ): boolean {
	return someMatch( text, phrase, ( index ) => ! isNegated( text, index ) );
}

/**
 * Whether some match of a global pattern from `from` to `to` is not negated.
 * @param pattern
 * @param text
 * @param from
 * @param to
 */
function hasPositiveIn(
	pattern: RegExp,
	text: string,
	from: number,
	to: number
): boolean {
	// A slice keeps each call bounded, however many labels the text holds.
	const slice = text.slice( from, to );
	pattern.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ( ( match = pattern.exec( slice ) ) !== null ) {
		if ( ! isNegated( text, from + match.index ) ) {
			return true;
		}
	}
	return false;
}

/**
 * Whether a text discloses a commercial relationship.
 * @param text
 */
export function disclosesRelationship( text: string ): boolean {
	if ( ! DISCLOSURE_PREFILTER.test( text ) ) {
		return false;
	}
	if ( DISCLOSURES.some( ( pattern ) => hasPositive( pattern, text ) ) ) {
		return true;
	}
	LABEL.lastIndex = 0;
	let label: RegExpExecArray | null;
	while ( ( label = LABEL.exec( text ) ) !== null ) {
		const from = label.index + label[ 0 ].length;
		if ( hasPositiveIn( RELATIONSHIP, text, from, from + LABEL_REACH ) ) {
			return true;
		}
	}
	return false;
}

/**
 * Whether the credentials block's disclosures state a relationship (not "None").
 * @param post
 */
function blockDiscloses( post: PostModel ): boolean {
	return post.credentials.some(
		( block ) =>
			filled( block.disclosures ) &&
			hasPositive( RELATIONSHIP, block.disclosures as string )
	);
}

/**
 * The first commercial signal in the post, with the link host for affiliate links.
 * @param post
 */
export function findSignal(
	post: PostModel
): { signal: Signal; host?: string } | undefined {
	let found: { signal: Signal; host?: string } | undefined;
	for ( const unit of post.units ) {
		for ( const link of ( unit.links ?? [] ) as TextLink[] ) {
			if ( isAffiliateMemo( link.href ) ) {
				const host = ( parseUrl( link.href )?.host ?? '' ).replace(
					/^www\./,
					''
				);
				return { signal: 'affiliateLink', host };
			}
		}
		if ( ! found ) {
			const signal = textSignalMemo( unit.text );
			found = signal ? { signal } : undefined;
		}
	}
	return found;
}

/**
 * The first promotion written in a paragraph's text (not its links).
 *
 * @param text The paragraph's text.
 */
function textSignal( text: string ): Signal | undefined {
	if ( ! SIGNAL_PREFILTER.test( text ) ) {
		return undefined;
	}
	CODE.lastIndex = 0;
	if ( CODE.test( text ) ) {
		return 'discountCode';
	}
	return SIGNALS.find( ( { pattern } ) => hasPositive( pattern, text ) )
		?.signal;
}

/** {@link isAffiliateLink}, remembered per URL. */
const isAffiliateMemo = memoByText( ( href: string ) =>
	isAffiliateLink( href )
);

/** {@link textSignal}, remembered per paragraph. */
const textSignalMemo = memoByText( textSignal );

/** {@link disclosesRelationship}, remembered per paragraph. */
const disclosesMemo = memoByText( ( text: string ) =>
	disclosesRelationship( text )
);

const rule: DocumentRule = {
	meta: {
		id: 'identification/undisclosed-sponsorship',
		category: 'identification',
		kind: 'document',
		severity: 'error',
		docs: __(
			'Affiliate links, discount codes, free products and paid promotion are disclosed clearly to readers.',
			'hcp-compliance'
		),
		guideline: __(
			'FTC Guides Concerning the Use of Endorsements and Testimonials in Advertising, 16 CFR Part 255; GMC guidance on financial and commercial interests; UK CAP Code (marketing must be obviously identifiable)',
			'hcp-compliance'
		),
		messages: {
			affiliateLink: ( data ) =>
				sprintf(
					/* translators: %s: the website an affiliate link points to, e.g. amazon.com */
					__(
						'The link to %s carries an affiliate or referral ID, but the post does not disclose it. Say clearly, near the top, that you may earn a commission (or fill in the credentials block’s disclosures) (FTC Endorsement Guides, 16 CFR 255).',
						'hcp-compliance'
					),
					data.host || __( 'a shop', 'hcp-compliance' )
				),
			discountCode: () =>
				__(
					'The post promotes a discount or referral code but does not disclose your relationship with the brand. Say clearly whether you are paid, earn a commission or received the product free (FTC Endorsement Guides, 16 CFR 255).',
					'hcp-compliance'
				),
			freeProduct: () =>
				__(
					'The post mentions a product you were given or sent, with no clear disclosure. Add a disclosure such as “Disclosure: the brand sent me this product free of charge” (FTC Endorsement Guides, 16 CFR 255).',
					'hcp-compliance'
				),
			paidPromotion: () =>
				__(
					'The post describes a partnership with a brand but has no disclosure. Say clearly whether it is sponsored or paid, for example “Sponsored post: …” or “#ad” (FTC Endorsement Guides, 16 CFR 255).',
					'hcp-compliance'
				),
		},
	},
	check( post ): DocumentReport[] {
		const found = findSignal( post );
		if ( ! found ) {
			return [];
		}
		if (
			blockDiscloses( post ) ||
			post.units.some( ( unit ) => disclosesMemo( unit.text ) )
		) {
			return [];
		}
		const data = found.host ? { host: found.host } : undefined;
		const block = credentialsBlock( post );
		if ( block ) {
			return [
				{
					messageId: found.signal,
					data,
					fix: {
						type: 'update-block',
						name: CREDENTIALS_BLOCK,
						attributes: { disclosures: block.disclosures ?? '' },
					},
				},
			];
		}
		return [
			{
				messageId: found.signal,
				data,
				fix: {
					type: 'insert-block',
					name: 'core/paragraph',
					attributes: {
						content: __(
							'Disclosure: this post contains affiliate links or promotional content. I may earn a commission, or have received free products or payment, from the brands mentioned.',
							'hcp-compliance'
						),
					},
					position: 'start',
				},
			},
		];
	},
};

export default rule;
