/**
 * Rule patient-care/missing-disclaimer: a post that gives health information
 * should say that it is general information, not individual medical advice.
 *
 * Satisfied by a disclaimer block with text, or by a paragraph that reads as a
 * disclaimer ("not medical advice", "not a substitute for…", "for general
 * information only", "does not create a doctor-patient relationship"). Posts
 * with no health content (practice news, opening hours) need none: a shipped
 * health vocabulary decides.
 */
import { __ } from '../engine/i18n';

import type { DocumentReport, DocumentRule, PostModel } from '../engine/types';
import { HEALTH_TERMS } from './data/health-terms';
import {
	after,
	matchesAny,
	phrasePatterns,
	split,
	type Phrase,
} from './utils/phrases';
import { memoByText } from './utils/memo';

/** Adjectives of "advice" in "not medical advice", "not medical, legal or insurance advice". */
const ADVICE_KIND =
	'(?:medical|clinical|professional|individual|individuali[sz]ed|personal|personali[sz]ed|health|healthcare|health care|dental|nursing|pharmacy|pharmaceutical|specific|legal|insurance|financial|psychological|therapeutic)';

/** What a disclaimer says the post does not replace. */
const REPLACED =
	'(?:advice|assessment|examination|exam|consultation|diagnosis|treatment|care|appointment|visit|check-up|review|doctor|physician|clinician|gp|nurse|pharmacist|dentist|therapist|physiotherapist|midwife|professional|provider|practitioner|prescriber|team|specialist)';

/** The post speaking of itself ("This post…", "It…"): a disclaimer is about the post, not a treatment. */
const SELF = /\b(?:this|these|it|my|our)\b/i;

/** Phrases that make a paragraph a disclaimer. */
const DISCLAIMERS: readonly Phrase[] = [
	// "Disclaimer: …" used as a label.
	/\bdisclaimers?\s*[:\-–—]/gi,
	// "not medical advice", "not intended as professional advice", "not medical, legal or insurance advice".
	new RegExp(
		String.raw`\bnot (?:intended |meant |designed )?(?:to )?(?:be )?(?:used |taken |construed |treated |considered |relied on )?(?:as |to be )?(?:a |an )?(?:substitute for |replacement for )?${ ADVICE_KIND }(?:,? (?:or |and )?${ ADVICE_KIND }){0,3} (?:advice|diagnosis|consultation|recommendations?)\b`,
		'gi'
	),
	// "does not replace individual advice", "cannot replace an examination".
	split(
		/\b(?:does not|doesn't|do not|don't|cannot|can't|can not|will not|won't|should not|shouldn't|is not meant to|is not intended to|are not intended to) (?:replace|substitute for|take the place of|constitute)\b/gi,
		10,
		REPLACED,
		SELF
	),
	// "is not a substitute for an assessment by your own nurse", "should never be used as a replacement for…".
	split( /\b(?:substitute|replacement|alternative) for\b/gi, 10, REPLACED, [
		/\b(?:not|never|no|cannot|nothing)\b/i,
		SELF,
	] ),
	// "for general information only", "educational purposes only", "information and education only".
	/\b(?:information|informational|informative|education|educational|awareness|illustrative|entertainment) (?:purposes |use )?only\b/gi,
	// "This post is general health information", "This article shares general information".
	after(
		/\bgeneral (?:health |medical )?(?:information|education|guidance)\b/gi,
		/\b(?:this|these|our|my) (?:post|posts|article|articles|blog|page|guide|information|content|video|review|site|website|newsletter|series|column|piece)\b/i
	),
	// "does not create a doctor-patient relationship".
	/\b(?:doctor|physician|clinician|nurse|pharmacist|dentist|therapist|provider|practitioner|professional)[-–\s](?:patient|client) relationship\b/gi,
	// The classic wording: "Always seek the advice of your physician", "Never disregard professional medical advice".
	/\bseek the advice of (?:your|a|an) (?:\w+ )?(?:physician|doctor|clinician|provider)s? or (?:other )?qualified\b/gi,
	/\bnever (?:disregard|ignore|delay seeking) (?:professional |medical |the )*advice\b/gi,
	// "Nothing in this post constitutes medical advice", "I'm not your doctor".
	split(
		/\bnothing (?:in|on|within) (?:this|these|the|my|our)\b/gi,
		7,
		'advice\\b'
	),
	// "written for educational purposes", "general in nature", "the author accepts no liability".
	/\bfor (?:general )?(?:educational|informational|information|education|informative) purposes\b/gi,
	/\bgeneral in nature\b/gi,
	/\b(?:accepts?|assumes?|takes?) no (?:responsibility|liability)\b/gi,
	// "general information, not advice", "not intended to diagnose, treat, cure or prevent any disease".
	/\b(?:information|informational|education|educational|reflection|opinion|commentary),? (?:and )?not (?:a )?(?:\w+ )?advice\b/gi,
	/\bnot intended to (?:diagnose|treat|replace)\b/gi,
	/\bi(?:['’]m| am) not your (?:doctor|physician|clinician|nurse|pharmacist|dentist|therapist|gp|midwife|provider)\b/gi,
];

/** Words one of which every disclaimer phrase holds: paragraphs without any are skipped at once. */
const PREFILTER =
	/disclaim|advice|substitut|replace|alternative|take the place|constitut|only|general|purposes|relationship|not your|liability|responsibility/i;

/** A heading or label that is the word "Disclaimer" alone ("Medical disclaimer"). */
const HEADING = /^\s*(?:medical |health |important )?disclaimers?\s*$/iu;

/** Words, for the health vocabulary check. */
const WORD = /\p{L}[\p{L}'’-]*/gu;

/** A letter or digit: visible text in a disclaimer block. */
const VISIBLE = /[\p{L}\p{N}]/u;

/** Every regular expression this rule uses, for the ReDoS test. */
export const patterns: RegExp[] = [
	...phrasePatterns( DISCLAIMERS ),
	HEADING,
	WORD,
	VISIBLE,
];

/** Distinct health words that make a post health information (default). */
const DEFAULT_MIN_DISTINCT = 3;

/** Health words in all (repeats counted) that make a post health information. */
const MIN_TOTAL = 5;

/**
 * Whether a disclaimer block's text has visible words (its text may hold inline HTML).
 * @param html
 */
function hasVisibleText( html: string | undefined ): boolean {
	if ( ! html ) {
		return false;
	}
	let inTag = false;
	for ( let i = 0; i < html.length; i++ ) {
		const ch = html[ i ];
		if ( ch === '<' ) {
			inTag = true;
		} else if ( ch === '>' ) {
			inTag = false;
		} else if ( ! inTag && ch === '&' ) {
			// An entity such as "&nbsp;" is not visible text by itself.
			const semi = html.slice( i, i + 12 ).indexOf( ';' );
			if ( semi > 0 ) {
				i += semi;
			}
		} else if ( ! inTag && VISIBLE.test( ch ) ) {
			return true;
		}
	}
	return false;
}

/**
 * Whether a paragraph reads as a disclaimer.
 * @param text
 */
export function isDisclaimer( text: string ): boolean {
	return (
		PREFILTER.test( text ) &&
		( HEADING.test( text ) || matchesAny( text, DISCLAIMERS ) )
	);
}

/** {@link isDisclaimer}, remembered per paragraph. */
const isDisclaimerMemo = memoByText( isDisclaimer );

/**
 * Whether any text unit reads as a disclaimer.
 * @param post
 */
export function hasDisclaimerParagraph( post: PostModel ): boolean {
	return post.units.some( ( unit ) => isDisclaimerMemo( unit.text ) );
}

/**
 * Folds a word to the form the vocabulary holds (lower case, no plural "s").
 * @param word
 */
function lookUp( word: string ): string | undefined {
	const lower = word.toLowerCase().replace( /’/g, "'" );
	if ( HEALTH_TERMS.has( lower ) ) {
		return lower;
	}
	if ( lower.endsWith( 'es' ) && HEALTH_TERMS.has( lower.slice( 0, -2 ) ) ) {
		return lower.slice( 0, -2 );
	}
	if ( lower.endsWith( 's' ) && HEALTH_TERMS.has( lower.slice( 0, -1 ) ) ) {
		return lower.slice( 0, -1 );
	}
	return undefined;
}

/**
 * Whether the post gives health information: at least `minDistinct` distinct
 * health words, or one topic returned to often enough (five mentions in all).
 * Stops as soon as it knows, so long posts cost little.
 * @param post
 * @param minDistinct
 */
export function isHealthInformation(
	post: PostModel,
	minDistinct = DEFAULT_MIN_DISTINCT
): boolean {
	const seen = new Set< string >();
	let total = 0;
	for ( const unit of post.units ) {
		WORD.lastIndex = 0;
		let match: RegExpExecArray | null;
		while ( ( match = WORD.exec( unit.text ) ) !== null ) {
			const word = match[ 0 ];
			// A compound the vocabulary lacks counts by its parts ("Speech-Language-Hearing").
			const terms =
				lookUp( word ) ??
				( word.includes( '-' ) ? word.split( '-' ).map( lookUp ) : [] );
			for ( const term of typeof terms === 'string'
				? [ terms ]
				: terms ) {
				if ( term === undefined ) {
					continue;
				}
				seen.add( term );
				total++;
				if ( seen.size >= minDistinct || total >= MIN_TOTAL ) {
					return true;
				}
			}
		}
	}
	return false;
}

/**
 * The disclaimer text a fix inserts: the practice default, else a general one.
 * @param options
 */
function defaultText( options: Record< string, unknown > ): string {
	const configured = options.defaultText;
	if ( typeof configured === 'string' && configured.trim() !== '' ) {
		return configured;
	}
	return __(
		'This post is general health information, not medical advice for any individual, and it does not create a clinician-patient relationship. Please talk to your own doctor or health professional about your own health. In an emergency, call your local emergency number.',
		'hcp-compliance'
	);
}

const rule: DocumentRule = {
	meta: {
		id: 'patient-care/missing-disclaimer',
		category: 'patient-care',
		kind: 'document',
		severity: 'warning',
		docs: __(
			'A post that gives health information says that it is general information, not individual medical advice.',
			'hcp-compliance'
		),
		guideline: __(
			'AMA Code of Medical Ethics Opinion 2.3.2 (professionalism in social media); GMC guidance on doctors’ use of social media; NCSBN social media guidelines',
			'hcp-compliance'
		),
		messages: {
			missing: () =>
				__(
					'This post gives health information but has no disclaimer. Add the disclaimer block (or a short paragraph) saying it is general information, not individual medical advice, and that readers should see their own clinician (AMA Opinion 2.3.2; GMC social media guidance).',
					'hcp-compliance'
				),
			emptyBlock: () =>
				__(
					'The disclaimer block is empty, so readers see no disclaimer. Write its text or pick one of its templates (AMA Opinion 2.3.2; GMC social media guidance).',
					'hcp-compliance'
				),
		},
	},
	check( post, context ): DocumentReport[] {
		const blocks = post.disclaimers;
		if ( blocks.some( ( block ) => hasVisibleText( block.text ) ) ) {
			return [];
		}
		if ( hasDisclaimerParagraph( post ) ) {
			return [];
		}
		const min =
			typeof context.options.minHealthTerms === 'number'
				? context.options.minHealthTerms
				: DEFAULT_MIN_DISTINCT;
		if ( ! isHealthInformation( post, min ) ) {
			return [];
		}
		const text = defaultText( context.options );
		if ( blocks.length > 0 ) {
			return [
				{
					messageId: 'emptyBlock',
					fix: {
						type: 'update-block',
						name: 'hcp-compliance/disclaimer',
						attributes: { text },
					},
				},
			];
		}
		return [
			{
				messageId: 'missing',
				fix: {
					type: 'insert-block',
					name: 'hcp-compliance/disclaimer',
					attributes: { text },
					position: 'end',
				},
			},
		];
	},
};

export default rule;
