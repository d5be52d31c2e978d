/**
 * Finding names of private people from linguistic evidence: a lay title
 * ("Mrs Ellis"), a patient noun ("my patient Donna"), a relation ("his wife,
 * Ruth"), an age in apposition ("Margaret Ellis, a 92-year-old"), a clinical
 * encounter ("I went to see …", "… first came to see me"), or a full name with
 * a known given name in a sentence about care. A capitalised pair alone is
 * never enough: cited researchers, credited photographers, bylines and places
 * are capitalised too.
 */
import { isFirstName } from '../data/first-names';
import {
	CHILD_DESCRIPTORS,
	CITATION_CUES_AFTER,
	CITATION_CUES_BEFORE,
	CLINICAL_POSSESSIONS,
	CREDENTIAL_SUFFIXES,
	ENCOUNTER_VERBS,
	LAY_TITLES,
	NAME_PREDICATES,
	NOT_NAMES,
	PATIENT_NOUNS,
	PERSON_NOUNS,
	PERSON_PRONOUNS,
	PREDICATE_ADVERBS,
	PROFESSIONAL_TITLES,
	PUBLIC_FIGURE_CUES,
	PSEUDONYM_VERBS,
	RELATION_NOUNS,
	STREET_SUFFIXES,
	THIRD_PERSON_POSSESSIVES,
} from '../data/patient-identifiers';
import { PhraseIndex } from './text';
import type { Token } from './text';

/** Capitalised word: an upper-case letter, then letters with at least one lower-case (no digits). */
const CAPITALISED = /^\p{Lu}[\p{L}'’-]*$/u;
const HAS_LOWER = /\p{Ll}/u;
/** "92-year-old", "92-yr-old", "92-years-old" as one token. */
const YEAR_OLD = /^\d{1,3}-(?:years?|yrs?|y)-old$/;
const DIGITS = /^\d{1,3}$/;
/** "(not her real name)" right after a name. */
const NOT_REAL_AFTER =
	/^\W{0,3}(?:is |was )?(?:not (?:his|her|their|the|a) real name|a pseudonym|an alias|not real)/;
const BEFORE_YEAR = /^\s*[(,]\s*$/;
const YEAR = /^(?:19|20)\d\d$/;
/** "Ms", not "MS" (multiple sclerosis). */
const TITLE_CASE = /^\p{Lu}\p{Ll}*$/u;

/** Every regular expression this module uses, for the ReDoS test. */
export const patterns: RegExp[] = [
	CAPITALISED,
	HAS_LOWER,
	YEAR_OLD,
	DIGITS,
	NOT_REAL_AFTER,
	BEFORE_YEAR,
	YEAR,
	TITLE_CASE,
];

/** How a name was recognised: strong cues may name anyone, weak ones need a known given name. */
export type NameEvidence =
	| 'title'
	| 'patient-noun'
	| 'relation'
	| 'age'
	| 'encounter'
	| 'predicate'
	| 'possession'
	| 'context'
	| 'repeat';

/** A name found in a text, with its offsets (possessive "'s" and lay title handled). */
export interface NameMatch {
	start: number;
	end: number;
	/** Lower-cased words of the name, possessive removed. */
	words: string[];
	evidence: NameEvidence;
}

/**
 * Word without a possessive ending, lower case.
 * @param token
 */
export function baseWord( token: Token ): string {
	const lower = token.lower;
	const ending = possessiveEnding( lower );
	return ending === 0 ? lower : lower.slice( 0, -ending );
}

/**
 * Length of a possessive ending, by char codes: 2 for "'s", 1 for "s'", else 0.
 * @param lower A token's lower-case form.
 */
function possessiveEnding( lower: string ): number {
	const n = lower.length;
	if ( n < 2 ) {
		return 0;
	}
	const last = lower.charCodeAt( n - 1 );
	const before = lower.charCodeAt( n - 2 );
	// 39 is the apostrophe, 115 "s".
	if ( last === 115 && before === 39 ) {
		return 2;
	}
	return last === 39 && before === 115 ? 1 : 0;
}

function isPossessive( token: Token ): boolean {
	return possessiveEnding( token.lower ) > 0;
}

// End offset of a token without its possessive ending.
function bareEnd( token: Token ): number {
	return token.end - possessiveEnding( token.lower );
}

/** The tokens findNames() starts from, read by the caller in its own pass over the tokens. */
export interface NameCandidates {
	/** 1 for each token shaped like part of a name (isNameWord()), else 0. */
	shaped: ArrayLike< number >;
	/** Indexes of those tokens, in order. */
	names: readonly number[];
	/** Indexes of the tokens "i" and "we", in order (they start encounters). */
	speakers: readonly number[];
}

/**
 * Whether a word is "i" or "we", who start an encounter ("I saw …").
 * @param lower A token's lower-case form.
 */
export function isSpeaker( lower: string ): boolean {
	return lower === 'i' || lower === 'we';
}

/**
 * Whether a token is shaped like part of a person's name.
 * @param token
 */
export function isNameWord( token: Token ): boolean {
	// Cheap first: names start with a capital, never a digit or a lower-case letter.
	const text = token.text;
	const first = text.charCodeAt( 0 );
	if ( first < 65 || ( first > 90 && first < 128 ) ) {
		return false;
	}
	const shaped = first <= 90 ? asciiNameShape( text ) : NAME_SHAPE_UNKNOWN;
	if ( shaped === NAME_SHAPE_NO ) {
		return false;
	}
	const base = baseWord( token );
	return (
		base.length >= 2 &&
		( shaped === NAME_SHAPE_YES ||
			( CAPITALISED.test( text ) && HAS_LOWER.test( text ) ) ) &&
		! NOT_NAMES.has( base )
	);
}

const NAME_SHAPE_NO = 0;
const NAME_SHAPE_YES = 1;
const NAME_SHAPE_UNKNOWN = 2;

/**
 * CAPITALISED and HAS_LOWER decided by char codes for a word that starts with
 * A-Z (most words): the regexes are left for words with other characters.
 * @param text A word starting with an ASCII capital.
 */
function asciiNameShape( text: string ): number {
	let lower = false;
	for ( let i = 1; i < text.length; i++ ) {
		const c = text.charCodeAt( i );
		if ( c >= 97 && c <= 122 ) {
			lower = true;
		} else if ( c >= 128 ) {
			return NAME_SHAPE_UNKNOWN;
		} else if ( ! ( ( c >= 65 && c <= 90 ) || c === 39 || c === 45 ) ) {
			// A digit or other sign: not a name's shape.
			return NAME_SHAPE_NO;
		}
	}
	return lower ? NAME_SHAPE_YES : NAME_SHAPE_NO;
}

const encounterIndex = new PhraseIndex( ENCOUNTER_VERBS, ( verb ) => [ verb ] );
const predicateIndex = new PhraseIndex( NAME_PREDICATES, ( phrase ) => [
	phrase,
] );

// Text between two tokens.
function gap( text: string, a: Token, b: Token ): string {
	return text.slice( a.end, b.start );
}

// Whether exactly one space separates two tokens (no string is built).
function spaceBetween( text: string, a: Token, b: Token ): boolean {
	return b.start - a.end === 1 && text.charCodeAt( a.end ) === 32;
}

// Whether the text between two tokens is exactly `between` (no string is built).
function gapIs( text: string, a: Token, b: Token, between: string ): boolean {
	return (
		b.start - a.end === between.length && text.startsWith( between, a.end )
	);
}

// Gaps that keep two words in one phrase: a space, or a comma and space.
function isJoin( text: string, a: Token, b: Token ): boolean {
	return spaceBetween( text, a, b ) || gapIs( text, a, b, ', ' );
}

// False only for words that CAPITALISED cannot match: those starting with an ASCII character other than A-Z.
function mayBeCapitalised( word: string ): boolean {
	const c = word.charCodeAt( 0 );
	return c >= 128 || ( c >= 65 && c <= 90 );
}

// Whether a title and a name are joined by a space, or a full stop and a space ("Mrs Ellis", "Dr. Shah").
function isTitleGap( text: string, a: Token, b: Token ): boolean {
	return spaceBetween( text, a, b ) || gapIs( text, a, b, '. ' );
}

// Whether the text between two tokens ends a sentence or a line (. ! ? : or a line break).
function gapEndsSentence( text: string, a: Token, b: Token ): boolean {
	for ( let k = a.end; k < b.start; k++ ) {
		const c = text.charCodeAt( k );
		// . ! ? : and a line break
		if ( c === 46 || c === 33 || c === 63 || c === 58 || c === 10 ) {
			return true;
		}
	}
	return false;
}

// YEAR_OLD, tried only on words that start with a digit as it needs.
function isYearOld( word: string ): boolean {
	const c = word.charCodeAt( 0 );
	return c >= 48 && c <= 57 && YEAR_OLD.test( word );
}

// A run of name words from token i: the index one past its last token, or -1 when it looks like a place or organisation.
function readRun(
	tokens: Token[],
	text: string,
	nameWords: ArrayLike< number >,
	i: number
): number {
	let j = i + 1;
	while (
		j < tokens.length &&
		j - i < 5 &&
		! isPossessive( tokens[ j - 1 ] ) &&
		spaceBetween( text, tokens[ j - 1 ], tokens[ j ] ) &&
		nameWords[ j ] === 1
	) {
		j++;
	}
	if ( j - i > 3 ) {
		return -1;
	}
	for ( let k = i + 1; k < j; k++ ) {
		if ( STREET_SUFFIXES.has( baseWord( tokens[ k ] ) ) ) {
			return -1;
		}
	}
	const next = tokens[ j ];
	if (
		next &&
		spaceBetween( text, tokens[ j - 1 ], next ) &&
		mayBeCapitalised( next.text ) &&
		CITATION_CUES_AFTER.has( next.lower ) &&
		CAPITALISED.test( next.text )
	) {
		return -1;
	}
	return j;
}

// Whether the name at [first, last) is a cited, credited or professional person.
function isCitedOrProfessional(
	tokens: Token[],
	text: string,
	first: number,
	last: number,
	lookBefore: boolean
): boolean {
	for ( let k = Math.max( 0, first - 3 ); lookBefore && k < first; k++ ) {
		if ( CITATION_CUES_BEFORE.has( tokens[ k ].lower ) ) {
			return true;
		}
	}
	const before = tokens[ first - 1 ];
	if (
		before &&
		PROFESSIONAL_TITLES.has( before.lower ) &&
		isTitleGap( text, before, tokens[ first ] )
	) {
		return true;
	}
	const after = tokens[ last ];
	if ( after ) {
		const between = gap( text, tokens[ last - 1 ], after );
		if (
			CITATION_CUES_AFTER.has( after.lower ) &&
			( between === ' ' || between === "'s " || between === '’s ' )
		) {
			return true;
		}
		if (
			between.trim() === ',' &&
			CREDENTIAL_SUFFIXES.has( after.lower )
		) {
			return true;
		}
		// "(2019)" or ", 2019" right after a surname: a citation.
		if ( BEFORE_YEAR.test( between ) && YEAR.test( after.text ) ) {
			return true;
		}
		// "Mr Patel, a consultant surgeon": a colleague.
		if ( between === ', ' ) {
			for ( let k = last; k < Math.min( tokens.length, last + 4 ); k++ ) {
				if (
					PROFESSIONAL_TITLES.has( tokens[ k ].lower ) ||
					CREDENTIAL_SUFFIXES.has( tokens[ k ].lower )
				) {
					return true;
				}
			}
		}
	}
	return false;
}

// Whether the name at token i is introduced as a pseudonym ("I'll call her Zoe", "Zoe (not her real name)").
function isPseudonym(
	tokens: Token[],
	text: string,
	first: number,
	last: number,
	before: NeighbourRoles
): boolean {
	// "I'll call him Mr Baxter": look past a lay title.
	const titled = before.layTitle ? 1 : 0;
	const r1 = titled ? rolesOf( tokens[ first - 2 ] ) : before;
	if ( r1.pseudonymVerb ) {
		return true;
	}
	if (
		r1.pseudonymObject &&
		rolesOf( tokens[ first - 2 - titled ] ).pseudonymVerb
	) {
		return true;
	}
	const end = tokens[ last - 1 ].end;
	return (
		mayStartNotReal( text, end ) &&
		NOT_REAL_AFTER.test( text.slice( end, end + 48 ).toLowerCase() )
	);
}

/** Words between a pseudonym verb and the name ("call her Zoe"). */
const PSEUDONYM_OBJECTS = new Set( [
	'him',
	'her',
	'them',
	'this',
	'the',
	'my',
] );

/**
 * Whether NOT_REAL_AFTER can match at `at`: after at most three non-word
 * characters and an optional "is " or "was ", it needs "not ", "a pseudonym" or
 * "an alias". A cheap test on the text as it is (any case), before lower-casing
 * a slice of it for the regex.
 * @param text The text.
 * @param at   Offset right after a name.
 */
function mayStartNotReal( text: string, at: number ): boolean {
	// Past at most three non-word characters (\W) to the first word character.
	let k = at;
	while (
		k < at + 3 &&
		k < text.length &&
		! isWordCode( text.charCodeAt( k ) )
	) {
		k++;
	}
	if ( startsWithWord( text, k, 'is ' ) ) {
		k += 3;
	} else if ( startsWithWord( text, k, 'was ' ) ) {
		k += 4;
	}
	return (
		startsWithWord( text, k, 'not ' ) ||
		startsWithWord( text, k, 'a pseudonym' ) ||
		startsWithWord( text, k, 'an alias' )
	);
}

// \w: an ASCII letter or digit, or "_".
function isWordCode( c: number ): boolean {
	return (
		( c >= 65 && c <= 90 ) ||
		( c >= 97 && c <= 122 ) ||
		( c >= 48 && c <= 57 ) ||
		c === 95
	);
}

// Whether `words` (lower case ASCII) is at `at`, in any case.
function startsWithWord( text: string, at: number, words: string ): boolean {
	if ( at + words.length > text.length ) {
		return false;
	}
	for ( let i = 0; i < words.length; i++ ) {
		const c = text.charCodeAt( at + i );
		if ( ( c >= 65 && c <= 90 ? c + 32 : c ) !== words.charCodeAt( i ) ) {
			return false;
		}
	}
	return true;
}

// Age right after a name: ", a 92-year-old", ", 67,", " was a 97-year-old", ", aged 80".
function hasAgeApposition(
	tokens: Token[],
	text: string,
	last: number
): boolean {
	const t0 = tokens[ last ];
	const t1 = tokens[ last + 1 ];
	const t2 = tokens[ last + 2 ];
	if ( ! t0 ) {
		return false;
	}
	const name = tokens[ last - 1 ];
	if ( gapIs( text, name, t0, ', ' ) || gapIs( text, name, t0, ' (' ) ) {
		if ( ( t0.lower === 'a' || t0.lower === 'an' ) && isAgeToken( t1 ) ) {
			return true;
		}
		if (
			isAgeToken( t0 ) ||
			( t0.lower === 'aged' && t1 && DIGITS.test( t1.text ) )
		) {
			return true;
		}
		// ", 67," or " (67)": the gap after the number starts with a comma or a bracket.
		const next = text.charCodeAt( t0.end );
		if (
			DIGITS.test( t0.text ) &&
			t1 &&
			t1.start > t0.end &&
			( next === 44 || next === 41 )
		) {
			return true;
		}
	}
	if (
		spaceBetween( text, name, t0 ) &&
		( t0.lower === 'was' || t0.lower === 'is' ) &&
		t1 &&
		( t1.lower === 'a' || t1.lower === 'an' )
	) {
		return isAgeToken( t2 );
	}
	return false;
}

/** Ages a story gives in words ("Baraka was four"): a child's or a teenager's. */
const AGE_WORDS = new Set( [
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen',
] );

/** Units of an age said in full ("was 7 years old", "is six months old"). */
const AGE_UNITS = new Set( [
	'year',
	'years',
	'month',
	'months',
	'week',
	'weeks',
] );

/*
 * "Amani Wekesa was four, …", "Lena Vogt is 7 years old": a full name whose
 * predicate is an age is a person, whatever the name's origin. The number must
 * end its clause (a comma or full stop after it) or be an age said in full, so
 * that "was four storeys" or "is 12 km away" say nothing.
 */
function hasAgePredicate(
	tokens: Token[],
	text: string,
	last: number
): boolean {
	const verb = tokens[ last ];
	const age = tokens[ last + 1 ];
	if (
		! verb ||
		! age ||
		! ( verb.lower === 'was' || verb.lower === 'is' ) ||
		! spaceBetween( text, tokens[ last - 1 ], verb ) ||
		! spaceBetween( text, verb, age ) ||
		! ( AGE_WORDS.has( age.lower ) || DIGITS.test( age.text ) )
	) {
		return false;
	}
	const after = text.charCodeAt( age.end );
	// 44 is a comma, 46 a full stop, 59 a semicolon; the text may end there.
	if (
		Number.isNaN( after ) ||
		after === 44 ||
		after === 46 ||
		after === 59
	) {
		return true;
	}
	const unit = tokens[ last + 2 ];
	return (
		unit !== undefined &&
		AGE_UNITS.has( unit.lower ) &&
		tokens[ last + 3 ]?.lower === 'old'
	);
}

// An age as one token ("92-year-old").
function isAgeToken( token: Token | undefined ): boolean {
	return token !== undefined && isYearOld( token.lower );
}

/** Encounter verbs that are clinical in themselves ("we admitted Dorothy"), unlike "visited" or "saw". */
const CLINICAL_VERBS = new Set( [
	'treated',
	'treat',
	'admitted',
	'examined',
	'assessed',
	'reviewed',
	'discharged',
	'referred',
	'nursed',
	'diagnosed',
	'on',
	'after',
	'for',
	'prescribed',
	'vaccinated',
] );
/** Prepositions before a capitalised word that make it a place ("from Halifax", "in Leeds"). */
const PREPOSITIONS = new Set( [
	'in',
	'at',
	'from',
	'to',
	'near',
	'of',
	'on',
	'with',
	'by',
	'into',
	'outside',
	'around',
] );

/** Cues right before a name that already say who it is, so "by" or "photo" further back does not matter. */
const STRONG_CUES: ReadonlySet< NameEvidence > = new Set( [
	'title',
	'patient-noun',
	'relation',
] );

// Whether the token range [from, to) holds any of the words.
function sentenceHasAny(
	tokens: Token[],
	[ from, to ]: [ number, number ],
	words: ReadonlySet< string >
): boolean {
	for ( let k = from; k < to; k++ ) {
		if ( words.has( tokens[ k ].lower ) ) {
			return true;
		}
	}
	return false;
}

// "My mother, Patricia": the author's own family, written about in the first person.
function isOwnFamily( tokens: Token[], first: number ): boolean {
	const p1 = tokens[ first - 1 ];
	const p2 = tokens[ first - 2 ];
	return (
		!! p1 &&
		!! p2 &&
		RELATION_NOUNS.has( p1.lower ) &&
		( p2.lower === 'my' || p2.lower === 'our' )
	);
}

// Which strong cue (title, patient noun, relation) sits right before the name, if any.
function cueBefore(
	tokens: Token[],
	text: string,
	first: number,
	names: readonly number[],
	r1: NeighbourRoles
): NameEvidence | undefined {
	const p1 = tokens[ first - 1 ];
	if ( ! p1 ) {
		return undefined;
	}
	const name = tokens[ first ];
	if (
		r1.layTitle &&
		TITLE_CASE.test( p1.text ) &&
		isTitleGap( text, p1, name )
	) {
		return 'title';
	}
	// "little Sofia", "Baby Noah": a fond word before a known given name.
	if (
		r1.child &&
		spaceBetween( text, p1, name ) &&
		isFirstName( baseWord( name ) )
	) {
		return 'patient-noun';
	}
	const p2 = tokens[ first - 2 ];
	// "my patient Donna", "a patient, Donna,", "Patient: John D."
	if (
		r1.patientNoun &&
		( isJoin( text, p1, name ) || gapIs( text, p1, name, ': ' ) )
	) {
		return 'patient-noun';
	}
	if (
		( p1.lower === 'named' || p1.lower === 'called' ) &&
		p2 &&
		spaceBetween( text, p1, name )
	) {
		const r2 = rolesOf( p2 );
		if ( r2.patientNoun || r2.personNoun ) {
			return 'patient-noun';
		}
	}
	if ( r1.relation && p2 && isJoin( text, p1, name ) ) {
		if (
			rolesOf( p2 ).thirdPersonPossessive ||
			( names.includes( first - 2 ) && isPossessive( p2 ) )
		) {
			return 'relation';
		}
	}
	// "an elderly gentleman, Ramesh Kulkarni,": a person noun in apposition.
	// "a 7-year-old, Leo," names the child the age describes.
	if (
		( r1.personNoun ||
			r1.patientNoun ||
			( isYearOld( p1.lower ) && isFirstName( baseWord( name ) ) ) ) &&
		gapIs( text, p1, name, ', ' )
	) {
		return 'patient-noun';
	}
	return undefined;
}

// Whether a professional title before the name follows "his/her/their" and a relation ("her son, Dr …").
function isTitledRelative(
	tokens: Token[],
	text: string,
	first: number
): boolean {
	const title = tokens[ first - 1 ];
	const relation = tokens[ first - 2 ];
	const owner = tokens[ first - 3 ];
	return (
		owner !== undefined &&
		PROFESSIONAL_TITLES.has( title.lower ) &&
		TITLE_CASE.test( title.text ) &&
		isTitleGap( text, title, tokens[ first ] ) &&
		rolesOf( relation ).relation &&
		isJoin( text, relation, title ) &&
		rolesOf( owner ).thirdPersonPossessive
	);
}

/** Words that put a sentence in a clinical story, for full names with no nearer cue. */
const CARE_CONTEXT = new Set( [
	...PATIENT_NOUNS,
	'patients',
	'visit',
	'visited',
	'admitted',
	'diagnosed',
	'treated',
	'treatment',
	'referred',
	'discharged',
	'prescribed',
	'starting',
	'started',
	'came',
	'seen',
	'ward',
	'died',
	'photo',
	'before-and-after',
	'clinic',
	'consultation',
	'appointment',
	'symptoms',
	'surgery',
	'hospice',
] );

/** Subject pronouns that carry a sentence's subject into the next one. */
const SUBJECT_PRONOUNS = new Set( [ 'he', 'she' ] );
/** The narrating clinician's own words: the story is one they took part in. */
const FIRST_PERSON = new Set( [ 'i', 'me', 'my', 'we', 'us', 'our' ] );
/** Words of a person receiving care (not giving it): "she came to our unit", "he was admitted". */
const RECEIVED_CARE = new Set( [
	'came',
	'admitted',
	'diagnosed',
	'referred',
	'discharged',
	'treated',
	'seen',
	'presented',
	'collapsed',
	'died',
	'prescribed',
	'symptoms',
	'appointment',
	'consultation',
] );
/** Words of a colleague's story ("she joined our practice", "works as a district nurse"). */
const STAFF_WORDS = new Set( [
	'joined',
	'works',
	'worked',
	'working',
	'runs',
	'leads',
	'trained',
	'qualified',
	'colleague',
	'colleagues',
	'team',
	'staff',
	'volunteer',
	'volunteers',
	'career',
] );

// Whether a word tells of someone's work in care rather than their care ("sister" and "father" are family first).
function isStaffWord( word: string ): boolean {
	return (
		STAFF_WORDS.has( word ) ||
		( PROFESSIONAL_TITLES.has( word ) && ! RELATION_NOUNS.has( word ) ) ||
		CREDENTIAL_SUFFIXES.has( word )
	);
}

/*
 * Whether the sentences after the one opened by a full name go on with that
 * person's care: "Beatrice Halloran taught for thirty years. She came to our
 * stroke unit …". A full name opening a story is its subject; "he"/"she" in
 * the next sentence, a care word in it or the one after, and the clinician
 * there too ("our", "me") say the story is one of their patients'. Famous and
 * cited people's health stories have no narrator in them: without one the
 * answer is 'noNarrator', which counts where another block of the post tells
 * of the author's own patient ("One of my patients taught me…").
 */
function storyFollows(
	tokens: Token[],
	sentenceOf: ( index: number ) => [ number, number ],
	first: number
): 'story' | 'noNarrator' | undefined {
	const [ sFirst, sLast ] = sentenceOf( first );
	let end = sLast;
	// The clinician is in the story ("my spelling", "our stroke unit"); a cited or famous person's sentence is not one.
	let present = false;
	for ( let k = sFirst; k < sLast; k++ ) {
		const word = tokens[ k ].lower;
		if (
			CITATION_CUES_BEFORE.has( word ) ||
			PUBLIC_FIGURE_CUES.has( word ) ||
			isStaffWord( word )
		) {
			return undefined;
		}
		present ||= FIRST_PERSON.has( word );
	}
	let pronoun = false;
	let care = false;
	// The next sentence goes on with "he"/"she"; it or the one after it tells of care.
	for ( let sentence = 0; sentence < 2 && end < tokens.length; sentence++ ) {
		const [ nFirst, nLast ] = sentenceOf( end );
		for ( let k = nFirst; k < nLast; k++ ) {
			const word = tokens[ k ].lower;
			if ( isStaffWord( word ) ) {
				return undefined;
			}
			if ( sentence === 0 ) {
				pronoun ||= SUBJECT_PRONOUNS.has( word );
			}
			care ||= RECEIVED_CARE.has( word );
			present ||= FIRST_PERSON.has( word );
		}
		if ( ! pronoun || nLast <= end ) {
			break;
		}
		end = nLast;
	}
	if ( ! pronoun || ! care ) {
		return undefined;
	}
	return present ? 'story' : 'noNarrator';
}

/**
 * Every name of a private person in the tokens, from evidence; names declared
 * pseudonyms and names of cited or professional people are left out.
 *
 * @param text                The text the tokens come from.
 * @param tokens              Its word tokens.
 * @param candidates          Its name-shaped tokens and speakers (see NameCandidates).
 * @param sentenceOf          Gives the [start, end) token range of the sentence around a token.
 * @param excludedWords       Lower-cased words of names that belong to the author.
 * @param declared            Filled, when given, with what the text declares.
 * @param declared.pseudonyms Words of names declared pseudonyms.
 * @param declared.strong     Words of names shown by strong evidence (a
 *                            title, "my patient", a relation) to be a private person's.
 * @param declared.narrated   The post tells of the author's own patient elsewhere.
 * @param declared.unnarrated Set when a story lacked only its narrator.
 */
export function findNames(
	text: string,
	tokens: Token[],
	candidates: NameCandidates,
	sentenceOf: ( index: number ) => [ number, number ],
	excludedWords: ReadonlySet< string >,
	declared?: {
		pseudonyms: Set< string >;
		strong: Set< string >;
		/** The post tells of the author's own patient (see storyFollows()). */
		narrated?: boolean;
		/** Set when a story lacked only its narrator, so `narrated` would find more. */
		unnarrated?: boolean;
	}
): NameMatch[] {
	const nameWords = candidates.shaped;
	// Tokens right after "I/we + encounter verb" (a Map only once there is one).
	let afterEncounter: Map< number, number > | undefined;
	for ( const i of candidates.speakers ) {
		let k = i + 1;
		if ( tokens[ k ] && PREDICATE_ADVERBS.has( tokens[ k ].lower ) ) {
			k++;
		}
		const verb = tokens[ k ]
			? encounterIndex.matchAt( tokens, k )
			: undefined;
		if (
			verb &&
			tokens[ verb.last ] &&
			spaceBetween( text, tokens[ verb.last - 1 ], tokens[ verb.last ] )
		) {
			afterEncounter ??= new Map();
			afterEncounter.set( verb.last, i );
		}
	}

	const found: NameMatch[] = [];
	// First tokens of the names found, in order.
	const nameStarts: number[] = [];
	let pseudonyms: Set< string > | undefined;
	// Name words before `next` are read already (part of a run or a name).
	let next = 0;
	for ( const i of candidates.names ) {
		if ( i < next ) {
			continue;
		}
		const last = readRun( tokens, text, nameWords, i );
		if ( last < 0 ) {
			// Skip the rest of a long capitalised run (an organisation or a title).
			next = i + 1;
			while ( next < tokens.length && nameWords[ next ] === 1 ) {
				next++;
			}
			continue;
		}
		let first = i;
		// "Little Sofia Marchetti" opening a sentence: the fond word is not part of the name.
		if (
			last - first >= 2 &&
			CHILD_DESCRIPTORS.has( tokens[ first ].lower ) &&
			isFirstName( baseWord( tokens[ first + 1 ] ) )
		) {
			first++;
		}
		const knownFirst = isFirstName( baseWord( tokens[ first ] ) );
		// What the word before the name is, looked up once for all the tests below.
		const before = rolesOf( tokens[ first - 1 ] );
		if ( isPseudonym( tokens, text, first, last, before ) ) {
			pseudonyms ??= new Set();
			for ( let k = first; k < last; k++ ) {
				pseudonyms.add( baseWord( tokens[ k ] ) );
			}
			next = last;
			continue;
		}
		let evidence: NameEvidence | undefined = cueBefore(
			tokens,
			text,
			first,
			nameStarts,
			before
		);
		// "her son, Dr Martin Hale": a patient's relative, whatever their profession.
		const titledRelative =
			! evidence && isTitledRelative( tokens, text, first );
		if ( titledRelative ) {
			evidence = 'relation';
		}
		if (
			! evidence &&
			( hasAgeApposition( tokens, text, last ) ||
				( last - first >= 2 && hasAgePredicate( tokens, text, last ) ) )
		) {
			const p1 = tokens[ first - 1 ];
			const preposition = p1 && before.placePreposition;
			if ( ! preposition ) {
				evidence = 'age';
			}
		}
		const previous = tokens[ first - 1 ];
		const midSentence =
			previous !== undefined &&
			! gapEndsSentence( text, previous, tokens[ first ] );
		if (
			! evidence &&
			afterEncounter?.has( first ) &&
			( knownFirst || midSentence )
		) {
			// "I visited Florence" is a holiday unless the sentence is about a person or care;
			// "we admitted Dorothy" is care already.
			const verbAt = afterEncounter.get( first ) ?? first;
			if ( before.clinicalVerb ) {
				evidence = 'encounter';
			}
			const [ sFirst, sLast ] = sentenceOf( first );
			for ( let k = sFirst; ! evidence && k < sLast; k++ ) {
				const word = tokens[ k ].lower;
				if ( k >= verbAt && k < first ) {
					continue;
				}
				if (
					PERSON_PRONOUNS.has( word ) ||
					CARE_CONTEXT.has( word ) ||
					isYearOld( word )
				) {
					evidence = 'encounter';
					break;
				}
			}
		}
		const p1 = tokens[ first - 1 ];
		const afterPreposition = p1 !== undefined && before.preposition;
		if (
			! evidence &&
			( knownFirst ||
				( ( midSentence || last - first > 1 ) && ! afterPreposition ) )
		) {
			let k = last;
			if ( tokens[ k ] && PREDICATE_ADVERBS.has( tokens[ k ].lower ) ) {
				k++;
			}
			if (
				tokens[ k ] &&
				! isPossessive( tokens[ last - 1 ] ) &&
				spaceBetween( text, tokens[ k - 1 ], tokens[ k ] ) &&
				predicateIndex.matchAt( tokens, k )
			) {
				evidence = 'predicate';
			} else if (
				knownFirst &&
				isPossessive( tokens[ last - 1 ] ) &&
				tokens[ last ] &&
				CLINICAL_POSSESSIONS.has( tokens[ last ].lower )
			) {
				evidence = 'possession';
			}
		}
		if ( ! evidence && knownFirst && last - first >= 2 ) {
			const [ sFirst, sLast ] = sentenceOf( first );
			for ( let k = sFirst; k < sLast; k++ ) {
				if (
					CARE_CONTEXT.has( tokens[ k ].lower ) ||
					isYearOld( tokens[ k ].lower )
				) {
					evidence = 'context';
					break;
				}
			}
		}
		if ( ! evidence && knownFirst && last - first >= 2 && ! midSentence ) {
			const story = storyFollows( tokens, sentenceOf, first );
			if (
				story === 'story' ||
				( story === 'noNarrator' && declared?.narrated )
			) {
				evidence = 'context';
			} else if ( story === 'noNarrator' && declared ) {
				declared.unnarrated = true;
			}
		}
		if ( ! evidence ) {
			next = last;
			continue;
		}
		const words: string[] = [];
		for ( let k = first; k < last; k++ ) {
			words.push( baseWord( tokens[ k ] ) );
		}
		if (
			( ! titledRelative &&
				isCitedOrProfessional(
					tokens,
					text,
					first,
					last,
					! STRONG_CUES.has( evidence )
				) ) ||
			isOwnFamily( tokens, first ) ||
			( ! STRONG_CUES.has( evidence ) &&
				sentenceHasAny(
					tokens,
					sentenceOf( first ),
					PUBLIC_FIGURE_CUES
				) ) ||
			words.every( ( w ) => excludedWords.has( w ) )
		) {
			next = last;
			continue;
		}
		const title = evidence === 'title' ? tokens[ first - 1 ] : undefined;
		nameStarts.push( first );
		found.push( {
			start: title ? title.start : tokens[ first ].start,
			end: bareEnd( tokens[ last - 1 ] ),
			words,
			evidence,
		} );
		next = last;
	}

	pseudonyms?.forEach( ( word ) => declared?.pseudonyms.add( word ) );
	if ( found.length === 0 ) {
		return found;
	}
	// Later mentions of a name already shown to be a patient's ("Margaret's Doppler reading").
	const known = new Set< string >();
	for ( const match of found ) {
		for ( const word of match.words ) {
			if ( ! pseudonyms?.has( word ) && ! excludedWords.has( word ) ) {
				known.add( word );
				if ( declared && STRONG_CUES.has( match.evidence ) ) {
					declared.strong.add( word );
				}
			}
		}
	}
	const repeats = findRepeats( text, tokens, known, found, nameWords );
	// `found` is in text order already.
	if ( repeats.length === 0 && pseudonyms === undefined ) {
		return found;
	}
	const declaredPseudonyms = pseudonyms;
	return [ ...found, ...repeats ]
		.filter(
			( m ) => ! m.words.some( ( w ) => declaredPseudonyms?.has( w ) )
		)
		.sort( ( a, b ) => a.start - b.start );
}

/** Prepositions that make an age after a capitalised word a place's ("in Leeds, 1990"). */
const PLACE_PREPOSITIONS = new Set( [
	'in',
	'at',
	'from',
	'to',
	'near',
	'of',
	'on',
] );

/** What a word right before a name can be, from the lists above (one look-up instead of one per list). */
interface NeighbourRoles {
	layTitle: boolean;
	child: boolean;
	patientNoun: boolean;
	personNoun: boolean;
	relation: boolean;
	thirdPersonPossessive: boolean;
	pseudonymVerb: boolean;
	pseudonymObject: boolean;
	clinicalVerb: boolean;
	preposition: boolean;
	placePreposition: boolean;
}

const NO_ROLES: NeighbourRoles = {
	layTitle: false,
	child: false,
	patientNoun: false,
	personNoun: false,
	relation: false,
	thirdPersonPossessive: false,
	pseudonymVerb: false,
	pseudonymObject: false,
	clinicalVerb: false,
	preposition: false,
	placePreposition: false,
};

/** The roles of the words that have any; every other word has none. */
const ROLES = new Map< string, NeighbourRoles >();
for ( const [ role, words ] of [
	[ 'layTitle', LAY_TITLES ],
	[ 'child', CHILD_DESCRIPTORS ],
	[ 'patientNoun', PATIENT_NOUNS ],
	[ 'personNoun', PERSON_NOUNS ],
	[ 'relation', RELATION_NOUNS ],
	[ 'thirdPersonPossessive', THIRD_PERSON_POSSESSIVES ],
	[ 'pseudonymVerb', PSEUDONYM_VERBS ],
	[ 'pseudonymObject', PSEUDONYM_OBJECTS ],
	[ 'clinicalVerb', CLINICAL_VERBS ],
	[ 'preposition', PREPOSITIONS ],
	[ 'placePreposition', PLACE_PREPOSITIONS ],
] as const ) {
	for ( const word of words ) {
		const roles = ROLES.get( word ) ?? { ...NO_ROLES };
		roles[ role ] = true;
		ROLES.set( word, roles );
	}
}

// The roles of a token's word (none for no token).
function rolesOf( token: Token | undefined ): NeighbourRoles {
	return ( token && ROLES.get( token.lower ) ) || NO_ROLES;
}

/**
 * Mentions of names already known to be patients' ("Margaret's Doppler
 * reading" after "my patient Margaret"), outside the names already found.
 *
 * @param text      The text the tokens come from.
 * @param tokens    Its word tokens.
 * @param known     Lower-cased words of the known names.
 * @param found     Names already found in the text, in text order.
 * @param nameWords 1 for each token that is a name word, when the caller has them.
 */
export function findRepeats(
	text: string,
	tokens: Token[],
	known: ReadonlySet< string >,
	found: ReadonlyArray< { start: number; end: number } >,
	nameWords?: ArrayLike< number >
): NameMatch[] {
	const repeats: NameMatch[] = [];
	if ( known.size > 0 ) {
		// `found` is in text order, so one moving pointer tells whether a token is already covered.
		let next = 0;
		const covered = ( offset: number ) => {
			while ( next < found.length && found[ next ].end <= offset ) {
				next++;
			}
			return next < found.length && found[ next ].start <= offset;
		};
		for ( let i = 0; i < tokens.length; i++ ) {
			const token = tokens[ i ];
			if (
				! ( nameWords ? nameWords[ i ] === 1 : isNameWord( token ) ) ||
				! known.has( baseWord( token ) ) ||
				covered( token.start )
			) {
				continue;
			}
			let j = i + 1;
			while (
				j < tokens.length &&
				! isPossessive( tokens[ j - 1 ] ) &&
				spaceBetween( text, tokens[ j - 1 ], tokens[ j ] ) &&
				known.has( baseWord( tokens[ j ] ) )
			) {
				j++;
			}
			repeats.push( {
				start: token.start,
				end: bareEnd( tokens[ j - 1 ] ),
				words: tokens.slice( i, j ).map( baseWord ),
				evidence: 'repeat',
			} );
			i = j - 1;
		}
	}
	return repeats;
}
