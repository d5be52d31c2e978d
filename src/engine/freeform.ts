/**
 * Classic (freeform) HTML and Markdown, cut into pseudo top-level blocks so
 * that "same block" rules see a paragraph as the block editor would.
 */
import { Parser } from 'htmlparser2';
import { marked } from 'marked';

import { BLOCK_TAGS, VOID_TAGS } from './html-tags';
import { limitTagDepth } from './tag-depth';

interface Piece {
	raw: string;
	isText: boolean;
}

/**
 * True when the content holds at least one HTML tag.
 * @param content
 */
export function looksLikeHtml( content: string ): boolean {
	return /<\/?[a-zA-Z][\w:-]*[\s/>]/.test( content );
}

/**
 * Renders Markdown (or plain text, whose blank-line paragraphs become `<p>`) as HTML.
 * @param content
 */
export function markdownToHtml( content: string ): string {
	return marked.parse( content, { async: false, gfm: true, breaks: false } );
}

/**
 * Turns the classic editor's `[caption]` shortcode into a figure with a caption.
 *
 * @param html Classic HTML.
 */
export function expandCaptionShortcodes( html: string ): string {
	if ( ! html.includes( '[caption' ) ) {
		return html;
	}
	let out = '';
	let from = 0;
	for (;;) {
		const open = html.indexOf( '[caption', from );
		if ( open < 0 ) {
			break;
		}
		const openEnd = html.indexOf( ']', open );
		const close = openEnd < 0 ? -1 : html.indexOf( '[/caption]', openEnd );
		if ( close < 0 ) {
			break;
		}
		const inner = html.slice( openEnd + 1, close );
		const lastTag = inner.lastIndexOf( '>' );
		out += html.slice( from, open );
		out += `<figure>${ inner.slice( 0, lastTag + 1 ) }<figcaption>${ inner.slice( lastTag + 1 ) }</figcaption></figure>`;
		from = close + '[/caption]'.length;
	}
	return out + html.slice( from );
}

/**
 * Splits top-level text at blank lines, the classic editor's paragraphs.
 * @param raw
 */
function splitAtBlankLines( raw: string ): string[] {
	const out: string[] = [];
	let from = 0;
	let i = raw.indexOf( '\n' );
	while ( i >= 0 ) {
		let j = i + 1;
		while (
			j < raw.length &&
			( raw[ j ] === ' ' || raw[ j ] === '\t' || raw[ j ] === '\r' )
		) {
			j++;
		}
		if ( raw[ j ] === '\n' ) {
			out.push( raw.slice( from, i ) );
			while (
				j < raw.length &&
				( raw[ j ] === '\n' ||
					raw[ j ] === ' ' ||
					raw[ j ] === '\t' ||
					raw[ j ] === '\r' )
			) {
				j++;
			}
			from = j;
			i = raw.indexOf( '\n', j );
		} else {
			i = raw.indexOf( '\n', i + 1 );
		}
	}
	out.push( raw.slice( from ) );
	return out;
}

/**
 * Cuts classic HTML into the HTML of pseudo top-level blocks: one per top-level
 * block element, and one per blank-line paragraph of inline content (whose
 * single line breaks become `<br>`, as WordPress's `wpautop` does).
 *
 * @param html Classic HTML.
 */
export function splitFreeform( html: string ): string[] {
	const source = limitTagDepth( expandCaptionShortcodes( html ) );
	const chunks: string[] = [];
	let run: Piece[] = [];
	let depth = 0;
	let elementStart = -1;
	let inlineStart = -1;

	const flushRun = () => {
		const last = run.length - 1;
		const paragraph = run
			.map( ( piece, index ) => {
				if ( ! piece.isText ) {
					return piece.raw;
				}
				let raw = index === 0 ? piece.raw.trimStart() : piece.raw;
				raw = index === last ? raw.trimEnd() : raw;
				return raw.replace( /\n/g, '<br>\n' );
			} )
			.join( '' );
		if ( paragraph.trim() !== '' ) {
			chunks.push( paragraph );
		}
		run = [];
	};

	let cursor = 0;
	const takeText = ( until: number ) => {
		if ( until <= cursor ) {
			return;
		}
		const paragraphs = splitAtBlankLines( source.slice( cursor, until ) );
		paragraphs.forEach( ( paragraph, index ) => {
			if ( index > 0 ) {
				flushRun();
			}
			run.push( { raw: paragraph, isText: true } );
		} );
		cursor = until;
	};

	const parser: Parser = new Parser(
		{
			onopentag( name ) {
				if ( depth > 0 ) {
					if ( ! VOID_TAGS.has( name ) ) {
						depth++;
					}
					return;
				}
				const start = parser.startIndex;
				takeText( start );
				if ( VOID_TAGS.has( name ) ) {
					if ( name === 'hr' ) {
						flushRun();
					} else {
						run.push( {
							raw: source.slice( start, parser.endIndex + 1 ),
							isText: false,
						} );
					}
					cursor = Math.max( cursor, parser.endIndex + 1 );
					return;
				}
				if ( BLOCK_TAGS.has( name ) ) {
					flushRun();
					elementStart = start;
				} else {
					inlineStart = start;
				}
				depth = 1;
			},
			onclosetag( name, isImplied ) {
				if ( depth === 0 || VOID_TAGS.has( name ) ) {
					return;
				}
				depth--;
				if ( depth > 0 ) {
					return;
				}
				const end = isImplied
					? Math.max( cursor, parser.startIndex )
					: parser.endIndex + 1;
				if ( elementStart >= 0 ) {
					chunks.push( source.slice( elementStart, end ) );
					elementStart = -1;
				} else if ( inlineStart >= 0 ) {
					run.push( {
						raw: source.slice( inlineStart, end ),
						isText: false,
					} );
					inlineStart = -1;
				}
				cursor = Math.max( cursor, end );
			},
		},
		{ decodeEntities: true }
	);
	parser.write( source );
	parser.end();
	if ( depth > 0 ) {
		if ( elementStart >= 0 ) {
			chunks.push( source.slice( elementStart ) );
		} else if ( inlineStart >= 0 ) {
			run.push( { raw: source.slice( inlineStart ), isText: false } );
		}
	} else {
		takeText( source.length );
	}
	flushRun();
	return chunks;
}
