/**
 * A fast path for the HTML of most blocks: well-nested ordinary elements,
 * quoted or plain attributes, common entities and simple comments. It calls a
 * handler with exactly the events htmlparser2 (HTML mode, entities decoded)
 * would give, except that text may come in fewer pieces, which the handlers
 * here do not notice (they only append it). Anything it does not model (an
 * element HTML closes by itself, raw-text elements, foreign content, unusual
 * entities, stray or unclosed tags…) makes it decline, possibly after some
 * events: the caller then reads the HTML again, from the start and with fresh
 * state, through htmlparser2 (at most twice the work, only for such HTML).
 *
 * htmlparser2's tokenizer visits every character through a state machine; this
 * jumps from `<` to `<` with `indexOf`, several times faster on prose.
 */
import { Parser } from 'htmlparser2';

/** The callbacks of an HTML reader (the subset of htmlparser2's handler used here). */
export interface HtmlHandler {
	onopentag: ( name: string, attributes: Record< string, string > ) => void;
	onclosetag: ( name: string ) => void;
	ontext: ( data: string ) => void;
	oncomment?: ( data: string ) => void;
}

const SPACE = 32;
const HASH = 35;
const SEMICOLON = 59;
const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const EQUALS = 61;
const DQUOTE = 34;
const SQUOTE = 39;
const BACKTICK = 96;
const DASH = 45;

/** Void elements read by the fast path (htmlparser2 closes them at once). */
const SIMPLE_VOID = new Set( [ 'br', 'hr', 'img', 'wbr' ] );

const P_ONLY = [ 'p' ];
const HEADINGS = [ 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p' ];

/**
 * Elements the fast path reads, each with the open elements that opening it
 * closes implicitly in htmlparser2 (its `openImpliesClose`): when one of those
 * is the innermost open element, the fast path declines. None of these is a
 * raw-text, form or foreign (SVG, MathML) element.
 */
const SIMPLE_ELEMENTS = new Map< string, readonly string[] >( [
	[ 'a', [ 'a' ] ],
	[ 'abbr', [] ],
	[ 'b', [] ],
	[ 'bdi', [] ],
	[ 'bdo', [] ],
	[ 'blockquote', P_ONLY ],
	[ 'br', [] ],
	[ 'caption', [] ],
	[ 'cite', [] ],
	[ 'code', [] ],
	[ 'data', [] ],
	[ 'dd', [ 'dd', 'dt' ] ],
	[ 'del', [] ],
	[ 'details', P_ONLY ],
	[ 'dfn', [] ],
	[ 'div', P_ONLY ],
	[ 'dl', P_ONLY ],
	[ 'dt', [ 'dd', 'dt' ] ],
	[ 'em', [] ],
	[ 'figcaption', P_ONLY ],
	[ 'figure', P_ONLY ],
	[ 'h1', HEADINGS ],
	[ 'h2', HEADINGS ],
	[ 'h3', HEADINGS ],
	[ 'h4', HEADINGS ],
	[ 'h5', HEADINGS ],
	[ 'h6', HEADINGS ],
	[ 'hr', P_ONLY ],
	[ 'i', [] ],
	[ 'img', [] ],
	[ 'ins', [] ],
	[ 'kbd', [] ],
	[ 'li', [ 'li' ] ],
	[ 'mark', [] ],
	[ 'ol', P_ONLY ],
	[ 'p', P_ONLY ],
	[ 'pre', P_ONLY ],
	[ 'q', [] ],
	[ 's', [] ],
	[ 'samp', [] ],
	[ 'small', [] ],
	[ 'span', [] ],
	[ 'strong', [] ],
	[ 'sub', [] ],
	[ 'summary', [] ],
	[ 'sup', [] ],
	[ 'table', P_ONLY ],
	[ 'tbody', [ 'thead', 'tbody' ] ],
	[ 'td', [ 'thead', 'th', 'td' ] ],
	[ 'tfoot', [ 'thead', 'tbody' ] ],
	[ 'th', [ 'th' ] ],
	[ 'thead', [] ],
	[ 'time', [] ],
	[ 'tr', [ 'tr', 'th', 'td' ] ],
	[ 'u', [] ],
	[ 'ul', P_ONLY ],
	[ 'var', [] ],
	[ 'wbr', [] ],
] );

/**
 * Named character references the fast path decodes, always with their `;`
 * (others, and any without `;`, are left to htmlparser2's full table).
 */
const ENTITIES = new Map< string, string >( [
	[ 'amp', '&' ],
	[ 'lt', '<' ],
	[ 'gt', '>' ],
	[ 'quot', '"' ],
	[ 'apos', "'" ],
	[ 'nbsp', '\u00a0' ],
	[ 'ndash', '\u2013' ],
	[ 'mdash', '\u2014' ],
	[ 'hellip', '\u2026' ],
	[ 'lsquo', '\u2018' ],
	[ 'rsquo', '\u2019' ],
	[ 'ldquo', '\u201c' ],
	[ 'rdquo', '\u201d' ],
	[ 'copy', '\u00a9' ],
	[ 'reg', '\u00ae' ],
	[ 'trade', '\u2122' ],
	[ 'deg', '\u00b0' ],
	[ 'times', '\u00d7' ],
	[ 'middot', '\u00b7' ],
	[ 'bull', '\u2022' ],
	[ 'euro', '\u20ac' ],
	[ 'pound', '\u00a3' ],
	[ 'micro', '\u00b5' ],
	[ 'plusmn', '\u00b1' ],
	[ 'le', '\u2264' ],
	[ 'ge', '\u2265' ],
	[ 'shy', '\u00ad' ],
] );

/** Longest name in ENTITIES. */
const LONGEST_ENTITY = 6;

/**
 * True for the white space htmlparser2's tokenizer skips inside tags.
 * @param code A character code.
 */
function isTagSpace( code: number ): boolean {
	return (
		code === SPACE ||
		code === 10 ||
		code === 9 ||
		code === 12 ||
		code === 13
	);
}

function isAsciiLetter( code: number ): boolean {
	return ( code >= 97 && code <= 122 ) || ( code >= 65 && code <= 90 );
}

function isAsciiAlphanumeric( code: number ): boolean {
	return isAsciiLetter( code ) || ( code >= 48 && code <= 57 );
}

/**
 * Characters allowed in an attribute name on the fast path.
 * @param code A character code.
 */
function isAttributeNameChar( code: number ): boolean {
	return (
		isAsciiAlphanumeric( code ) ||
		code === DASH ||
		code === 95 ||
		code === 58 ||
		code === 46
	);
}

function hexValue( code: number ): number {
	if ( code >= 48 && code <= 57 ) {
		return code - 48;
	}
	const lower = code | 32;
	return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/**
 * A name, lower-cased as htmlparser2 does; names are nearly always lower case
 * already, and checking is cheaper than calling `toLowerCase` on each.
 * @param html  The HTML.
 * @param start Start of the name (ASCII letters, digits and punctuation).
 * @param end   End of the name.
 */
function lowerSlice( html: string, start: number, end: number ): string {
	const name = html.slice( start, end );
	for ( let i = start; i < end; i++ ) {
		const code = html.charCodeAt( i );
		if ( code >= 65 && code <= 90 ) {
			return name.toLowerCase();
		}
	}
	return name;
}

/** Where the last character reference read ends, and what it stands for. */
let referenceEnd = 0;
let referenceText = '';

/**
 * Reads the character reference at `at` (an `&`), setting `referenceEnd` and
 * `referenceText`. Returns false for a reference the fast path leaves to
 * htmlparser2. An `&` before anything but a letter, digit or `#` is plain text.
 *
 * @param html The HTML.
 * @param at   Index of the `&`.
 * @param end  Where the text (or attribute value) ends.
 */
function readReference( html: string, at: number, end: number ): boolean {
	if ( at + 1 >= end ) {
		// An `&` last in the input waits for more in htmlparser2; before a tag it is text.
		if ( at + 1 < html.length ) {
			referenceEnd = at + 1;
			referenceText = '&';
			return true;
		}
		return false;
	}
	const next = html.charCodeAt( at + 1 );
	if ( next === HASH ) {
		let i = at + 2;
		const hex = i < end && ( html.charCodeAt( i ) | 32 ) === 120;
		if ( hex ) {
			i++;
		}
		const digitsStart = i;
		let value = 0;
		while ( i < end && i - digitsStart < 7 ) {
			const digit = hex
				? hexValue( html.charCodeAt( i ) )
				: html.charCodeAt( i ) - 48;
			if ( digit < 0 || digit > ( hex ? 15 : 9 ) ) {
				break;
			}
			value = value * ( hex ? 16 : 10 ) + digit;
			i++;
		}
		if (
			i === digitsStart ||
			i >= end ||
			html.charCodeAt( i ) !== SEMICOLON ||
			value === 0 ||
			( value >= 0x80 && value <= 0x9f ) ||
			( value >= 0xd800 && value <= 0xdfff ) ||
			value > 0x10ffff
		) {
			return false;
		}
		referenceEnd = i + 1;
		referenceText = String.fromCodePoint( value );
		return true;
	}
	if ( ! isAsciiAlphanumeric( next ) ) {
		referenceEnd = at + 1;
		referenceText = '&';
		return true;
	}
	let i = at + 1;
	while (
		i < end &&
		i - at <= LONGEST_ENTITY &&
		isAsciiLetter( html.charCodeAt( i ) )
	) {
		i++;
	}
	if ( i >= end || html.charCodeAt( i ) !== SEMICOLON ) {
		return false;
	}
	const text = ENTITIES.get( html.slice( at + 1, i ) );
	if ( text === undefined ) {
		return false;
	}
	referenceEnd = i + 1;
	referenceText = text;
	return true;
}

/**
 * Decodes the character references between `start` and `end`, or returns
 * undefined when one is left to htmlparser2.
 *
 * @param html  The HTML.
 * @param start Start of the text.
 * @param end   End of the text.
 */
function decodeText(
	html: string,
	start: number,
	end: number
): string | undefined {
	let amp = html.indexOf( '&', start );
	if ( amp < 0 || amp >= end ) {
		return html.slice( start, end );
	}
	let out = '';
	let from = start;
	while ( amp >= 0 && amp < end ) {
		if ( ! readReference( html, amp, end ) ) {
			return undefined;
		}
		out += html.slice( from, amp ) + referenceText;
		from = referenceEnd;
		amp = html.indexOf( '&', from );
	}
	return out + html.slice( from, end );
}

/**
 * Feeds simple HTML to the handler, returning true; or returns false as soon
 * as the HTML turns out to need htmlparser2, the handler having had some of
 * the events (the caller discards it and starts again with htmlparser2).
 *
 * @param html    The HTML.
 * @param handler The callbacks.
 */
export function readSimpleHtml( html: string, handler: HtmlHandler ): boolean {
	const stack: string[] = [];
	const length = html.length;
	let textStart = 0;
	let i = html.indexOf( '<' );
	while ( i >= 0 ) {
		const next = i + 1 < length ? html.charCodeAt( i + 1 ) : -1;
		if (
			! isAsciiLetter( next ) &&
			next !== SLASH &&
			next !== BANG &&
			next !== QUESTION
		) {
			if ( next < 0 ) {
				return false;
			}
			// `<` before anything else (`< 5`, `<3`) is text.
			i = html.indexOf( '<', i + 1 );
			continue;
		}
		if ( i > textStart ) {
			const data = decodeText( html, textStart, i );
			if ( data === undefined ) {
				return false;
			}
			handler.ontext( data );
		}
		let end: number;
		if ( next === BANG ) {
			end = readComment( html, i, handler );
		} else if ( next === SLASH ) {
			end = readClosingTag( html, i, stack, handler );
		} else if ( next === QUESTION ) {
			return false;
		} else {
			end = readOpeningTag( html, i, stack, handler );
		}
		if ( end < 0 ) {
			return false;
		}
		textStart = end;
		i = html.indexOf( '<', end );
	}
	if ( stack.length > 0 ) {
		return false;
	}
	if ( length > textStart ) {
		const data = decodeText( html, textStart, length );
		if ( data === undefined ) {
			return false;
		}
		handler.ontext( data );
	}
	return true;
}

/**
 * Reads a comment whose text has no `-` or `>` (so it ends at the first
 * `-->` exactly as in htmlparser2). Returns the index after it, or -1.
 *
 * @param html    The HTML.
 * @param at      Index of the `<`.
 * @param handler Where the comment goes.
 */
function readComment( html: string, at: number, handler: HtmlHandler ): number {
	if ( ! html.startsWith( '<!--', at ) ) {
		return -1;
	}
	const close = html.indexOf( '-->', at + 4 );
	if ( close < 0 ) {
		return -1;
	}
	for ( let j = at + 4; j < close; j++ ) {
		const code = html.charCodeAt( j );
		if ( code === DASH || code === GT ) {
			return -1;
		}
	}
	handler.oncomment?.( html.slice( at + 4, close ) );
	return close + 3;
}

/**
 * Reads `</name>` closing the innermost open element. Returns the index after
 * it, or -1.
 *
 * @param html    The HTML.
 * @param at      Index of the `<`.
 * @param stack   Open elements, innermost last.
 * @param handler Where the event goes.
 */
function readClosingTag(
	html: string,
	at: number,
	stack: string[],
	handler: HtmlHandler
): number {
	let j = at + 2;
	while ( j < html.length && isAsciiAlphanumeric( html.charCodeAt( j ) ) ) {
		j++;
	}
	if ( j === at + 2 || html.charCodeAt( j ) !== GT ) {
		return -1;
	}
	const name = lowerSlice( html, at + 2, j );
	if ( stack.length === 0 || stack[ stack.length - 1 ] !== name ) {
		return -1;
	}
	stack.pop();
	handler.onclosetag( name );
	return j + 1;
}

/**
 * Reads an opening tag of a simple element with its attributes. Returns the
 * index after it, or -1.
 *
 * @param html    The HTML.
 * @param at      Index of the `<`.
 * @param stack   Open elements, innermost last.
 * @param handler Where the events go.
 */
function readOpeningTag(
	html: string,
	at: number,
	stack: string[],
	handler: HtmlHandler
): number {
	const length = html.length;
	let j = at + 1;
	while ( j < length && isAsciiAlphanumeric( html.charCodeAt( j ) ) ) {
		j++;
	}
	const name = lowerSlice( html, at + 1, j );
	const closes = SIMPLE_ELEMENTS.get( name );
	if ( closes === undefined ) {
		return -1;
	}
	const top = stack[ stack.length - 1 ];
	if ( top !== undefined && closes.includes( top ) ) {
		return -1;
	}
	const attributes: Record< string, string > = {};
	for (;;) {
		if ( j >= length ) {
			return -1;
		}
		const code = html.charCodeAt( j );
		if ( code === GT ) {
			j++;
			break;
		}
		if ( code === SLASH ) {
			// `<br/>`: htmlparser2 ignores the slash in HTML.
			if ( html.charCodeAt( j + 1 ) !== GT ) {
				return -1;
			}
			j += 2;
			break;
		}
		if ( ! isTagSpace( code ) ) {
			return -1;
		}
		while ( j < length && isTagSpace( html.charCodeAt( j ) ) ) {
			j++;
		}
		const nameStart = j;
		while ( j < length && isAttributeNameChar( html.charCodeAt( j ) ) ) {
			j++;
		}
		if ( j === nameStart ) {
			// Only `>` or `/` may follow the white space.
			continue;
		}
		const attribute = lowerSlice( html, nameStart, j );
		let value = '';
		if ( html.charCodeAt( j ) === EQUALS ) {
			j++;
			const quote = html.charCodeAt( j );
			let valueEnd: number;
			let valueStart: number;
			if ( quote === DQUOTE || quote === SQUOTE ) {
				valueStart = j + 1;
				valueEnd = html.indexOf( quote === DQUOTE ? '"' : "'", j + 1 );
				if ( valueEnd < 0 ) {
					return -1;
				}
				j = valueEnd + 1;
			} else {
				valueStart = j;
				while ( j < length ) {
					const c = html.charCodeAt( j );
					if ( isTagSpace( c ) || c === GT ) {
						break;
					}
					if (
						c === DQUOTE ||
						c === SQUOTE ||
						c === LT ||
						c === EQUALS ||
						c === BACKTICK
					) {
						return -1;
					}
					j++;
				}
				if ( j === valueStart || j >= length ) {
					return -1;
				}
				valueEnd = j;
			}
			const decoded = decodeText( html, valueStart, valueEnd );
			if ( decoded === undefined ) {
				return -1;
			}
			value = decoded;
			// After a value comes white space, `>` or `/>` (checked above).
			const after = html.charCodeAt( j );
			if ( after !== GT && after !== SLASH && ! isTagSpace( after ) ) {
				return -1;
			}
		} else {
			const after = html.charCodeAt( j );
			if ( after !== GT && after !== SLASH && ! isTagSpace( after ) ) {
				return -1;
			}
		}
		if ( ! Object.prototype.hasOwnProperty.call( attributes, attribute ) ) {
			attributes[ attribute ] = value;
		}
	}
	handler.onopentag( name, attributes );
	if ( SIMPLE_VOID.has( name ) ) {
		handler.onclosetag( name );
	} else {
		stack.push( name );
	}
	return j;
}

/**
 * Reads HTML into the handler through htmlparser2 (HTML mode, entities decoded).
 *
 * @param html    The HTML.
 * @param handler The callbacks.
 */
export function readHtml( html: string, handler: HtmlHandler ): void {
	const parser = new Parser( handler, { decodeEntities: true } );
	parser.write( html );
	parser.end();
}

/** Callbacks that ignore everything. */
const IGNORE: HtmlHandler = {
	onopentag() {},
	onclosetag() {},
	ontext() {},
};

/**
 * Whether the fast path reads this HTML to the end.
 *
 * @param html The HTML.
 */
export function isSimpleHtml( html: string ): boolean {
	return readSimpleHtml( html, IGNORE );
}
