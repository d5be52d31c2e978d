/**
 * HTML to plain text in one linear pass, keeping what the rules need:
 * links with their offsets, images and embeds with their captions, and the
 * text-bearing parts of a block (content, caption, citation, table cells).
 *
 * The plain text is what a reader sees and what the block editor's rich-text
 * offsets count: tags removed, entities decoded, `<br>` as "\n".
 */
import { BLOCK_TAGS } from './html-tags';
import { readHtml, readSimpleHtml } from './simple-html';
import { limitTagDepth } from './tag-depth';
import type { HtmlHandler } from './simple-html';
import type { TextLink } from './types';

/** Which part of a block a piece of text belongs to. */
export type PartRole = 'content' | 'caption' | 'citation' | 'summary' | 'cell';

/** One text-bearing part of a block's HTML. */
export interface HtmlPart {
	role: PartRole;
	text: string;
	links: TextLink[];
	/** For table cells: `head`, `body` or `foot`, then row and column. */
	cell?: { section: string; row: number; column: number };
	/** True when the part's first element is a heading (`h1`–`h6`). */
	isHeading?: boolean;
}

/** A media element found in the HTML. */
export interface HtmlMedia {
	url: string;
	alt: string;
	/** Text of the enclosing figure's `figcaption` ('' when none). */
	caption: string;
}

/** Result of {@link htmlToParts}. */
export interface HtmlText {
	parts: HtmlPart[];
	media: HtmlMedia[];
}

/** Options of {@link htmlToParts}. */
export interface HtmlTextOptions {
	/** Keep white space as written (rich-text values in the editor, where offsets must match). */
	preserveWhiteSpace?: boolean;
	/** Treat `<cite>` as a separate citation part (quotes and pullquotes). */
	citeAsPart?: boolean;
}

export { BLOCK_TAGS } from './html-tags';

/** Elements whose text no reader sees. */
const HIDDEN_TAGS = new Set( [
	'script',
	'style',
	'template',
	'noscript',
	'svg',
	'head',
	'title',
	'textarea',
	'select',
] );

/** Elements whose URL makes them media. */
const MEDIA_TAGS = new Set( [
	'img',
	'iframe',
	'video',
	'audio',
	'embed',
	'object',
] );

const HEADING_TAGS = new Set( [ 'h1', 'h2', 'h3', 'h4', 'h5', 'h6' ] );

/**
 * True for the ASCII white space HTML collapses (not the no-break space).
 * @param code
 */
function isCollapsible( code: number ): boolean {
	return (
		code === 32 || code === 9 || code === 10 || code === 13 || code === 12
	);
}

/** Two spaces in a row. */
const DOUBLE_SPACE = / {2}/;

/** Runs of HTML white space. */
const WHITE_SPACE_RUN = /[ \t\n\f\r]+/g;

/**
 * Collapses runs of HTML white space into one space. Most text has none to
 * collapse, which `includes` (a native memchr) and a literal regex prove
 * faster than a character loop or one regex with a character class.
 * @param text
 */
export function collapseWhiteSpace( text: string ): string {
	return text.includes( '\n' ) ||
		text.includes( '\t' ) ||
		text.includes( '\r' ) ||
		text.includes( '\f' ) ||
		DOUBLE_SPACE.test( text )
		? text.replace( WHITE_SPACE_RUN, ' ' )
		: text;
}

interface PartBuilder {
	part: HtmlPart;
	/** A space is owed before the next text (collapsed white space). */
	pendingSpace: boolean;
	/** A line break is owed before the next text (block boundary). */
	pendingBreak: boolean;
	/** Links opened in this part and not yet closed. */
	openLinks: TextLink[];
}

interface FigureState {
	media: HtmlMedia[];
	captionPart?: HtmlPart;
}

/**
 * Splits HTML into text parts and media in one pass.
 *
 * @param html    HTML of one block (or one rich-text value).
 * @param options How to treat white space, inline objects and citations.
 */
export function htmlToParts(
	html: string,
	options: HtmlTextOptions = {}
): HtmlText {
	const source = limitTagDepth( html );
	return (
		readParts( source, options, true ) ??
		( readParts( source, options, false ) as HtmlText )
	);
}

/**
 * One reading of {@link htmlToParts}: through the fast path for simple HTML
 * (undefined when the HTML is not simple), or through htmlparser2.
 *
 * @param html    The HTML, its nesting already limited.
 * @param options How to treat white space, inline objects and citations.
 * @param simple  Whether to use the fast path.
 */
function readParts(
	html: string,
	options: HtmlTextOptions,
	simple: boolean
): HtmlText | undefined {
	const parts: HtmlPart[] = [];
	const media: HtmlMedia[] = [];
	const stack: PartBuilder[] = [];
	const figures: FigureState[] = [];
	let hidden = 0;
	let pre = 0;
	let section = 'body';
	let row = -1;
	let column = -1;
	// Elements that pushed a part, so their closing tag pops it.
	const pushedBy: string[] = [];
	let current: PartBuilder | undefined;
	let firstTag: string | undefined;
	let mediaElementDepth = 0;

	const newBuilder = (
		role: PartRole,
		cell?: HtmlPart[ 'cell' ],
		isHeading?: boolean
	): PartBuilder => {
		// Optional keys added after the others, as a spread of them would.
		const part: HtmlPart = { role, text: '', links: [] };
		if ( cell ) {
			part.cell = cell;
		}
		if ( isHeading ) {
			part.isHeading = true;
		}
		parts.push( part );
		return {
			part,
			pendingSpace: false,
			pendingBreak: false,
			openLinks: [],
		};
	};
	const content = (): PartBuilder => {
		if ( ! current ) {
			current = newBuilder(
				'content',
				undefined,
				firstTag !== undefined && HEADING_TAGS.has( firstTag )
			);
		}
		return current;
	};
	const push = ( tag: string, role: PartRole, cell?: HtmlPart[ 'cell' ] ) => {
		if ( current ) {
			stack.push( current );
		} else {
			stack.push( content() );
		}
		current = newBuilder( role, cell );
		pushedBy.push( tag );
	};
	const pop = () => {
		current = stack.pop();
		pushedBy.pop();
	};
	const lineBreak = ( builder: PartBuilder ) => {
		builder.part.text += '\n';
		builder.pendingSpace = false;
		builder.pendingBreak = false;
	};
	const flushBefore = ( builder: PartBuilder ) => {
		const text = builder.part.text;
		if ( text === '' ) {
			builder.pendingSpace = false;
			builder.pendingBreak = false;
			return;
		}
		if ( builder.pendingBreak ) {
			if ( ! text.endsWith( '\n' ) ) {
				builder.part.text += '\n';
			}
			builder.pendingBreak = false;
			builder.pendingSpace = false;
		} else if ( builder.pendingSpace ) {
			if ( ! text.endsWith( '\n' ) ) {
				builder.part.text += ' ';
			}
			builder.pendingSpace = false;
		}
	};
	const append = ( data: string ) => {
		if ( options.preserveWhiteSpace || pre > 0 ) {
			if ( data === '' ) {
				return;
			}
			const builder = content();
			flushBefore( builder );
			builder.part.text += data;
			return;
		}
		let text = collapseWhiteSpace( data );
		if ( text === '' ) {
			return;
		}
		const builder = content();
		if ( text.charCodeAt( 0 ) === 32 ) {
			builder.pendingSpace = builder.part.text !== '';
			text = text.slice( 1 );
		}
		let trailing = false;
		if ( text.length > 0 && text.charCodeAt( text.length - 1 ) === 32 ) {
			trailing = true;
			text = text.slice( 0, -1 );
		}
		if ( text !== '' ) {
			flushBefore( builder );
			builder.part.text += text;
		}
		if ( trailing ) {
			builder.pendingSpace = true;
		}
	};
	const addMedia = ( url: string, alt: string ) => {
		const item: HtmlMedia = { url: url.trim(), alt, caption: '' };
		media.push( item );
		const figure = figures[ figures.length - 1 ];
		if ( figure ) {
			figure.media.push( item );
		}
	};

	const handler: HtmlHandler = {
		onopentag( name, attributes ) {
			if ( firstTag === undefined ) {
				firstTag = name;
			}
			if ( hidden > 0 || HIDDEN_TAGS.has( name ) ) {
				if ( HIDDEN_TAGS.has( name ) ) {
					hidden++;
				}
				return;
			}
			if ( MEDIA_TAGS.has( name ) ) {
				const url = attributes.src ?? attributes.data ?? '';
				if ( url ) {
					addMedia( url, attributes.alt ?? '' );
				} else if ( name === 'video' || name === 'audio' ) {
					// The URL may come from a <source> child.
					mediaElementDepth++;
				}
				return;
			}
			if (
				name === 'source' &&
				mediaElementDepth > 0 &&
				attributes.src
			) {
				addMedia( attributes.src, '' );
				mediaElementDepth--;
				return;
			}
			if ( name === 'br' ) {
				const builder = content();
				lineBreak( builder );
				return;
			}
			if ( name === 'a' ) {
				const builder = content();
				flushBefore( builder );
				builder.openLinks.push( {
					start: builder.part.text.length,
					end: -1,
					href: attributes.href ?? '',
				} );
				return;
			}
			if ( name === 'pre' ) {
				pre++;
			}
			if ( name === 'figure' ) {
				figures.push( { media: [] } );
			}
			if ( name === 'thead' || name === 'tbody' || name === 'tfoot' ) {
				section = name.slice( 1 );
				row = -1;
			} else if ( name === 'tr' ) {
				row++;
				column = -1;
			}
			if ( name === 'figcaption' ) {
				push( name, 'caption' );
				const figure = figures[ figures.length - 1 ];
				if ( figure && current ) {
					figure.captionPart = current.part;
				}
			} else if ( name === 'td' || name === 'th' ) {
				column++;
				push( name, 'cell', {
					section,
					row: Math.max( row, 0 ),
					column,
				} );
			} else if ( name === 'summary' ) {
				push( name, 'summary' );
			} else if ( name === 'cite' && options.citeAsPart ) {
				push( name, 'citation' );
			} else if ( BLOCK_TAGS.has( name ) && current ) {
				current.pendingBreak = true;
			}
		},
		onclosetag( name ) {
			if ( HIDDEN_TAGS.has( name ) && hidden > 0 ) {
				hidden--;
				return;
			}
			if ( hidden > 0 ) {
				return;
			}
			if (
				( name === 'video' || name === 'audio' ) &&
				mediaElementDepth > 0
			) {
				mediaElementDepth--;
				return;
			}
			if ( name === 'a' && current ) {
				const link = current.openLinks.pop();
				if ( link ) {
					link.end = current.part.text.length;
					if ( link.end > link.start ) {
						current.part.links.push( link );
					}
				}
				return;
			}
			if ( name === 'pre' && pre > 0 ) {
				pre--;
			}
			if (
				pushedBy.length > 0 &&
				pushedBy[ pushedBy.length - 1 ] === name
			) {
				pop();
				return;
			}
			if ( name === 'figure' ) {
				const figure = figures.pop();
				if ( figure?.captionPart ) {
					for ( const item of figure.media ) {
						item.caption = figure.captionPart.text.trim();
					}
				}
			}
			if ( BLOCK_TAGS.has( name ) && current ) {
				current.pendingBreak = true;
			}
		},
		ontext( data ) {
			if ( hidden === 0 ) {
				append( data );
			}
		},
	};
	if ( ! simple ) {
		readHtml( html, handler );
	} else if ( ! readSimpleHtml( html, handler ) ) {
		return undefined;
	}

	// Figures left open by broken markup still give their caption.
	for ( const figure of figures ) {
		if ( figure.captionPart ) {
			for ( const item of figure.media ) {
				item.caption = figure.captionPart.text.trim();
			}
		}
	}
	const kept: HtmlPart[] = [];
	for ( const part of parts ) {
		// Rich-text values keep every character, so offsets match the editor's.
		if ( ! options.preserveWhiteSpace ) {
			trimPart( part );
		}
		if ( part.text !== '' ) {
			kept.push( part );
		}
	}
	return { parts: kept, media };
}

/**
 * Drops leading and trailing white space and line breaks, clamping links.
 * @param part The part to trim in place.
 */
function trimPart( part: HtmlPart ): void {
	let end = part.text.length;
	while ( end > 0 && isCollapsible( part.text.charCodeAt( end - 1 ) ) ) {
		end--;
	}
	let start = 0;
	while ( start < end && isCollapsible( part.text.charCodeAt( start ) ) ) {
		start++;
	}
	if ( start === 0 && end === part.text.length ) {
		return;
	}
	part.text = part.text.slice( start, end );
	part.links = part.links
		.map( ( link ) => ( {
			start: Math.max( 0, link.start - start ),
			end: Math.min( part.text.length, link.end - start ),
			href: link.href,
		} ) )
		.filter( ( link ) => link.end > link.start );
}
