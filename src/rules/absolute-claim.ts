/**
 * Rule content/absolute-claim: misleading absolute or promotional health
 * claims ("guaranteed", "100% safe", "no side effects", "miracle", a cure as
 * a promise).
 *
 * The phrases live in data/absolute-claims.ts and are looked up word by word
 * (a Map from first word), so the rule is one pass over the unit. A claim does
 * not fire when it is negated ("there is no cure for…", "no whitening method
 * is completely free of side effects"), quoted to discourage it ("beware of
 * 'miracle' cures"), asked as a question, or hedged and accurate ("antibiotics
 * can cure many bacterial infections").
 */
import { sprintf } from '@wordpress/i18n';

import { __ } from '../engine/i18n';
import type { SpanReport, SpanRule, TextUnit } from '../engine/types';
import {
	ABSOLUTE_CLAIMS,
	type AbsoluteClaimEntry,
} from './data/absolute-claims';
import {
	extendToClauseEnd,
	isNegated,
	isQuotedToDiscourage,
	isReportedQuote,
	isSourceLink,
	patterns as textPatterns,
	PhraseIndex,
	sentenceBounds,
	tokenize,
	type PhraseMatch,
	type Token,
} from './utils/text';

/** The percent sign (or word) that must follow "100" in "100% safe". */
const PERCENT = /^\s?(?:%|percent)/;

/** Every regular expression this rule uses, for the ReDoS test. */
export const patterns: RegExp[] = [ PERCENT, ...textPatterns ];

const index = new PhraseIndex( ABSOLUTE_CLAIMS, ( entry ) => entry.phrases );

/** Words that make a cure or a side-effect statement a hedged, accurate one. */
const HEDGES = new Set( [
	'can',
	'may',
	'might',
	'could',
	'often',
	'sometimes',
	'usually',
	'many',
	'most',
	'some',
	'generally',
	'rarely',
	'majority',
	'few',
	'helps',
	'help',
	'aim',
	'aims',
	'possible',
	'potentially',
	'likely',
] );

/** Words that make a cure promotional even when hedged. */
const INTENSIFIERS = new Set( [
	'guaranteed',
	'miracle',
	'permanent',
	'permanently',
	'completely',
	'complete',
	'totally',
	'instantly',
	'instant',
	'natural',
	'naturally',
	'forever',
	'always',
	'fully',
	'overnight',
	'100',
] );

/** Degree words that belong to the claim a reader would underline ("completely risk-free"). */
const LEAD_INS = new Set( [
	'completely',
	'totally',
	'absolutely',
	'entirely',
	'utterly',
	'truly',
	'literally',
	'virtually',
	'practically',
] );

/** Verbs of a simile around a claim: "works like a miracle", "acts like magic". */
const SIMILE_VERBS = new Set( [ 'works', 'work', 'worked', 'acts', 'act' ] );

// Start of the claim with its degree word or simile ("completely risk-free", "works like a miracle").
function leadInStart(
	tokens: Token[],
	match: PhraseMatch< AbsoluteClaimEntry >
): number {
	let k = match.first - 1;
	if ( k >= 0 && LEAD_INS.has( tokens[ k ].lower ) ) {
		return tokens[ k ].start;
	}
	if (
		k >= 0 &&
		( tokens[ k ].lower === 'a' || tokens[ k ].lower === 'an' )
	) {
		k--;
	}
	if ( k >= 0 && tokens[ k ].lower === 'like' ) {
		const verb = tokens[ k - 1 ];
		return verb && SIMILE_VERBS.has( verb.lower )
			? verb.start
			: tokens[ k ].start;
	}
	return match.start;
}

/** Words before "cure" that speak of research or hope, not a promise. */
const SEARCH_WORDS = new Set( [
	'search',
	'searching',
	'find',
	'finding',
	'found',
	'hope',
	'hopes',
	'hoping',
	'toward',
	'towards',
	'quest',
	'research',
	'race',
	'closer',
	'looking',
	'develop',
	'developing',
	'seeking',
	'potential',
	'than',
	'yet',
] );

/** Words after "cure(d)" that are not a health promise: food, statistics. */
const NOT_A_PROMISE_AFTER = new Set( [
	'rate',
	'rates',
	'meat',
	'meats',
	'ham',
	'bacon',
	'salmon',
	'fish',
	'sausage',
	'sausages',
] );

/**
 * Whether one of `words` sits in the clause between `from` and the match.
 * @param sentence Bounds of the match's sentence.
 * @param tokens
 * @param match
 * @param words
 * @param after
 */
function clauseHas(
	sentence: readonly [ number, number ],
	tokens: Token[],
	match: PhraseMatch< AbsoluteClaimEntry >,
	words: Set< string >,
	after = 4
): boolean {
	const sStart = sentence[ 0 ];
	for (
		let k = match.first - 1;
		k >= 0 && k >= match.first - 8 && tokens[ k ].start >= sStart;
		k--
	) {
		if ( words.has( tokens[ k ].lower ) ) {
			return true;
		}
	}
	for (
		let k = match.first;
		k < tokens.length &&
		k < match.last + after &&
		tokens[ k ].end <= sentence[ 1 ];
		k++
	) {
		if ( words.has( tokens[ k ].lower ) ) {
			return true;
		}
	}
	return false;
}

/**
 * Whether "as if" / "as though" comes shortly before token `first` ("as if they were a cure").
 * @param tokens
 * @param first
 */
function isCounterfactual( tokens: Token[], first: number ): boolean {
	for ( let k = Math.max( 1, first - 6 ); k < first; k++ ) {
		const pair = tokens[ k - 1 ].lower + ' ' + tokens[ k ].lower;
		if ( pair === 'as if' || pair === 'as though' ) {
			return true;
		}
	}
	return false;
}

/** Words before a claim that report or doubt it ("so-called", "products that promise"). */
const DOUBTING_BEFORE = new Set( [
	'so-called',
	'supposed',
	'supposedly',
	'alleged',
	'allegedly',
	'claimed',
	'claims',
	'claiming',
	'promises',
	'promising',
	'marketed',
	'advertised',
	'touted',
	'touting',
	'sold',
	'selling',
	'fake',
	'bogus',
	'false',
	'dubious',
	'unproven',
] );

/** Words after a claim that debunk it ("miracle cure myths", "guaranteed results scams"). */
const DEBUNKING_AFTER = new Set( [
	'myth',
	'myths',
	'scam',
	'scams',
	'hoax',
	'hoaxes',
	'hype',
	'nonsense',
	'claims',
	'marketing',
	'promises',
] );

/** Verbs that report a promise or claim ("promise that it has no side effects"). */
const PROMISE_VERBS = new Set( [
	'promise',
	'promises',
	'promised',
	'claim',
	'claims',
	'guarantee',
	'say',
	'tell',
] );

/** Words that turn such a verb into a warning ("no one should promise", "never claim"). */
const PROMISE_NEGATIONS = new Set( [
	'no',
	'not',
	'never',
	'nobody',
	"don't",
	'dont',
	"shouldn't",
	"can't",
	'cannot',
	"mustn't",
	'beware',
	'wary',
] );

/**
 * Whether the claim is reported in doubt rather than made: "so-called miracle",
 * "products that promise a cure", "5 hangover cure myths".
 * @param tokens Words of the unit.
 * @param first  First word of the claim.
 * @param last   One past its last word.
 */
function isDebunked( tokens: Token[], first: number, last: number ): boolean {
	for ( let k = Math.max( 0, first - 4 ); k < first; k++ ) {
		const word = tokens[ k ].lower;
		if ( DOUBTING_BEFORE.has( word ) ) {
			return true;
		}
		// "products that promise a cure": someone else's promise, not the writer's.
		if (
			( word === 'promise' || word === 'promised' || word === 'sell' ) &&
			[ 'that', 'which', 'who', 'they' ].includes(
				tokens[ k - 1 ]?.lower ?? ''
			)
		) {
			return true;
		}
	}
	// "no one should promise that these have…", "never claim…": a promise the writer warns against.
	for ( let k = Math.max( 0, first - 6 ); k < first; k++ ) {
		if (
			PROMISE_VERBS.has( tokens[ k ].lower ) &&
			tokens
				.slice( Math.max( 0, k - 3 ), k )
				.some( ( t ) => PROMISE_NEGATIONS.has( t.lower ) )
		) {
			return true;
		}
	}
	for ( let k = last; k < tokens.length && k < last + 3; k++ ) {
		if ( DEBUNKING_AFTER.has( tokens[ k ].lower ) ) {
			return true;
		}
	}
	return false;
}

/**
 * Whether a matched phrase is a claim the post makes (not negated, quoted or hedged).
 * @param unit
 * @param tokens
 * @param match
 */
function isClaim(
	unit: TextUnit,
	tokens: Token[],
	match: PhraseMatch< AbsoluteClaimEntry >
): boolean {
	const { text } = unit;
	const { entry, start, end } = match;
	// "100% safe" needs its percent sign: "100 safe" is not the phrase.
	if (
		tokens[ match.first ].lower === '100' &&
		! PERCENT.test(
			text.slice(
				tokens[ match.first ].end,
				tokens[ match.first ].end + 9
			)
		)
	) {
		return false;
	}
	// Every test below only rules the match out, so the cheap ones on the
	// unit's words come first and the scans of the text around it last.
	if (
		isCounterfactual( tokens, match.first ) ||
		isDebunked( tokens, match.first, match.last )
	) {
		return false;
	}
	if (
		entry.kind === 'cure' &&
		entry.phrases.includes( tokens[ match.first ].lower )
	) {
		const after = tokens[ match.last ]?.lower;
		if ( after && NOT_A_PROMISE_AFTER.has( after ) ) {
			return false;
		}
		// "the search for a cure", "closer than ever to a cure", "better than cure".
		for ( let k = Math.max( 0, match.first - 5 ); k < match.first; k++ ) {
			if ( SEARCH_WORDS.has( tokens[ k ].lower ) ) {
				return false;
			}
		}
	}
	const sentence = sentenceBounds( text, start, end );
	if ( text.slice( end, sentence[ 1 ] ).trimEnd().endsWith( '?' ) ) {
		return false;
	}
	if (
		entry.hedgeable &&
		! clauseHas( sentence, tokens, match, INTENSIFIERS )
	) {
		// "cure most urinary infections": a quantifier right after the verb hedges it too.
		const next = tokens[ match.last ]?.lower ?? '';
		if (
			clauseHas( sentence, tokens, match, HEDGES, 0 ) ||
			next === 'most' ||
			next === 'many' ||
			next === 'some'
		) {
			return false;
		}
		// A plain "cures" in a block that cites its source is an accurate statement.
		if (
			entry.kind === 'cure' &&
			unit.links.some( ( link ) => isSourceLink( link.href ) )
		) {
			return false;
		}
	}
	return ! (
		isNegated( text, start, end ) ||
		isQuotedToDiscourage( text, start, end ) ||
		( mayOpenQuote( text, sentence[ 0 ], start ) &&
			isReportedQuote( text, start, end ) )
	);
}

/**
 * Whether a quotation can open in the sentence before `start`: quoteBounds()
 * (behind isReportedQuote()) looks for an opening mark (straight or curly
 * double quote, guillemet, opening single quote or straight apostrophe) from
 * just before the sentence to the range, and most sentences have none.
 * @param text
 * @param sentenceStart Start of the range's sentence.
 * @param start
 */
function mayOpenQuote(
	text: string,
	sentenceStart: number,
	start: number
): boolean {
	for ( let i = Math.max( 0, sentenceStart - 1 ); i < start; i++ ) {
		const ch = text[ i ];
		if (
			ch === '"' ||
			ch === '“' ||
			ch === '«' ||
			ch === '‘' ||
			ch === "'"
		) {
			return true;
		}
	}
	return false;
}

const rule: SpanRule = {
	meta: {
		id: 'content/absolute-claim',
		category: 'content',
		kind: 'span',
		severity: 'warning',
		docs: __(
			'Avoid absolute or promotional health claims such as "cure", "guaranteed", "completely safe", "no side effects" or "miracle".',
			'hcp-compliance'
		),
		guideline: __(
			'FTC Act section 5 and FTC Health Products Compliance Guidance; UK CAP Code section 12; GMC Good medical practice (honesty in public communication)',
			'hcp-compliance'
		),
		messages: {
			cure: ( data ) =>
				sprintf(
					/* translators: %s: the claim found in the text, e.g. "cures". */
					__(
						'"%s" promises a cure. Unless a cure is accurate for everyone it is said of, say what the treatment can do, for whom, and link the evidence (FTC health claims guidance; CAP Code 12).',
						'hcp-compliance'
					),
					data.phrase
				),
			guarantee: ( data ) =>
				sprintf(
					/* translators: %s: the claim found in the text, e.g. "guaranteed". */
					__(
						'"%s" guarantees a health outcome. Results vary from person to person; describe typical results and link the evidence (FTC health claims guidance; GMC Good medical practice).',
						'hcp-compliance'
					),
					data.phrase
				),
			safety: ( data ) =>
				sprintf(
					/* translators: %s: the claim found in the text, e.g. "100% safe". */
					__(
						'"%s" is an absolute safety claim. No treatment is free of risk or side effects for everyone; name the common side effects and who should avoid it (FTC health claims guidance; GMC Good medical practice).',
						'hcp-compliance'
					),
					data.phrase
				),
			miracle: ( data ) =>
				sprintf(
					/* translators: %s: the claim found in the text, e.g. "miracle". */
					__(
						'"%s" is promotional language that overstates what a treatment does. Describe the expected benefit plainly and link the evidence (FTC health claims guidance; CAP Code 12).',
						'hcp-compliance'
					),
					data.phrase
				),
			efficacy: ( data ) =>
				sprintf(
					/* translators: %s: the claim found in the text, e.g. "works for everyone". */
					__(
						'"%s" overstates how well a treatment works. Responses vary; say who it helps and how much, with a source (FTC health claims guidance; GMC Good medical practice).',
						'hcp-compliance'
					),
					data.phrase
				),
		},
	},
	check: ( unit ) => {
		const { text } = unit;
		if ( text.length === 0 ) {
			return [];
		}
		const tokens = tokenize( text );
		const reports: SpanReport[] = [];
		let coveredUntil = -1;
		for ( const match of index.find( tokens ) ) {
			if (
				match.start < coveredUntil ||
				! isClaim( unit, tokens, match )
			) {
				continue;
			}
			const end = extendToClauseEnd( text, match.end, 40 );
			const report: SpanReport = {
				messageId: match.entry.kind,
				range: [ leadInStart( tokens, match ), end ],
				data: { phrase: text.slice( match.start, match.end ) },
			};
			if ( match.entry.replacement ) {
				// "completely risk-free" becomes "low-risk", not "completely low-risk".
				const degree = tokens[ match.first - 1 ];
				report.fix = {
					type: 'replace',
					range: [
						degree && LEAD_INS.has( degree.lower )
							? degree.start
							: match.start,
						match.end,
					],
					text: match.entry.replacement,
				};
			}
			reports.push( report );
			coveredUntil = end;
		}
		return reports;
	},
};

export default rule;
