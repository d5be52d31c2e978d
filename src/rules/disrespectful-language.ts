/**
 * Rule professionalism/disrespectful-language: demeaning words about patients
 * ("frequent flyer", "noncompliant idiots", "crazy patient", "drug seekers").
 *
 * Two lookups in one pass over the words: the list of labels and insults
 * (data/disrespectful-language.ts, looked up by first word), and a demeaning
 * adjective right before a patient noun ("lazy patients"). A term mentioned in
 * order to discourage it ("we no longer say 'frequent flyer'", "instead of
 * “bed blocker”") does not fire, nor an insult the writer aims at themself
 * ("I felt like an idiot").
 */
import { sprintf } from '@wordpress/i18n';

import { __ } from '../engine/i18n';
import type { SpanReport, SpanRule } from '../engine/types';
import {
	COMPOUND_INSULT_NOUNS,
	COPULAS,
	DEMEANING_ADJECTIVES,
	DISRESPECTFUL_TERMS,
	NICKNAME_BODY_PARTS,
	NICKNAME_CONDITIONS,
	NICKNAME_TITLES,
	PATIENT_NOUNS,
	PEOPLE_NOUNS,
	PREDICATE_FILLERS,
	PREDICATE_NOUNS,
	SUBJECT_NOUNS,
	WARD_LABELS,
	WARD_PLACES,
	type DisrespectfulEntry,
} from './data/disrespectful-language';
import {
	isQuotedToDiscourage,
	patterns as textPatterns,
	PhraseIndex,
	sentenceBounds,
	tokenIndexAt,
	tokenize,
	type Token,
} from './utils/text';

/** Every regular expression this rule uses, for the ReDoS test. */
export const patterns: RegExp[] = [ ...textPatterns ];

const index = new PhraseIndex(
	DISRESPECTFUL_TERMS,
	( entry ) => entry.phrases
);

/** Words by which writers aim an insult at themselves ("I'm such an idiot"). */
const SELF_WORDS = new Set( [
	'i',
	"i'm",
	'im',
	'me',
	'myself',
	"i've",
	"i'd",
	'am',
	'like',
	'we',
	"we're",
	'us',
	'ourselves',
] );

/**
 * Whether the writer aims the word at themself: "I" or "like" within three words before it.
 * @param tokens
 * @param first
 */
function aimedAtSelf( tokens: Token[], first: number ): boolean {
	for ( let k = Math.max( 0, first - 3 ); k < first; k++ ) {
		if ( SELF_WORDS.has( tokens[ k ].lower ) ) {
			return true;
		}
	}
	return false;
}

/** A finding before it becomes a report. */
interface Hit {
	start: number;
	end: number;
	replacement: string;
	/** Capitalised as a name ("Mrs Migraine"), so capitalise the rewrite only at a sentence start. */
	asName?: boolean;
}

/**
 * Whether a word of `words` sits in the sentence around token `first`.
 * @param text   The unit text.
 * @param tokens Words of the unit.
 * @param first  Index of the matched word.
 * @param words  Words that give the match an innocent meaning.
 */
function nearAny(
	text: string,
	tokens: Token[],
	first: number,
	words: readonly string[]
): boolean {
	const [ from, to ] = sentenceBounds(
		text,
		tokens[ first ].start,
		tokens[ first ].end
	);
	for (
		let k = tokenIndexAt( tokens, from );
		k < tokens.length && tokens[ k ].end <= to;
		k++
	) {
		if ( words.includes( tokens[ k ].lower ) ) {
			return true;
		}
	}
	return false;
}

/** Forms of "to be" before a label ("he was noncompliant"). */
const BE_WORDS = new Set( [
	'is',
	'was',
	'are',
	'were',
	'been',
	'being',
	"he's",
	"she's",
	"they're",
	'totally',
	'so',
	'completely',
] );

/** What a rule, not a person, may fail to comply with. */
const RULE_WORDS = new Set( [
	'hipaa',
	'gdpr',
	'regulations',
	'regulation',
	'law',
	'laws',
	'policy',
	'policies',
	'standards',
	'standard',
	'guidelines',
	'rules',
	'requirements',
	'code',
] );

/**
 * Whether "noncompliant" at `i` labels a person ("he was noncompliant again"),
 * not a product or process ("the app is non-compliant with HIPAA").
 * @param tokens Words of the unit.
 * @param i      Index of the word.
 */
function isNoncompliantLabel( tokens: Token[], i: number ): boolean {
	const word = tokens[ i ].lower;
	if ( word !== 'noncompliant' && word !== 'non-compliant' ) {
		return false;
	}
	if ( ! BE_WORDS.has( tokens[ i - 1 ]?.lower ?? '' ) ) {
		return false;
	}
	for ( let k = i + 1; k < tokens.length && k <= i + 4; k++ ) {
		if ( RULE_WORDS.has( tokens[ k ].lower ) ) {
			return false;
		}
	}
	return true;
}

/**
 * Whether a list entry matched at tokens [first, last) is used of someone.
 * @param text
 * @param entry
 * @param tokens
 * @param first
 * @param last
 */
function isUse(
	text: string,
	entry: DisrespectfulEntry,
	tokens: Token[],
	first: number,
	last: number
): boolean {
	const next = tokens[ last ]?.lower;
	if ( next && entry.notBefore?.includes( next ) ) {
		return false;
	}
	const previous = tokens[ first - 1 ]?.lower;
	if ( previous && entry.notAfter?.includes( previous ) ) {
		return false;
	}
	if ( entry.notNear && nearAny( text, tokens, first, entry.notNear ) ) {
		return false;
	}
	return ! ( entry.selfSkip && aimedAtSelf( tokens, first ) );
}

/** Labels left to their own check ("he was noncompliant"). */
const NOT_PREDICATED = new Set( [ 'noncompliant', 'non-compliant' ] );

/** Respectful rewrite offered for a predicated insult. */
const PREDICATE_REPLACEMENT = 'having a hard time';

/**
 * The insult predicated of a patient or relative at token `i` ("patients are
 * just lazy and entitled", "her family were a complete nightmare"): the range
 * of the insult words and the index of their last word.
 * @param tokens Words of the unit.
 * @param i      Index of the subject noun.
 */
function predicatedInsult(
	tokens: Token[],
	i: number
): { start: number; end: number; last: number } | undefined {
	if (
		! SUBJECT_NOUNS.has( tokens[ i ].lower ) ||
		! COPULAS.has( tokens[ i + 1 ]?.lower ?? '' )
	) {
		return undefined;
	}
	let k = i + 2;
	let article = -1;
	while (
		k < tokens.length &&
		k < i + 6 &&
		PREDICATE_FILLERS.has( tokens[ k ].lower )
	) {
		if ( tokens[ k ].lower === 'a' || tokens[ k ].lower === 'an' ) {
			article = k;
		}
		k++;
	}
	if ( ! isInsultAt( tokens, k, article >= 0 ) ) {
		return undefined;
	}
	const start = tokens[ article >= 0 ? article : k ].start;
	let last = k;
	// "lazy and entitled": take in a coordinated second insult.
	const joiner = tokens[ last + 1 ]?.lower;
	if (
		( joiner === 'and' || joiner === 'or' ) &&
		isInsultAt( tokens, last + 2, article >= 0 )
	) {
		last += 2;
	}
	return { start, end: tokens[ last ].end, last };
}

/**
 * Whether token `k` is a demeaning adjective or (after an article, or plural) noun.
 * @param tokens  Words of the unit.
 * @param k       Index of the word.
 * @param article Whether "a"/"an" came before it.
 */
function isInsultAt( tokens: Token[], k: number, article: boolean ): boolean {
	const word = tokens[ k ]?.lower;
	if ( word === undefined || NOT_PREDICATED.has( word ) ) {
		return false;
	}
	if ( DEMEANING_ADJECTIVES.has( word ) ) {
		// "mad at me": angry; "entitled to a copy": a right, not a slur.
		const next = tokens[ k + 1 ]?.lower;
		return ! (
			( word === 'mad' &&
				( next === 'at' || next === 'about' || next === 'with' ) ) ||
			( word === 'entitled' && next === 'to' )
		);
	}
	return PREDICATE_NOUNS.has( word ) && ( article || word.endsWith( 's' ) );
}

/**
 * Index of the last word of a ward label at `i` ("the overdose in bed 4"
 * ends at "overdose"): "the", a condition or substance from WARD_LABELS, then
 * "in" a place on the ward. -1 when the words have another shape.
 * @param tokens Words of the unit.
 * @param i      Index of "the".
 */
function wardLabelEnd( tokens: Token[], i: number ): number {
	if (
		tokens[ i ].lower !== 'the' ||
		! WARD_LABELS.has( tokens[ i + 1 ]?.lower ?? '' ) ||
		tokens[ i + 2 ]?.lower !== 'in' ||
		! WARD_PLACES.has( tokens[ i + 3 ]?.lower ?? '' )
	) {
		return -1;
	}
	return i + 1;
}

/**
 * Whether a word is written with a capital first letter, as a name is.
 * @param token
 */
function isCapitalised( token: Token ): boolean {
	const code = token.text.charCodeAt( 0 );
	return code >= 65 && code <= 90;
}

/**
 * Index of the last word of a nickname built from a diagnosis at `i` ("Lady
 * Fibro", "Mr Chest Pain"): a title, then a capitalised condition (or body
 * part and "Pain"). -1 when the words have another shape ("Queen of Connacht").
 * @param tokens Words of the unit.
 * @param i      Index of the title.
 */
function nicknameEnd( tokens: Token[], i: number ): number {
	if (
		! NICKNAME_TITLES.has( tokens[ i ].lower ) ||
		! isCapitalised( tokens[ i ] )
	) {
		return -1;
	}
	const next = tokens[ i + 1 ];
	if ( ! next || ! isCapitalised( next ) ) {
		return -1;
	}
	if ( NICKNAME_CONDITIONS.has( next.lower ) ) {
		return i + 1;
	}
	const pain = tokens[ i + 2 ];
	return NICKNAME_BODY_PARTS.has( next.lower ) &&
		pain?.lower === 'pain' &&
		isCapitalised( pain )
		? i + 2
		: -1;
}

/**
 * Plural of a replacement for a plural term: "person who …" becomes "people who …".
 * @param replacement
 */
function pluralise( replacement: string ): string {
	const space = replacement.indexOf( ' ' );
	const head = space < 0 ? replacement : replacement.slice( 0, space );
	const tail = space < 0 ? '' : replacement.slice( space );
	if ( head === 'person' ) {
		return 'people' + tail;
	}
	return head.endsWith( 's' ) ? replacement : head + 's' + tail;
}

/**
 * Lower-cases the first letter of a replacement unless the original started a sentence.
 * @param original
 * @param replacement
 */
function matchCase( original: string, replacement: string ): string {
	if ( replacement === '' ) {
		return replacement;
	}
	const upper = original[ 0 ] !== original[ 0 ].toLowerCase();
	return upper
		? replacement[ 0 ].toUpperCase() + replacement.slice( 1 )
		: replacement;
}

/**
 * The words a hit can start with: the first words of the listed terms (as the
 * phrase index keys them), "noncompliant", the subjects of a predicated
 * insult and the demeaning adjectives. Any other word starts no hit, so the
 * scan passes it over with one look-up instead of four.
 */
const START_WORDS: ReadonlySet< string > = new Set( [
	...DISRESPECTFUL_TERMS.flatMap( ( entry ) =>
		entry.phrases.map( ( phrase ) => tokenize( phrase )[ 0 ]?.lower )
	),
	'noncompliant',
	'non-compliant',
	...SUBJECT_NOUNS,
	...DEMEANING_ADJECTIVES.keys(),
	'the',
	...NICKNAME_TITLES,
	...COMPOUND_INSULT_NOUNS,
] );

/**
 * Whether token `i` ends a mocking compound label ("sweet-stealing cheaters"):
 * a noun from COMPOUND_INSULT_NOUNS after a hyphenated word ending in "-ing".
 * @param tokens Words of the unit.
 * @param i      Index of the noun.
 */
function isCompoundInsult( tokens: Token[], i: number ): boolean {
	if ( ! COMPOUND_INSULT_NOUNS.has( tokens[ i ].lower ) || i === 0 ) {
		return false;
	}
	const before = tokens[ i - 1 ].lower;
	const hyphen = before.indexOf( '-' );
	return (
		hyphen > 0 &&
		hyphen < before.length - 4 &&
		before.endsWith( 'ing' ) &&
		tokens[ i ].start - tokens[ i - 1 ].end === 1
	);
}

const rule: SpanRule = {
	meta: {
		id: 'professionalism/disrespectful-language',
		category: 'professionalism',
		kind: 'span',
		// Public contempt for patients is a conduct matter for regulators, not a style point.
		severity: 'error',
		docs: __(
			'Describe patients with respect: no ward slang, labels or insults about the people you care for.',
			'hcp-compliance'
		),
		guideline: __(
			'AMA Code of Medical Ethics Opinion 2.3.2; GMC Good medical practice (treat patients with dignity and respect); NCSBN social media guidelines',
			'hcp-compliance'
		),
		messages: {
			demeaning: ( data ) =>
				sprintf(
					/* translators: 1: the words found, 2: a respectful alternative. */
					__(
						'"%1$s" demeans patients. Public posts are read by patients and their families, and regulators treat contempt for patients as a professionalism issue. Describe the person and the situation instead, for example "%2$s" (AMA Opinion 2.3.2; GMC Good medical practice; NCSBN).',
						'hcp-compliance'
					),
					data.term,
					data.replacement
				),
		},
	},
	check: ( unit ) => {
		const { text } = unit;
		if ( text.length === 0 ) {
			return [];
		}
		const tokens = tokenize( text );
		const hits: Hit[] = [];
		for ( let i = 0; i < tokens.length; i++ ) {
			if ( ! START_WORDS.has( tokens[ i ].lower ) ) {
				continue;
			}
			const match = index.matchAt( tokens, i );
			if ( match ) {
				if (
					isUse( text, match.entry, tokens, match.first, match.last )
				) {
					const lastWord = tokens[ match.last - 1 ].lower;
					const plural =
						lastWord.endsWith( 's' ) && ! lastWord.endsWith( 'ss' );
					// "noncompliant idiots": keep a demeaning adjective in the excerpt.
					const adjective = DEMEANING_ADJECTIVES.has(
						tokens[ i - 1 ]?.lower ?? ''
					);
					hits.push( {
						start: adjective ? tokens[ i - 1 ].start : match.start,
						end: match.end,
						replacement: plural
							? ( match.entry.plural ??
								pluralise( match.entry.replacement ) )
							: match.entry.replacement,
					} );
				}
				i = match.last - 1;
				continue;
			}
			// "the overdose in bed 4", "Lady Fibro": a person reduced to a diagnosis.
			const label = Math.max(
				wardLabelEnd( tokens, i ),
				nicknameEnd( tokens, i )
			);
			if ( label > i ) {
				hits.push( {
					start: tokens[ i ].start,
					end: tokens[ label ].end,
					replacement: 'the patient',
					asName: true,
				} );
				i = label;
				continue;
			}
			if ( isCompoundInsult( tokens, i ) ) {
				hits.push( {
					start: tokens[ i - 1 ].start,
					end: tokens[ i ].end,
					replacement: 'patients',
				} );
				continue;
			}
			if ( isNoncompliantLabel( tokens, i ) ) {
				hits.push( {
					start: tokens[ i ].start,
					end: tokens[ i ].end,
					replacement: 'not taking the treatment as prescribed',
				} );
				continue;
			}
			const predicated = predicatedInsult( tokens, i );
			if ( predicated ) {
				hits.push( {
					start: predicated.start,
					end: predicated.end,
					replacement: PREDICATE_REPLACEMENT,
				} );
				i = predicated.last;
				continue;
			}
			const adjective = DEMEANING_ADJECTIVES.get( tokens[ i ].lower );
			// "crazy old lady": allow "old" between the adjective and the noun.
			const skip = tokens[ i + 1 ]?.lower === 'old' ? 2 : 1;
			const noun = tokens[ i + skip ];
			if (
				adjective &&
				noun &&
				( PATIENT_NOUNS.has( noun.lower ) ||
					( adjective.anyone && PEOPLE_NOUNS.has( noun.lower ) ) )
			) {
				const rest = text.slice( tokens[ i + 1 ].start, noun.end );
				hits.push( {
					start: tokens[ i ].start,
					end: noun.end,
					replacement: adjective.replacement
						? `${ adjective.replacement } ${ rest }`
						: rest,
				} );
				i += skip;
			}
		}
		const reports: SpanReport[] = [];
		for ( const hit of hits ) {
			if ( isQuotedToDiscourage( text, hit.start, hit.end ) ) {
				continue;
			}
			const term = text.slice( hit.start, hit.end );
			const replacement =
				hit.asName &&
				sentenceBounds( text, hit.start, hit.end )[ 0 ] !== hit.start
					? hit.replacement
					: matchCase( term, hit.replacement );
			reports.push( {
				messageId: 'demeaning',
				range: [ hit.start, hit.end ],
				data: { term, replacement },
				fix: {
					type: 'replace',
					range: [ hit.start, hit.end ],
					text: replacement,
				},
			} );
		}
		return reports;
	},
};

export default rule;
