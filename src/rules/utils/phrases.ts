/**
 * Phrase lists for the document rules: small linear patterns, and phrases in
 * two parts ("views … are my own") matched as a head pattern plus an anchored
 * tail within a few words, so that a ReDoS checker can prove every pattern
 * linear (an unanchored `a[^.]{0,60}b` is rated polynomial).
 */

/** A phrase whose words may be a few words apart: `head`, then `tail` soon after. */
export interface SplitPhrase {
	/** Global pattern for the first part. */
	head: RegExp;
	/** Anchored (`^`) pattern read just after the head. */
	tail: RegExp;
	/** When set, this must match in the few characters before the head ("not … a substitute for"). */
	before?: RegExp;
}

/** A plain global pattern or a phrase in two parts. */
export type Phrase = RegExp | SplitPhrase;

/** How far after a head its tail is read, and how far before it `before` is. */
const TAIL_REACH = 160;
const BEFORE_REACH = 60;

/**
 * A phrase in two parts: `head`, then within `words` words (inside one
 * sentence) the words of `tail` (a pattern source).
 * @param head
 * @param words
 * @param tail
 * @param before
 */
export function split(
	head: RegExp,
	words: number,
	tail: string,
	before?: RegExp
): SplitPhrase {
	return {
		head,
		tail: new RegExp(
			String.raw`^(?:[^\w.!?\n]+\w+){0,${ words }}?[^\w.!?\n]+(?:${ tail })`,
			'i'
		),
		before,
	};
}

/**
 * Every RegExp of a phrase list, for a rule's `patterns`.
 * @param list
 */
export function phrasePatterns( list: readonly Phrase[] ): RegExp[] {
	return list.flatMap( ( phrase ) =>
		phrase instanceof RegExp
			? [ phrase ]
			: [
					phrase.head,
					phrase.tail,
					...( phrase.before ? [ phrase.before ] : [] ),
				]
	);
}

/**
 * Calls `accept` with the start of each match of the phrase, in order, until it
 * returns true; returns whether one was accepted.
 * @param text
 * @param phrase
 * @param accept
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
			if ( ! phrase.tail.test( text.slice( end, end + TAIL_REACH ) ) ) {
				continue;
			}
			if (
				phrase.before &&
				! phrase.before.test(
					text.slice(
						Math.max( 0, match.index - BEFORE_REACH ),
						match.index
					)
				)
			) {
				continue;
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
 * @param text
 * @param list
 */
export function matchesAny( text: string, list: readonly Phrase[] ): boolean {
	return list.some( ( phrase ) => someMatch( text, phrase ) );
}
