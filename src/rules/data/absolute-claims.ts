/**
 * Absolute and promotional health claims (content/absolute-claim), in the
 * style of retext-equality's data: each entry lists its phrasings, says why it
 * misleads, and offers softer wording where a plain swap reads well.
 *
 * Phrases are plain words matched on word boundaries, case-insensitive;
 * "100%" matches only with the percent sign (or "100 percent").
 */

/** What an absolute claim promises. */
export type AbsoluteKind =
	'cure' | 'guarantee' | 'safety' | 'miracle' | 'efficacy';

/** One entry of the list. */
export interface AbsoluteClaimEntry {
	phrases: readonly string[];
	kind: AbsoluteKind;
	/** Why a careful compliance officer would flag it. */
	note: string;
	/** Softer wording for the matched phrase, when a plain swap reads well. */
	replacement?: string;
	/** True when hedges ("many", "can", "most people") make it an accurate statement. */
	hedgeable?: boolean;
}

/** The list: general promotional wording, not tuned to any text. */
export const ABSOLUTE_CLAIMS: readonly AbsoluteClaimEntry[] = [
	{
		phrases: [ 'cures', 'cure', 'cured', 'curing' ],
		kind: 'cure',
		note: 'Promising a cure misleads unless it is accurate, qualified and sourced (FTC Health Products Compliance Guidance; CAP Code 12.1).',
		hedgeable: true,
	},
	{
		phrases: [
			'guaranteed cure',
			'miracle cure',
			'permanent cure',
			'natural cure',
			'instant cure',
			'complete cure',
			'total cure',
			'proven cure',
			'cure-all',
			'wonder cure',
		],
		kind: 'cure',
		note: 'A cure with a promotional qualifier is a promise no treatment can keep.',
		replacement: 'treatment option',
	},
	{
		phrases: [ 'guaranteed', 'guarantee', 'guarantees', 'guaranteeing' ],
		kind: 'guarantee',
		note: 'No treatment works the same for everyone; a guarantee of a health outcome is misleading.',
		replacement: 'intended',
	},
	{
		phrases: [
			'guaranteed results',
			'results guaranteed',
			'money-back guarantee',
			'money back guarantee',
		],
		kind: 'guarantee',
		note: 'Guaranteed results are a promotional promise, not health information.',
		replacement: 'results that vary from person to person',
	},
	{
		phrases: [
			'100% safe',
			'100 percent safe',
			'100% effective',
			'100 percent effective',
			'100% guaranteed',
			'100% success',
			'100% cure',
			'100% curable',
			'100% harmless',
		],
		kind: 'safety',
		note: 'No medicine, supplement or procedure is 100% safe or effective for everyone.',
		replacement: 'generally well tolerated',
	},
	{
		phrases: [
			'completely safe',
			'totally safe',
			'perfectly safe',
			'absolutely safe',
			'entirely safe',
			'safe for everyone',
			'safe for everybody',
			'safe for anyone',
			'safe for all ages',
			'completely harmless',
			'totally harmless',
			'perfectly harmless',
			'absolutely harmless',
		],
		kind: 'safety',
		note: 'Safety depends on the person, the dose and other medicines; an unqualified claim of safety misleads.',
		replacement: 'generally safe for most people',
	},
	{
		phrases: [
			'risk-free',
			'risk free',
			'zero risk',
			'without any risk',
			'no risks at all',
			'free of risk',
		],
		kind: 'safety',
		note: 'Every treatment carries some risk; "risk-free" hides it.',
		replacement: 'low-risk',
	},
	{
		phrases: [
			'completely painless',
			'totally painless',
			'100% painless',
			'absolutely painless',
		],
		kind: 'safety',
		note: 'Comfort varies from person to person; promising no pain at all misleads.',
		replacement: 'usually comfortable',
	},
	{
		phrases: [
			'no side effects',
			'no side-effects',
			'zero side effects',
			'zero side-effects',
			'without side effects',
			'without any side effects',
			'free of side effects',
			'free from side effects',
			'side-effect-free',
			'side effect free',
			'no adverse effects',
			'no negative side effects',
		],
		kind: 'safety',
		note: 'Anything with an effect can have side effects; promising none is misleading.',
		replacement: 'few side effects for most people',
		hedgeable: true,
	},
	{
		phrases: [
			'miracle',
			'miracles',
			'miraculous',
			'wonder drug',
			'wonder pill',
			'magic bullet',
			'magic pill',
			'miracle pill',
			'miracle drug',
		],
		kind: 'miracle',
		note: '"Miracle" promises an extraordinary result and belongs to advertising, not health information.',
		replacement: 'useful option',
	},
	{
		phrases: [
			'works for everyone',
			'works for everybody',
			'works for anyone',
			'works every time',
			'never fails',
			'foolproof',
			'always works',
			'effective for everyone',
			'effective for everybody',
		],
		kind: 'efficacy',
		note: 'Responses to treatment vary; claiming it works for everyone is misleading.',
		replacement: 'works for many people',
	},
	{
		phrases: [
			'100% preventable',
			'100 percent preventable',
			'100% avoidable',
			'100 percent avoidable',
		],
		kind: 'efficacy',
		note: 'Prevention lowers a risk but never removes it for everyone; "100% preventable" promises that doing the advice rules the illness or injury out.',
		replacement: 'largely preventable',
	},
	{
		phrases: [
			'heals every',
			'heals all',
			'cures every',
			'cures all',
			'clears every',
			'clears all',
			'fixes every',
			'works on every',
			'works on all',
		],
		kind: 'efficacy',
		note: 'A remedy said to heal, cure or clear every case ("heals every wound") promises what no treatment does; no one wording replaces it.',
	},
	{
		phrases: [
			'instant relief',
			'instant results',
			'instantly cures',
			'overnight results',
			'permanent results',
			'melts fat',
			'melts away fat',
			'melt fat',
			'reverses diabetes',
			'reverse diabetes',
			'reverses ageing',
			'reverses aging',
			'reverse ageing',
			'reverse aging',
			'detoxes your body',
			'flushes out toxins',
			'flush out toxins',
		],
		kind: 'efficacy',
		note: 'Promotional outcome claims that overstate what a product or treatment can do.',
	},
];
