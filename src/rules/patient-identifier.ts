/**
 * Rule privacy/patient-identifier: text that identifies a patient or another
 * private person, the eighteen HIPAA Safe Harbor kinds, judged in context.
 *
 * Numbers, places and dates are flagged when the words around them tie them to
 * a person (a label such as "MRN", a possessive such as "his mobile"), and left
 * alone when they belong to the author, the practice or a helpline. Names need
 * linguistic evidence (see utils/names.ts), never capitalisation alone.
 */
import { sprintf } from '@wordpress/i18n';
import type { TransformedText } from '@wordpress/i18n';

import { __ } from '../engine/i18n';
import type {
	PostFacts,
	RuleContext,
	SpanReport,
	SpanRule,
	TextUnit,
} from '../engine/types';
import {
	COMPOSITE_TERMS,
	DEIDENTIFIED_PHRASES,
	DIRECTIONS,
	EXAMPLE_CUES,
	HELPLINE_CUES,
	ID_LABELS,
	LABEL_FILLERS,
	LOCAL_DEIDENTIFIED_PHRASES,
	NOT_HOUSE_NUMBER_BEFORE,
	OFFICIAL_CUES,
	PATIENT_CUES,
	PATIENT_NOUNS,
	PERSON_EVENT_CUES,
	STORY_SYMPTOMS,
	SYMPTOM_COURSE_VERBS,
	PERSON_PRONOUNS,
	PHOTO_NOUNS,
	PUBLICATION_CUES,
	NAMED_EVENT_CUES,
	ADDRESS_VISIT_CUES,
	ROLE_MAILBOXES,
	SELF_CUES,
	CORRESPONDENT_CUES,
	HANDLE_CUES,
	LAY_TITLES,
	OWNED_EVENT_NOUNS,
	PERSONAL_PAGE_HOSTS,
	PLACE_HEADS,
	RELATION_NOUNS,
	VEHICLE_NOUNS,
	STATE_CODES,
	STREET_SUFFIXES,
	UNIT_WORDS,
} from './data/patient-identifiers';
import type { IdentifierKind } from './data/patient-identifiers';
import { COMMON_WORD_NAMES, isFirstName } from './data/first-names';
import { isHistoricalName } from './data/historical-figures';
import {
	baseWord,
	findNames,
	findRepeats,
	isNameWord,
	isSpeaker,
	patterns as namePatterns,
} from './utils/names';
import type { NameMatch } from './utils/names';
import {
	PhraseIndex,
	isNegated,
	sentenceBounds,
	tokenIndexAt,
	tokenize,
} from './utils/text';
import type { PhraseMatch, Token } from './utils/text';

/** Email addresses; the look-behind keeps the scan linear (starts only at a word's start). */
const EMAIL = /(?<![\w.%+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** Runs of digits joined by single separators, with an optional "+44 " or "(773) " in front. */
const NUMBER_RUN =
	/(?<![\w+(/.-])(?:\+\d{1,3}[ -]?)?(?:\(\d{1,5}\) ?)?\d+(?:[ ./-]\d+)*/g;
/** "3 February 2024", "3rd of Feb", "12 January". */
const DATE_DAY_MONTH =
	/(?<![\w])(\d{1,2})(?:st|nd|rd|th)?(?: of)? (January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?:,? (\d{4}))?(?![\w])/g;
/** "March 9, 2024", "Feb 3rd". */
const DATE_MONTH_DAY =
	/(?<![\w])(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?) (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?(?![\w])/g;
/** What every month of DATE_DAY_MONTH and DATE_MONTH_DAY starts with: a cheap test before them. */
const MONTH_HINT = /Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec/;
/** UK postcode (full, with inward code). */
const UK_POSTCODE =
	/(?<![A-Za-z0-9])[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9])/g;
/** Canadian postal code. */
const CA_POSTCODE =
	/(?<![A-Za-z0-9])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d(?![A-Za-z0-9])/g;
/** IPv4 address. */
const IPV4 = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])/g;
/** A social-media profile address. */
const PROFILE_URL =
	/(?<![\w/.])(?:https?:\/\/)?(?:www\.)?(?:facebook|instagram|twitter|x|tiktok|linkedin)\.com\/(?:in\/)?[\w-]+(?:\.[\w-]+)*/g;
/** Numeric dates: day/month/year in either order, or ISO. */
const NUMERIC_DATE =
	/^(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4})|\d{4}-\d{1,2}-\d{1,2})$/;
const SSN_SHAPE = /^\d{3}-\d{2}-\d{4}$/;
const ID_TOKEN = /^(?=[A-Za-z-]*\d)(?=[\d-]*[A-Za-z])[A-Za-z0-9-]{5,24}$/;
const UPPER_PREFIX = /^[A-Z]{2,6}$/;
const UNIT_ID = /^(?=\D*\d)[A-Za-z0-9]{1,6}$/;
const ZIP = /^\d{5}(?:-\d{4})?$/;
const AU_POSTCODE = /^\d{4}$/;
const INDIA_PIN = /^\d{6}$/;
const AGE_TOKEN = /^(\d{2,3})-(?:years?|yrs?|y)-old$/;
const ORDINAL = /^(\d{2,3})(?:st|nd|rd|th)$/;
const DIGIT_RUN = /\d/g;
const PARTICIPLE = /^[a-z]{3,}ed$|^(?:written|given|shown)$/;
const GAP_OK = /^[\s,.:#()–-]*$/;
const SPELLED_AGE_TOKEN =
	/^(ninety(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one-hundred|a-hundred|hundred)-years?-old$/;
const SPELLED_AGE =
	/^(?:ninety(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one-hundred|hundred)$/;
const NON_DIGIT = /\D/g;
const NAME_SEPARATORS = /[\s,.]+/;
const CURLY_APOSTROPHE = /’/g;
/** Cheap substring tests before looking for de-identification phrases word by word. */
const DEIDENTIFIED_HINTS = [
	'real name',
	'changed',
	'seudonym',
	'omposite',
	'iction',
	'ypothetical',
	'made up',
	'made-up',
	'invented',
	'nonymi',
	'identified',
];
const YEAR_ONLY = /^(?:19|20)\d\d$/;
const YEAR_AT_END = /(\d{4})$/;
const YEAR_AT_START = /^(\d{4})/;
const GROUP_SEPARATORS = /[ ()-]+/;
const UPPER_START = /^\p{Lu}/u;
const HAS_DIGIT = /\d/;
/** A capital, a digit and a digit soon after: UK and Canadian postcodes need one ("SW1A 1AA", "K1A 0B1"), "HbA1c" has none. */
const CAPITAL_DIGIT = /[A-Z]\d[A-Z\d]? ?\d/;
/** A digit, a full stop and a digit: IP addresses need one. */
const DOTTED_DIGITS = /\d\.\d/;
const POSSESSIVE_END = /'s?$/;
const TOLL_FREE =
	/^(?:1?8(?:00|88|77|66|55|44|33)|0800|0808|0300|0330|0345|0370|0845|0870|1300|1800|13\d{4}$)/;

/** A current British number plate: two letters, two digits, a space, three letters ("SV19 KXT"). */
const UK_PLATE = /(?<![A-Za-z0-9])[A-Z]{2}\d{2} [A-Z]{3}(?![A-Za-z0-9])/g;
/**
 * A German plate ("GAP-FB 218", "M-AB 1234E": district, hyphen, one or two
 * letters, up to four digits) or a French one ("AB-123-CD").
 */
const EU_PLATE =
	/(?<![\p{L}\d-])(?:[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} \d{1,4}[EH]?|[A-Z]{2}-\d{3}-[A-Z]{2})(?![\p{L}\d-])/gu;
/** The same German plate written without its hyphen ("GAP FB 218"): only right after a vehicle word. */
const EU_PLATE_SPACED =
	/(?<![\p{L}\d-])[A-ZÄÖÜ]{1,3} [A-Z]{1,2} \d{1,4}[EH]?(?![\p{L}\d-])/gu;
/** A capital letter and a full stop after no other letter: where initials ("R.K.", "Mr B.") can be. */
const INITIAL_HINT = /(?<![A-Za-z])[A-Z]\./;

/** Every regular expression this rule (and its helpers) uses, for the ReDoS test. */
export const patterns: RegExp[] = [
	EMAIL,
	NUMBER_RUN,
	DATE_DAY_MONTH,
	DATE_MONTH_DAY,
	MONTH_HINT,
	UK_POSTCODE,
	CA_POSTCODE,
	IPV4,
	PROFILE_URL,
	NUMERIC_DATE,
	SSN_SHAPE,
	ID_TOKEN,
	UPPER_PREFIX,
	UNIT_ID,
	ZIP,
	AU_POSTCODE,
	INDIA_PIN,
	AGE_TOKEN,
	ORDINAL,
	DIGIT_RUN,
	GAP_OK,
	SPELLED_AGE_TOKEN,
	SPELLED_AGE,
	PARTICIPLE,
	NON_DIGIT,
	NAME_SEPARATORS,
	CURLY_APOSTROPHE,
	YEAR_ONLY,
	YEAR_AT_END,
	YEAR_AT_START,
	GROUP_SEPARATORS,
	UPPER_START,
	HAS_DIGIT,
	CAPITAL_DIGIT,
	DOTTED_DIGITS,
	POSSESSIVE_END,
	TOLL_FREE,
	UK_PLATE,
	EU_PLATE,
	EU_PLATE_SPACED,
	INITIAL_HINT,
	...namePatterns,
];

/** One identifier found in a text. */
export interface IdentifierMatch {
	start: number;
	end: number;
	kind: IdentifierKind;
	/** How a name was recognised (names only). */
	evidence?: NameMatch[ 'evidence' ];
	/** Text of the primary fix; absent when no text edit helps (a photo). */
	replacement?: string;
	suggestions?: Array< {
		label: string;
		range: [ number, number ];
		text: string;
	} >;
}

const labelIndex = new PhraseIndex( ID_LABELS, ( label ) => [ label.phrase ] );
const deidentifiedIndex = new PhraseIndex( DEIDENTIFIED_PHRASES, ( phrase ) => [
	phrase,
] );
/** Phrases that declare a whole story invented, so nothing in it identifies anyone. */
const INVENTED = new Set( [
	'composite',
	'fictional',
	'fictionalised',
	'fictionalized',
	'hypothetical',
	'made-up',
	'made up',
	'invented',
] );

function digitsOf( text: string ): string {
	return text.replace( NON_DIGIT, '' );
}

function countDigits( text: string ): number {
	DIGIT_RUN.lastIndex = 0;
	let n = 0;
	while ( DIGIT_RUN.exec( text ) !== null ) {
		n++;
	}
	return n;
}

// Placeholder text of the primary fix for each kind (the engine's __() remembers translations).
function placeholderFor( kind: IdentifierKind ): string | undefined {
	switch ( kind ) {
		case 'name':
			return __( '[name]', 'hcp-compliance' );
		case 'date':
			return __( '[date]', 'hcp-compliance' );
		case 'age':
			return __( '[age]', 'hcp-compliance' );
		case 'phone':
			return __( '[phone number]', 'hcp-compliance' );
		case 'email':
			return __( '[email address]', 'hcp-compliance' );
		case 'address':
			return __( '[address]', 'hcp-compliance' );
		case 'postcode':
			return __( '[postcode]', 'hcp-compliance' );
		case 'recordNumber':
			return __( '[record number]', 'hcp-compliance' );
		case 'healthPlan':
			return __( '[member ID]', 'hcp-compliance' );
		case 'ssn':
			return __( '[ID number]', 'hcp-compliance' );
		case 'account':
			return __( '[account number]', 'hcp-compliance' );
		case 'device':
			return __( '[serial number]', 'hcp-compliance' );
		case 'vehicle':
			return __( '[licence number]', 'hcp-compliance' );
		case 'url':
			return __( '[web address]', 'hcp-compliance' );
		case 'otherId':
			return __( '[ID]', 'hcp-compliance' );
		default:
			return undefined;
	}
}

/** An ID label found in a text: its first token and the kind of number it names. */
interface Label {
	first: number;
	kind: IdentifierKind;
}

/** Everything the detectors share about one text. */
interface Scan {
	text: string;
	tokens: Token[];
	/** Labels found in the text, by the index of their last token. */
	labelsByLastToken: ReadonlyMap< number, Label >;
	/** 1 for each token shaped like a name word (isNameWord()), else 0. */
	nameWords: Uint8Array;
	/** 1 for each token inside a name found, for "whose number is it" checks. */
	inName: Uint8Array;
	/** Whether the text has a digit: numbers, dates, postcodes and IP addresses all need one. */
	digit: boolean;
	context: RuleContext;
	/** Another block tells of a patient (see findPatientIdentifiers()). */
	storyBefore: boolean;
	/** The text opens on a symptom's date whose person can only be in the block before. */
	symptomOpening: boolean;
}

function isDigitCode( c: number ): boolean {
	return c >= 48 && c <= 57;
}

function isAsciiLetterCode( c: number ): boolean {
	return ( c >= 65 && c <= 90 ) || ( c >= 97 && c <= 122 );
}

// Whether exactly `between` separates two tokens (no string is built).
function gapIs( text: string, a: Token, b: Token, between: string ): boolean {
	return (
		b.start - a.end === between.length && text.startsWith( between, a.end )
	);
}

// Token range [first, last) of the sentence holding offset range [start, end).
function sentenceTokens(
	scan: Scan,
	start: number,
	end: number
): [ number, number ] {
	const [ s, e ] = sentenceBounds( scan.text, start, end );
	return [ tokenIndexAt( scan.tokens, s ), tokenIndexAt( scan.tokens, e ) ];
}

function sentenceHas(
	scan: Scan,
	start: number,
	end: number,
	words: ReadonlySet< string >
): boolean {
	const [ first, last ] = sentenceTokens( scan, start, end );
	for ( let k = first; k < last; k++ ) {
		if ( words.has( scan.tokens[ k ].lower ) ) {
			return true;
		}
	}
	return false;
}

/** Which cue lists a word is in, for the loops over a sentence's words. */
interface Cues {
	self: boolean;
	official: boolean;
	patient: boolean;
	publication: boolean;
	namedEvent: boolean;
	personPronoun: boolean;
	personEvent: boolean;
}

const NO_CUES: Cues = {
	self: false,
	official: false,
	patient: false,
	publication: false,
	namedEvent: false,
	personPronoun: false,
	personEvent: false,
};

/** The cues of the words in any list (one look-up per word instead of one per list). */
const CUES = new Map< string, Cues >();
for ( const [ cue, words ] of [
	[ 'self', SELF_CUES ],
	[ 'official', OFFICIAL_CUES ],
	[ 'patient', PATIENT_CUES ],
	[ 'publication', PUBLICATION_CUES ],
	[ 'namedEvent', NAMED_EVENT_CUES ],
	[ 'personPronoun', PERSON_PRONOUNS ],
	[ 'personEvent', PERSON_EVENT_CUES ],
] as const ) {
	for ( const word of words ) {
		const cues = CUES.get( word ) ?? { ...NO_CUES };
		cues[ cue ] = true;
		CUES.set( word, cues );
	}
}

function cuesOf( word: string ): Cues {
	return CUES.get( word ) ?? NO_CUES;
}

/** Words after "me"/"us" that invite contact ("text me on", "email us at"). */
const CONTACT_PREPOSITIONS = new Set( [
	'at',
	'on',
	'via',
	'through',
	'directly',
	'by',
	'anytime',
	'any',
	'or',
	'and',
	'privately',
	'personally',
	'here',
] );

type Owner = 'self' | 'official' | 'patient' | 'none';

/** What a person's given name in the possessive can own: "Rose's number", "Amir's mobile". */
const OWNED_CONTACTS = new Set( [
	'number',
	'mobile',
	'phone',
	'cell',
	'landline',
	'email',
] );

// "I saved Rose's number": a capitalised given name in the possessive, inside a
// sentence and after no other capitalised word ("St Mary's number" is a hospital's),
// owns the contact detail after it, whoever saved it.
function isNamedOwner( scan: Scan, k: number, first: number ): boolean {
	const { tokens } = scan;
	const token = tokens[ k ];
	const base = withoutPossessive( token.lower );
	if (
		k <= first ||
		base === token.lower ||
		! OWNED_CONTACTS.has( tokens[ k + 1 ]?.lower ?? '' ) ||
		! isCapitalised( token ) ||
		isCapitalised( tokens[ k - 1 ] )
	) {
		return false;
	}
	return isFirstName( base ) || COMMON_WORD_NAMES.has( base );
}

// Whose detail this is: the nearest telling word before it in its sentence
// ("his mobile" → patient; "call our practice on" → official; "text me on" → self).
function ownerBefore( scan: Scan, offset: number, maxWords = 12 ): Owner {
	const { tokens } = scan;
	const [ first ] = sentenceTokens( scan, offset, offset );
	const end = tokenIndexAt( tokens, offset );
	for ( let k = end - 1; k >= Math.max( first, end - maxWords ); k-- ) {
		const word = tokens[ k ].lower;
		if ( scan.inName[ k ] === 1 || isNamedOwner( scan, k, first ) ) {
			return 'patient';
		}
		const next = tokens[ k + 1 ];
		// "email me at …" is the author's; in "she emailed me from …" the "me" says nothing.
		if (
			( word === 'me' || word === 'us' ) &&
			! ( next && CONTACT_PREPOSITIONS.has( next.lower ) )
		) {
			continue;
		}
		const cues = cuesOf( word );
		if ( cues.self || word === 'our' || word === 'we' || word === 'us' ) {
			// "my patient's number", "our patient": the patient's after all.
			if (
				next &&
				PATIENT_NOUNS.has( withoutPossessive( next.lower ) )
			) {
				return 'patient';
			}
			return cues.self ? 'self' : 'official';
		}
		if ( cues.official ) {
			return 'official';
		}
		if ( cues.patient ) {
			return 'patient';
		}
	}
	return 'none';
}

// Whether the sentence presents the value as a made-up example of a format.
function isExample( scan: Scan, start: number, end: number ): boolean {
	return sentenceHas( scan, start, end, EXAMPLE_CUES );
}

// Whether a value belongs to the author or the practice according to the settings.
function isKnownContact( value: string, context: RuleContext ): boolean {
	for ( const contact of [
		...context.officialContacts,
		...context.authorNames,
	] ) {
		const c = contact.toLowerCase();
		const lower = value.toLowerCase();
		if ( c.length > 0 && ( c.includes( lower ) || lower.includes( c ) ) ) {
			return true;
		}
		const cd = digitsOf( contact );
		const digits = digitsOf( value );
		if (
			digits.length >= 6 &&
			cd.length >= 6 &&
			( cd.endsWith( digits.slice( -9 ) ) ||
				digits.endsWith( cd.slice( -9 ) ) )
		) {
			return true;
		}
	}
	return false;
}

// Label right before the token at `index`, skipping fillers ("NHS number as", "member ID, UHC").
function labelBefore(
	scan: Scan,
	index: number
): { kind: IdentifierKind; start: number } | undefined {
	const { tokens, text } = scan;
	if ( scan.labelsByLastToken.size === 0 ) {
		return undefined;
	}
	let right = index;
	let usedParticiple = false;
	for ( let k = index - 1; k >= 0 && index - k <= 6; k-- ) {
		if (
			! GAP_OK.test(
				text.slice( tokens[ k ].end, tokens[ right ].start )
			)
		) {
			return undefined;
		}
		const label = scan.labelsByLastToken.get( k );
		if ( label ) {
			return { kind: label.kind, start: tokens[ label.first ].start };
		}
		// "NHS number was typed as …": one past participle may sit between label and number.
		const participle: boolean =
			! usedParticiple && PARTICIPLE.test( tokens[ k ].lower );
		if (
			! LABEL_FILLERS.has( tokens[ k ].lower ) &&
			! UPPER_PREFIX.test( tokens[ k ].text ) &&
			! participle
		) {
			return undefined;
		}
		usedParticiple = usedParticiple || participle;
		right = k;
	}
	return undefined;
}

// Whether digits are a toll-free or non-geographic organisation number.
function isTollFree( digits: string ): boolean {
	return TOLL_FREE.test( digits );
}

function detectEmails( scan: Scan, out: IdentifierMatch[] ): void {
	const { text } = scan;
	if ( ! text.includes( '@' ) ) {
		return;
	}
	EMAIL.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ( ( m = EMAIL.exec( text ) ) !== null ) {
		const value = m[ 0 ];
		const local = value.slice( 0, value.indexOf( '@' ) ).toLowerCase();
		if (
			ROLE_MAILBOXES.has( local ) ||
			isKnownContact( value, scan.context )
		) {
			continue;
		}
		// A patient's address when the words before say so ("his personal account, …", "she wrote from …").
		const owner = ownerBefore( scan, m.index );
		const end = m.index + value.length;
		if (
			owner === 'self' ||
			owner === 'official' ||
			( owner === 'none' &&
				! sentenceHas( scan, m.index, end, PERSON_PRONOUNS ) &&
				! sentenceHas( scan, m.index, end, CORRESPONDENT_CUES ) ) ||
			isExample( scan, m.index, end )
		) {
			continue;
		}
		out.push( {
			start: m.index,
			end: m.index + value.length,
			kind: 'email',
		} );
	}
}

// Month names for the year-only suggestion; a date is tied to a person when its sentence says so.
function isPersonDate( scan: Scan, start: number, end: number ): boolean {
	const { tokens } = scan;
	const [ first, last ] = sentenceTokens( scan, start, end );
	let person = false;
	let publication = false;
	const at = tokenIndexAt( tokens, start );
	let own = false;
	for ( let k = first; k < last; k++ ) {
		const word = tokens[ k ].lower;
		// "I was born…", "my birthday": the author's own; "my patient" is not.
		const next = tokens[ k + 1 ]?.lower ?? '';
		if (
			k < at &&
			( word === 'i' || ( word === 'my' && ! PATIENT_NOUNS.has( next ) ) )
		) {
			own = true;
		}
		// "born 04/17/1958", "DOB 3 March 1961": a birth date whatever else is said, unless it is the author's.
		if (
			k < at &&
			at - k <= 4 &&
			( word === 'born' ||
				word === 'dob' ||
				word === 'birth' ||
				word === 'birthday' )
		) {
			return ! own;
		}
		const cues = cuesOf( word );
		if (
			cues.publication ||
			( cues.namedEvent && tokens[ k ].text !== word && k > first )
		) {
			publication = true;
		}
		if (
			cues.personPronoun ||
			scan.inName[ k ] === 1 ||
			( cues.personEvent && word !== 'appointment' && word !== 'seen' ) ||
			( scan.nameWords[ k ] === 1 &&
				isFirstName( withoutPossessive( tokens[ k ].lower ) ) &&
				! PLACE_HEADS.has( tokens[ k + 1 ]?.lower ?? '' ) )
		) {
			person = true;
		}
	}
	return ( person || isStorySymptomDate( scan, first ) ) && ! publication;
}

// "His mother waited for the fever to break. The fever did break, on July 8":
// a sentence that opens on "the" and a symptom doing something goes on with the
// illness of the person in the sentence before.
function isStorySymptomDate( scan: Scan, first: number ): boolean {
	const { tokens } = scan;
	if (
		tokens[ first ].lower !== 'the' ||
		! STORY_SYMPTOMS.has( tokens[ first + 1 ]?.lower ?? '' ) ||
		! SYMPTOM_COURSE_VERBS.has( tokens[ first + 2 ]?.lower ?? '' )
	) {
		return false;
	}
	// The block opens on it: the person is in the block before, when the post tells of a patient.
	if ( first < 1 ) {
		scan.symptomOpening = ! scan.storyBefore;
		return scan.storyBefore;
	}
	const [ before ] = sentenceTokens(
		scan,
		tokens[ first - 1 ].start,
		tokens[ first - 1 ].end
	);
	for ( let k = before; k < first; k++ ) {
		if (
			cuesOf( tokens[ k ].lower ).personPronoun ||
			scan.inName[ k ] === 1
		) {
			return true;
		}
	}
	return false;
}

const yearOnlyLabel = () =>
	/* translators: %s: a year, e.g. 2024. */
	__( 'Give only the year (%s)', 'hcp-compliance' );
const inYear = () =>
	/* translators: %s: a year, e.g. 2024. */
	__( 'in %s', 'hcp-compliance' );
const recentlyLabel = () => __( 'Say “recently” instead', 'hcp-compliance' );
const recently = () => __( 'recently', 'hcp-compliance' );

function dateSuggestions(
	scan: Scan,
	start: number,
	end: number,
	year: string | undefined
): IdentifierMatch[ 'suggestions' ] {
	const { text } = scan;
	// "on " (any case) right before the date.
	const onStart =
		start >= 3 &&
		text.charCodeAt( start - 1 ) === 32 &&
		( text[ start - 2 ] === 'n' || text[ start - 2 ] === 'N' ) &&
		( text[ start - 3 ] === 'o' || text[ start - 3 ] === 'O' )
			? start - 3
			: start;
	const suggestions: NonNullable< IdentifierMatch[ 'suggestions' ] > = [];
	if ( year ) {
		suggestions.push( {
			label: sprintf( yearOnlyLabel(), year ),
			range: [ onStart, end ],
			text: onStart < start ? sprintf( inYear(), year ) : year,
		} );
	}
	if ( onStart < start ) {
		suggestions.push( {
			label: recentlyLabel(),
			range: [ onStart, end ],
			text: recently(),
		} );
	}
	return suggestions;
}

function detectDates( scan: Scan, out: IdentifierMatch[] ): void {
	const { text } = scan;
	// Both need a digit and a month.
	if ( ! scan.digit || ! MONTH_HINT.test( text ) ) {
		return;
	}
	for ( const re of [ DATE_DAY_MONTH, DATE_MONTH_DAY ] ) {
		re.lastIndex = 0;
		let m: RegExpExecArray | null;
		while ( ( m = re.exec( text ) ) !== null ) {
			const day = Number( re === DATE_DAY_MONTH ? m[ 1 ] : m[ 2 ] );
			if ( day < 1 || day > 31 ) {
				continue;
			}
			const start = m.index;
			const end = start + m[ 0 ].length;
			if (
				! isPersonDate( scan, start, end ) &&
				! isOwnedEventDate( scan, start )
			) {
				continue;
			}
			out.push( {
				start,
				end,
				kind: 'date',
				suggestions: dateSuggestions( scan, start, end, m[ 3 ] ),
			} );
		}
	}
}

// Numbers: record numbers, phones, SSNs, numeric dates, ZIP codes, by their label or shape.
function detectNumbers( scan: Scan, out: IdentifierMatch[] ): void {
	const { text, tokens } = scan;
	NUMBER_RUN.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ( scan.digit && ( m = NUMBER_RUN.exec( text ) ) !== null ) {
		let value = m[ 0 ];
		let start = m.index;
		// A number glued to letters ("NG4471209H", "4B") is an ID token, handled below.
		if ( isAsciiLetterCode( text.charCodeAt( start + value.length ) ) ) {
			continue;
		}
		const end = start + value.length;
		// NUMERIC_DATE needs six characters at least ("1/2/24").
		if ( value.length >= 6 && NUMERIC_DATE.test( value ) ) {
			if ( isPersonDate( scan, start, end ) ) {
				const year =
					YEAR_AT_END.exec( value )?.[ 1 ] ??
					YEAR_AT_START.exec( value )?.[ 1 ];
				out.push( {
					start,
					end,
					kind: 'date',
					suggestions: dateSuggestions( scan, start, end, year ),
				} );
			}
			continue;
		}
		const index =
			scan.labelsByLastToken.size > 0
				? tokenIndexAt( tokens, start )
				: -1;
		const label = index >= 0 ? labelBefore( scan, index ) : undefined;
		// Unlabelled, only an SSN (11 characters) or a phone number (9 digits or more) counts.
		if ( ! label && value.length < 9 ) {
			continue;
		}
		const digits = digitsOf( value );
		let kind: IdentifierKind | undefined;
		if ( label ) {
			kind = label.kind;
			if ( kind === 'phone' && digits.length < 7 ) {
				continue;
			}
			if (
				kind === 'postcode' &&
				! ZIP.test( value ) &&
				! INDIA_PIN.test( value ) &&
				! AU_POSTCODE.test( value )
			) {
				continue;
			}
			// Short numbers and years ("Medicare in 2024") are not identifiers.
			if (
				kind !== 'postcode' &&
				( digits.length < 4 || YEAR_ONLY.test( value ) )
			) {
				continue;
			}
			// "UHC 948213756": keep the insurer's prefix with the number.
			const prefix = tokens[ index - 1 ];
			if (
				prefix &&
				UPPER_PREFIX.test( prefix.text ) &&
				prefix.start > label.start &&
				start - prefix.end === 1 &&
				text.charCodeAt( prefix.end ) === 32
			) {
				const kept = scan.labelsByLastToken.get( index - 1 );
				if ( ! kept ) {
					value = text.slice( prefix.start, end );
					start = prefix.start;
				}
			}
		} else if ( SSN_SHAPE.test( value ) ) {
			kind = 'ssn';
		} else if ( isPhoneShape( value, digits ) ) {
			kind = 'phone';
		}
		if ( ! kind ) {
			continue;
		}
		if (
			isKnownContact( value, scan.context ) ||
			isExample( scan, start, end )
		) {
			continue;
		}
		const owner = ownerBefore( scan, label ? label.start : start );
		if ( owner === 'self' || owner === 'official' ) {
			continue;
		}
		if ( kind === 'phone' ) {
			// A phone number is a patient's only when the words before say so ("his mobile number").
			if ( owner !== 'patient' ) {
				continue;
			}
			if (
				isTollFree( digits ) ||
				sentenceHas( scan, start, end, HELPLINE_CUES )
			) {
				continue;
			}
		}
		out.push( { start, end, kind } );
	}

	// Letter-and-digit IDs after a label: "serial number NG4471209H", "member ID XEH912847563".
	// labelBefore() looks six tokens back at most, so only the six tokens after each label can have one.
	let from = 0;
	for ( const labelEnd of scan.labelsByLastToken.keys() ) {
		const to = Math.min( labelEnd + 7, tokens.length );
		for ( let i = Math.max( from, labelEnd + 1 ); i < to; i++ ) {
			detectIdToken( scan, i, out );
		}
		from = Math.max( from, to );
	}
}

// A letter-and-digit ID at token i, when a label stands before it.
function detectIdToken( scan: Scan, i: number, out: IdentifierMatch[] ): void {
	const token = scan.tokens[ i ];
	if (
		token.text.length < 5 ||
		! ID_TOKEN.test( token.text ) ||
		countDigits( token.text ) < 3
	) {
		return;
	}
	const label = labelBefore( scan, i );
	if ( ! label || label.kind === 'phone' || label.kind === 'postcode' ) {
		return;
	}
	const owner = ownerBefore( scan, label.start );
	if (
		owner === 'self' ||
		owner === 'official' ||
		isKnownContact( token.text, scan.context )
	) {
		return;
	}
	out.push( { start: token.start, end: token.end, kind: label.kind } );
}

// Phone-like: 9 to 13 digits in groups, or behind "+" or an area code in brackets.
function isPhoneShape( value: string, digits: string ): boolean {
	if ( value.includes( '/' ) || value.includes( '.' ) ) {
		return false;
	}
	if ( digits.length < 9 || digits.length > 15 ) {
		return false;
	}
	const groups = value.split( GROUP_SEPARATORS ).filter( Boolean ).length;
	return (
		value.startsWith( '+' ) ||
		value.startsWith( '(' ) ||
		groups >= 2 ||
		digits.startsWith( '0' )
	);
}

function detectPostcodes( scan: Scan, out: IdentifierMatch[] ): void {
	const { text, tokens } = scan;
	// "Springfield, IL 62704", "Parramatta NSW 2150": a ZIP or postcode after a state.
	for ( const i of candidates.state ) {
		if ( i < 1 || i + 1 >= tokens.length ) {
			continue;
		}
		const zip = tokens[ i + 1 ];
		if (
			! gapIs( text, tokens[ i ], zip, ' ' ) ||
			! ( ZIP.test( zip.text ) || AU_POSTCODE.test( zip.text ) )
		) {
			continue;
		}
		const owner = ownerBefore( scan, tokens[ i ].start );
		if (
			owner !== 'self' &&
			owner !== 'official' &&
			! isKnownContact( zip.text, scan.context )
		) {
			out.push( { start: zip.start, end: zip.end, kind: 'postcode' } );
		}
	}
	// Both need a capital right before a digit.
	for ( const re of scan.digit && CAPITAL_DIGIT.test( text )
		? [ UK_POSTCODE, CA_POSTCODE ]
		: [] ) {
		re.lastIndex = 0;
		let m: RegExpExecArray | null;
		while ( ( m = re.exec( text ) ) !== null ) {
			const owner = ownerBefore( scan, m.index );
			if (
				owner === 'self' ||
				owner === 'official' ||
				isKnownContact( m[ 0 ], scan.context )
			) {
				continue;
			}
			out.push( {
				start: m.index,
				end: m.index + m[ 0 ].length,
				kind: 'postcode',
			} );
		}
	}
}

// Two or three digits and nothing else ("92", "101").
function isTwoOrThreeDigits( word: string ): boolean {
	return (
		( word.length === 2 || word.length === 3 ) &&
		isDigitCode( word.charCodeAt( 0 ) ) &&
		isDigitCode( word.charCodeAt( 1 ) ) &&
		( word.length === 2 || isDigitCode( word.charCodeAt( 2 ) ) )
	);
}

// A word without its possessive ending (POSSESSIVE_END: "'s" or "'"), by char codes.
function withoutPossessive( word: string ): string {
	const n = word.length;
	if (
		n >= 2 &&
		word.charCodeAt( n - 1 ) === 115 &&
		word.charCodeAt( n - 2 ) === 39
	) {
		return word.slice( 0, -2 );
	}
	return n >= 1 && word.charCodeAt( n - 1 ) === 39
		? word.slice( 0, -1 )
		: word;
}

// A house number: one to five digits, then perhaps one letter ("27", "4B").
function isHouseNumber( word: string ): boolean {
	let digits = 0;
	while ( digits < word.length && isDigitCode( word.charCodeAt( digits ) ) ) {
		digits++;
	}
	if ( digits < 1 || digits > 5 ) {
		return false;
	}
	return (
		word.length === digits ||
		( word.length === digits + 1 &&
			isAsciiLetterCode( word.charCodeAt( digits ) ) )
	);
}

// "2214 W. Roosevelt St": a direction abbreviated with a full stop, right after the house number.
function isAbbreviatedDirection(
	text: string,
	tokens: Token[],
	k: number,
	house: number
): boolean {
	const prev = tokens[ k - 1 ];
	return (
		k - 1 === house + 1 &&
		prev.text.length <= 2 &&
		DIRECTIONS.has( prev.lower ) &&
		isCapitalised( prev ) &&
		gapIs( text, prev, tokens[ k ], '. ' )
	);
}

function isCapitalised( token: Token ): boolean {
	// UPPER_START, by char code for ASCII.
	const c = token.text.charCodeAt( 0 );
	return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test( token.text );
}

// Extends an address over ", City", ", IL 60657", ", LS6 2QT" parts; returns the new end token index.
function extendAddress( scan: Scan, last: number ): number {
	const { tokens, text } = scan;
	let end = last;
	for ( let segment = 0; segment < 3; segment++ ) {
		const next = tokens[ end ];
		if ( ! next || ! gapIs( text, tokens[ end - 1 ], next, ', ' ) ) {
			break;
		}
		let k = end;
		if ( STATE_CODES.has( next.text ) ) {
			k++;
			if (
				tokens[ k ] &&
				( ZIP.test( tokens[ k ].text ) ||
					AU_POSTCODE.test( tokens[ k ].text ) )
			) {
				k++;
			}
			end = k;
			continue;
		}
		while (
			k < tokens.length &&
			k - end < 4 &&
			( isCapitalised( tokens[ k ] ) ||
				HAS_DIGIT.test( tokens[ k ].text ) ) &&
			( k === end || gapIs( text, tokens[ k - 1 ], tokens[ k ], ' ' ) )
		) {
			k++;
		}
		if ( k === end ) {
			break;
		}
		end = k;
	}
	return end;
}

// "a fall at 27 …", "called to …", "lives at …": the place of a patient, whoever narrates it.
function isVisitedPlace( scan: Scan, first: number ): boolean {
	const { tokens } = scan;
	const prep = tokens[ first - 1 ]?.lower;
	let cue = tokens[ first - 2 ]?.lower;
	// "my first visit was to …": the copula sits between the cue and "to".
	if ( cue === 'was' || cue === 'is' || cue === 'were' ) {
		cue = tokens[ first - 3 ]?.lower;
	}
	if ( prep !== 'at' && prep !== 'to' ) {
		return false;
	}
	if ( cue !== undefined && ADDRESS_VISIT_CUES.has( cue ) ) {
		return true;
	}
	// "sent to a trailer at …", "called to the flat at …": the cue, "to", a determiner and the dwelling.
	const det = tokens[ first - 3 ]?.lower;
	const visitCue = tokens[ first - 5 ]?.lower;
	return (
		prep === 'at' &&
		tokens[ first - 4 ]?.lower === 'to' &&
		( det === 'a' || det === 'an' || det === 'the' ) &&
		visitCue !== undefined &&
		ADDRESS_VISIT_CUES.has( visitCue )
	);
}

// Street addresses: "1842 Alder Street", "2900 N Lincoln Ave, Chicago, IL 60657", "Flat 4B, Sai Krupa Apartments, Karve Road".
function detectAddresses( scan: Scan, out: IdentifierMatch[] ): void {
	const { tokens, text } = scan;
	// The tokens after a match are past, as is the address itself.
	let next = 0;
	// Digits and unit words ("Flat").
	for ( const i of candidates.address ) {
		if ( i < next ) {
			continue;
		}
		const token = tokens[ i ];
		let first = -1;
		let last = -1;
		const before = tokens[ i - 1 ];
		const house = isHouseNumber( token.text );
		// A street starts with a capitalised word after one space: without one, no address
		// starts here, whatever word is before ("page 12 of").
		const after = tokens[ i + 1 ];
		const counted =
			house &&
			after !== undefined &&
			gapIs( text, token, after, ' ' ) &&
			isCapitalised( after ) &&
			before &&
			gapIs( text, before, token, ' ' ) &&
			NOT_HOUSE_NUMBER_BEFORE.has( before.lower );
		if ( house && ! counted ) {
			// Number, one to four capitalised words, a street type.
			let k = i + 1;
			let words = 0;
			while (
				k < tokens.length &&
				k - i <= 5 &&
				( gapIs( text, tokens[ k - 1 ], tokens[ k ], ' ' ) ||
					isAbbreviatedDirection( text, tokens, k, i ) )
			) {
				const t = tokens[ k ];
				if ( ! isCapitalised( t ) ) {
					break;
				}
				if ( STREET_SUFFIXES.has( t.lower ) && words > 0 ) {
					first = i;
					last = k + 1;
					break;
				}
				if ( ! DIRECTIONS.has( t.lower ) ) {
					words++;
				}
				k++;
			}
		} else if ( isCapitalised( token ) && UNIT_WORDS.has( token.lower ) ) {
			// "Flat 4B", "House No. 12".
			let idAt = i + 1;
			if (
				tokens[ idAt ] &&
				( tokens[ idAt ].lower === 'no' ||
					tokens[ idAt ].lower === 'number' )
			) {
				idAt++;
			}
			const id = tokens[ idAt ];
			if (
				id &&
				UNIT_ID.test( id.text ) &&
				GAP_OK.test( text.slice( tokens[ idAt - 1 ].end, id.start ) )
			) {
				const end = extendAddress( scan, idAt + 1 );
				if ( end > idAt + 1 ) {
					first = i;
					last = end;
				}
			}
		}
		if ( first < 0 ) {
			continue;
		}
		last = extendAddress( scan, last );
		const start = tokens[ first ].start;
		const end = tokens[ last - 1 ].end;
		const owner = isVisitedPlace( scan, first )
			? 'patient'
			: ownerBefore( scan, start );
		if (
			owner === 'self' ||
			owner === 'official' ||
			isKnownContact( text.slice( start, end ), scan.context )
		) {
			next = last;
			continue;
		}
		out.push( { start, end, kind: 'address' } );
		next = last;
	}
}

const AGE_SUBJECTS = new Set( [ 'he', 'she', "he's", "she's" ] );
const AGE_VERBS = new Set( [
	'is',
	'was',
	'turned',
	'turns',
	'had turned',
	'is now',
	'was now',
] );
/** Words after a number that make it a measurement, not an age ("she was 92 kg"). */
const MEASURE_UNITS = new Set( [
	'kg',
	'kilos',
	'kilograms',
	'lb',
	'lbs',
	'pounds',
	'stone',
	'mg',
	'g',
	'ml',
	'cm',
	'mm',
	'mmhg',
	'bpm',
	'percent',
	'per',
	'minutes',
	'mins',
	'hours',
	'days',
	'weeks',
	'months',
	'times',
	'units',
	'points',
	'degrees',
] );
const NUMBER_WORDS: Record< string, number > = {
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
};

// "ninety-three" → 93; "hundred", "one-hundred" → 100.
function spelledAge( word: string ): number {
	if ( word.includes( 'hundred' ) ) {
		return 100;
	}
	const unit = word.split( '-' )[ 1 ];
	return 90 + ( NUMBER_WORDS[ unit ] ?? 0 );
}

// Ages over 89: "92-year-old", "aged 94", "93 years old", "her 95th birthday".
const AGE_GENERAL_BEFORE = new Set( [
	'over',
	'under',
	'above',
	'below',
	'than',
	'from',
	'to',
	'between',
	'and',
	'or',
	'ages',
	'aged',
	'all',
	'most',
	'many',
] );
// "90 and over", "aged 90 to 99", "95 or older": a group, not one person.
const AGE_RANGE_WORDS = new Set( [ 'and', 'or', 'to' ] );
const AGE_GROUP_WORDS = new Set( [
	'over',
	'older',
	'above',
	'up',
	'upwards',
	'under',
	'younger',
	'below',
	'plus',
] );

// Replacements for an age over 89, and the label of the suggestion.
const generaliseAgeLabel = () =>
	__( 'Generalise to “over 90”', 'hcp-compliance' );
const ninetyPlusYearOld = () => __( '90-plus-year-old', 'hcp-compliance' );
const overNinety = () => __( 'over 90', 'hcp-compliance' );
const agedOverNinety = () => __( 'aged over 90', 'hcp-compliance' );
const overNinetyYearsOld = () => __( 'over 90 years old', 'hcp-compliance' );
const overNinetieth = () => __( 'over-90th', 'hcp-compliance' );

function detectAges( scan: Scan, out: IdentifierMatch[] ): void {
	const { tokens, text } = scan;
	const push = (
		first: number,
		last: number,
		age: number,
		replacement: () => TransformedText< string >
	) => {
		if ( age < 90 || age > 125 ) {
			return;
		}
		const before = tokens[ first - 1 ];
		const after = tokens[ last ];
		if (
			before &&
			AGE_GENERAL_BEFORE.has( before.lower ) &&
			tokens[ first ].lower !== 'aged'
		) {
			return;
		}
		const afterNext = tokens[ last + 1 ];
		if (
			after &&
			text.slice( tokens[ last - 1 ].end, after.start ).trim() === '' &&
			( after.lower === 'plus' ||
				after.lower === 's' ||
				( AGE_RANGE_WORDS.has( after.lower ) &&
					afterNext !== undefined &&
					( AGE_GROUP_WORDS.has( afterNext.lower ) ||
						isTwoOrThreeDigits( afterNext.text ) ) ) )
		) {
			return;
		}
		if ( text[ tokens[ last - 1 ].end ] === '+' ) {
			return;
		}
		const start = tokens[ first ].start;
		const end = tokens[ last - 1 ].end;
		out.push( {
			start,
			end,
			kind: 'age',
			suggestions: [
				{
					label: generaliseAgeLabel(),
					range: [ start, end ],
					text: replacement(),
				},
			],
		} );
	};
	const { inName } = scan;
	let skipTo = 0;
	// Ages start with a digit, or are "aged", "he/she…", "ninety…", "hundred…" or a name.
	for ( const i of union( candidates.age, candidates.inName ) ) {
		if ( i < skipTo ) {
			continue;
		}
		const t = tokens[ i ];
		// Tokens that start with a digit can only be "92-year-old", "93 (years old)" or "95th";
		// one digit is no age over 89 in any form.
		const digit = isDigitCode( t.lower.charCodeAt( 0 ) );
		if ( digit && t.text.length === 1 ) {
			continue;
		}
		if ( ! digit && SPELLED_AGE_TOKEN.test( t.lower ) ) {
			push( i, i + 1, spelledAge( t.lower ), ninetyPlusYearOld );
			continue;
		}
		// "She's 93", "he was 96 when…", "she turned 100".
		const named = inName[ i ] === 1;
		// "Aiyana Redcloud, 96, …": an age in apposition to a patient's name.
		const next = tokens[ i + 1 ];
		if (
			named &&
			next &&
			isTwoOrThreeDigits( next.text ) &&
			gapIs( text, t, next, ', ' ) &&
			( next.end === text.length || ',.;)'.includes( text[ next.end ] ) )
		) {
			push( i + 1, i + 2, Number( next.text ), overNinety );
			continue;
		}
		if ( ( ! digit && AGE_SUBJECTS.has( t.lower ) ) || named ) {
			let k = i + 1;
			if ( tokens[ k ] && AGE_VERBS.has( tokens[ k ].lower ) ) {
				k++;
			} else if ( t.lower === 'he' || t.lower === 'she' || named ) {
				continue;
			}
			const n = tokens[ k ];
			const unit = tokens[ k + 1 ];
			// "he was ninety-four", "she turned ninety".
			if ( n && SPELLED_AGE.test( n.lower ) ) {
				push( k, k + 1, spelledAge( n.lower ), overNinety );
				continue;
			}
			if (
				n &&
				isTwoOrThreeDigits( n.text ) &&
				! ( unit && MEASURE_UNITS.has( unit.lower ) ) &&
				text[ n.end ] !== '%'
			) {
				push( k, k + 1, Number( n.text ), overNinety );
			}
			continue;
		}
		// AGE_TOKEN needs eight characters at least ("90-y-old").
		const one =
			digit && t.lower.length >= 8 ? AGE_TOKEN.exec( t.lower ) : null;
		if ( one ) {
			push( i, i + 1, Number( one[ 1 ] ), ninetyPlusYearOld );
			continue;
		}
		if ( t.lower === 'aged' || t.lower === 'age' ) {
			// "aged 94", "age 97", "at the age of 95", "aged ninety-three".
			const k = tokens[ i + 1 ]?.lower === 'of' ? i + 2 : i + 1;
			const n = tokens[ k ];
			if (
				n &&
				( isTwoOrThreeDigits( n.text ) || SPELLED_AGE.test( n.lower ) )
			) {
				const age = SPELLED_AGE.test( n.lower )
					? spelledAge( n.lower )
					: Number( n.text );
				push( i, k + 1, age, agedOverNinety );
				skipTo = k + 1;
			}
			continue;
		}
		if ( digit && isTwoOrThreeDigits( t.text ) && tokens[ i + 1 ] ) {
			const n1 = tokens[ i + 1 ].lower;
			const n2 = tokens[ i + 2 ]?.lower;
			if (
				( n1 === 'years' || n1 === 'year' || n1 === 'yrs' ) &&
				n2 === 'old'
			) {
				push( i, i + 3, Number( t.text ), overNinetyYearsOld );
			} else if ( n1 === 'yo' || ( n1 === 'y' && n2 === 'o' ) ) {
				push(
					i,
					n1 === 'yo' ? i + 2 : i + 3,
					Number( t.text ),
					overNinety
				);
			}
			continue;
		}
		const ordinal = digit ? ORDINAL.exec( t.lower ) : null;
		if ( ordinal && tokens[ i + 1 ]?.lower === 'birthday' ) {
			push( i, i + 1, Number( ordinal[ 1 ] ), overNinetieth );
		}
	}
}

// References to a full-face photo of a person ("full-face photo", "a photo of her face").
function detectPhotos( scan: Scan, out: IdentifierMatch[] ): void {
	const { tokens, text } = scan;
	let next = 0;
	for ( const i of candidates.photo ) {
		if ( i < next ) {
			continue;
		}
		const t = tokens[ i ];
		let first = -1;
		let last = -1;
		if (
			( t.lower === 'full-face' || t.lower === 'facial' ) &&
			tokens[ i + 1 ] &&
			PHOTO_NOUNS.has( tokens[ i + 1 ].lower )
		) {
			first = i;
			last = i + 2;
		} else if (
			t.lower === 'full' &&
			tokens[ i + 1 ]?.lower === 'face' &&
			tokens[ i + 2 ] &&
			PHOTO_NOUNS.has( tokens[ i + 2 ].lower )
		) {
			first = i;
			last = i + 3;
		} else if (
			PHOTO_NOUNS.has( t.lower ) &&
			tokens[ i + 1 ]?.lower === 'of' &&
			tokens[ i + 2 ] &&
			( PATIENT_CUES.has( tokens[ i + 2 ].lower ) ||
				POSSESSIVE_END.test( tokens[ i + 2 ].lower ) ) &&
			tokens[ i + 3 ]?.lower === 'face'
		) {
			first = i;
			last = i + 4;
		}
		if ( first < 0 ) {
			continue;
		}
		const start = tokens[ first ].start;
		const end = tokens[ last - 1 ].end;
		if ( isNegated( text, start, end ) ) {
			continue;
		}
		// Only a photo of someone in particular: a pronoun, a patient or a name in the sentence.
		const [ sFirst, sLast ] = sentenceTokens( scan, start, end );
		let person = false;
		for ( let k = sFirst; k < sLast; k++ ) {
			const word = tokens[ k ].lower;
			if (
				cuesOf( word ).personPronoun ||
				scan.inName[ k ] === 1 ||
				( scan.nameWords[ k ] === 1 &&
					isFirstName( withoutPossessive( word ) ) )
			) {
				person = true;
				break;
			}
		}
		// "a full-face photo of A.B.": the initials' full stops cut the sentence before the rest.
		const of = tokens[ last ];
		if (
			! person &&
			of?.lower === 'of' &&
			tokens[ last + 1 ] &&
			( scan.inName[ last + 1 ] === 1 ||
				isCapitalised( tokens[ last + 1 ] ) )
		) {
			person = true;
		}
		if ( person ) {
			out.push( { start, end, kind: 'photo' } );
		}
		next = last;
	}
}

// Social profiles and IP addresses that point at a patient.
function detectUrls( scan: Scan, out: IdentifierMatch[] ): void {
	const { text } = scan;
	const patternsHere: RegExp[] = [];
	if ( text.includes( '.com/' ) ) {
		patternsHere.push( PROFILE_URL );
	}
	// An IP address has a digit, a full stop and a digit.
	if ( scan.digit && DOTTED_DIGITS.test( text ) ) {
		patternsHere.push( IPV4 );
	}
	for ( const re of patternsHere ) {
		re.lastIndex = 0;
		let m: RegExpExecArray | null;
		while ( ( m = re.exec( text ) ) !== null ) {
			if (
				ownerBefore( scan, m.index ) !== 'patient' ||
				isKnownContact( m[ 0 ], scan.context )
			) {
				continue;
			}
			out.push( {
				start: m.index,
				end: m.index + m[ 0 ].length,
				kind: 'url',
			} );
		}
	}
}

// Whether the character code is one of a handle's: ASCII letter, digit, "_" or ".".
function isHandleCode( c: number ): boolean {
	return isAsciiLetterCode( c ) || isDigitCode( c ) || c === 95 || c === 46;
}

// Whether a private person is in the sentence: a pronoun, a patient word or a name found.
function sentenceHasPerson( scan: Scan, start: number, end: number ): boolean {
	const [ first, last ] = sentenceTokens( scan, start, end );
	for ( let k = first; k < last; k++ ) {
		if (
			scan.inName[ k ] === 1 ||
			PATIENT_CUES.has( scan.tokens[ k ].lower )
		) {
			return true;
		}
	}
	return false;
}

/** Words before an @handle that point at someone else's account to follow, not the person's own. */
const HANDLE_REFERRAL_WORDS = new Set( [
	'follow',
	'follows',
	'followed',
	'following',
	'via',
	'tag',
	'tagged',
	'tagging',
	'cc',
] );

/** Words right before a person's own handle: "posts as @…", "her handle is @…", "his @…". */
const HANDLE_INTRO_WORDS = new Set( [
	'as',
	'handle',
	'username',
	'account',
	'is',
	'called',
	'named',
	'his',
	'her',
	'their',
] );

// Whether one of the two words before the handle at token k says it is someone's own.
function introducesHandle( tokens: Token[], k: number ): boolean {
	return (
		( k > 0 && HANDLE_INTRO_WORDS.has( tokens[ k - 1 ].lower ) ) ||
		( k > 1 && HANDLE_INTRO_WORDS.has( tokens[ k - 2 ].lower ) )
	);
}

// Social-media handles of a private person ("posts on Instagram as @…", "her handle @…").
function detectHandles( scan: Scan, out: IdentifierMatch[] ): void {
	const { text, tokens } = scan;
	let at = text.indexOf( '@' );
	while ( at >= 0 ) {
		const from = at;
		at = text.indexOf( '@', at + 1 );
		// Inside an e-mail address the "@" has a word before it.
		const before = from > 0 ? text.charCodeAt( from - 1 ) : 32;
		if ( isHandleCode( before ) || before === 45 || before === 43 ) {
			continue;
		}
		let end = from + 1;
		while ( end < text.length && isHandleCode( text.charCodeAt( end ) ) ) {
			end++;
		}
		// A full stop after the handle ends the sentence.
		while ( end > from + 1 && text.charCodeAt( end - 1 ) === 46 ) {
			end--;
		}
		if ( end - from < 3 || text.charCodeAt( end ) === 64 ) {
			continue;
		}
		const value = text.slice( from, end );
		const owner = ownerBefore( scan, from );
		const k = tokenIndexAt( tokens, from );
		const previous = k > 0 ? tokens[ k - 1 ] : undefined;
		if (
			owner === 'self' ||
			owner === 'official' ||
			( previous && HANDLE_REFERRAL_WORDS.has( previous.lower ) ) ||
			! introducesHandle( tokens, k ) ||
			isKnownContact( value, scan.context ) ||
			isExample( scan, from, end ) ||
			! sentenceHasPerson( scan, from, end ) ||
			! (
				owner === 'patient' ||
				sentenceHas( scan, from, end, HANDLE_CUES )
			)
		) {
			continue;
		}
		out.push( { start: from, end, kind: 'url' } );
	}
}

// Links to a page kept for one person (a fundraiser, a patient journal) told about in a story.
function detectPersonalPages( scan: Scan, out: IdentifierMatch[] ): void {
	const { text } = scan;
	// Every such address has a host, then "/" and the page: look back from each "/".
	let slash = text.indexOf( '/' );
	let next = 0;
	while ( slash >= 0 ) {
		const at = slash;
		slash = text.indexOf( '/', at + 1 );
		if ( at < next ) {
			continue;
		}
		let hostAt = at;
		while ( hostAt > 0 && isHostCode( text.charCodeAt( hostAt - 1 ) ) ) {
			hostAt--;
		}
		if ( at - hostAt < 5 ) {
			continue;
		}
		let host = text.slice( hostAt, at ).toLowerCase();
		if ( host.startsWith( 'www.' ) ) {
			host = host.slice( 4 );
		}
		if ( ! PERSONAL_PAGE_HOSTS.has( host ) ) {
			continue;
		}
		let start = hostAt;
		// "https://" in front belongs to the address.
		while ( start > 0 && ! isSpaceOrOpen( text.charCodeAt( start - 1 ) ) ) {
			start--;
		}
		let end = at;
		while ( end < text.length && isPathCode( text.charCodeAt( end ) ) ) {
			end++;
		}
		while ( end > at && isTrailingCode( text.charCodeAt( end - 1 ) ) ) {
			end--;
		}
		next = end;
		// A page of its own, not the site's home ("gofundme.com/").
		if ( end - at < 3 ) {
			continue;
		}
		const owner = ownerBefore( scan, start );
		if (
			owner === 'self' ||
			owner === 'official' ||
			isKnownContact( text.slice( start, end ), scan.context ) ||
			isExample( scan, start, end ) ||
			! sentenceHasPerson( scan, start, end )
		) {
			continue;
		}
		out.push( { start, end, kind: 'url' } );
	}
}

// Characters of a host name: ASCII letters, digits, "." and "-".
function isHostCode( c: number ): boolean {
	return isAsciiLetterCode( c ) || isDigitCode( c ) || c === 46 || c === 45;
}

// White space or an opening bracket or quote: where a bare address starts.
function isSpaceOrOpen( c: number ): boolean {
	return (
		c === 32 || c === 10 || c === 9 || c === 40 || c === 34 || c === 0x201c
	);
}

// Characters of a URL path (ASCII letters, digits and "/-_.~%?=&#+").
function isPathCode( c: number ): boolean {
	return (
		isAsciiLetterCode( c ) ||
		isDigitCode( c ) ||
		c === 47 ||
		c === 45 ||
		c === 95 ||
		c === 46 ||
		c === 126 ||
		c === 37 ||
		c === 63 ||
		c === 61 ||
		c === 38 ||
		c === 35 ||
		c === 43
	);
}

// Punctuation that ends a sentence or clause after an address rather than belonging to it.
function isTrailingCode( c: number ): boolean {
	return c === 46 || c === 44 || c === 63 || c === 35 || c === 38;
}

/** Initials that are abbreviations, not people ("U.S.", "P.S.", "O.K."). */
const NOT_PERSON_INITIALS = new Set( [
	'US',
	'UK',
	'EU',
	'UN',
	'PS',
	'OK',
	'AM',
	'PM',
	'NB',
	'DC',
	'BC',
	'AD',
] );

// Length of a possessive ending ("'s", "’s", "s'") on a lower-cased word, or 0.
function possessiveLength( lower: string ): number {
	if ( lower.endsWith( "'s" ) ) {
		return 2;
	}
	return lower.endsWith( "'" ) ? 1 : 0;
}

// Whether the token is one capital letter written as an initial: "B" in "Mr B." or "A.B.".
function isInitial( scan: Scan, token: Token ): boolean {
	const c = token.text.charCodeAt( 0 );
	return (
		token.text.length === 1 &&
		c >= 65 &&
		c <= 90 &&
		scan.text.charCodeAt( token.end ) === 46
	);
}

/*
 * Initials standing for a private person: after a lay title ("Mr B.", "Mrs
 * J.", "Mr R.K."), or two or more after a patient or relation noun ("my
 * patient A.B.", "her husband, D.M."), and later repeats of those. Initials
 * are not de-identification: a patient's circle knows them.
 */
function detectInitials(
	scan: Scan,
	out: IdentifierMatch[]
): Set< string > | undefined {
	const { text, tokens } = scan;
	if ( ! INITIAL_HINT.test( text ) ) {
		return undefined;
	}
	// Made only when a text has initials to remember (most have none).
	let introduced: Set< string > | undefined;
	for ( let i = 0; i < tokens.length; i++ ) {
		if ( ! isInitial( scan, tokens[ i ] ) ) {
			continue;
		}
		// The run of initials, each written "X." with nothing between ("R.K.").
		let j = i;
		let letters = tokens[ i ].text;
		while (
			j + 1 < tokens.length &&
			isInitial( scan, tokens[ j + 1 ] ) &&
			tokens[ j + 1 ].start === tokens[ j ].end + 1
		) {
			j++;
			letters += tokens[ j ].text;
		}
		const first = i;
		i = j;
		let end = tokens[ j ].end + 1;
		const previous = tokens[ first - 1 ];
		// Not inside a longer word run ("U.S.A" glued to more letters) or an abbreviation in lower case.
		if ( isAsciiLetterCode( text.charCodeAt( end ) ) ) {
			continue;
		}
		const gap = previous
			? text.slice( previous.end, tokens[ first ].start )
			: '';
		let start = -1;
		if (
			previous &&
			LAY_TITLES.has( previous.lower ) &&
			isCapitalised( previous ) &&
			( gap === ' ' || gap === '. ' )
		) {
			start = previous.start;
		} else if (
			letters.length >= 2 &&
			! NOT_PERSON_INITIALS.has( letters ) &&
			previous &&
			( PATIENT_NOUNS.has( previous.lower ) ||
				RELATION_NOUNS.has( previous.lower ) ) &&
			( gap === ' ' || gap === ', ' )
		) {
			start = tokens[ first ].start;
		} else if ( letters.length >= 2 && introduced?.has( letters ) ) {
			start = tokens[ first ].start;
		}
		if ( start < 0 ) {
			continue;
		}
		// "Mrs J. Smith": the surname after the initials belongs to the same name.
		const surname = tokens[ j + 1 ];
		if (
			surname &&
			scan.nameWords[ j + 1 ] === 1 &&
			surname.start === end + 1 &&
			text.charCodeAt( end ) === 32
		) {
			end = surname.end - possessiveLength( surname.lower );
			i = j + 1;
		}
		introduced ??= new Set();
		introduced.add( letters );
		out.push( { start, end, kind: 'name', evidence: 'title' } );
	}
	if ( ! introduced ) {
		return undefined;
	}
	// As post facts: "r.k." (dotted, lower case), never a word of a name.
	const keys = new Set< string >();
	introduced.forEach( ( letters ) => {
		if ( letters.length >= 2 ) {
			keys.add( letters.toLowerCase().split( '' ).join( '.' ) + '.' );
		}
	} );
	return keys.size > 0 ? keys : undefined;
}

/** The initials ("R.K.") among each post's known names, read once per post's facts. */
const knownInitials = new WeakMap< ReadonlySet< string >, string[] >();

function initialsOf( known: ReadonlySet< string > ): string[] {
	let written = knownInitials.get( known );
	if ( written === undefined ) {
		written = [];
		for ( const key of known ) {
			if ( key.length >= 4 && key.endsWith( '.' ) ) {
				written.push( key.toUpperCase() );
			}
		}
		knownInitials.set( known, written );
	}
	return written;
}

// Bare mentions of initials another block showed to be a person's ("… R.K. managed the stairs").
function initialRepeats(
	text: string,
	matches: IdentifierMatch[],
	known: ReadonlySet< string >
): IdentifierMatch[] {
	const initials = initialsOf( known );
	if ( initials.length === 0 ) {
		return matches;
	}
	let merged: IdentifierMatch[] | undefined;
	initials.forEach( ( written ) => {
		let at = text.indexOf( written );
		while ( at >= 0 ) {
			const start = at;
			const end = at + written.length;
			at = text.indexOf( written, end );
			const before = start > 0 ? text.charCodeAt( start - 1 ) : 32;
			if (
				isAsciiLetterCode( before ) ||
				before === 46 ||
				isAsciiLetterCode( text.charCodeAt( end ) ) ||
				( merged ?? matches ).some(
					( match ) => match.start < end && start < match.end
				)
			) {
				continue;
			}
			merged ??= [ ...matches ];
			merged.push( {
				start,
				end,
				kind: 'name',
				evidence: 'repeat',
				replacement: placeholderFor( 'name' ),
				suggestions: [
					{
						label: thePatientLabel(),
						range: [ start, end ],
						text: thePatient(),
					},
				],
			} );
		}
	} );
	return merged ? merged.sort( ( a, b ) => a.start - b.start ) : matches;
}

/*
 * Current British number plates ("SV19 KXT": two letters, two digits, three
 * letters), German and French ones ("GAP-FB 218", "AB-123-CD") in a sentence
 * about a person and a vehicle. The shapes are rare in other text; a labelled
 * plate of any shape is found through its label.
 */
function detectPlates( scan: Scan, out: IdentifierMatch[] ): void {
	const { text, tokens } = scan;
	if ( ! scan.digit ) {
		return;
	}
	for ( const re of text.includes( '-' )
		? [ UK_PLATE, EU_PLATE, EU_PLATE_SPACED ]
		: [ UK_PLATE, EU_PLATE_SPACED ] ) {
		re.lastIndex = 0;
		let m: RegExpExecArray | null;
		while ( ( m = re.exec( text ) ) !== null ) {
			const start = m.index;
			const end = start + m[ 0 ].length;
			// Spaced, the shape is too loose ("ICU B 12"): the vehicle word must come right before ("his van, M AB 123").
			if ( re === EU_PLATE_SPACED ) {
				const before = tokens[ tokenIndexAt( tokens, start ) - 1 ];
				if (
					! before ||
					! VEHICLE_NOUNS.has( before.lower ) ||
					! GAP_OK.test( text.slice( before.end, start ) )
				) {
					continue;
				}
			}
			if (
				isExample( scan, start, end ) ||
				! sentenceHasPerson( scan, start, end ) ||
				! sentenceHas( scan, start, end, VEHICLE_NOUNS )
			) {
				continue;
			}
			out.push( { start, end, kind: 'vehicle' } );
		}
	}
}

// "his surgery on June 3, 2024", "her admission on 2 March": a date owned by a person's event.
function isOwnedEventDate( scan: Scan, start: number ): boolean {
	const { tokens } = scan;
	const at = tokenIndexAt( tokens, start );
	const on = tokens[ at - 1 ]?.lower;
	if ( on !== 'on' && on !== 'of' ) {
		return false;
	}
	const event = tokens[ at - 2 ];
	if (
		event === undefined ||
		! (
			PERSON_EVENT_CUES.has( event.lower ) ||
			OWNED_EVENT_NOUNS.has( event.lower )
		)
	) {
		return false;
	}
	// "her surgery", or one word between: "her knee surgery", "his second operation".
	for ( let k = at - 3; k >= Math.max( 0, at - 4 ); k-- ) {
		const owner = tokens[ k ].lower;
		if (
			owner === 'his' ||
			owner === 'her' ||
			owner === 'their' ||
			scan.inName[ k ] === 1
		) {
			return true;
		}
	}
	return false;
}

// Whether two lists hold the same strings in the same order.
function sameStrings( a: readonly string[], b: readonly string[] ): boolean {
	if ( a.length !== b.length ) {
		return false;
	}
	for ( let i = 0; i < a.length; i++ ) {
		if ( a[ i ] !== b[ i ] ) {
			return false;
		}
	}
	return true;
}

// The author's words from the last context seen (the context rarely changes).
const lastAuthors: {
	names: readonly string[];
	key: string;
	words: Set< string >;
} = {
	names: [],
	key: '',
	words: new Set(),
};

// Lower-cased words of the author's own names, never flagged as a patient's.
function authorWords( context: RuleContext ): Set< string > {
	// The same names as last time need not even be joined.
	if ( sameStrings( context.authorNames, lastAuthors.names ) ) {
		return lastAuthors.words;
	}
	lastAuthors.names = [ ...context.authorNames ];
	const key = context.authorNames.join( '\u0001' );
	if ( key === lastAuthors.key ) {
		return lastAuthors.words;
	}
	const words = new Set< string >();
	for ( const name of context.authorNames ) {
		// Split by hand: tokenize() keeps only the last text, which is the block's.
		for ( const word of name.toLowerCase().split( NAME_SEPARATORS ) ) {
			if ( word.length > 1 ) {
				words.add( word.replace( CURLY_APOSTROPHE, "'" ) );
			}
		}
	}
	lastAuthors.key = key;
	lastAuthors.words = words;
	return words;
}

/** What one text finds on its own, and what it tells about the whole post. */
interface UnitReading {
	matches: IdentifierMatch[];
	facts: PostFacts;
	/** The text declares its own names changed or its story invented. */
	renamed: boolean;
	/** Lower-cased name-shaped words outside the names found (a known name elsewhere may make them one). */
	loose: readonly string[];
	/** A full name opens a story of care with no narrator in this text (see findNames()). */
	unnarrated?: boolean;
	/** The text opens on a symptom's date whose person is in another block (see isStorySymptomDate()). */
	symptomOpening?: boolean;
}

/** Facts of the texts that declare nothing (or only their own names changed): shared, never changed. */
const NO_FACTS: PostFacts = {
	pseudonyms: new Set(),
	deidentified: false,
	knownPatientNames: new Set(),
};
const DEIDENTIFIED_FACTS: PostFacts = { ...NO_FACTS, deidentified: true };

const EMPTY_READING: UnitReading = {
	matches: [],
	facts: NO_FACTS,
	renamed: false,
	loose: [],
};

/** What findNames() finds a text to declare, gathered here and copied only when there is something. */
const declaredPseudonyms = new Set< string >();
const declaredStrong = new Set< string >();
const unusedStrong = new Set< string >();
const NO_LABELS: ReadonlyMap< number, Label > = new Map();
const NO_WORDS: readonly string[] = [];

// Whether "composite" at this match declares a composite case, not a "composite filling".
function isCompositeTerm( tokens: Token[], last: number ): boolean {
	const next = tokens[ last ];
	return next !== undefined && COMPOSITE_TERMS.has( next.lower );
}

/** What a word may start, for the detectors that look only at such tokens. */
interface WordStarts {
	/** First word of an ID label ("mrn", "nhs"). */
	label: boolean;
	/** First word of a de-identification phrase ("names", "pseudonym"). */
	declaration: boolean;
	/** A unit word ("Flat 4B"). */
	unit: boolean;
	/** "full-face", "facial", "full" or a photo noun. */
	photo: boolean;
	/** A word an age expression can start with ("aged", "she's"). */
	age: boolean;
}

// First word of a phrase, as PhraseIndex keys it.
function firstWord( phrase: string ): string | undefined {
	return tokenize( phrase )[ 0 ]?.lower;
}

/** What lower-case words may start (one look-up per token instead of one per detector); other words start nothing. */
const WORD_STARTS = new Map< string, WordStarts >();
function addStarts( word: string | undefined, key: keyof WordStarts ): void {
	if ( word === undefined ) {
		return;
	}
	let starts = WORD_STARTS.get( word );
	if ( ! starts ) {
		starts = {
			label: false,
			declaration: false,
			unit: false,
			photo: false,
			age: false,
		};
		WORD_STARTS.set( word, starts );
	}
	starts[ key ] = true;
}
for ( const label of ID_LABELS ) {
	addStarts( firstWord( label.phrase ), 'label' );
}
for ( const phrase of DEIDENTIFIED_PHRASES ) {
	addStarts( firstWord( phrase ), 'declaration' );
}
for ( const word of UNIT_WORDS ) {
	addStarts( word, 'unit' );
}
for ( const word of [ 'full-face', 'facial', 'full', ...PHOTO_NOUNS ] ) {
	addStarts( word, 'photo' );
}
for ( const word of [ 'age', 'aged', ...AGE_SUBJECTS ] ) {
	addStarts( word, 'age' );
}

/*
 * The shapes (first char, length, last char) of the words in WORD_STARTS, hashed
 * into a small table: a word whose shape is not there is not a key, which one
 * array read tells before the Map would hash the word (most words are not keys).
 */
const SHAPES_SIZE = 8192;
const STARTS_SHAPES = new Uint8Array( SHAPES_SIZE );
// Slot of a word's shape in STARTS_SHAPES.
function shapeSlot( word: string ): number {
	return (
		( word.charCodeAt( 0 ) * 131 +
			word.length * 17 +
			word.charCodeAt( word.length - 1 ) ) %
		SHAPES_SIZE
	);
}
for ( const word of WORD_STARTS.keys() ) {
	STARTS_SHAPES[ shapeSlot( word ) ] = 1;
}

// What a lower-case word may start, if anything.
function startsOf( lower: string ): WordStarts | undefined {
	return STARTS_SHAPES[ shapeSlot( lower ) ] === 1
		? WORD_STARTS.get( lower )
		: undefined;
}

// "ninety…", "hundred…", "one-hundred…", "a-hundred…": spelled ages over 89 (c is the first char code).
function isSpelledAgeStart( lower: string, c: number ): boolean {
	// Six letters at least ("ninety"): most words are shorter.
	return (
		lower.length >= 6 &&
		( ( c === 110 && lower.startsWith( 'ninety' ) ) ||
			( c === 104 && lower.startsWith( 'hundred' ) ) ||
			( c === 111 && lower.startsWith( 'one-hundred' ) ) ||
			( c === 97 && lower.startsWith( 'a-hundred' ) ) )
	);
}

/**
 * Indexes of the tokens that may start something, in text order, so that each
 * detector visits its own few tokens instead of every token. Made anew for each
 * text (computeIdentifiers() is never re-entered).
 */
const candidates = {
	/** First words of ID labels. */
	label: [] as number[],
	/** First words of de-identification phrases. */
	declaration: [] as number[],
	/** Digits and unit words: addresses. */
	address: [] as number[],
	/** Digits and the words an age can start with. */
	age: [] as number[],
	/** Words a photo reference starts with. */
	photo: [] as number[],
	/** State codes as written ("IL", "NSW"). */
	state: [] as number[],
	/** Name-shaped words (isNameWord()). */
	name: [] as number[],
	/** "i" and "we", who start encounters. */
	speaker: [] as number[],
	/** Tokens inside the names found. */
	inName: [] as number[],
};

// Two or three capitals, the shape of every state code.
function isStateShaped( word: string ): boolean {
	if ( word.length < 2 || word.length > 3 ) {
		return false;
	}
	for ( let i = 0; i < word.length; i++ ) {
		const c = word.charCodeAt( i );
		if ( c < 65 || c > 90 ) {
			return false;
		}
	}
	return true;
}

/** Per-token flags reused from text to text (grown when a text has more tokens). */
let nameWordsBuffer = new Uint8Array( 256 );
let inNameBuffer = new Uint8Array( 256 );
/** The flags of a text without names: every index reads as not in a name. */
const NO_NAME_TOKENS = new Uint8Array( 0 );

// The indexes in either sorted list, sorted, each once.
function union(
	a: readonly number[],
	b: readonly number[]
): readonly number[] {
	if ( b.length === 0 ) {
		return a;
	}
	const both: number[] = [];
	let j = 0;
	let k = 0;
	while ( j < a.length || k < b.length ) {
		if ( k >= b.length || ( j < a.length && a[ j ] < b[ k ] ) ) {
			both.push( a[ j++ ] );
		} else if ( j >= a.length || b[ k ] < a[ j ] ) {
			both.push( b[ k++ ] );
		} else {
			both.push( a[ j++ ] );
			k++;
		}
	}
	return both;
}

// One pass over the tokens: the candidates of each detector and the name-word flags.
function readTokens( tokens: Token[], nameShaped: Uint8Array ): void {
	// New arrays (emptying the old ones costs more: each would give up its storage).
	const found = candidates;
	found.label = [];
	found.declaration = [];
	found.address = [];
	found.age = [];
	found.photo = [];
	found.state = [];
	found.name = [];
	found.speaker = [];
	found.inName = [];
	for ( let i = 0; i < tokens.length; i++ ) {
		const token = tokens[ i ];
		const lower = token.lower;
		const c = lower.charCodeAt( 0 );
		const starts = startsOf( lower );
		if ( lower.length <= 2 && isSpeaker( lower ) ) {
			found.speaker.push( i );
		}
		if ( starts !== undefined ) {
			if ( starts.label ) {
				found.label.push( i );
			}
			if ( starts.declaration ) {
				found.declaration.push( i );
			}
			if ( starts.photo ) {
				found.photo.push( i );
			}
		}
		if ( isDigitCode( c ) ) {
			found.address.push( i );
			found.age.push( i );
		} else {
			if ( starts?.unit ) {
				found.address.push( i );
			}
			if ( starts?.age || isSpelledAgeStart( lower, c ) ) {
				found.age.push( i );
			}
		}
		nameShaped[ i ] = 0;
		// A word written as its lower case (most words) starting with ASCII has no capital:
		// it is neither a state code nor a name word.
		if ( token.text === lower && c < 128 ) {
			continue;
		}
		// State codes are capitals, two or three of them.
		if ( isStateShaped( token.text ) && STATE_CODES.has( token.text ) ) {
			found.state.push( i );
		}
		if ( isNameWord( token ) ) {
			nameShaped[ i ] = 1;
			found.name.push( i );
		}
	}
}

// Every non-overlapping longest match of the index, left to right (PhraseIndex.find() on the tokens that can start one).
function findPhrases< T >(
	index: PhraseIndex< T >,
	tokens: Token[],
	starts: readonly number[]
): Array< PhraseMatch< T > > {
	const found: Array< PhraseMatch< T > > = [];
	let next = 0;
	for ( const i of starts ) {
		if ( i < next ) {
			continue;
		}
		const match = index.matchAt( tokens, i );
		if ( match ) {
			found.push( match );
			next = match.last;
		}
	}
	return found;
}

// The suggestion for a name.
const thePatientLabel = () =>
	__( 'Replace with “the patient”', 'hcp-compliance' );
const thePatient = () => __( 'the patient', 'hcp-compliance' );

// The detection itself; findPatientIdentifiers() adds a small memo around it.
function computeIdentifiers(
	text: string,
	context: RuleContext,
	narrated = false,
	storyBefore = narrated
): UnitReading {
	if ( text.length < 2 ) {
		return EMPTY_READING;
	}
	const tokens = tokenize( text );
	if ( nameWordsBuffer.length < tokens.length ) {
		nameWordsBuffer = new Uint8Array(
			Math.max( tokens.length, nameWordsBuffer.length * 2 )
		);
	}
	const nameShaped = nameWordsBuffer;
	readTokens( tokens, nameShaped );
	let labelsByLastToken = NO_LABELS;
	const labels = findPhrases( labelIndex, tokens, candidates.label );
	if ( labels.length > 0 ) {
		const byLast = new Map< number, Label >();
		for ( const match of labels ) {
			byLast.set( match.last - 1, {
				first: match.first,
				kind: match.entry.kind,
			} );
		}
		labelsByLastToken = byLast;
	}
	const scan: Scan = {
		text,
		tokens,
		labelsByLastToken,
		nameWords: nameShaped,
		inName: NO_NAME_TOKENS,
		digit: HAS_DIGIT.test( text ),
		context,
		storyBefore,
		symptomOpening: false,
	};

	// What the unit says about its own story: invented, or names and details changed;
	// a declaration that is not about one name holds for the whole post.
	let invented = false;
	let renamed = false;
	let postWide = false;
	// The substring hints only ever narrowed the phrases found: test them only when there are some.
	const phrases = findPhrases(
		deidentifiedIndex,
		tokens,
		candidates.declaration
	);
	const declared =
		phrases.length > 0 &&
		DEIDENTIFIED_HINTS.some( ( hint ) => text.includes( hint ) )
			? phrases
			: [];
	for ( const match of declared ) {
		if (
			match.entry === 'composite' &&
			isCompositeTerm( tokens, match.last )
		) {
			continue;
		}
		renamed = true;
		const negated = isNegated( text, match.start, match.end, {
			window: 2,
		} );
		if ( INVENTED.has( match.entry ) && ! negated ) {
			invented = true;
		}
		if ( ! LOCAL_DEIDENTIFIED_PHRASES.has( match.entry ) && ! negated ) {
			postWide = true;
		}
	}
	if ( invented ) {
		return {
			matches: [],
			facts: postWide ? DEIDENTIFIED_FACTS : NO_FACTS,
			renamed: true,
			loose: [],
		};
	}

	const found: IdentifierMatch[] = [];
	// findNames() asks about one name's first token up to three times: the last answer is kept.
	let sentenceAt = -1;
	let sentence: [ number, number ] = [ 0, 0 ];
	const sentenceOf = ( index: number ): [ number, number ] => {
		if ( index !== sentenceAt ) {
			const token = tokens[ index ];
			sentence = sentenceTokens( scan, token.start, token.end );
			sentenceAt = index;
		}
		return sentence;
	};
	// A unit that declares its names changed still tells which names are pseudonyms.
	const declaredNames = {
		pseudonyms: clear( declaredPseudonyms ),
		strong: renamed ? clear( unusedStrong ) : clear( declaredStrong ),
		narrated,
		unnarrated: false,
	};
	const names = findNames(
		text,
		tokens,
		{
			shaped: nameShaped,
			names: candidates.name,
			speakers: candidates.speaker,
		},
		sentenceOf,
		authorWords( context ),
		declaredNames
	);
	let facts = factsOf( postWide, renamed );
	let loose: string[] | undefined;
	if ( ! renamed ) {
		let next = 0;
		for ( const i of candidates.name ) {
			const token = tokens[ i ];
			while ( next < names.length && names[ next ].end <= token.start ) {
				next++;
			}
			const inFound =
				next < names.length && names[ next ].start <= token.start;
			if ( ! inFound ) {
				loose ??= [];
				loose.push( baseWord( token ) );
			}
		}
		if ( names.length > 0 ) {
			if ( inNameBuffer.length < tokens.length ) {
				inNameBuffer = new Uint8Array( nameWordsBuffer.length );
			}
			scan.inName = inNameBuffer;
			scan.inName.fill( 0, 0, tokens.length );
		}
		for ( const name of names ) {
			// A well-known figure of medicine's history is a public person.
			if ( isHistoricalName( text.slice( name.start, name.end ) ) ) {
				continue;
			}
			for (
				let k = tokenIndexAt( tokens, name.start );
				k < tokens.length && tokens[ k ].start < name.end;
				k++
			) {
				if ( scan.inName[ k ] !== 1 ) {
					scan.inName[ k ] = 1;
					candidates.inName.push( k );
				}
			}
			found.push( {
				start: name.start,
				end: name.end,
				kind: 'name',
				evidence: name.evidence,
			} );
		}
	}
	detectEmails( scan, found );
	detectNumbers( scan, found );
	detectPostcodes( scan, found );
	detectAddresses( scan, found );
	detectUrls( scan, found );
	detectPhotos( scan, found );
	if ( text.includes( '@' ) ) {
		detectHandles( scan, found );
	}
	detectPersonalPages( scan, found );
	detectPlates( scan, found );
	if ( ! renamed ) {
		const initials = detectInitials( scan, found );
		// Initials shown to be a person's ("Mr R.K.") are known in the other blocks too.
		if ( initials ) {
			initials.forEach( ( key ) => declaredStrong.add( key ) );
			facts = factsOf( postWide, renamed );
		}
	}
	if ( ! renamed ) {
		detectDates( scan, found );
		detectAges( scan, found );
	}

	// Longest first where two overlap (an address holds its postcode).
	sortMatches( found );
	const kept: IdentifierMatch[] = [];
	for ( const match of found ) {
		const previous = kept[ kept.length - 1 ];
		if ( previous && match.start < previous.end ) {
			continue;
		}
		match.replacement = placeholderFor( match.kind );
		if ( match.kind === 'name' && match.evidence !== 'relation' ) {
			match.suggestions = [
				{
					label: thePatientLabel(),
					range: [ match.start, match.end ],
					text: thePatient(),
				},
			];
		}
		kept.push( match );
	}
	// "one of my patients", or "I saw Jun-Jun Cabahug" (a name met in the narrator's care).
	if (
		! renamed &&
		( tellsOfOwnPatient( tokens ) ||
			kept.some( ( match ) => match.evidence === 'encounter' ) )
	) {
		facts = { ...facts, narratesCase: true };
	}
	return {
		matches: kept,
		facts,
		renamed,
		loose: loose ?? NO_WORDS,
		...( declaredNames.unnarrated ? { unnarrated: true } : {} ),
		...( scan.symptomOpening ? { symptomOpening: true } : {} ),
	};
}

/** Nouns for the people a clinician cares for, after "my"/"our" ("one of my patients"). */
const OWN_PATIENT_NOUNS = new Set( [
	'patient',
	'patients',
	'client',
	'clients',
] );

/**
 * Whether a text tells of the author's own patient: "my patient", "one of our
 * patients", "a patient of mine".
 * @param tokens The text's tokens.
 */
function tellsOfOwnPatient( tokens: Token[] ): boolean {
	for ( let i = 1; i < tokens.length; i++ ) {
		if ( ! OWN_PATIENT_NOUNS.has( tokens[ i ].lower ) ) {
			continue;
		}
		const before = tokens[ i - 1 ].lower;
		if (
			before === 'my' ||
			before === 'our' ||
			( tokens[ i + 1 ]?.lower === 'of' &&
				( tokens[ i + 2 ]?.lower === 'mine' ||
					tokens[ i + 2 ]?.lower === 'ours' ) )
		) {
			return true;
		}
	}
	return false;
}

// Sorts by start, the longest first at the same start, keeping the order of equals (as sort() does).
function sortMatches( found: IdentifierMatch[] ): void {
	if ( found.length > 16 ) {
		found.sort( ( a, b ) => a.start - b.start || b.end - a.end );
		return;
	}
	// Insertion sort: a text has a handful of findings, for which sort() costs more.
	for ( let i = 1; i < found.length; i++ ) {
		const match = found[ i ];
		let j = i - 1;
		while (
			j >= 0 &&
			( found[ j ].start > match.start ||
				( found[ j ].start === match.start &&
					found[ j ].end < match.end ) )
		) {
			found[ j + 1 ] = found[ j ];
			j--;
		}
		found[ j + 1 ] = match;
	}
}

function clear( set: Set< string > ): Set< string > {
	// Clearing allocates a new table: only when there is something to clear.
	if ( set.size > 0 ) {
		set.clear();
	}
	return set;
}

// The facts of a text from what findNames() gathered: a shared object when it declares no name.
function factsOf( postWide: boolean, renamed: boolean ): PostFacts {
	const strong = renamed ? NO_FACTS.knownPatientNames : declaredStrong;
	if ( declaredPseudonyms.size === 0 && strong.size === 0 ) {
		return postWide ? DEIDENTIFIED_FACTS : NO_FACTS;
	}
	return {
		pseudonyms: new Set( declaredPseudonyms ),
		deidentified: postWide,
		knownPatientNames: new Set( strong ),
	};
}

/*
 * The span rule and the patient-case rule both read every block: a bounded memo
 * keyed by the text (and the author's names and contacts) lets the second read
 * reuse the first. Results are shared: callers must not change them.
 */
const memo = {
	contextKey: '',
	byText: new Map< string, UnitReading >(),
};

// The context key of the last context seen, by its lists (rebuilt only when they change).
const lastContext: {
	authorNames: readonly string[];
	officialContacts: readonly string[];
	key: string;
} = {
	authorNames: [],
	officialContacts: [],
	key: '\u0002',
};

// The author's names and the official contacts as one string.
function contextKeyOf( context: RuleContext ): string {
	if (
		! sameStrings( context.authorNames, lastContext.authorNames ) ||
		! sameStrings( context.officialContacts, lastContext.officialContacts )
	) {
		lastContext.authorNames = [ ...context.authorNames ];
		lastContext.officialContacts = [ ...context.officialContacts ];
		lastContext.key = `${ context.authorNames.join(
			'\u0001'
		) }\u0002${ context.officialContacts.join( '\u0001' ) }`;
	}
	return lastContext.key;
}
const MEMO_LIMIT = 2000;
const MEMO_MAX_TEXT = 20000;

/**
 * Every identifier of a patient or private person in a text, in order, with
 * the fix text for each; pure and linear in the length of the text.
 *
 * @param text    Plain text of one block attribute.
 * @param context The rule context (author names, official contacts).
 */
export function findPatientIdentifiers(
	text: string,
	context: RuleContext
): IdentifierMatch[] {
	let reading = readText( text, context );
	// Another block tells of the author's own patient: a story here that lacked only its narrator is theirs.
	if ( reading.unnarrated && context.post?.narratesCase ) {
		reading = readText( text, context, true );
	} else if (
		reading.symptomOpening &&
		context.post &&
		( context.post.narratesCase || context.post.knownPatientNames.size > 0 )
	) {
		// "The fever did break, on July 8" after a block about a named patient: that patient's.
		reading = readText( text, context, false, true );
	}
	return context.post
		? withPostFacts( text, reading, context.post )
		: reading.matches;
}

/**
 * What a text tells about the whole post: names it declares pseudonyms, names
 * it shows by strong evidence to be patients', and whether it declares the
 * post's names and details changed (or the case a composite).
 *
 * @param text    Plain text of one block attribute.
 * @param context The rule context (author names, official contacts).
 */
export function identifierFactsOf(
	text: string,
	context: RuleContext
): PostFacts {
	return readText( text, context ).facts;
}

// Lower-cased words of a found name, its lay title included ("mrs", "okafor").
function nameWords( text: string ): string[] {
	return text
		.toLowerCase()
		.replace( CURLY_APOSTROPHE, "'" )
		.split( NAME_SEPARATORS )
		.filter( ( word ) => word.length > 0 );
}

/*
 * The unit's own findings judged with what the rest of the post says: names it
 * declares pseudonyms (or all names, once it declares them changed) are not
 * identifiers; a name shown elsewhere to be a patient's is one here too.
 */
function withPostFacts(
	text: string,
	reading: UnitReading,
	post: PostFacts
): IdentifierMatch[] {
	const { pseudonyms, deidentified, knownPatientNames } = post;
	if ( deidentified ) {
		return reading.matches.filter( ( match ) => match.kind !== 'name' );
	}
	let matches = reading.matches;
	if ( pseudonyms.size > 0 ) {
		matches = matches.filter(
			( match ) =>
				match.kind !== 'name' ||
				! nameWords( text.slice( match.start, match.end ) ).some(
					( word ) => pseudonyms.has( word )
				)
		);
	}
	// Initials are no name-shaped word: looked for apart, only when a block knows some.
	if ( knownPatientNames.size > 0 && text.includes( '.' ) ) {
		matches = initialRepeats( text, matches, knownPatientNames );
	}
	let mentioned = false;
	for ( const word of reading.loose ) {
		if ( knownPatientNames.has( word ) ) {
			mentioned = true;
			break;
		}
	}
	if ( ! mentioned ) {
		return matches;
	}
	const repeats = findRepeats(
		text,
		tokenize( text ),
		knownPatientNames,
		matches
	);
	if ( repeats.length === 0 ) {
		return matches;
	}
	// Mentions that overlap another identifier (inside an address) stay with it.
	const merged = [ ...matches ];
	for ( const name of repeats ) {
		if (
			merged.some(
				( match ) => match.start < name.end && name.start < match.end
			)
		) {
			continue;
		}
		merged.push( {
			start: name.start,
			end: name.end,
			kind: 'name',
			evidence: 'repeat',
			replacement: placeholderFor( 'name' ),
			suggestions: [
				{
					label: thePatientLabel(),
					range: [ name.start, name.end ],
					text: thePatient(),
				},
			],
		} );
	}
	return merged.sort( ( a, b ) => a.start - b.start );
}

// The unit's reading, memoised by text (the span and the case rule both read each block).
function readText(
	text: string,
	context: RuleContext,
	narrated = false,
	storyBefore = narrated
): UnitReading {
	if ( text.length > MEMO_MAX_TEXT || narrated || storyBefore ) {
		// Read with a narrator or a patient elsewhere in the post: rare, and not kept.
		return computeIdentifiers( text, context, narrated, storyBefore );
	}
	// Keyed by the text itself (its hash is cached on the string) under a short context key.
	const contextKey = contextKeyOf( context );
	if ( contextKey !== memo.contextKey || memo.byText.size >= MEMO_LIMIT ) {
		memo.contextKey = contextKey;
		memo.byText.clear();
	}
	let found = memo.byText.get( text );
	if ( ! found ) {
		found = computeIdentifiers( text, context );
		memo.byText.set( text, found );
	}
	return found;
}

/** Message formats per identifier kind, each naming the guideline behind it. */
const MESSAGE_FORMATS: Record<
	IdentifierKind,
	() => TransformedText< string >
> = {
	name: () =>
		/* translators: %s: the name found in the post. */
		__(
			'“%s” looks like the name of a patient or another private person. Names identify patients (HIPAA Safe Harbor, 45 CFR 164.514(b)(2); GMC confidentiality guidance): remove it, or use a pseudonym and say that it is one.',
			'hcp-compliance'
		),
	date: () =>
		/* translators: %s: the date found in the post. */
		__(
			'“%s” is a date tied to a person (a birth, visit, admission or death). HIPAA Safe Harbor treats every part of such a date except the year as identifying: give only the year, or say “recently”.',
			'hcp-compliance'
		),
	age: () =>
		/* translators: %s: the age found in the post, e.g. "92-year-old". */
		__(
			'“%s”: ages over 89 identify patients under HIPAA Safe Harbor, because so few people reach them. Say “over 90” instead.',
			'hcp-compliance'
		),
	phone: () =>
		/* translators: %s: the phone number found in the post. */
		__(
			'“%s” looks like a patient’s or relative’s phone or fax number, a HIPAA Safe Harbor identifier. Remove it.',
			'hcp-compliance'
		),
	email: () =>
		/* translators: %s: the email address found in the post. */
		__(
			'“%s” is a personal email address, a HIPAA Safe Harbor identifier. Remove it; if it is yours, point readers to the practice’s official contact instead.',
			'hcp-compliance'
		),
	address: () =>
		/* translators: %s: the street address found in the post. */
		__(
			'“%s” is a street address that can identify a patient (HIPAA Safe Harbor). Remove it, or name only the region.',
			'hcp-compliance'
		),
	postcode: () =>
		/* translators: %s: the postcode or ZIP code found in the post. */
		__(
			'“%s” is a full postcode or ZIP code, which can identify where a patient lives (HIPAA Safe Harbor). Remove it, or name only the town or region.',
			'hcp-compliance'
		),
	recordNumber: () =>
		/* translators: %s: the record number found in the post. */
		__(
			'“%s” is a medical record or health service number. It identifies the patient (HIPAA Safe Harbor; GMC and NMC confidentiality guidance): remove it.',
			'hcp-compliance'
		),
	healthPlan: () =>
		/* translators: %s: the health plan number found in the post. */
		__(
			'“%s” is a health plan or insurance member number, a HIPAA Safe Harbor identifier. Remove it.',
			'hcp-compliance'
		),
	ssn: () =>
		/* translators: %s: the national identity number found in the post. */
		__(
			'“%s” looks like a social security or national identity number, a HIPAA Safe Harbor identifier. Remove it.',
			'hcp-compliance'
		),
	account: () =>
		/* translators: %s: the account number found in the post. */
		__(
			'“%s” is an account or claim number tied to a patient, a HIPAA Safe Harbor identifier. Remove it.',
			'hcp-compliance'
		),
	device: () =>
		/* translators: %s: the device serial number found in the post. */
		__(
			'“%s” is a device serial number or identifier tied to a patient, a HIPAA Safe Harbor identifier. Remove it.',
			'hcp-compliance'
		),
	vehicle: () =>
		/* translators: %s: the licence or vehicle number found in the post. */
		__(
			'“%s” is a licence or vehicle number tied to a person, a HIPAA Safe Harbor identifier. Remove it.',
			'hcp-compliance'
		),
	url: () =>
		/* translators: %s: the web or IP address found in the post. */
		__(
			'“%s” is a web or IP address that points to a particular person, a HIPAA Safe Harbor identifier. Remove it.',
			'hcp-compliance'
		),
	photo: () =>
		/* translators: %s: the words describing the photo, e.g. "full-face photo". */
		__(
			'“%s”: a full-face photo identifies a patient (HIPAA Safe Harbor). Use an image that does not show the face, or publish it only with the patient’s written consent and say so in the post.',
			'hcp-compliance'
		),
	otherId: () =>
		/* translators: %s: the code or number found in the post. */
		__(
			'“%s” is a number or code that belongs to one patient, a HIPAA Safe Harbor identifier. Remove it.',
			'hcp-compliance'
		),
};

/** Message builders per identifier kind: the translated format with the excerpt. */
const messages = {} as Record<
	IdentifierKind,
	( data: Record< string, string > ) => string
>;
for ( const kind of Object.keys( MESSAGE_FORMATS ) as IdentifierKind[] ) {
	const format = MESSAGE_FORMATS[ kind ];
	messages[ kind ] = ( data ) => {
		// The formats all take one %s (sprintf()'s types count arguments in a literal format only).
		const text = format() as '%s';
		return sprintf( text, data.excerpt );
	};
}

const rule: SpanRule = {
	meta: {
		id: 'privacy/patient-identifier',
		category: 'privacy',
		kind: 'span',
		severity: 'error',
		docs: __(
			'Keep patients unidentifiable: no names, dates of care, ages over 89, contact details, addresses, record or plan numbers, or full-face photos.',
			'hcp-compliance'
		),
		guideline:
			'HIPAA Safe Harbor, 45 CFR 164.514(b)(2); GMC confidentiality and social media guidance; AMA Code of Medical Ethics Opinion 2.3.2; NCSBN social media guidelines',
		messages,
	},
	facts: ( unit: TextUnit, context: RuleContext ): PostFacts =>
		identifierFactsOf( unit.text, context ),
	check: ( unit: TextUnit, context: RuleContext ): SpanReport[] =>
		findPatientIdentifiers( unit.text, context ).map( ( match ) => {
			const report: SpanReport = {
				messageId: match.kind,
				range: [ match.start, match.end ],
				data: { excerpt: unit.text.slice( match.start, match.end ) },
			};
			if ( match.replacement !== undefined ) {
				report.fix = {
					type: 'replace',
					range: [ match.start, match.end ],
					text: match.replacement,
				};
			}
			if ( match.suggestions && match.suggestions.length > 0 ) {
				report.suggestions = match.suggestions.map( ( s ) => ( {
					label: s.label,
					fix: { type: 'replace', range: s.range, text: s.text },
				} ) );
			}
			return report;
		} ),
};

export default rule;
