/**
 * Rule privacy/patient-case-without-consent: the post tells the story of one
 * real patient ("a patient I saw last week…", "my patient Donna…") and says
 * neither that the patient consented nor that the story was de-identified.
 *
 * Generic teaching ("many patients ask…", "a patient might…") and reader
 * questions are not encounters; a consent or de-identification statement
 * anywhere in the post settles it.
 */
import { __ } from '../engine/i18n';
import { memoized } from '../engine/analyze';
import type {
	DocumentReport,
	DocumentRule,
	PostModel,
	RuleContext,
	TextUnit,
} from '../engine/types';
import {
	ARRIVAL_VERBS,
	CONSENT_PHRASES,
	DEIDENTIFICATION_PHRASES,
	FIRST_PERSON_ENCOUNTERS,
	HYPOTHETICAL_CUES,
	MEDIA_CREDIT_NOUNS,
	MEDIA_REUSE_VERBS,
	MY_PATIENT_PHRASES,
	TIME_ANCHORS,
} from './data/patient-consent';
import { PATIENT_NOUNS, PERSON_NOUNS } from './data/patient-identifiers';
import type { IdentifierKind } from './data/patient-identifiers';
import { findPatientIdentifiers } from './patient-identifier';
import {
	PhraseIndex,
	isNegated,
	sentenceBounds,
	tokenIndexAt,
	tokenize,
} from './utils/text';
import type { Token } from './utils/text';
import { memoByText } from './utils/memo';

/** This rule uses no regular expression of its own (the helpers list theirs). */
/** Cheap test before looking for consent and de-identification phrases word by word. */
const CONSENT_HINT =
	/consent|permission|agree|chang|real name|pseudonym|composite|identif|anonym|call|read this|reviewed this|approved|happy for me|fiction|amalgam|several|blend|protect|alter|not a real|not real|blessing/i;

/** Every regular expression this rule uses, for the ReDoS test (its phrase lists are looked up word by word). */
export const patterns: RegExp[] = [ CONSENT_HINT ];

const consentIndex = new PhraseIndex(
	[ ...CONSENT_PHRASES, ...DEIDENTIFICATION_PHRASES ],
	( p ) => [ p ]
);
const encounterIndex = new PhraseIndex( FIRST_PERSON_ENCOUNTERS, ( p ) => [
	p,
] );
const arrivalIndex = new PhraseIndex( ARRIVAL_VERBS, ( p ) => [ p ] );
const myPatientIndex = new PhraseIndex( MY_PATIENT_PHRASES, ( p ) => [ p ] );
const anchorIndex = new PhraseIndex( TIME_ANCHORS, ( p ) => [ p ] );

/** Identifier kinds that single out one real person when found in a post. */
const SPECIFIC_KINDS: ReadonlySet< IdentifierKind > = new Set( [
	'name',
	'recordNumber',
	'healthPlan',
	'ssn',
	'device',
	'age',
	'date',
	'photo',
	'address',
] );

const PEOPLE = new Set( [ ...PATIENT_NOUNS, ...PERSON_NOUNS ] );
/** Adverbs between "I" and an encounter verb. */
const ENCOUNTER_ADVERBS = new Set( [
	'once',
	'recently',
	'also',
	'just',
	'first',
	'finally',
	'later',
	'eventually',
	'then',
	'still',
	'actually',
	'personally',
] );
/** "I was a patient myself", "as a mother": the author describing themselves. */
const SELF_DESCRIPTION = new Set( [
	'was',
	'am',
	'became',
	'become',
	'being',
	'as',
	"i'm",
] );
const DETERMINERS = new Set( [ 'a', 'an', 'one', 'this', 'the' ] );

// Whether the sentence around [start, end) reads as hypothetical or general.
function isHypothetical(
	text: string,
	tokens: Token[],
	start: number,
	end: number
): boolean {
	const [ s, e ] = sentenceBounds( text, start, end );
	for (
		let k = tokenIndexAt( tokens, s );
		k < tokens.length && tokens[ k ].start < e;
		k++
	) {
		if ( HYPOTHETICAL_CUES.has( tokens[ k ].lower ) ) {
			return true;
		}
	}
	return false;
}

// Whether the tokens hold a person noun within `span` tokens after `from`, singular.
function personAhead( tokens: Token[], from: number, span: number ): number {
	for ( let k = from; k < Math.min( tokens.length, from + span ); k++ ) {
		if ( PEOPLE.has( tokens[ k ].lower ) ) {
			return k;
		}
	}
	return -1;
}

// Whether one text narrates a specific encounter with a patient.
function narratesEncounter( text: string ): boolean {
	const tokens = tokenize( text );
	for ( let i = 0; i < tokens.length; i++ ) {
		const mine = myPatientIndex.matchAt( tokens, i );
		if ( mine ) {
			// "my patients often…" is general; "my patient Donna" and "one of my patients agreed" are one person.
			const next = tokens[ mine.last ];
			const plural =
				next &&
				next.lower === 'patients' &&
				mine.entry.endsWith( 'my patient' );
			if (
				! plural &&
				! isHypothetical( text, tokens, mine.start, mine.end )
			) {
				return true;
			}
		}
		const word = tokens[ i ].lower;
		if ( word === 'i' || word === 'we' ) {
			// "I once treated a man…": one adverb may come between.
			const at =
				tokens[ i + 1 ] &&
				ENCOUNTER_ADVERBS.has( tokens[ i + 1 ].lower )
					? i + 2
					: i + 1;
			const verb =
				at < tokens.length
					? encounterIndex.matchAt( tokens, at )
					: undefined;
			if (
				verb &&
				tokens[ verb.last ] &&
				DETERMINERS.has( tokens[ verb.last ].lower )
			) {
				const person = personAhead( tokens, verb.last + 1, 5 );
				if (
					person >= 0 &&
					! isHypothetical(
						text,
						tokens,
						tokens[ i ].start,
						tokens[ person ].end
					)
				) {
					return true;
				}
			}
		}
		if ( DETERMINERS.has( word ) && word !== 'the' ) {
			const person = personAhead( tokens, i + 1, 5 );
			if ( person < 0 ) {
				continue;
			}
			for (
				let k = person + 1;
				k < Math.min( tokens.length, person + 7 );
				k++
			) {
				const arrival = arrivalIndex.matchAt( tokens, k );
				if ( arrival ) {
					if (
						! isHypothetical(
							text,
							tokens,
							tokens[ i ].start,
							arrival.end
						)
					) {
						return true;
					}
					break;
				}
			}
		}
	}
	// A time anchor and a singular person in the same sentence: "Last Saturday … a man in his thirties".
	for ( const anchor of anchorIndex.find( tokens ) ) {
		const [ s, e ] = sentenceBounds( text, anchor.start, anchor.end );
		for (
			let k = tokenIndexAt( tokens, s );
			k < tokens.length && tokens[ k ].start < e;
			k++
		) {
			if (
				PEOPLE.has( tokens[ k ].lower ) &&
				k > 0 &&
				DETERMINERS.has( tokens[ k - 1 ].lower ) &&
				! SELF_DESCRIPTION.has( tokens[ k - 2 ]?.lower ?? '' )
			) {
				if ( ! isHypothetical( text, tokens, s, e ) ) {
					return true;
				}
			}
		}
	}
	return false;
}

// Whether a text is about a reader's question ("a reader asked", "this week's question comes from Linda").
function speaksOfReader( text: string ): boolean {
	if ( ! text.includes( 'eader' ) && ! text.includes( 'uestion' ) ) {
		return false;
	}
	const tokens = tokenize( text );
	for ( let i = 0; i < tokens.length; i++ ) {
		const word = tokens[ i ].lower;
		if ( word === 'reader' || word === "reader's" ) {
			return true;
		}
		if (
			( word === 'question' || word === "question's" ) &&
			tokens.slice( i + 1, i + 3 ).some( ( t ) => t.lower === 'from' )
		) {
			return true;
		}
	}
	return false;
}

// "Illustration: …, used with permission": a credit line's licence, not a patient's consent.
function isMediaPermission(
	text: string,
	tokens: Token[],
	match: { entry: string; first: number; start: number; end: number }
): boolean {
	if (
		match.entry !== 'with permission' ||
		! MEDIA_REUSE_VERBS.has( tokens[ match.first - 1 ]?.lower ?? '' )
	) {
		return false;
	}
	const [ s ] = sentenceBounds( text, match.start, match.end );
	for ( let k = tokenIndexAt( tokens, s ); k < match.first; k++ ) {
		if ( MEDIA_CREDIT_NOUNS.has( tokens[ k ].lower ) ) {
			return true;
		}
	}
	return false;
}

// Whether one text states consent or de-identification (not negated: "without her consent").
function statesConsent( text: string ): boolean {
	if ( ! CONSENT_HINT.test( text ) ) {
		return false;
	}
	const tokens = tokenize( text );
	for ( const match of consentIndex.find( tokens ) ) {
		if ( isMediaPermission( text, tokens, match ) ) {
			continue;
		}
		if ( ! isNegated( text, match.start, match.end, { window: 3 } ) ) {
			return true;
		}
	}
	return false;
}

/** What one block text says on its own, for the post-level decision. */
interface TextFacts {
	/** Narrates an encounter in the first person. */
	narrated: boolean;
	/** States consent or de-identification. */
	consent: boolean;
	/** Speaks of a reader (a reader's question is not a patient encounter). */
	reader: boolean;
}

// These facts depend on the text alone, so a memo keyed by the text serves every
// analysis (a cheap look-up: unchanged texts keep their hash) and an edit re-reads one block.
const readText = memoByText( ( text: string ): TextFacts => ( {
	narrated: narratesEncounter( text ),
	consent: statesConsent( text ),
	reader: speaksOfReader( text ),
} ) );

// Identifiers also depend on the context (author names, official contacts), so the
// engine's per-unit memo keeps them; they are read only when the text facts leave the case open.
function identifies( unit: TextUnit, context: RuleContext ): boolean {
	return memoized( context, unit, 'identified', ( u ) =>
		findPatientIdentifiers( u.text, context ).some( ( m ) =>
			SPECIFIC_KINDS.has( m.kind )
		)
	);
}

/**
 * Whether a post narrates a specific patient case: an identifier that singles
 * out one person, or first-person encounter language.
 *
 * @param post    The segmented post.
 * @param context The rule context (author names, official contacts).
 */
export function narratesPatientCase(
	post: PostModel,
	context: RuleContext
): boolean {
	const facts = post.units.map( ( unit ) => readText( unit.text ) );
	if ( facts.some( ( f ) => f.narrated ) ) {
		return true;
	}
	// A named reader asking a question is not a patient encounter.
	return (
		! facts.some( ( f ) => f.reader ) &&
		post.units.some( ( unit ) => identifies( unit, context ) )
	);
}

const rule: DocumentRule = {
	meta: {
		id: 'privacy/patient-case-without-consent',
		category: 'privacy',
		kind: 'document',
		severity: 'error',
		docs: __(
			'A story about a real patient needs their consent or de-identification, and the post should say which.',
			'hcp-compliance'
		),
		guideline:
			'GMC Confidentiality guidance and Doctors’ use of social media; AMA Code of Medical Ethics Opinion 2.3.2; NCSBN social media guidelines; HIPAA Privacy Rule, 45 CFR 164.508 and 164.514',
		messages: {
			caseWithoutConsent: () =>
				__(
					'This post tells the story of a particular patient but does not say that the patient agreed to it being shared, or that the details were changed so nobody can recognise them. Get the patient’s written consent and say so, or de-identify the story and state that you have (GMC confidentiality guidance; AMA Opinion 2.3.2; NCSBN).',
					'hcp-compliance'
				),
		},
	},
	check: ( post: PostModel, context: RuleContext ): DocumentReport[] => {
		if ( post.units.some( ( unit ) => readText( unit.text ).consent ) ) {
			return [];
		}
		if ( ! narratesPatientCase( post, context ) ) {
			return [];
		}
		return [
			{
				messageId: 'caseWithoutConsent',
				fix: {
					type: 'insert-block',
					name: 'core/paragraph',
					attributes: {
						content: __(
							'Shared with the patient’s written permission. Names, dates and other details that could identify them have been changed.',
							'hcp-compliance'
						),
					},
					position: 'end',
				},
			},
		];
	},
};

export default rule;
