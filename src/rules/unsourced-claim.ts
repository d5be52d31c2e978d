/**
 * Rule content/unsourced-claim: a factual, statistical or research claim
 * ("studies show", "clinically proven to", "73% of patients", "one in four
 * adults", "doctors agree") with no citation in the same block.
 *
 * A block is sourced when it has a link, a footnote marker ("[2]", "¹"), a DOI
 * or PubMed id; a sentence is sourced when it names its source ("according to
 * the CDC", "Smith et al.", "(Jones, 2021)", "the LEADER trial"). Claims are
 * found in one pass over the words: research appeals are looked up by first
 * word, statistics by the shape of the numbers around them.
 */
import { sprintf } from '@wordpress/i18n';

import { __ } from '../engine/i18n';
import type { SpanReport, SpanRule, TextUnit } from '../engine/types';
import {
	CHANGE_VERBS,
	TREND_VERBS,
	CLAIM_PHRASES,
	type ClaimPhrase,
	COMMERCE_WORDS,
	NUMBER_WORDS,
	SOURCE_NAMES,
	SOURCE_NOUNS,
	STAT_AFTER_PERCENT,
} from './data/unsourced-claims';
import {
	capExcerpt,
	clauseBounds,
	extendToClauseEnd,
	isNegated,
	isQuotedToDiscourage,
	isSourceLink,
	patterns as textPatterns,
	PhraseIndex,
	sentenceBounds,
	tokenIndexAt,
	tokenize,
	type PhraseMatch,
	type Token,
} from './utils/text';

/** A footnote marker ("[2]", "[12]") or superscript digits, a DOI or PubMed id. */
const CITATION_MARK = /\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]|\bdoi:|\bpmid\b|https?:\/\//i;

/** A number in digits: "73", "1.5", "1,000". */
const DIGITS = /^\d+$/;

/** A percent sign (or word) right after a number. */
const PERCENT_AFTER = /^\s?(?:%|percent\b|per cent\b)/i;

/** A letter or digit. */
const ALNUM = /[\p{L}\p{N}]/u;

/** A word that starts with a capital letter (a name). */
const CAPITALISED = /^\p{Lu}/u;

/** Every regular expression this rule uses, for the ReDoS test. */
export const patterns: RegExp[] = [
	CITATION_MARK,
	DIGITS,
	PERCENT_AFTER,
	CAPITALISED,
	ALNUM,
	...textPatterns,
];

const index = new PhraseIndex( CLAIM_PHRASES, ( entry ) => [ entry.phrase ] );

/** Longest excerpt: about one claim clause. */
const EXCERPT_MAX = 65;

/** Words before "doctors agree" that make it someone's own doctor, not an appeal to authority. */
const OWN_WORDS = new Set( [
	'your',
	'my',
	'our',
	'their',
	'his',
	'her',
	'the',
] );

/** Words before a research appeal that introduce it rather than claim it ("what the research says"). */
const INTRODUCING_WORDS = new Set( [ 'what', 'how', 'whether', 'if', 'why' ] );

/** Nouns of research or authority that make a claim with a verb ("recent studies have consistently shown"). */
const RESEARCH_NOUNS = new Set( [
	'study',
	'studies',
	'research',
	'trial',
	'trials',
	'evidence',
	'data',
	'science',
	'scientists',
	'researchers',
	'experts',
	'statistics',
	'findings',
	'survey',
	'surveys',
] );

/** Verbs of a research claim. */
const CLAIM_VERBS = new Set( [
	'show',
	'shows',
	'showed',
	'shown',
	'prove',
	'proves',
	'proved',
	'proven',
	'find',
	'finds',
	'found',
	'suggest',
	'suggests',
	'suggested',
	'confirm',
	'confirms',
	'confirmed',
	'indicate',
	'indicates',
	'indicated',
	'demonstrate',
	'demonstrates',
	'demonstrated',
	'reveal',
	'reveals',
	'revealed',
	'link',
	'links',
	'linked',
	'agree',
	'agrees',
	'support',
	'supports',
	'conclude',
	'concludes',
	'concluded',
	'report',
	'reports',
	'reported',
	'say',
	'says',
] );

/** Words allowed between the research noun and its verb ("have consistently shown"). */
const BETWEEN_WORDS = new Set( [
	'have',
	'has',
	'had',
	'also',
	'consistently',
	'repeatedly',
	'clearly',
	'now',
	'recently',
	'even',
	'actually',
	'already',
	'all',
	'again',
	'overwhelmingly',
	'increasingly',
	'strongly',
	'shows',
	'suggests',
	'published',
	'done',
] );

/**
 * A research appeal written with words between noun and verb ("research has consistently shown").
 * @param tokens Words of the unit.
 * @param i      Index of the possible research noun.
 */
function researchAppealAt(
	tokens: Token[],
	i: number
): PhraseMatch< ClaimPhrase > | undefined {
	if ( ! RESEARCH_NOUNS.has( tokens[ i ].lower ) ) {
		return undefined;
	}
	for ( let k = i + 1; k < tokens.length && k <= i + 4; k++ ) {
		const word = tokens[ k ].lower;
		if ( CLAIM_VERBS.has( word ) ) {
			return {
				start: tokens[ i ].start,
				end: tokens[ k ].end,
				first: i,
				last: k + 1,
				entry: {
					phrase: tokens[ i ].lower,
					kind: 'research',
					note: '',
				},
			};
		}
		if ( ! BETWEEN_WORDS.has( word ) ) {
			return undefined;
		}
	}
	return undefined;
}

/**
 * Whether the text holds a parenthetical reference ending in a year:
 * "(Smith, 2020)", "(2019)", "(Jones et al. 2021a)". A scan, not a pattern,
 * so it stays linear on hostile text.
 * @param text The sentence.
 */
function hasYearReference( text: string ): boolean {
	let open = -1;
	for ( let i = 0; i < text.length; i++ ) {
		const ch = text[ i ];
		if ( ch === '(' ) {
			open = i;
		} else if ( ch === ')' && open >= 0 && i - open <= 90 ) {
			let end = i;
			if (
				end - 1 > open &&
				text[ end - 1 ] >= 'a' &&
				text[ end - 1 ] <= 'z'
			) {
				end--;
			}
			const year = text.slice( end - 4, end );
			const before = text[ end - 5 ];
			if (
				end - 4 > open &&
				DIGITS.test( year ) &&
				( year.startsWith( '19' ) || year.startsWith( '20' ) ) &&
				( end - 5 === open || ! ALNUM.test( before ) )
			) {
				return true;
			}
			open = -1;
		}
	}
	return false;
}

/**
 * Whether a block carries its own citation (link, footnote marker, DOI).
 * @param unit
 */
function blockIsSourced( unit: TextUnit ): boolean {
	return (
		unit.links.some( ( link ) => isSourceLink( link.href ) ) ||
		CITATION_MARK.test( unit.text )
	);
}

/**
 * Whether the sentence names its source: "et al.", "(Smith, 2020)", "according to the CDC", "the LEADER trial".
 * @param text
 * @param tokens
 * @param from
 * @param to
 */
function sentenceNamesSource(
	text: string,
	tokens: Token[],
	from: number,
	to: number
): boolean {
	const sentence = text.slice( from, to );
	if ( hasYearReference( sentence ) ) {
		return true;
	}
	let first = true;
	for ( let k = tokenIndexAt( tokens, from ); k < tokens.length; k++ ) {
		const token = tokens[ k ];
		if ( token.end > to ) {
			break;
		}
		if ( SOURCE_NAMES.has( token.text ) ) {
			return true;
		}
		if ( token.lower === 'al' && tokens[ k - 1 ]?.lower === 'et' ) {
			return true;
		}
		const capitalised = isCapitalised( token.text );
		if ( token.lower === 'according' && tokens[ k + 1 ]?.lower === 'to' ) {
			const next =
				tokens[ k + 2 ]?.lower === 'the'
					? tokens[ k + 3 ]
					: tokens[ k + 2 ];
			if ( next && isCapitalised( next.text ) ) {
				return true;
			}
		}
		if (
			! first &&
			capitalised &&
			SOURCE_NOUNS.has( tokens[ k + 1 ]?.lower ?? '' )
		) {
			return true;
		}
		// "Whitfield's 2021 study", "a 2019 review by Okafor": an author and a year name the source.
		if (
			isYear( token.text ) &&
			SOURCE_NOUNS.has( tokens[ k + 1 ]?.lower ?? '' ) &&
			( ( tokens[ k - 1 ] !== undefined &&
				isCapitalised( tokens[ k - 1 ].text ) &&
				tokens[ k - 1 ].text.length > 1 ) ||
				( tokens[ k + 2 ]?.lower === 'by' &&
					isCapitalised( tokens[ k + 3 ]?.text ?? '' ) ) )
		) {
			return true;
		}
		if (
			( token.lower === 'published' || token.lower === 'journal' ) &&
			tokens[ k + 1 ] &&
			isCapitalised( tokens[ k + 2 ]?.text ?? tokens[ k + 1 ].text )
		) {
			return true;
		}
		first = false;
	}
	return false;
}

/**
 * Whether a word starts with a capital letter, as CAPITALISED tests; ASCII is
 * decided by char code (it is asked of every word of a claim's sentence).
 * @param word
 */
function isCapitalised( word: string ): boolean {
	const code = word.charCodeAt( 0 );
	if ( code < 128 ) {
		return code >= 65 && code <= 90;
	}
	return CAPITALISED.test( word );
}

/** Units of time after "N in M": a rate or a dose limit ("8 in 24 hours"). */
const TIME_UNITS = new Set( [
	'hours',
	'hour',
	'hrs',
	'days',
	'day',
	'minutes',
	'mins',
	'weeks',
	'seconds',
] );

/**
 * Whether a word is a year of publication (1900-2099).
 * @param word
 */
function isYear( word: string ): boolean {
	return (
		word.length === 4 &&
		isDigits( word ) &&
		( word.startsWith( '19' ) || word.startsWith( '20' ) )
	);
}

/**
 * Whether the token at `i` is a number (digits or a number word).
 * @param token
 */
function isNumber( token: Token | undefined ): boolean {
	return (
		token !== undefined &&
		( isDigits( token.lower ) || NUMBER_WORDS.has( token.lower ) )
	);
}

/**
 * Whether a word is all ASCII digits, as DIGITS tests, without a regex (it is
 * asked of every word).
 * @param word
 */
function isDigits( word: string ): boolean {
	if ( word.length === 0 ) {
		return false;
	}
	for ( let k = 0; k < word.length; k++ ) {
		const code = word.charCodeAt( k );
		if ( code < 48 || code > 57 ) {
			return false;
		}
	}
	return true;
}

/**
 * Whether PERCENT_AFTER can match at `at`: it needs "%" or the "p" of
 * "percent" there or one character on. Most numbers fail this, without the
 * slice and the regex.
 * @param text
 * @param at
 */
function mayBePercent( text: string, at: number ): boolean {
	for ( let i = at; i < at + 2; i++ ) {
		const code = text.charCodeAt( i );
		if ( code === 37 || code === 112 || code === 80 ) {
			return true;
		}
	}
	return false;
}

/**
 * Whether a statistic starts at token `i`: "73% of", "one in four", "by 30%", "three times more likely".
 * @param text
 * @param tokens
 * @param i
 */
function statisticAt( text: string, tokens: Token[], i: number ): boolean {
	const token = tokens[ i ];
	if ( isDigits( token.lower ) ) {
		// Decimals: "1.5" is two tokens; look at what follows the last part.
		let k = i;
		while (
			tokens[ k + 1 ] &&
			tokens[ k + 1 ].start - tokens[ k ].end === 1 &&
			text.charCodeAt( tokens[ k ].end ) === 46 &&
			isDigits( tokens[ k + 1 ].lower )
		) {
			k++;
		}
		const percent =
			mayBePercent( text, tokens[ k ].end ) &&
			PERCENT_AFTER.exec(
				text.slice( tokens[ k ].end, tokens[ k ].end + 9 )
			);
		if ( percent ) {
			const next =
				tokens[ k + 1 ]?.lower === 'percent' ||
				tokens[ k + 1 ]?.lower === 'per'
					? tokens[ k + ( tokens[ k + 1 ].lower === 'per' ? 3 : 2 ) ]
					: tokens[ k + 1 ];
			if ( next && STAT_AFTER_PERCENT.has( next.lower ) ) {
				return true;
			}
			// "rose 40%", "have gone up 40%": a figure reported as a trend.
			const before = tokens[ i - 1 ]?.lower ?? '';
			if (
				( CHANGE_VERBS.has( before ) ||
					( ( before === 'up' || before === 'down' ) &&
						TREND_VERBS.has( tokens[ i - 2 ]?.lower ?? '' ) ) ) &&
				! hasPersonalSubject(
					tokens,
					before === 'up' || before === 'down' ? i - 2 : i - 1
				)
			) {
				return true;
			}
			// "by 30%", "by up to 30%": a change verb a few words before.
			for ( let b = Math.max( 0, i - 10 ); b < i; b++ ) {
				if (
					CHANGE_VERBS.has( tokens[ b ].lower ) &&
					tokens[ i - 1 ]?.lower !== 'with'
				) {
					return (
						tokens
							.slice( b, i )
							.some( ( t ) => t.lower === 'by' ) &&
						! isPersonalChange( tokens, b, i )
					);
				}
			}
			return false;
		}
	}
	if ( isNumber( token ) ) {
		// "one in four", "9 out of 10".
		const a = tokens[ i + 1 ]?.lower;
		// "up to 8 in 24 hours" is a dose limit, not a proportion.
		if (
			a === 'in' &&
			isNumber( tokens[ i + 2 ] ) &&
			token.lower !== 'half' &&
			! TIME_UNITS.has( tokens[ i + 3 ]?.lower ?? '' )
		) {
			return true;
		}
		if (
			a === 'out' &&
			tokens[ i + 2 ]?.lower === 'of' &&
			isNumber( tokens[ i + 3 ] )
		) {
			return true;
		}
		// "three times more likely", "twice as likely".
		if (
			a === 'times' &&
			[ 'more', 'less', 'as', 'higher', 'lower' ].includes(
				tokens[ i + 2 ]?.lower ?? ''
			)
		) {
			return true;
		}
	}
	if (
		( token.lower === 'twice' || token.lower === 'half' ) &&
		tokens[ i + 1 ]?.lower === 'as' &&
		tokens[ i + 2 ]?.lower === 'likely'
	) {
		return true;
	}
	// "cuts infections by half", "lowers the risk by a third".
	if ( FRACTIONS.has( token.lower ) ) {
		const by = tokens[ i - 1 ]?.lower === 'a' ? i - 2 : i - 1;
		if ( tokens[ by ]?.lower === 'by' ) {
			for ( let b = Math.max( 0, by - 6 ); b < by; b++ ) {
				if ( CHANGE_VERBS.has( tokens[ b ].lower ) ) {
					return ! isPersonalChange( tokens, b, by );
				}
			}
		}
	}
	// "doubles your risk of stroke", "halves the chance".
	if ( MULTIPLYING_VERBS.has( token.lower ) ) {
		for ( let k = i + 1; k < tokens.length && k <= i + 3; k++ ) {
			if ( RISK_WORDS.has( tokens[ k ].lower ) ) {
				return true;
			}
		}
	}
	return false;
}

/** Words that open a supposed case: "If your risk is 10 in 100…", "Say a test is 90% accurate…". */
const SUPPOSING_WORDS = new Set( [ 'if', 'suppose', 'imagine', 'say' ] );

/**
 * Whether a figure sits in a supposition that opens its sentence, before the
 * clause ends: "If your ten-year risk is 10 in 100 and a treatment lowers it to
 * 7 in 100, that is…" works an example, it claims nothing ("If you smoke, you
 * are three times more likely…" still claims: its figure is past the comma).
 * @param text
 * @param tokens
 * @param figure The figure's first token.
 */
function isSupposition(
	text: string,
	tokens: Token[],
	figure: Token
): boolean {
	const [ sStart ] = sentenceBounds( text, figure.start, figure.end );
	const first = tokens[ tokenIndexAt( tokens, sStart ) ];
	if ( ! first || ! SUPPOSING_WORDS.has( first.lower ) ) {
		return false;
	}
	for ( let k = first.end; k < figure.start; k++ ) {
		const ch = text[ k ];
		if ( ch === ',' || ch === ';' || ch === ':' ) {
			return false;
		}
	}
	return true;
}

/** Possessives of one person: "he cut his portion by a third" tells a story, it claims nothing. */
const PERSONAL_POSSESSIVES = new Set( [ 'his', 'her', 'my' ] );

/**
 * Whether the thing changed belongs to one person ("Arjun cut his rice portion
 * by a third", "I lowered my HbA1c by 10%"), not to readers or people at large.
 * @param tokens
 * @param verb   Index of the change verb.
 * @param by     Index of "by" (or of the figure).
 */
function isPersonalChange(
	tokens: Token[],
	verb: number,
	by: number
): boolean {
	for ( let k = verb + 1; k < by; k++ ) {
		if ( PERSONAL_POSSESSIVES.has( tokens[ k ].lower ) ) {
			return true;
		}
	}
	return false;
}

/** Subjects of one person's own figure: "my HbA1c dropped 10%", "she went up 5%". */
const PERSONAL_SUBJECTS = new Set( [ 'i', 'he', 'she', 'his', 'her', 'my' ] );

/**
 * Whether the few words before a trend verb make the figure one person's
 * ("my weight has fallen 8%"), not a population's ("cases have risen 40%").
 * @param tokens
 * @param verb   Index of the trend verb.
 */
function hasPersonalSubject( tokens: Token[], verb: number ): boolean {
	for ( let k = Math.max( 0, verb - 6 ); k < verb; k++ ) {
		if ( PERSONAL_SUBJECTS.has( tokens[ k ].lower ) ) {
			return true;
		}
	}
	return false;
}

/** Fractions after "by" in a change ("by half", "by a third"). */
const FRACTIONS = new Set( [ 'half', 'third', 'quarter', 'fifth', 'tenth' ] );

/** Verbs that multiply a risk. */
const MULTIPLYING_VERBS = new Set( [
	'doubles',
	'doubled',
	'halves',
	'halved',
	'triples',
	'tripled',
	'quadruples',
] );

/** What a multiplying verb acts on in a statistical claim. */
const RISK_WORDS = new Set( [
	'risk',
	'risks',
	'chance',
	'chances',
	'odds',
	'likelihood',
	'rate',
	'rates',
] );

/**
 * The words a claim can start with: the first words of the claim phrases (as
 * the phrase index keys them), research nouns, and the words that open a
 * statistic besides numbers in digits. Any other word starts no claim, so the
 * scan passes it over with one look-up.
 */
const START_WORDS: ReadonlySet< string > = new Set( [
	...CLAIM_PHRASES.map( ( entry ) => tokenize( entry.phrase )[ 0 ]?.lower ),
	...RESEARCH_NOUNS,
	...NUMBER_WORDS,
	'twice',
	'half',
	...FRACTIONS,
	...MULTIPLYING_VERBS,
] );

/**
 * Whether a claim (phrase, research appeal or statistic) may start at the word.
 * @param word The folded word.
 */
function mayStartClaim( word: string ): boolean {
	const code = word.charCodeAt( 0 );
	return (
		( code >= 48 && code <= 57 && isDigits( word ) ) ||
		START_WORDS.has( word )
	);
}

/**
 * Whether the clause around a statistic speaks of prices or discounts.
 * @param tokens
 * @param from
 * @param to
 */
function isCommerce( tokens: Token[], from: number, to: number ): boolean {
	for (
		let k = tokenIndexAt( tokens, from );
		k < tokens.length && tokens[ k ].end <= to;
		k++
	) {
		if ( COMMERCE_WORDS.has( tokens[ k ].lower ) ) {
			return true;
		}
	}
	return false;
}

const rule: SpanRule = {
	meta: {
		id: 'content/unsourced-claim',
		category: 'content',
		kind: 'span',
		severity: 'warning',
		docs: __(
			'Back research claims and statistics with a source in the same block: a link, a named reference or a footnote.',
			'hcp-compliance'
		),
		guideline: __(
			'GMC guidance on doctors’ use of social media (honest, evidence-based information); AMA Code of Medical Ethics Opinion 2.3.2; FTC Health Products Compliance Guidance (competent and reliable scientific evidence)',
			'hcp-compliance'
		),
		messages: {
			research: ( data ) =>
				sprintf(
					/* translators: %s: the claim found in the text, e.g. "Studies show …". */
					__(
						'"%s" appeals to research without saying which. Link the study or guideline in this block, or name it ("according to NICE", "Smith et al., 2020"), so readers can check it (GMC social media guidance; FTC health claims guidance).',
						'hcp-compliance'
					),
					data.claim
				),
			statistic: ( data ) =>
				sprintf(
					/* translators: %s: the statistic found in the text, e.g. "73% of patients …". */
					__(
						'"%s" is a statistic with no source in this block. Link where the figure comes from, or name the source, so readers can check it (GMC social media guidance; FTC health claims guidance).',
						'hcp-compliance'
					),
					data.claim
				),
		},
	},
	check: ( unit ) => {
		const { text } = unit;
		if ( text.length === 0 || unit.isHeading ) {
			return [];
		}
		// Whether the block is sourced, asked at its first claim found: most
		// units have none, and then the citation scan is not needed.
		let sourced: boolean | undefined;
		const tokens = tokenize( text );
		const reports: SpanReport[] = [];
		let coveredUntil = -1;
		const report = ( messageId: string, start: number, end: number ) => {
			const [ sStart, sEnd ] = sentenceBounds( text, start, end );
			if (
				text.slice( end, sEnd ).trimEnd().endsWith( '?' ) ||
				sentenceNamesSource( text, tokens, sStart, sEnd )
			) {
				return;
			}
			const claim = text.slice( start, end );
			reports.push( {
				messageId,
				range: [ start, end ],
				data: { claim },
			} );
			coveredUntil = end;
		};
		for ( let i = 0; i < tokens.length; i++ ) {
			const token = tokens[ i ];
			if (
				token.start < coveredUntil ||
				! mayStartClaim( token.lower )
			) {
				continue;
			}
			const match =
				index.matchAt( tokens, i ) ?? researchAppealAt( tokens, i );
			const statistic = ! match && statisticAt( text, tokens, i );
			if ( match || statistic ) {
				sourced ??= blockIsSourced( unit );
				if ( sourced ) {
					return [];
				}
			}
			if ( match ) {
				const previous = tokens[ i - 1 ]?.lower ?? '';
				const introduced = tokens
					.slice( Math.max( 0, i - 2 ), i )
					.some( ( t ) => INTRODUCING_WORDS.has( t.lower ) );
				if (
					! introduced &&
					! (
						match.entry.kind !== 'proof' &&
						OWN_WORDS.has( previous ) &&
						previous !== 'the'
					) &&
					! (
						match.entry.kind === 'authority' && previous === 'the'
					) &&
					! isNegated( text, match.start, match.end ) &&
					! isQuotedToDiscourage( text, match.start, match.end )
				) {
					report(
						'research',
						match.start,
						capExcerpt(
							tokens,
							match.start,
							extendToClauseEnd( text, match.end, EXCERPT_MAX ),
							EXCERPT_MAX
						)
					);
				}
				i = match.last - 1;
				continue;
			}
			if ( statistic ) {
				const [ cStart, cEnd ] = clauseBounds(
					text,
					token.start,
					token.end
				);
				if (
					! isCommerce( tokens, cStart, cEnd ) &&
					! isSupposition( text, tokens, token )
				) {
					const clauseEnd =
						cEnd > 0 && '.!?'.includes( text[ cEnd - 1 ] )
							? cEnd - 1
							: cEnd;
					// The whole clause when short; otherwise a window around the figure.
					let start = Math.min( cStart, token.start );
					if ( clauseEnd - start > EXCERPT_MAX ) {
						start =
							tokens[
								tokenIndexAt(
									tokens,
									Math.max( start, token.end - 45 )
								)
							].start;
					}
					report(
						'statistic',
						start,
						capExcerpt( tokens, start, clauseEnd, EXCERPT_MAX )
					);
				}
			}
		}
		return reports;
	},
};

export default rule;
