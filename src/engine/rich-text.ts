/**
 * Plain text of one rich-text attribute value, counted character for character
 * as the block editor's rich-text model (`@wordpress/rich-text` `create()`)
 * counts it, so a range in the text is a range the editor can annotate:
 * entities decoded, `<br>` as "\n", white space kept, U+FEFF, U+FFFC and "\r"
 * removed from text, and one U+FFFC for each object (an element with attributes
 * and no text, such as an image; a comment; a script; a footnote marker).
 */
import { parseHtml } from './simple-html';
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

function stripReserved( text: string ): string {
	let out = '';
	let from = 0;
	for ( let i = 0; i < text.length; i++ ) {
		const code = text.charCodeAt( i );
		if ( code === 0xfeff || code === 0xfffc || code === 13 ) {
			out += text.slice( from, i );
			from = i + 1;
		}
	}
	return from === 0 ? text : out + text.slice( from );
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
	let text = '';
	const links: TextLink[] = [];
	const stack: OpenElement[] = [];
	let opaque = 0;

	parseHtml( html, {
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
	} );
	links.sort( ( a, b ) => a.start - b.start );
	return { text, links };
}
