/**
 * Plain text of one rich-text attribute value, counted character for character
 * as the block editor's rich-text model (`@wordpress/rich-text` `create()`)
 * counts it, so a range in the text is a range the editor can annotate:
 * entities decoded, `<br>` as "\n", white space kept, U+FEFF, U+FFFC and "\r"
 * removed from text, and one U+FFFC for each object (an element with attributes
 * and no text, such as an image; a comment; a script; a footnote marker).
 */
import { readHtml, readSimpleHtml } from './simple-html';
import type { HtmlHandler } from './simple-html';
import type { TextLink } from './types';

/** The character rich text stores in place of an object. */
export const OBJECT_REPLACEMENT = '\ufffc';

interface OpenElement {
	name: string;
	start: number;
	hasAttributes: boolean;
	href?: string;
	/** Content not counted (script text, a footnote marker's number). */
	opaque: boolean;
}

/** Characters rich text does not keep in its text. */
const RESERVED = /[\r\ufeff\ufffc]/;
const RESERVED_ALL = /[\r\ufeff\ufffc]/g;

/**
 * The text without the characters rich text drops; a regex test (native code)
 * finds most text has none faster than a character loop.
 * @param text
 */
function stripReserved( text: string ): string {
	return RESERVED.test( text ) ? text.replace( RESERVED_ALL, '' ) : text;
}

/**
 * Plain text and links of one rich-text value.
 *
 * @param html The attribute value (HTML string).
 */
export function richTextToText( html: string ): {
	text: string;
	links: TextLink[];
} {
	return readRichText( html, true ) ?? readRichText( html, false )!;
}

/**
 * One reading of {@link richTextToText}: through the fast path for simple HTML
 * (undefined when the HTML is not simple), or through htmlparser2.
 *
 * @param html   The attribute value.
 * @param simple Whether to use the fast path.
 */
function readRichText(
	html: string,
	simple: boolean
): { text: string; links: TextLink[] } | undefined {
	let text = '';
	const links: TextLink[] = [];
	const stack: OpenElement[] = [];
	let opaque = 0;

	const handler: HtmlHandler = {
		onopentag( name, attributes ) {
			const isOpaque =
				name === 'script' ||
				( name === 'sup' && 'data-fn' in attributes );
			stack.push( {
				name,
				start: text.length,
				hasAttributes: Object.keys( attributes ).length > 0,
				href: name === 'a' ? attributes.href : undefined,
				opaque: isOpaque,
			} );
			if ( isOpaque ) {
				opaque++;
			}
		},
		onclosetag( name ) {
			const element = stack.pop();
			if ( ! element || element.name !== name ) {
				return;
			}
			if ( element.opaque ) {
				opaque--;
				if ( opaque === 0 ) {
					text += OBJECT_REPLACEMENT;
				}
				return;
			}
			if ( opaque > 0 ) {
				return;
			}
			if ( name === 'br' ) {
				text += '\n';
			} else if ( text.length === element.start ) {
				if ( element.hasAttributes ) {
					text += OBJECT_REPLACEMENT;
				}
			} else if ( element.href !== undefined ) {
				links.push( {
					start: element.start,
					end: text.length,
					href: element.href,
				} );
			}
		},
		ontext( data ) {
			if ( opaque === 0 ) {
				text += stripReserved( data );
			}
		},
		oncomment() {
			if ( opaque === 0 ) {
				text += OBJECT_REPLACEMENT;
			}
		},
	};
	if ( ! simple ) {
		readHtml( html, handler );
	} else if ( ! readSimpleHtml( html, handler ) ) {
		return undefined;
	}
	links.sort( ( a, b ) => a.start - b.start );
	return { text, links };
}
