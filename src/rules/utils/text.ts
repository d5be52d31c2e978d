/**
 * Small linear text helpers shared by the span rules: word tokens with offsets,
 * sentence and clause boundaries, negation and "quoted to discourage" checks,
 * and a phrase index that looks word sequences up in a Map instead of running
 * a giant alternation.
 *
 * Everything here is a single pass (or a bounded look-around) over the text,
 * so the rules stay linear however hostile the input.
 */

/** A word of a text unit with its offsets and a folded form for look-ups. */
export interface Token {
	/** The word as written. */
	text: string;
	/** Lower case, curly apostrophes folded to `'`. */
	lower: string;
	start: number;
	end: number;
}

/** Words: letters/digits, joined by single apostrophes or hyphens ("don't", "risk-free"). */
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

/** One character of a word (tokenizeFresh() reads ASCII without it). */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Punctuation between two words that ends a clause. */
const CLAUSE_GAP = /[,;:.!?()\n—–"“”]/;

/** Nothing but closing punctuation after a quote. */
const TRAILING_PUNCT = /^[\s.!?…]*$/;

/** The curly apostrophe, folded to a straight one. */
const CURLY_APOSTROPHE = /’/g;

/** A character of an abbreviation before its full stop ("e.g", "Dr"). */
const ABBREVIATION_CHAR = /[A-Za-z.]/;

/** A single letter (an initial: "J. Smith"). */
const SINGLE_LETTER = /^[a-z]$/;

/** A character that may end a sentence (endsSentence() decides). */
const STOP_CANDIDATE = /[.!?\n]/g;

/** Every regular expression this module uses, for the ReDoS test. */
export const patterns: RegExp[] = [
	WORD,
	WORD_CHAR,
	CLAUSE_GAP,
	TRAILING_PUNCT,
	CURLY_APOSTROPHE,
	ABBREVIATION_CHAR,
	SINGLE_LETTER,
	STOP_CANDIDATE,
];

/**
 * Folds a word for dictionary look-ups: lower case, straight apostrophe.
 * @param word
 */
export function fold( word: string ): string {
	const lower = word.toLowerCase();
	return lower.includes( '’' )
		? lower.replace( CURLY_APOSTROPHE, "'" )
		: lower;
}

/**
 * Splits text into word tokens with their offsets (one linear pass).
 * @param text
 */
export function tokenize( text: string ): Token[] {
	if ( text === memo.text ) {
		return memo.tokens;
	}
	let tokens = memo.byText.get( text );
	if ( tokens === undefined ) {
		tokens = tokenizeFresh( text );
		if (
			memo.byText.size >= MAX_TOKENISED ||
			memo.chars + text.length > MAX_TOKENISED_CHARS
		) {
			memo.byText.clear();
			memo.chars = 0;
		}
		memo.byText.set( text, tokens );
		memo.chars += text.length;
	}
	memo.tokens = tokens;
	memo.text = text;
	return tokens;
}

/** How many texts, and characters in all, the token memo keeps before it starts afresh. */
const MAX_TOKENISED = 4000;
const MAX_TOKENISED_CHARS = 1_000_000;

/**
 * Tokens of the texts tokenised lately: the span rules run one after another on
 * a unit and the document rules read every unit again, so all share one
 * tokenising pass per text (unchanged texts keep their hash, so a look-up does
 * not re-read them). Callers must treat the returned arrays as read-only.
 */
const memo: {
	text: string | undefined;
	tokens: Token[];
	byText: Map< string, Token[] >;
	chars: number;
} = {
	text: undefined,
	tokens: [],
	byText: new Map(),
	chars: 0,
};

/**
 * Splits text into word tokens without the shared memo: for throwaway strings
 * (a slice around a match), which would only crowd the units' tokens out of it.
 * @param text The text to split.
 */
export function tokenizeFresh( text: string ): Token[] {
	// By hand, not with WORD.exec(): the same tokens without a match array per
	// word (tokenising is the one pass every rule relies on).
	const tokens: Token[] = [];
	const length = text.length;
	let i = 0;
	while ( i < length ) {
		let size = wordCharSize( text, i );
		if ( size === 0 ) {
			// Step over a whole surrogate pair (an emoji), as the /u regex does.
			i += isSurrogatePair( text, i ) ? 2 : 1;
			continue;
		}
		const start = i;
		i += size;
		for (;;) {
			while ( i < length && ( size = wordCharSize( text, i ) ) > 0 ) {
				i += size;
			}
			// An inner apostrophe or hyphen joins two runs of letters ("don't", "x-ray").
			const code = text.charCodeAt( i );
			if (
				( code === 39 || code === 0x2019 || code === 45 ) &&
				i + 1 < length &&
				wordCharSize( text, i + 1 ) > 0
			) {
				i += 1;
				continue;
			}
			break;
		}
		const word = text.slice( start, i );
		tokens.push( {
			text: word,
			lower: fold( word ),
			start,
			end: i,
		} );
	}
	return tokens;
}

/**
 * How many code units the letter or digit at `i` takes (0 if none is there):
 * the same characters as `[\p{L}\p{N}]` in WORD, ASCII decided without a regex.
 * @param text
 * @param i
 */
function wordCharSize( text: string, i: number ): number {
	const code = text.charCodeAt( i );
	if ( code < 128 ) {
		return ( code >= 97 && code <= 122 ) ||
			( code >= 65 && code <= 90 ) ||
			( code >= 48 && code <= 57 )
			? 1
			: 0;
	}
	if ( isSurrogatePair( text, i ) ) {
		return WORD_CHAR.test( text.slice( i, i + 2 ) ) ? 2 : 0;
	}
	return WORD_CHAR.test( text[ i ] ) ? 1 : 0;
}

/**
 * Whether a high and a low surrogate (one astral character) start at `i`.
 * @param text
 * @param i
 */
function isSurrogatePair( text: string, i: number ): boolean {
	const high = text.charCodeAt( i );
	if ( high < 0xd800 || high > 0xdbff ) {
		return false;
	}
	const low = text.charCodeAt( i + 1 );
	return low >= 0xdc00 && low <= 0xdfff;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set( [
	'dr',
	'mr',
	'mrs',
	'ms',
	'prof',
	'st',
	'vs',
	'etc',
	'al',
	'eg',
	'ie',
	'e.g',
	'i.e',
	'approx',
	'fig',
	'no',
	'vol',
	'mg',
	'ml',
	'jr',
	'sr',
] );

function isSpace( ch: string ): boolean {
	return ch === ' ' || ch === '\t' || ch === '\u00a0';
}

/**
 * Whether the character at `i` ends a sentence.
 * @param text
 * @param i
 */
function endsSentence( text: string, i: number ): boolean {
	const ch = text[ i ];
	if ( ch === '\n' ) {
		return true;
	}
	if ( ch !== '.' && ch !== '!' && ch !== '?' ) {
		return false;
	}
	// Only followed by space, a closing quote/bracket, or the end of the text.
	const next = text[ i + 1 ];
	if (
		next !== undefined &&
		! isSpace( next ) &&
		next !== '\n' &&
		! '"”’)]'.includes( next )
	) {
		return false;
	}
	if ( ch === '.' ) {
		// "Dr. Smith", "et al. found", "e.g. this": look at the word before the stop.
		let j = i - 1;
		while ( j >= 0 && i - j <= 8 && ABBREVIATION_CHAR.test( text[ j ] ) ) {
			j--;
		}
		const word = text.slice( j + 1, i ).toLowerCase();
		if ( ABBREVIATIONS.has( word ) || SINGLE_LETTER.test( word ) ) {
			return false;
		}
	}
	return true;
}

/**
 * How far the boundary scans look either side of a range: a "sentence" with no
 * punctuation for longer than this is cut, so many findings in a giant
 * unpunctuated text stay linear overall.
 */
const MAX_SCAN = 400;

/**
 * Bounds [start, end) of the sentence around the range [start, end).
 * @param text
 * @param start
 * @param end
 */
export function sentenceBounds(
	text: string,
	start: number,
	end: number
): [ number, number ] {
	const stops = sentenceStops( text );
	// The sentence starts after the last stop before `start` (looking back at most MAX_SCAN)…
	const sLimit = Math.max( 0, start - MAX_SCAN );
	const beforeIndex = stopIndexFrom( stops, start ) - 1;
	const before = beforeIndex >= 0 ? stops[ beforeIndex ] : -1;
	let s = before >= sLimit ? before + 1 : sLimit;
	if ( start <= sLimit ) {
		s = start;
	}
	// …and ends at the first stop from the range's end on (looking ahead at most MAX_SCAN).
	let e = Math.max( end, start );
	const eLimit = Math.min( text.length, e + MAX_SCAN );
	const afterIndex = stopIndexFrom( stops, e );
	const after = afterIndex < stops.length ? stops[ afterIndex ] : -1;
	e = after !== -1 && after < eLimit ? after : Math.max( e, eLimit );
	if ( e < text.length && text[ e ] !== '\n' ) {
		e++;
	}
	while ( s < e && ( isSpace( text[ s ] ) || text[ s ] === '\n' ) ) {
		s++;
	}
	while ( e > s && ( isSpace( text[ e - 1 ] ) || text[ e - 1 ] === '\n' ) ) {
		e--;
	}
	return [ s, e ];
}

/** How many texts the sentence-stop memo keeps before it starts afresh (a long post's blocks). */
const MAX_STOPPED = 1000;

/**
 * Sentence stops of the texts read lately: the rules ask for the sentence
 * around many ranges of the same unit, so each text is scanned once.
 */
const stopsByText = new Map< string, Int32Array >();

/**
 * Offsets of the characters that end a sentence (see endsSentence()), in order:
 * one pass over the text, visiting only full stops, marks and line breaks.
 * @param text
 */
function sentenceStops( text: string ): Int32Array {
	let stops = stopsByText.get( text );
	if ( stops !== undefined ) {
		return stops;
	}
	const found: number[] = [];
	STOP_CANDIDATE.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ( ( match = STOP_CANDIDATE.exec( text ) ) !== null ) {
		if ( endsSentence( text, match.index ) ) {
			found.push( match.index );
		}
	}
	stops = Int32Array.from( found );
	if ( stopsByText.size >= MAX_STOPPED ) {
		stopsByText.clear();
	}
	stopsByText.set( text, stops );
	return stops;
}

/**
 * Index of the first stop at or after `offset` (stops.length if none).
 * @param stops  Sorted offsets.
 * @param offset Offset.
 */
function stopIndexFrom( stops: Int32Array, offset: number ): number {
	let lo = 0;
	let hi = stops.length;
	while ( lo < hi ) {
		const mid = Math.floor( ( lo + hi ) / 2 );
		if ( stops[ mid ] < offset ) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return lo;
}

/** Punctuation that ends a clause besides sentence ends. */
const CLAUSE_PUNCTUATION = new Set( [
	',',
	';',
	':',
	'(',
	')',
	'—',
	'–',
	'•',
] );

/** Words that open a new clause. */
const CLAUSE_WORDS = new Set( [
	'but',
	'however',
	'although',
	'though',
	'whereas',
	'yet',
	'while',
] );

/**
 * Bounds [start, end) of the clause around the range: the sentence cut at
 * commas, semicolons, colons, dashes, brackets and "but"/"however"/"although".
 * @param text
 * @param start
 * @param end
 */
export function clauseBounds(
	text: string,
	start: number,
	end: number
): [ number, number ] {
	const [ sStart, sEnd ] = sentenceBounds( text, start, end );
	let s = start;
	while ( s > sStart && ! CLAUSE_PUNCTUATION.has( text[ s - 1 ] ) ) {
		s--;
	}
	let e = Math.max( end, start );
	while ( e < sEnd && ! CLAUSE_PUNCTUATION.has( text[ e ] ) ) {
		e++;
	}
	// Cut at a clause word that sits between the clause start and the range.
	const base = s;
	for ( const token of tokenizeFresh( text.slice( base, start ) ) ) {
		if ( CLAUSE_WORDS.has( token.lower ) ) {
			s = base + token.end;
		}
	}
	while ( s < e && isSpace( text[ s ] ) ) {
		s++;
	}
	return [ s, e ];
}

/** Words that negate what follows them in the same clause. */
export const NEGATORS = new Set( [
	'no',
	'not',
	'never',
	'none',
	'nothing',
	'nobody',
	'neither',
	'nor',
	'without',
	'cannot',
	"can't",
	"isn't",
	"aren't",
	"wasn't",
	"weren't",
	"doesn't",
	"don't",
	"didn't",
	"won't",
	"wouldn't",
	"shouldn't",
	"couldn't",
	"haven't",
	"hasn't",
	"hadn't",
	'hardly',
	'rarely',
	'myth',
	'myths',
	'false',
	'untrue',
	'beware',
	'avoid',
	'wary',
	'skeptical',
	'sceptical',
	'dubious',
	'unproven',
	'bogus',
] );

/** Words that join two clauses; negation before them does not carry over. */
const CONJUNCTIONS = new Set( [ 'and', 'but', 'or', 'yet', 'so', 'because' ] );

/** Options of {@link isNegated}. */
export interface NegationOptions {
	/** How many words before the range to look at (default 6). */
	window?: number;
	/** Also look this many words after the range ("a cure is not available"). Default 0. */
	after?: number;
}

/**
 * Whether the range is negated within its clause: a negator among the few words
 * before it ("there is no cure for…", "is not guaranteed", "isn't a miracle").
 * @param text
 * @param start
 * @param end
 * @param options
 */
export function isNegated(
	text: string,
	start: number,
	end: number,
	options: NegationOptions = {}
): boolean {
	const window = options.window ?? 6;
	const clause = clauseBounds( text, start, end );
	const before = tokenizeFresh( text.slice( clause[ 0 ], start ) );
	// Look back from the range, stopping at a conjunction: in "it has no side
	// effects and works for everyone" the "no" does not reach the second claim.
	const stop = Math.max( 0, before.length - window );
	for ( let i = before.length - 1; i >= stop; i-- ) {
		if ( NEGATORS.has( before[ i ].lower ) ) {
			return true;
		}
		if ( CONJUNCTIONS.has( before[ i ].lower ) ) {
			break;
		}
	}
	const after = options.after ?? 0;
	if ( after > 0 ) {
		const following = tokenizeFresh( text.slice( end, clause[ 1 ] ) );
		for ( let i = 0; i < Math.min( after, following.length ); i++ ) {
			if ( NEGATORS.has( following[ i ].lower ) ) {
				return true;
			}
		}
	}
	return false;
}

function isWordChar( ch: string | undefined ): boolean {
	if ( ch === undefined ) {
		return false;
	}
	const code = ch.charCodeAt( 0 );
	if ( code < 128 ) {
		return (
			( code >= 48 && code <= 57 ) ||
			( code >= 65 && code <= 90 ) ||
			( code >= 97 && code <= 122 )
		);
	}
	return /[\p{L}\p{N}]/u.test( ch );
}

/**
 * Bounds [open, close] of the quotation marks around the range within its
 * sentence (straight or curly, double or single; an apostrophe inside a word
 * is not a quote), or undefined when the range is not quoted.
 * @param text
 * @param start
 * @param end
 */
export function quoteBounds(
	text: string,
	start: number,
	end: number
): [ number, number ] | undefined {
	const sentence = sentenceBounds( text, start, end );
	// A quote may open before the sentence start ("“Cinnamon cures diabetes”").
	const from = Math.max( 0, sentence[ 0 ] - 1 );
	let openDouble = -1;
	let openSingle = -1;
	for ( let i = from; i < start; i++ ) {
		const ch = text[ i ];
		if ( ch === '"' ) {
			openDouble = openDouble >= 0 ? -1 : i;
		} else if ( ch === '“' || ch === '«' ) {
			openDouble = i;
		} else if ( ch === '”' || ch === '»' ) {
			openDouble = -1;
		} else if ( ch === '‘' ) {
			openSingle = i;
		} else if ( ch === "'" || ch === '’' ) {
			const prevWord = isWordChar( text[ i - 1 ] );
			const nextWord = isWordChar( text[ i + 1 ] );
			if ( ! prevWord && nextWord && ch === "'" ) {
				openSingle = i;
			} else if ( ! nextWord ) {
				openSingle = -1;
			}
		}
	}
	if ( openDouble < 0 && openSingle < 0 ) {
		return undefined;
	}
	const limit = Math.min( text.length, sentence[ 1 ] + 1 );
	for ( let i = end; i < limit; i++ ) {
		const ch = text[ i ];
		if ( openDouble >= 0 && ( ch === '"' || ch === '”' || ch === '»' ) ) {
			return [ openDouble, i ];
		}
		if (
			openSingle >= 0 &&
			( ch === "'" || ch === '’' ) &&
			! isWordChar( text[ i + 1 ] )
		) {
			return [ openSingle, i ];
		}
	}
	return undefined;
}

/**
 * Whether the range sits inside quotation marks within its sentence.
 * @param text
 * @param start
 * @param end
 */
export function isQuoted( text: string, start: number, end: number ): boolean {
	return quoteBounds( text, start, end ) !== undefined;
}

/**
 * Whether the range is a claim reported rather than made: inside quotation
 * marks that hold the whole text (a quoted myth as a heading) or only a few
 * words around it (scare quotes: the “miracle” serum).
 * @param text
 * @param start
 * @param end
 */
export function isReportedQuote(
	text: string,
	start: number,
	end: number
): boolean {
	const bounds = quoteBounds( text, start, end );
	if ( ! bounds ) {
		return false;
	}
	const inside = tokenizeFresh(
		text.slice( bounds[ 0 ], bounds[ 1 ] )
	).length;
	const wholeText =
		text.slice( 0, bounds[ 0 ] ).trim() === '' &&
		TRAILING_PUNCT.test( text.slice( bounds[ 1 ] + 1 ) );
	return wholeText || inside <= 3;
}

/** Words that show a term is being mentioned in order to discourage it. */
const DISCOURAGING_CUES = new Set( [
	'avoid',
	'avoids',
	'avoided',
	'avoiding',
	"don't",
	'dont',
	'never',
	'longer',
	'stop',
	'stopped',
	'instead',
	'rather',
	'replace',
	'replaced',
	'banned',
	'ban',
	'outdated',
	'stigmatising',
	'stigmatizing',
	'stigma',
	'derogatory',
	'demeaning',
	'offensive',
	'dehumanising',
	'dehumanizing',
	'hurtful',
	'labels',
	'label',
	'term',
	'terms',
	'word',
	'words',
	'phrase',
	'phrases',
	'so-called',
	'jargon',
	'slang',
	'myth',
	'myths',
	'beware',
	'wary',
	'claims',
	'claim',
	'promise',
	'promises',
	'marketing',
	'buzzwords',
	'buzzword',
	'red',
	'flag',
	"shouldn't",
	'not',
	'no',
	'retire',
	'retired',
	'dropped',
	'unacceptable',
] );

/** Nouns that introduce a mention rather than a use ("the word …", "the term …"). */
const MENTION_NOUNS = new Set( [
	'word',
	'words',
	'term',
	'terms',
	'label',
	'labels',
	'phrase',
	'phrases',
	'expression',
] );

/** Verbs that introduce a mention ("we no longer say …", "stop calling them …"). */
const MENTION_VERBS = new Set( [
	'say',
	'saying',
	'call',
	'calling',
	'use',
	'using',
	'label',
	'labelling',
	'labeling',
	'write',
	'writing',
	'describe',
	'describing',
] );

/**
 * Whether the range is a word mentioned in order to discourage it: inside
 * quotation marks with a discouraging cue in the sentence ("don't call them
 * 'frequent flyers'"), or introduced by "the word/term/label" with such a cue
 * ("we avoid the word frequent flyer").
 * @param text
 * @param start
 * @param end
 */
export function isQuotedToDiscourage(
	text: string,
	start: number,
	end: number
): boolean {
	const [ sStart, sEnd ] = sentenceBounds( text, start, end );
	const quoted = isQuoted( text, start, end );
	const before = tokenizeFresh( text.slice( sStart, start ) );
	const after = tokenizeFresh( text.slice( end, sEnd ) );
	const hasCue = ( tokens: Token[] ) =>
		tokens.some( ( t ) => DISCOURAGING_CUES.has( t.lower ) );
	if ( quoted ) {
		return (
			hasCue( before ) ||
			hasCue( after ) ||
			( after.length === 0 && disownedNext( text, sEnd ) ) ||
			onlyQuotedTerms( text, sStart, sEnd ) ||
			( saidThen( before ) && refusedNext( text, sEnd ) )
		);
	}
	// Unquoted mention: "the word X", "terms like X", "X is a stigmatising label".
	const last = before.slice( -3 ).map( ( t ) => t.lower );
	const introduced =
		last.some(
			( w ) => MENTION_NOUNS.has( w ) || MENTION_VERBS.has( w )
		) ||
		( last[ last.length - 1 ] === 'like' && before.length > 1 ) ||
		last[ last.length - 1 ] === 'as';
	if ( introduced && hasCue( before ) ) {
		return true;
	}
	const next = after.slice( 0, 6 ).map( ( t ) => t.lower );
	return (
		next.some( ( w ) => MENTION_NOUNS.has( w ) ) &&
		next.some(
			( w ) => DISCOURAGING_CUES.has( w ) && ! MENTION_NOUNS.has( w )
		)
	);
}

/** Words allowed between the quoted terms of a list ("“psycho” or “nutter”"). */
const LIST_WORDS = new Set( [ 'and', 'or' ] );

/**
 * Whether the sentence [from, to) is a list of two or more quoted terms and
 * nothing else ("“Siao”, “psycho”, “attention seeker”."): words on display,
 * mentioned rather than used of anyone.
 * @param text
 * @param from Start of the sentence.
 * @param to   End of the sentence.
 */
function onlyQuotedTerms( text: string, from: number, to: number ): boolean {
	let open = '';
	let quotes = 0;
	let wordStart = -1;
	for ( let i = from; i <= to; i++ ) {
		const ch = i < to ? text[ i ] : ' ';
		if ( open !== '' ) {
			if (
				( open === '"' && ch === '"' ) ||
				( open === '“' && ch === '”' ) ||
				( open === '‘' && ch === '’' && ! isWordChar( text[ i + 1 ] ) )
			) {
				open = '';
				quotes++;
			}
			continue;
		}
		if ( isWordChar( ch ) ) {
			wordStart = wordStart < 0 ? i : wordStart;
			continue;
		}
		if (
			wordStart >= 0 &&
			! LIST_WORDS.has( text.slice( wordStart, i ).toLowerCase() )
		) {
			return false;
		}
		wordStart = -1;
		if ( ch === '"' || ch === '“' || ch === '‘' ) {
			open = ch;
		}
	}
	return open === '' && quotes >= 2;
}

/**
 * Whether a verb of saying introduces the quoted term, among the last three
 * words before it ("why people still say “bed blocker”", "call him “…”").
 * @param before Words of the sentence before the term.
 */
function saidThen( before: Token[] ): boolean {
	for ( let k = Math.max( 0, before.length - 3 ); k < before.length; k++ ) {
		if ( MENTION_VERBS.has( before[ k ].lower ) ) {
			return true;
		}
	}
	return false;
}

/** Negated modals that, ending a clause, refuse what was just reported ("… and that we shouldn't;"). */
const REFUSING_MODALS = new Set( [
	"shouldn't",
	"mustn't",
	"won't",
	"wouldn't",
] );

/**
 * Whether the next sentence's first clause ends on a negated modal standing
 * for the saying just reported: "… people still say “bed blocker”. I told her
 * that we shouldn't; …" (not "He doesn't mind", where a verb follows).
 * @param text
 * @param from End of the quote's sentence.
 */
function refusedNext( text: string, from: number ): boolean {
	const limit = Math.min( text.length, from + 120 );
	let to = from;
	// Step over the stop and closing quote that end the quote's sentence.
	while (
		to < limit &&
		( CLAUSE_GAP.test( text[ to ] ) || isSpace( text[ to ] ) )
	) {
		to++;
	}
	while ( to < limit && ! CLAUSE_GAP.test( text[ to ] ) ) {
		to++;
	}
	if ( to >= limit && limit < text.length ) {
		return false;
	}
	const clause = tokenizeFresh( text.slice( from, to ) );
	const last = clause[ clause.length - 1 ];
	return last !== undefined && REFUSING_MODALS.has( last.lower );
}

/** Words that point back at a quoted term from the next sentence ("that label"). */
const POINTERS = new Set( [ 'that', 'this', 'the', 'such', 'those', 'these' ] );

/** Auxiliaries with "not" folded in ("won't use that label"). */
const NEGATED_AUXILIARIES = new Set( [
	"won't",
	'wont',
	"can't",
	"wouldn't",
	"doesn't",
	"didn't",
	"shouldn't",
	"mustn't",
] );

/**
 * Whether the sentence after a quoted term, in its first few words, points back
 * at it and disowns it: "…call them "frequent flyers". I won't use that label."
 * @param text
 * @param from End of the quote's sentence.
 */
function disownedNext( text: string, from: number ): boolean {
	// The first clause of the next sentence.
	let to = from;
	const limit = Math.min( text.length, from + 80 );
	while ( to < limit && ! CLAUSE_GAP.test( text[ to ] ) ) {
		to++;
	}
	// Step over the stop and the closing quote that end the quote's sentence.
	if ( to === from ) {
		to = from + 1;
		while ( to < limit && ! CLAUSE_GAP.test( text[ to ] ) ) {
			to++;
		}
	}
	const next = tokenizeFresh( text.slice( from, to ) ).slice( 0, 8 );
	let pointer = -1;
	for ( let i = 1; i < next.length; i++ ) {
		if (
			MENTION_NOUNS.has( next[ i ].lower ) &&
			POINTERS.has( next[ i - 1 ].lower )
		) {
			pointer = i - 1;
			break;
		}
	}
	return (
		pointer > 0 &&
		next
			.slice( 0, pointer )
			.some(
				( t ) =>
					DISCOURAGING_CUES.has( t.lower ) ||
					NEGATED_AUXILIARIES.has( t.lower )
			)
	);
}

/**
 * Whether a character is an ASCII digit.
 * @param ch
 */
function isDigit( ch: string | undefined ): boolean {
	return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Words that end a claim's clause when extending an excerpt. */
const TAIL_STOP_WORDS = new Set( [
	'and',
	'but',
	'or',
	'so',
	'because',
	'which',
	'while',
	'including',
	'unless',
	'although',
	'though',
	'if',
	'when',
	'whereas',
	'especially',
] );

/**
 * End offset of the clause that continues after `end`, at most `maxChars`
 * further: stops at clause punctuation or a joining word ("and", "because").
 * Used to grow an excerpt from its trigger ("guaranteed") to the claim
 * ("guaranteed to clear acne for good").
 * @param text
 * @param end
 * @param maxChars
 */
export function extendToClauseEnd(
	text: string,
	end: number,
	maxChars = 50
): number {
	const tail = text.slice( end, end + maxChars + 1 );
	let result = end;
	for ( const token of tokenizeFresh( tail ) ) {
		const gap = tail.slice( result - end, token.start );
		// A decimal point ("1.5 mmol/L") does not end the clause.
		const decimal =
			gap === '.' &&
			isDigit( text[ result - 1 ] ) &&
			isDigit( token.text[ 0 ] );
		if (
			( CLAUSE_GAP.test( gap ) && ! decimal ) ||
			TAIL_STOP_WORDS.has( token.lower )
		) {
			break;
		}
		if ( token.end > maxChars ) {
			break;
		}
		result = end + token.end;
	}
	return result;
}

/**
 * The end of an excerpt cut to at most `max` characters from `start`, at a word
 * end. Excerpts of about one clause (20 to 65 characters) match what a reader
 * would underline, whether that is the core phrase or the whole claim.
 * @param tokens Words of the text.
 * @param start  Start of the excerpt.
 * @param end    End of the excerpt before cutting.
 * @param max    Longest excerpt wanted.
 */
export function capExcerpt(
	tokens: Token[],
	start: number,
	end: number,
	max: number
): number {
	if ( end - start <= max ) {
		return end;
	}
	let k = tokenIndexAt( tokens, start + max ) - 1;
	while ( k >= 0 && tokens[ k ].end > start + max ) {
		k--;
	}
	return k >= 0 && tokens[ k ].end > start ? tokens[ k ].end : end;
}

/** Parts of a link address that mark a shop or affiliate link, not a source. */
const SHOP_MARKERS = [
	'amazon.',
	'amzn.',
	'tag=',
	'ref=',
	'aff=',
	'affid=',
	'affiliate',
	'/shop',
	'/store',
	'/product',
	'/buy',
	'/checkout',
	'/cart',
	'coupon',
	'discount',
	'promo',
	'/go/',
];

/**
 * Whether a link can be a source: shop, affiliate and discount links sell
 * something, they do not cite the evidence for a claim.
 * @param href The link address.
 */
export function isSourceLink( href: string ): boolean {
	const lower = href.toLowerCase();
	return ! SHOP_MARKERS.some( ( marker ) => lower.includes( marker ) );
}

/** A phrase found by {@link PhraseIndex.find}, with the entry it came from. */
export interface PhraseMatch< T > {
	start: number;
	end: number;
	/** Index of the first and one past the last token of the match. */
	first: number;
	last: number;
	entry: T;
}

/**
 * A dictionary of word sequences keyed by their first word: matching is one
 * pass over the tokens, each trying only the phrases that start with it.
 */
export class PhraseIndex< T > {
	private readonly byFirst = new Map<
		string,
		Array< { words: string[]; entry: T } >
	>();

	/**
	 * Builds the index; `phrasesOf` gives the phrases (plain words, case-insensitive) of an entry.
	 * @param entries
	 * @param phrasesOf
	 */
	constructor(
		entries: readonly T[],
		phrasesOf: ( entry: T ) => readonly string[]
	) {
		for ( const entry of entries ) {
			for ( const phrase of phrasesOf( entry ) ) {
				const words = tokenize( phrase ).map( ( t ) => t.lower );
				if ( words.length === 0 ) {
					continue;
				}
				const list = this.byFirst.get( words[ 0 ] ) ?? [];
				list.push( { words, entry } );
				// Longest phrase first, so "no side effects at all" wins over "no side effects".
				list.sort( ( a, b ) => b.words.length - a.words.length );
				this.byFirst.set( words[ 0 ], list );
			}
		}
	}

	/**
	 * Longest match starting at token `i`, or undefined.
	 * @param tokens
	 * @param i
	 */
	matchAt( tokens: Token[], i: number ): PhraseMatch< T > | undefined {
		const candidates = this.byFirst.get( tokens[ i ].lower );
		if ( ! candidates ) {
			return undefined;
		}
		for ( const { words, entry } of candidates ) {
			if ( i + words.length > tokens.length ) {
				continue;
			}
			let ok = true;
			for ( let k = 1; k < words.length; k++ ) {
				if ( tokens[ i + k ].lower !== words[ k ] ) {
					ok = false;
					break;
				}
			}
			if ( ok ) {
				return {
					start: tokens[ i ].start,
					end: tokens[ i + words.length - 1 ].end,
					first: i,
					last: i + words.length,
					entry,
				};
			}
		}
		return undefined;
	}

	/**
	 * Every non-overlapping longest match, left to right.
	 * @param tokens
	 */
	find( tokens: Token[] ): Array< PhraseMatch< T > > {
		const found: Array< PhraseMatch< T > > = [];
		for ( let i = 0; i < tokens.length; i++ ) {
			const match = this.matchAt( tokens, i );
			if ( match ) {
				found.push( match );
				i = match.last - 1;
			}
		}
		return found;
	}
}

/**
 * Index of the first token whose start is at or after `offset` (binary search).
 * @param tokens
 * @param offset
 */
export function tokenIndexAt( tokens: Token[], offset: number ): number {
	let lo = 0;
	let hi = tokens.length;
	while ( lo < hi ) {
		const mid = Math.floor( ( lo + hi ) / 2 );
		if ( tokens[ mid ].start < offset ) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return lo;
}
