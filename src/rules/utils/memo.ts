/**
 * Per-paragraph memo for the document rules: they run on every analysis, but
 * after an edit only one paragraph's text has changed, so each rule remembers
 * what it found in a paragraph, keyed by the paragraph's text.
 */

/** How many paragraphs, and characters in all, a memo keeps before it starts afresh (bounds memory). */
const MAX_ENTRIES = 4000;
const MAX_CHARS = 2_000_000;

/**
 * Wraps a pure function of a paragraph's text so that repeated calls with the
 * same text are looked up instead of computed.
 *
 * @param compute The pure function.
 */
export function memoByText< T >(
	compute: ( text: string ) => T
): ( text: string ) => T {
	const cache = new Map< string, T >();
	let chars = 0;
	return ( text: string ): T => {
		const hit = cache.get( text );
		if ( hit !== undefined || cache.has( text ) ) {
			return hit as T;
		}
		if ( cache.size >= MAX_ENTRIES || chars + text.length > MAX_CHARS ) {
			cache.clear();
			chars = 0;
		}
		const value = compute( text );
		// A paragraph larger than the whole budget is computed, never kept.
		if ( text.length <= MAX_CHARS ) {
			cache.set( text, value );
			chars += text.length;
		}
		return value;
	};
}
