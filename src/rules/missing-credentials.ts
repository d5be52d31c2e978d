/**
 * Rule identification/missing-credentials: readers should see who wrote a
 * health post and in what professional role.
 *
 * Satisfied by a credentials block with a name and a title, or by a byline in
 * the text giving a full name and a professional title ("By Dr. Ananya Rao,
 * MBBS, MD", "Written by Megan O'Connell, Occupational Therapist", "— Priya
 * Shah, pharmacist", "I'm Sam Patel, a registered nurse"). A role without a
 * name ("As a nurse…") or a first name alone ("Mia x") is not enough.
 */
import { __ } from '../engine/i18n';

import type {
	CredentialsAttributes,
	DocumentReport,
	DocumentRule,
	PostModel,
} from '../engine/types';
import {
	DOCTORATE_FACULTIES,
	HONORIFICS,
	POST_NOMINALS,
	PROFESSIONAL_HONORIFICS,
	TITLE_SUFFIXES,
	TITLE_WORDS,
} from './data/professional-titles';
import { memoByText } from './utils/memo';

/** Block name of the credentials header. */
export const CREDENTIALS_BLOCK = 'hcp-compliance/credentials';

/** A byline found in the text. */
export interface Byline {
	/** The author's name as written. */
	name: string;
	/** Index in `post.units` of the unit that holds it. */
	unitIndex: number;
	/** Offsets of the byline's line in the unit text. */
	lineStart: number;
	lineEnd: number;
}

/** Words with their offsets: letters joined by apostrophes, hyphens or inner dots ("B.Pharm"). */
const TOKEN = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*\.?/gu;

/** Phrases that introduce the author's name anywhere in a line. */
const INTRO =
	/(?:^|[\s(])(?:(?:written|posted|authored|reviewed|edited)\s+by|by|author\s*:|about the author\s*:?|i['’]m|i am|my name is|[—–~-])\s*/giu;

/** The self-introductions among the {@link INTRO} phrases. */
const SELF_INTRO = /i['’]m|i am|my name is/iu;

/** A capitalised name word ("O'Connell", "Marie-Claude", "Hélène") or an initial ("J."). */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\.?$/u;

/** Two or more capital letters: post-nominal letters are written this way ("MBChB", "RN"). */
const CAPITALS = /\p{Lu}.*\p{Lu}/u;

/** Words of a story about someone else, not of a byline. */
const NARRATIVE =
	/\b(?:came|comes|presented|attended|arrived|visited|admitted|referred|died|passed away|told me|asked me|saw me|see me|rang|phoned|called me|my patient|our patient|was diagnosed)\b/i;

/** A letter: a post without any has nothing to judge yet. */
const LETTER = /\p{L}/u;

/** Every regular expression this rule uses, for the ReDoS test. */
export const patterns: RegExp[] = [
	NARRATIVE,
	LETTER,
	TOKEN,
	INTRO,
	SELF_INTRO,
	NAME_WORD,
	CAPITALS,
];

/** Honorifics used with a family name, so that one name word after them is enough. */
const SURNAME_HONORIFICS = new Set( [ 'dr', 'doctor', 'prof', 'professor' ] );

/** Capitalised words that open sentences and headings, never names. */
const NOT_NAMES = new Set( [
	'a',
	'an',
	'the',
	'my',
	'our',
	'your',
	'his',
	'her',
	'their',
	'this',
	'that',
	'these',
	'those',
	'why',
	'how',
	'what',
	'when',
	'where',
	'who',
	'which',
	'if',
	'in',
	'on',
	'at',
	'for',
	'as',
	'after',
	'before',
	'every',
	'another',
	'some',
	'many',
	'most',
	'all',
	'it',
	'i',
	'we',
	'you',
	'he',
	'she',
	'they',
	'and',
	'or',
	'but',
	'with',
	'from',
	'to',
	'of',
	'by',
	'not',
	'no',
	'dear',
	'hi',
	'hello',
	'thanks',
	'thank',
	'happy',
	'ask',
	'meet',
	'new',
	'note',
	'update',
	'stay',
	'keep',
	'take',
	'get',
	'see',
	'call',
	'book',
	'read',
	'share',
	'follow',
	'love',
	'best',
	'warm',
	'kind',
	'regards',
	'cheers',
	'yours',
	'sincerely',
	'photo',
	'image',
	'video',
	'source',
	'credit',
	'disclaimer',
	'disclosure',
	'reg',
	'registration',
	'registered',
	'licence',
	'license',
	'licensed',
	'views',
	'opinions',
	'welcome',
	'here',
	'there',
	'today',
	'yesterday',
	'last',
	'next',
	'one',
	'two',
	'three',
	'mr',
	'mrs',
	'ms',
	'dr',
] );

/** Lower-case particles inside names. */
const NAME_PARTICLES = new Set( [
	'van',
	'von',
	'de',
	'da',
	'del',
	'della',
	'der',
	'den',
	'di',
	'du',
	'dos',
	'das',
	'la',
	'le',
	'bin',
	'binti',
	'ibn',
	'al',
	'el',
	'ter',
	'ten',
	'y',
] );

/** How many lines at each end of a post a signature or byline may sit in. */
const EDGE_LINES = 6;

/**
 * Folds post-nominal letters for look-up: "B.Pharm" → "BPHARM", "FNP-BC" → "FNPBC".
 * @param word
 */
function foldPostNominal( word: string ): string {
	return word.replace( /[.\-’']/g, '' ).toUpperCase();
}

/**
 * Whether a word is a professional title (post-nominal letters or a title word).
 * @param word
 */
export function isTitleWord( word: string ): boolean {
	const bare = word.endsWith( '.' ) ? word.slice( 0, -1 ) : word;
	if (
		CAPITALS.test( bare ) &&
		POST_NOMINALS.has( foldPostNominal( bare ) )
	) {
		return true;
	}
	const lower = bare.toLowerCase();
	if (
		TITLE_WORDS.has( lower ) ||
		TITLE_WORDS.has( lower.replace( /s$/, '' ) )
	) {
		return true;
	}
	return TITLE_SUFFIXES.some(
		( suffix ) =>
			lower.length > suffix.length + 2 && lower.endsWith( suffix )
	);
}

interface Token {
	text: string;
	start: number;
	end: number;
}

function tokens( text: string, from: number, to: number ): Token[] {
	const out: Token[] = [];
	// A slice keeps each call bounded, however far the next word is.
	const slice = text.slice( from, to );
	TOKEN.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ( ( match = TOKEN.exec( slice ) ) !== null ) {
		out.push( {
			text: match[ 0 ],
			start: from + match.index,
			end: from + match.index + match[ 0 ].length,
		} );
	}
	return out;
}

/** How far after a name a title may be ("Jane Smith, BSc (Hons) Physiotherapy, MCSP"). */
const TITLE_WINDOW = 160;

/**
 * Reads "[honorific] Name Name[, title…]" at `from` in the line; returns the
 * name when a professional title goes with it.
 * @param text
 * @param from
 * @param lineEnd
 * @param strict
 * @param titleEnd
 */
function nameWithTitle(
	text: string,
	from: number,
	lineEnd: number,
	strict: boolean,
	titleEnd = lineEnd
): string | undefined {
	const words = tokens(
		text,
		from,
		Math.min( lineEnd, from + TITLE_WINDOW + 80 )
	);
	let i = 0;
	let hasTitle = false;
	let surnameTitle = false;
	// A title before the name: "Pharmacist Priya Shah", "Dr. Ananya Rao", "Sr. Mercy Thomas",
	// "Prof. Dr. med. habil. Jonas Keller".
	while ( i < words.length && i < 5 ) {
		const lower = words[ i ].text.replace( /\.$/, '' ).toLowerCase();
		if ( surnameTitle && DOCTORATE_FACULTIES.has( lower ) ) {
			// "Dr. med.": the faculty belongs to the doctorate, not to the name.
		} else if ( HONORIFICS.has( lower ) ) {
			hasTitle = hasTitle || PROFESSIONAL_HONORIFICS.has( lower );
			surnameTitle = surnameTitle || SURNAME_HONORIFICS.has( lower );
		} else if (
			NAME_WORD.test( words[ i ].text ) &&
			isTitleWord( words[ i ].text ) &&
			! CAPITALS.test( words[ i ].text )
		) {
			hasTitle = true;
		} else {
			break;
		}
		i++;
	}
	const nameStart = i;
	while ( i < words.length && i - nameStart < 6 ) {
		const word = words[ i ];
		if (
			i > nameStart &&
			! /^[\s.]*$/.test( text.slice( words[ i - 1 ].end, word.start ) )
		) {
			break;
		}
		// "Ludwig van Beethoven", "Maria de la Cruz": particles inside a name.
		if ( i > nameStart && NAME_PARTICLES.has( word.text ) ) {
			let j = i;
			while (
				j < words.length &&
				j - i < 3 &&
				NAME_PARTICLES.has( words[ j ].text )
			) {
				j++;
			}
			if ( j < words.length && NAME_WORD.test( words[ j ].text ) ) {
				i = j;
				continue;
			}
		}
		if (
			! NAME_WORD.test( word.text ) ||
			isTitleWord( word.text ) ||
			NOT_NAMES.has( word.text.replace( /\.$/, '' ).toLowerCase() )
		) {
			break;
		}
		i++;
	}
	const count = i - nameStart;
	// "Dr. Rao" names a person; "Nurse Jo" is a first name with a role.
	if ( count < 2 && ! ( count === 1 && surnameTitle ) ) {
		return undefined;
	}
	const nameEnd = words[ i - 1 ].end;
	// "Smith et al." is a citation, not a byline.
	const after = text.slice(
		nameEnd,
		Math.min( lineEnd, nameEnd + TITLE_WINDOW )
	);
	if ( /^\s*et al/i.test( after ) ) {
		return undefined;
	}
	// In running text a byline name is followed by a separator or "is a/an",
	// and does not go on to tell a story ("Mary Collins, a retired nurse, came to see me").
	const next = tokens(
		text,
		nameEnd,
		Math.min( lineEnd, nameEnd + 40 )
	)[ 0 ];
	const titleNext =
		next !== undefined &&
		/^\s*$/.test( text.slice( nameEnd, next.start ) ) &&
		isTitleWord( next.text );
	if (
		strict &&
		( ! (
			titleNext || /^\s*(?:$|[,|(—–:-]|is an? |is the )/u.test( after )
		) ||
			NARRATIVE.test( after ) )
	) {
		return undefined;
	}
	const name = text
		.slice( words[ nameStart ].start, nameEnd )
		.replace( /\.$/, '' );
	if ( hasTitle ) {
		return name;
	}
	// A signature may put the title on the next line ("Jane Smith<br>Practice Nurse").
	const titleStop = Math.min(
		Math.max( lineEnd, titleEnd ),
		nameEnd + TITLE_WINDOW
	);
	for ( const word of tokens( text, nameEnd, titleStop ) ) {
		if ( isTitleWord( word.text ) ) {
			return name;
		}
	}
	return undefined;
}

/** What one line of a paragraph offers as a byline. */
interface LineFinding {
	start: number;
	end: number;
	/** A byline that counts at the top or bottom of the post. */
	edgeName?: string;
	/** A byline that counts anywhere: after a line-initial "By …" or in a self-introduction. */
	anywhereName?: string;
}

/**
 * The lines of one paragraph and the bylines each offers.
 *
 * @param text      The paragraph's text.
 * @param isHeading Whether the paragraph is a heading (a title-case heading is not a name).
 */
function bylinesOf( text: string, isHeading: boolean ): LineFinding[] {
	const spans: Array< [ number, number ] > = [];
	let start = 0;
	for ( let i = 0; i <= text.length; i++ ) {
		if ( i === text.length || text[ i ] === '\n' ) {
			if ( text.slice( start, i ).trim() !== '' ) {
				spans.push( [ start, i ] );
			}
			start = i + 1;
		}
	}
	return spans.map( ( [ lineStart, lineEnd ], k ) => {
		const titleEnd = k + 1 < spans.length ? spans[ k + 1 ][ 1 ] : lineEnd;
		// A line that starts with the name: "Rohan Deshpande, B.Pharm, Registered Pharmacist".
		let edgeName = isHeading
			? undefined
			: nameWithTitle( text, lineStart, lineEnd, true, titleEnd );
		let anywhereName: string | undefined;
		// Reading the line alone keeps the search linear over the whole post.
		const lineText = text.slice( lineStart, lineEnd );
		const firstChar =
			lineStart + lineText.length - lineText.trimStart().length;
		INTRO.lastIndex = 0;
		let match: RegExpExecArray | null;
		while (
			! ( edgeName && anywhereName ) &&
			( match = INTRO.exec( lineText ) ) !== null
		) {
			const at = lineStart + match.index;
			// Away from the top and bottom, only a line-initial "By …" or a self-introduction counts.
			const strong =
				SELF_INTRO.test( match[ 0 ] ) ||
				( at <= firstChar && ! /^\s*[—–~-]/u.test( match[ 0 ] ) );
			if ( strong ? anywhereName : edgeName ) {
				continue;
			}
			const name = nameWithTitle(
				text,
				at + match[ 0 ].length,
				lineEnd,
				false
			);
			if ( name ) {
				anywhereName = strong ? name : anywhereName;
				edgeName = edgeName ?? name;
			}
		}
		return { start: lineStart, end: lineEnd, edgeName, anywhereName };
	} );
}

/** {@link bylinesOf}, remembered per paragraph (key: "H" or "P", then the text). */
const bylinesMemo = memoByText( ( key: string ) =>
	bylinesOf( key.slice( 1 ), key[ 0 ] === 'H' )
);

const bylineCache = new WeakMap< PostModel, Byline | null >();

/**
 * The byline of the post: a full name with a professional title at the top or
 * bottom of the post, or after "By", "Written by", "I'm", a dash.
 *
 * @param post The post.
 */
export function findByline( post: PostModel ): Byline | undefined {
	const cached = bylineCache.get( post );
	if ( cached !== undefined ) {
		return cached ?? undefined;
	}
	const lines: Array< { unitIndex: number; line: LineFinding } > = [];
	post.units.forEach( ( unit, unitIndex ) => {
		for ( const line of bylinesMemo(
			( unit.isHeading ? 'H' : 'P' ) + unit.text
		) ) {
			lines.push( { unitIndex, line } );
		}
	} );
	let found: Byline | undefined;
	for ( let index = 0; index < lines.length && ! found; index++ ) {
		const { unitIndex, line } = lines[ index ];
		const edge = index < EDGE_LINES || index >= lines.length - EDGE_LINES;
		const name = edge ? line.edgeName : line.anywhereName;
		if ( name ) {
			found = {
				name,
				unitIndex,
				lineStart: line.start,
				lineEnd: line.end,
			};
		}
	}
	bylineCache.set( post, found ?? null );
	return found;
}

/**
 * Whether a block attribute holds visible text.
 * @param value
 */
export function filled( value: string | undefined ): boolean {
	return typeof value === 'string' && value.trim() !== '';
}

/**
 * The first credentials block that names its author, else the first one.
 * @param post
 */
export function credentialsBlock(
	post: PostModel
): CredentialsAttributes | undefined {
	return (
		post.credentials.find( ( block ) => filled( block.name ) ) ??
		post.credentials[ 0 ]
	);
}

/**
 * Whether the post has any text yet (an empty new post is not judged).
 *
 * @param post The post.
 */
export function hasText( post: PostModel ): boolean {
	return post.units.some( ( unit ) => LETTER.test( unit.text ) );
}

/**
 * Whether the post says who wrote it and in what professional role (block or byline).
 * @param post
 */
export function hasCredentials( post: PostModel ): boolean {
	// The contract asks for a credentials block or a byline: a block that names its author is one.
	const block = credentialsBlock( post );
	if ( block && filled( block.name ) ) {
		return true;
	}
	return findByline( post ) !== undefined;
}

const rule: DocumentRule = {
	meta: {
		id: 'identification/missing-credentials',
		category: 'identification',
		kind: 'document',
		severity: 'warning',
		docs: __(
			'Readers can see who wrote the post and in what professional role: a name and a professional title.',
			'hcp-compliance'
		),
		guideline: __(
			'GMC guidance on doctors’ use of social media (if you identify yourself as a doctor, identify yourself by name); AMA Code of Medical Ethics Opinion 2.3.2; NCSBN social media guidelines',
			'hcp-compliance'
		),
		messages: {
			missing: () =>
				__(
					'The post does not say who wrote it. Add the credentials block (or a byline) with your full name and professional title, so readers know the information comes from a health professional (GMC social media guidance; AMA Opinion 2.3.2).',
					'hcp-compliance'
				),
			incompleteBlock: () =>
				__(
					'The credentials block does not give your name. Fill in your name and professional title (for example “RN” or “MD”) so readers know who wrote the post (GMC social media guidance; AMA Opinion 2.3.2).',
					'hcp-compliance'
				),
		},
	},
	check( post ): DocumentReport[] {
		if ( ! hasText( post ) || hasCredentials( post ) ) {
			return [];
		}
		const block = credentialsBlock( post );
		if ( block ) {
			return [
				{
					messageId: 'incompleteBlock',
					fix: {
						type: 'update-block',
						name: CREDENTIALS_BLOCK,
						attributes: {
							name: block.name ?? '',
							credentials: block.credentials ?? '',
						},
					},
				},
			];
		}
		return [
			{
				messageId: 'missing',
				fix: {
					type: 'insert-block',
					name: CREDENTIALS_BLOCK,
					attributes: {},
					position: 'start',
				},
			},
		];
	},
};

export default rule;
