/**
 * A guard for pathological HTML: htmlparser2 searches its open-element stack for
 * every closing tag, so thousands of nested or stray tags make parsing
 * quadratic. This linear pre-pass caps nesting and drops closing tags that
 * close nothing; ordinary post HTML (small, shallow) is returned unchanged.
 */

import { BLOCK_TAGS, VOID_TAGS } from './html-tags';

/** Beyond this depth, opening tags are dropped (their text is kept). */
export const MAX_TAG_DEPTH = 256;

/** Below this size a block's HTML cannot be deep enough to matter. */
const GUARD_FROM = 16 * 1024;

/** Elements whose end tag HTML may omit when a peer (or, for `p`, any element) opens. */
const SELF_CLOSING_PEERS = new Set( [
	'p',
	'li',
	'dt',
	'dd',
	'option',
	'tr',
	'td',
	'th',
] );

/** Elements whose content is raw text: skipped to their closing tag. */
const RAW_TEXT = new Set( [ 'script', 'style', 'textarea', 'title' ] );

function isLetter( code: number ): boolean {
	return ( code >= 97 && code <= 122 ) || ( code >= 65 && code <= 90 );
}

function isNameChar( code: number ): boolean {
	return isLetter( code ) || ( code >= 48 && code <= 57 ) || code === 45;
}

/**
 * Returns the HTML with nesting capped at MAX_TAG_DEPTH and stray closing tags
 * removed, in one pass.
 *
 * @param html HTML of one block or classic chunk.
 */
export function limitTagDepth( html: string ): string {
	if ( html.length < GUARD_FROM ) {
		return html;
	}
	const stack: string[] = [];
	const open = new Map< string, number >();
	let out = '';
	let copied = 0;
	let i = html.indexOf( '<' );
	const drop = ( start: number, end: number ) => {
		out += html.slice( copied, start );
		copied = end;
	};
	while ( i >= 0 && i < html.length ) {
		if ( html.startsWith( '<!--', i ) ) {
			const end = html.indexOf( '-->', i + 4 );
			if ( end < 0 ) {
				break;
			}
			i = html.indexOf( '<', end + 3 );
			continue;
		}
		const closing = html.charCodeAt( i + 1 ) === 47;
		let j = closing ? i + 2 : i + 1;
		if ( ! isLetter( html.charCodeAt( j ) ) ) {
			i = html.indexOf( '<', i + 1 );
			continue;
		}
		const nameStart = j;
		while ( j < html.length && isNameChar( html.charCodeAt( j ) ) ) {
			j++;
		}
		const name = html.slice( nameStart, j ).toLowerCase();
		const gt = html.indexOf( '>', j );
		if ( gt < 0 ) {
			break;
		}
		const end = gt + 1;
		if ( closing ) {
			if ( ( open.get( name ) ?? 0 ) === 0 ) {
				drop( i, end );
			} else {
				for (
					let top = stack.pop();
					top !== undefined;
					top = stack.pop()
				) {
					open.set( top, ( open.get( top ) ?? 1 ) - 1 );
					if ( top === name ) {
						break;
					}
				}
			}
		} else if (
			! VOID_TAGS.has( name ) &&
			html.charCodeAt( gt - 1 ) !== 47
		) {
			// Elements HTML closes by itself (`<p>a<p>b`) must not deepen the stack.
			const top = stack[ stack.length - 1 ];
			if (
				top !== undefined &&
				SELF_CLOSING_PEERS.has( top ) &&
				( top === name || ( top === 'p' && BLOCK_TAGS.has( name ) ) )
			) {
				stack.pop();
				open.set( top, ( open.get( top ) ?? 1 ) - 1 );
			}
			if ( stack.length >= MAX_TAG_DEPTH ) {
				drop( i, end );
			} else {
				stack.push( name );
				open.set( name, ( open.get( name ) ?? 0 ) + 1 );
				if ( RAW_TEXT.has( name ) ) {
					let close = html.indexOf( '</', end );
					while (
						close >= 0 &&
						html
							.slice( close + 2, close + 2 + name.length )
							.toLowerCase() !== name
					) {
						close = html.indexOf( '</', close + 2 );
					}
					i = close;
					continue;
				}
			}
		}
		i = html.indexOf( '<', end );
	}
	return copied === 0 ? html : out + html.slice( copied );
}
