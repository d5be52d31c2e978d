/**
 * Phrase lists for the document rules: small linear patterns, and phrases in
 * two parts ("views … are my own") matched as a head pattern, then a tail tried
 * at each of the next few words. No pattern holds a gap such as `[^.]{0,60}`,
 * so that a ReDoS checker can prove every one linear.
 */

/** A phrase whose parts may be a few words apart: `head`, then `tail` soon after. */
export interface SplitPhrase {
	/** Global pattern for the first part. */
	head: RegExp;
	/** Sticky pattern tried at the start of each of the next few words. */
	tail?: RegExp;
	/** How many words may come between head and tail. */
	words: number;
	/** When set, these must all match in the few characters before the head ("this post is not … a substitute for"). */
	before?: RegExp | RegExp[];
}

/** A plain global pattern or a phrase in two parts. */
export type Phrase = RegExp | SplitPhrase;

/** How far before a head `before` is looked for. */
const BEFORE_REACH = 60;

/** A word, or punctuation that ends a sentence (where a phrase's gap stops). */
const WORD_OR_STOP = /\w+|[.!?\n]/g;

/**
 * A phrase in two parts: `head`, then, starting at one of the next `words` + 1
 * words of the same sentence, `tail` (a pattern source).
 *
 * @param head   Global pattern of the first part.
 * @param words  How many words may come between the parts.
 * @param tail   Pattern source of the second part.
 * @param before Pattern that must match just before the head.
 */
export function split(
	head: RegExp,
	words: number,
	tail: string,
	before?: RegExp | RegExp[]
): SplitPhrase {
	return {
		head,
		tail: new RegExp( `(?:${ tail })\\b`, 'iy' ),
		words,
		before,
	};
}

/**
 * A phrase that counts only with `before` in the few words before it
 * ("general information" after "This post is…").
 *
 * @param head   Global pattern of the phrase.
 * @param before Pattern that must match just before it.
 */
export function after( head: RegExp, before: RegExp | RegExp[] ): SplitPhrase {
	return { head, words: 0, before };
}

/**
 * Every RegExp of a phrase list (and of this module), for a rule's `patterns`.
 *
 * @param list The phrases.
 */
export function phrasePatterns( list: readonly Phrase[] ): RegExp[] {
	const out: RegExp[] = [ WORD_OR_STOP ];
	for ( const phrase of list ) {
		if ( phrase instanceof RegExp ) {
			out.push( phrase );
		} else {
			out.push( phrase.head );
			if ( phrase.tail ) {
				out.push( phrase.tail );
			}
			if ( phrase.before ) {
				out.push( ...[ phrase.before ].flat() );
			}
		}
	}
	return out;
}

/**
 * Whether the phrase's tail starts at one of the next few words after `from`.
 *
 * @param text   The text.
 * @param from   Where the head ended.
 * @param phrase The phrase.
 */
function tailFollows(
	text: string,
	from: number,
	phrase: SplitPhrase & { tail: RegExp }
): boolean {
	WORD_OR_STOP.lastIndex = from;
	for ( let count = 0; count <= phrase.words; count++ ) {
		const word = WORD_OR_STOP.exec( text );
		if (
			! word ||
			( word[ 0 ].length === 1 && '.!?\n'.includes( word[ 0 ] ) )
		) {
			return false;
		}
		phrase.tail.lastIndex = word.index;
		if ( phrase.tail.test( text ) ) {
			return true;
		}
	}
	return false;
}

/**
 * Calls `accept` with the start of each match of the phrase, in order, until it
 * returns true; returns whether one was accepted.
 *
 * @param text   The text.
 * @param phrase The phrase.
 * @param accept Decides on a match (by default, any match is enough).
 */
export function someMatch(
	text: string,
	phrase: Phrase,
	accept: ( index: number ) => boolean = () => true
): boolean {
	const head = phrase instanceof RegExp ? phrase : phrase.head;
	head.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ( ( match = head.exec( text ) ) !== null ) {
		if ( match[ 0 ] === '' ) {
			head.lastIndex++;
		}
		if ( ! ( phrase instanceof RegExp ) ) {
			const end = match.index + match[ 0 ].length;
			// The tail search moves shared state; resume the head where it was.
			const resume = head.lastIndex;
			const follows =
				! phrase.tail ||
				tailFollows( text, end, { ...phrase, tail: phrase.tail } );
			head.lastIndex = resume;
			if ( ! follows ) {
				continue;
			}
			if ( phrase.before ) {
				const preceding = text.slice(
					Math.max( 0, match.index - BEFORE_REACH ),
					match.index
				);
				if (
					! [ phrase.before ]
						.flat()
						.every( ( pattern ) => pattern.test( preceding ) )
				) {
					continue;
				}
			}
		}
		if ( accept( match.index ) ) {
			return true;
		}
	}
	return false;
}

/**
 * Whether any phrase of the list occurs in the text.
 *
 * @param text The text.
 * @param list The phrases.
 */
export function matchesAny( text: string, list: readonly Phrase[] ): boolean {
	return list.some( ( phrase ) => someMatch( text, phrase ) );
}
