/**
 * Signs that a link earns its author money: affiliate query parameters and
 * affiliate or short-link hosts. Drawn from the major affiliate networks'
 * documented link formats (Amazon Associates, Awin, ShareASale, Impact, Rakuten,
 * CJ, LTK, ShopMy), never from any one post.
 */

/** An entry with the reason it is there. */
export interface SponsorshipEntry {
	value: string;
	note: string;
}

/** Query parameters that carry an affiliate or referral ID (lower case). */
export const AFFILIATE_PARAMS: readonly SponsorshipEntry[] = [
	{ value: 'aff', note: 'common affiliate ID parameter' },
	{ value: 'affid', note: 'affiliate ID (many shop platforms)' },
	{ value: 'aff_id', note: 'affiliate ID (HasOffers, Tune)' },
	{ value: 'affiliate', note: 'affiliate ID spelled out' },
	{ value: 'affiliate_id', note: 'affiliate ID spelled out' },
	{ value: 'aff_sub', note: 'affiliate sub-ID (HasOffers)' },
	{
		value: 'ref',
		note: 'referral ID on shop links (not on non-commercial hosts)',
	},
	{ value: 'referral', note: 'referral programme ID' },
	{ value: 'referral_code', note: 'referral programme code' },
	{ value: 'refcode', note: 'referral programme code' },
	{ value: 'ref_id', note: 'referral ID' },
	{ value: 'rfsn', note: 'Refersion affiliate ID' },
	{ value: 'irclickid', note: 'Impact affiliate click ID' },
	{ value: 'clickref', note: 'Awin / Partnerize click reference' },
	{ value: 'awc', note: 'Awin click ID' },
	{ value: 'sscid', note: 'ShareASale click ID' },
	{ value: 'ranmid', note: 'Rakuten advertiser ID' },
	{ value: 'ransiteid', note: 'Rakuten site ID' },
	{ value: 'partner', note: 'partner programme ID' },
	{ value: 'partner_id', note: 'partner programme ID' },
	{ value: 'associate', note: 'associate programme ID' },
	{ value: 'coupon', note: 'a discount code carried in the link' },
	{ value: 'discount', note: 'a discount code carried in the link' },
	{ value: 'promo', note: 'a promo code carried in the link' },
];

/**
 * Values of `ref=` that say where a visitor clicked (a site's own tracking),
 * not whose affiliate ID it is: "book?ref=blog" on the practice's own site.
 */
export const NAVIGATION_REF_VALUES: readonly SponsorshipEntry[] = [
	'blog',
	'website',
	'site',
	'web',
	'homepage',
	'home',
	'nav',
	'navigation',
	'menu',
	'header',
	'footer',
	'sidebar',
	'banner',
	'newsletter',
	'email',
	'mail',
	'twitter',
	'x',
	'facebook',
	'fb',
	'instagram',
	'ig',
	'linkedin',
	'social',
	'rss',
	'feed',
	'post',
	'article',
	'search',
	'google',
	'share',
	'sharing',
	'app',
	'ios',
	'android',
	'internal',
	'related',
	'cta',
	'button',
	'link',
	'hp',
	'sr',
	'nb',
	'pd',
	'dp',
	'ppx',
].map( ( value ) => ( {
	value,
	note: 'where the click came from, not an affiliate ID',
} ) );

/** Parameters that mean "affiliate" only on the hosts listed with them. */
export const HOST_PARAMS: readonly SponsorshipEntry[] = [
	{
		value: 'amazon.tag',
		note: 'Amazon Associates tracking ID (?tag=name-20)',
	},
	{ value: 'ebay.campid', note: 'eBay Partner Network campaign ID' },
];

/** Values of utm_medium / utm_source that mark a paid or affiliate link. */
export const AFFILIATE_UTM_VALUES: readonly SponsorshipEntry[] = [
	{ value: 'affiliate', note: 'utm_medium=affiliate' },
	{ value: 'affiliates', note: 'utm_medium=affiliates' },
	{ value: 'influencer', note: 'utm_medium=influencer' },
	{ value: 'partner', note: 'utm_medium=partner' },
	{ value: 'partnership', note: 'utm_medium=partnership' },
	{ value: 'ambassador', note: 'utm_medium=ambassador' },
	{ value: 'sponsored', note: 'utm_medium=sponsored' },
	{ value: 'paid', note: 'utm_medium=paid' },
	{ value: 'referral', note: 'utm_medium=referral' },
];

/** Hosts whose links are affiliate links by construction (matched on the host's end). */
export const AFFILIATE_HOSTS: readonly SponsorshipEntry[] = [
	{ value: 'amzn.to', note: 'Amazon Associates short links' },
	{ value: 'amzn.eu', note: 'Amazon Associates short links (Europe)' },
	{ value: 'amzlink.to', note: 'Amazon affiliate short links' },
	{ value: 'shareasale.com', note: 'ShareASale redirects' },
	{ value: 'awin1.com', note: 'Awin redirects' },
	{ value: 'anrdoezrs.net', note: 'CJ Affiliate redirects' },
	{ value: 'dpbolvw.net', note: 'CJ Affiliate redirects' },
	{ value: 'jdoqocy.com', note: 'CJ Affiliate redirects' },
	{ value: 'tkqlhce.com', note: 'CJ Affiliate redirects' },
	{ value: 'kqzyfj.com', note: 'CJ Affiliate redirects' },
	{ value: 'linksynergy.com', note: 'Rakuten Advertising redirects' },
	{ value: 'go.skimresources.com', note: 'Skimlinks redirects' },
	{ value: 'skimresources.com', note: 'Skimlinks redirects' },
	{ value: 'rstyle.me', note: 'LTK (rewardStyle) links' },
	{ value: 'liketk.it', note: 'LTK short links' },
	{ value: 'shopmy.us', note: 'ShopMy links' },
	{ value: 'shopstyle.it', note: 'ShopStyle Collective links' },
	{ value: 'howl.me', note: 'Howl affiliate links' },
	{ value: 'go.magik.ly', note: 'Magiclinks affiliate links' },
	{ value: 'sjv.io', note: 'Impact affiliate short links' },
	{ value: 'pxf.io', note: 'Impact affiliate short links' },
	{
		value: 'refer.',
		note: 'referral programme subdomains (refer.example.com)',
	},
];

/** Hosts where "ref=" and similar parameters are navigation, not affiliate IDs (matched on the host's end). */
export const NON_COMMERCIAL_HOST_SUFFIXES: readonly SponsorshipEntry[] = [
	{ value: '.gov', note: 'US government' },
	{ value: '.gov.uk', note: 'UK government' },
	{ value: '.nhs.uk', note: 'NHS' },
	{ value: '.nhs.scot', note: 'NHS Scotland' },
	{ value: '.edu', note: 'universities' },
	{ value: '.ac.uk', note: 'UK universities' },
	{ value: '.int', note: 'WHO and other international organisations' },
	{ value: 'doi.org', note: 'DOI resolver' },
	{ value: 'pubmed.ncbi.nlm.nih.gov', note: 'PubMed' },
	{ value: '.gc.ca', note: 'Government of Canada' },
	{ value: '.gov.au', note: 'Australian government' },
	{ value: '.gov.in', note: 'Indian government' },
	{ value: 'wikipedia.org', note: 'Wikipedia' },
];
