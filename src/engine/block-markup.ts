/**
 * Block comment delimiters (`<!-- wp:name {…} -->`, `<!-- /wp:name -->`,
 * `<!-- wp:name /-->`) found in one linear scan, and a repair for markup whose
 * delimiters do not pair up.
 *
 * The repair matters for speed as well as sense: WordPress's parser gives an
 * unclosed block the whole rest of the post as its HTML, so a post with many
 * unclosed blocks would otherwise be read over and over (quadratic time).
 */

/** One block comment delimiter. */
export interface Delimiter {
	kind: 'open' | 'close' | 'void';
	/** Name as written, e.g. `paragraph` or `hcp-compliance/credentials`. */
	name: string;
	start: number;
	end: number;
}

/** Result of scanning post content for delimiters. */
export interface DelimiterScan {
	delimiters: Delimiter[];
	/** True when an HTML comment is opened and never closed. */
	unclosedComment: boolean;
}

function isNameChar( code: number ): boolean {
	return (
		( code >= 97 && code <= 122 ) ||
		( code >= 48 && code <= 57 ) ||
		( code >= 65 && code <= 90 ) ||
		code === 45 ||
		code === 95 ||
		code === 47
	);
}

/**
 * True for the characters `String.prototype.trim` removes (white space and line
 * terminators), so a comment's text can be trimmed by index without a copy.
 * @param code A UTF-16 code unit.
 */
function isTrimmed( code: number ): boolean {
	if ( code < 0x80 ) {
		return code === 32 || ( code >= 9 && code <= 13 );
	}
	return (
		code === 0xa0 ||
		code === 0x1680 ||
		( code >= 0x2000 && code <= 0x200a ) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000 ||
		code === 0xfeff
	);
}

/**
 * Finds every block comment delimiter, in order.
 *
 * @param content Post content.
 */
export function scanDelimiters( content: string ): DelimiterScan {
	const delimiters: Delimiter[] = [];
	let from = 0;
	for (;;) {
		const open = content.indexOf( '<!--', from );
		if ( open < 0 ) {
			return { delimiters, unclosedComment: false };
		}
		const close = content.indexOf( '-->', open + 4 );
		if ( close < 0 ) {
			return { delimiters, unclosedComment: true };
		}
		// The comment's text, trimmed, is content[ start, end ).
		let start = open + 4;
		let end = close;
		while ( start < end && isTrimmed( content.charCodeAt( start ) ) ) {
			start++;
		}
		while ( end > start && isTrimmed( content.charCodeAt( end - 1 ) ) ) {
			end--;
		}
		const closing = end - start >= 4 && content.startsWith( '/wp:', start );
		if (
			closing ||
			( end - start >= 3 && content.startsWith( 'wp:', start ) )
		) {
			let i = start + ( closing ? 4 : 3 );
			const nameStart = i;
			while ( i < end && isNameChar( content.charCodeAt( i ) ) ) {
				i++;
			}
			let name = content.slice( nameStart, i );
			const selfClosing =
				! closing && content.charCodeAt( end - 1 ) === 47;
			if ( selfClosing && name.endsWith( '/' ) ) {
				name = name.slice( 0, -1 );
			}
			if ( name !== '' ) {
				let kind: Delimiter[ 'kind' ] = 'open';
				if ( closing ) {
					kind = 'close';
				} else if ( selfClosing ) {
					kind = 'void';
				}
				delimiters.push( {
					kind,
					name,
					start: open,
					end: close + 3,
				} );
			}
		}
		from = close + 3;
	}
}

/**
 * Pairs openers with closers; returns the openers never closed and the stray closers.
 *
 * @param delimiters Delimiters in order.
 */
function pairUp( delimiters: Delimiter[] ): {
	unclosed: number[];
	stray: number[];
} {
	// Sound markup (the usual case) pairs up on a plain stack of names.
	const names: string[] = [];
	let sound = true;
	for ( const delimiter of delimiters ) {
		if ( delimiter.kind === 'open' ) {
			names.push( delimiter.name );
		} else if (
			delimiter.kind === 'close' &&
			names.pop() !== delimiter.name
		) {
			sound = false;
			break;
		}
	}
	if ( sound && names.length === 0 ) {
		return { unclosed: [], stray: [] };
	}
	const stack: number[] = [];
	const unclosed: number[] = [];
	const stray: number[] = [];
	// Open blocks by name, so a closer finds its opener without searching the stack.
	const openByName = new Map< string, number >();
	delimiters.forEach( ( delimiter, index ) => {
		if ( delimiter.kind === 'open' ) {
			stack.push( index );
			openByName.set(
				delimiter.name,
				( openByName.get( delimiter.name ) ?? 0 ) + 1
			);
		} else if ( delimiter.kind === 'close' ) {
			if ( ! openByName.get( delimiter.name ) ) {
				stray.push( index );
				return;
			}
			for (
				let top = stack.pop();
				top !== undefined;
				top = stack.pop()
			) {
				const name = delimiters[ top ].name;
				openByName.set( name, ( openByName.get( name ) ?? 1 ) - 1 );
				if ( name === delimiter.name ) {
					break;
				}
				unclosed.push( top );
			}
		}
	} );
	unclosed.push( ...stack );
	return { unclosed, stray };
}

/**
 * Describes how the block markup is broken, or returns '' when it is sound.
 *
 * @param content Post content.
 */
export function blockMarkupProblem(
	content: string
): '' | 'unclosed-comment' | 'unpaired' {
	const scan = scanDelimiters( content );
	if ( scan.unclosedComment ) {
		return 'unclosed-comment';
	}
	const { unclosed, stray } = pairUp( scan.delimiters );
	return unclosed.length > 0 || stray.length > 0 ? 'unpaired' : '';
}

/**
 * Makes block delimiters pair up: an opener never closed is closed where the
 * next delimiter begins (its text stays readable, as a block of its own), and a
 * closer with no opener is dropped. Sound markup is returned unchanged.
 *
 * @param content Post content.
 */
export function repairBlockMarkup( content: string ): string {
	const { delimiters } = scanDelimiters( content );
	const { unclosed, stray } = pairUp( delimiters );
	if ( unclosed.length === 0 && stray.length === 0 ) {
		return content;
	}
	// Edits as [ position, remove-up-to, insert ], applied in one pass.
	const edits: Array< [ number, number, string ] > = [];
	for ( const index of unclosed ) {
		const next = delimiters[ index + 1 ];
		const at = next ? next.start : content.length;
		edits.push( [ at, at, `<!-- /wp:${ delimiters[ index ].name } -->` ] );
	}
	for ( const index of stray ) {
		edits.push( [
			delimiters[ index ].start,
			delimiters[ index ].end,
			'',
		] );
	}
	edits.sort( ( a, b ) => a[ 0 ] - b[ 0 ] || a[ 1 ] - b[ 1 ] );
	let out = '';
	let from = 0;
	for ( const [ at, to, insert ] of edits ) {
		if ( at < from ) {
			continue;
		}
		out += content.slice( from, at ) + insert;
		from = to;
	}
	return out + content.slice( from );
}
