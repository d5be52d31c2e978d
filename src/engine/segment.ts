/**
 * Segmenting: a post (saved content or editor blocks) becomes the text units,
 * media and plugin-block attributes that the rules read.
 *
 * Offsets: a unit's `offset` places its text in the plain text of its
 * top-level block, which is that block's units joined by "\n".
 */
import { parse } from '@wordpress/block-serialization-default-parser';

import { repairBlockMarkup } from './block-markup';
import {
	expandCaptionShortcodes,
	looksLikeHtml,
	markdownToHtml,
	splitFreeform,
} from './freeform';
import { htmlToParts } from './html-text';
import { richTextToText } from './rich-text';
import type { HtmlPart, HtmlMedia } from './html-text';
import type {
	BlockSummary,
	CredentialsAttributes,
	DisclaimerAttributes,
	EditorBlock,
	MediaItem,
	PostModel,
	TextLink,
	TextUnit,
} from './types';

/** Name of the credentials block (its attributes feed document rules, not span rules). */
export const CREDENTIALS_BLOCK = 'hcp-compliance/credentials';
/** Name of the disclaimer block. */
export const DISCLAIMER_BLOCK = 'hcp-compliance/disclaimer';
/** Name given to classic HTML, Markdown and plain text blocks. */
export const FREEFORM_BLOCK = 'core/freeform';

interface ParsedBlock {
	blockName: string | null;
	attrs: Record< string, unknown > | null;
	innerBlocks: ParsedBlock[];
	innerHTML: string;
	innerContent: Array< string | null >;
}

/** Where the units of one top-level block go, and how far its plain text has grown. */
interface BlockCollector {
	post: PostModel;
	blockIndex: number;
	clientId?: string;
	cursor: number;
	keys: Set< string >;
	/** Nesting depth of the block being walked. */
	depth: number;
	/** Inner blocks nested deeper than MAX_NESTING, walked after the rest (no deep recursion). */
	deferred: Array< () => void >;
}

/** Deeper nesting (only broken markup has it) is walked iteratively, with short keys. */
const MAX_NESTING = 24;

/**
 * Walks a block's inner blocks, recursing while nesting is shallow and deferring
 * deeper ones so broken markup with thousands of unclosed blocks cannot overflow
 * the stack or build quadratic keys.
 *
 * @param inner     The inner blocks.
 * @param path      The parent's key path.
 * @param collector Where the units go.
 * @param walk      The walker for one block.
 */
function walkInner< T >(
	inner: T[],
	path: string,
	collector: BlockCollector,
	walk: ( block: T, path: string ) => void
): void {
	collector.depth++;
	inner.forEach( ( block, index ) => {
		if ( collector.depth > MAX_NESTING ) {
			const deepPath = `${ collector.blockIndex }~${ collector.deferred.length }`;
			collector.deferred.push( () => walk( block, deepPath ) );
		} else {
			walk( block, `${ path }.${ index }` );
		}
	} );
	collector.depth--;
}

/**
 * Walks a top-level block, then any deferred deep blocks, in a loop.
 *
 * @param collector Where the units go.
 * @param walk      Walks the top-level block.
 */
function walkTop( collector: BlockCollector, walk: () => void ): void {
	walk();
	for ( let i = 0; i < collector.deferred.length; i++ ) {
		collector.depth = 0;
		collector.deferred[ i ]();
	}
	collector.deferred = [];
}

interface UnitInput {
	keyBase: string;
	blockName: string;
	attribute: string;
	text: string;
	links: TextLink[];
	isHeading?: boolean;
	clientId?: string;
}

/** Media blocks whose own HTML text (an embed's URL line) is not prose. */
const MEDIA_BLOCKS = new Set( [
	'core/image',
	'core/embed',
	'core/video',
	'core/audio',
	'core/gallery',
	'core/file',
] );

/** Attribute that holds a block's main rich text, where it is not `content`. */
const MAIN_ATTRIBUTE: Record< string, string > = {
	'core/button': 'text',
	'core/pullquote': 'value',
	'core/quote': 'value',
};

/** Rich-text attributes read from editor blocks, in reading order; captions and citations come after inner blocks. */
const RICH_TEXT_ATTRIBUTES: Record< string, string[] > = {
	'core/paragraph': [ 'content' ],
	'core/heading': [ 'content' ],
	'core/list-item': [ 'content' ],
	'core/verse': [ 'content' ],
	'core/preformatted': [ 'content' ],
	'core/code': [ 'content' ],
	'core/quote': [ 'value', 'citation' ],
	'core/pullquote': [ 'value', 'citation' ],
	'core/button': [ 'text' ],
	'core/details': [ 'summary' ],
	'core/image': [ 'caption' ],
	'core/embed': [ 'caption' ],
	'core/video': [ 'caption' ],
	'core/audio': [ 'caption' ],
	'core/gallery': [ 'caption' ],
	'core/table': [ 'caption' ],
};

/** Attributes read from blocks this file does not know (third-party text blocks). */
const DEFAULT_RICH_TEXT_ATTRIBUTES = [
	'content',
	'text',
	'value',
	'summary',
	'caption',
	'citation',
];

/** Attributes placed after a block's inner blocks, as they are rendered. */
const TRAILING_ATTRIBUTES = new Set( [ 'caption', 'citation' ] );

/** Attribute holding the media URL of editor media blocks. */
const MEDIA_URL_ATTRIBUTE: Record< string, string > = {
	'core/image': 'url',
	'core/embed': 'url',
	'core/video': 'src',
	'core/audio': 'src',
	'core/cover': 'url',
	'core/media-text': 'mediaUrl',
};

/** Block names this file compares against, each as one shared string. */
const KNOWN_NAMES = new Map(
	[
		CREDENTIALS_BLOCK,
		DISCLAIMER_BLOCK,
		FREEFORM_BLOCK,
		'core/html',
		'core/paragraph',
		'core/list',
		'core/list-item',
		...Object.keys( RICH_TEXT_ATTRIBUTES ),
		...Object.keys( MEDIA_URL_ATTRIBUTE ),
		...MEDIA_BLOCKS,
	].map( ( name ) => [ name, name ] )
);

/**
 * The shared copy of a known block name: the parser builds names by
 * concatenation, and comparing such a string costs more each time than one
 * lookup here.
 * @param name A block name.
 */
function knownName( name: string ): string {
	return KNOWN_NAMES.get( name ) ?? name;
}

function emptyPost(): PostModel {
	return {
		units: [],
		media: [],
		blocks: [],
		credentials: [],
		disclaimers: [],
	};
}

function isEmbed( name: string ): boolean {
	return name === 'core/embed' || name.startsWith( 'core-embed/' );
}

/**
 * A key not yet used in this block: the wanted one, or it with `.1`, `.2`…
 * @param collector
 * @param wanted
 */
function uniqueKey( collector: BlockCollector, wanted: string ): string {
	let key = wanted;
	for ( let n = 1; collector.keys.has( key ); n++ ) {
		key = `${ wanted }.${ n }`;
	}
	collector.keys.add( key );
	return key;
}

function addUnit( collector: BlockCollector, input: UnitInput ): void {
	if ( input.text === '' ) {
		return;
	}
	const key = uniqueKey(
		collector,
		`${ input.keyBase }/${ input.attribute }`
	);
	// Built without spreads (which copy a temporary object), keys in the same order.
	const unit: TextUnit =
		input.clientId !== undefined
			? {
					key,
					blockIndex: collector.blockIndex,
					clientId: input.clientId,
					blockName: input.blockName,
					attribute: input.attribute,
					text: input.text,
					links: input.links,
					offset: collector.cursor,
				}
			: {
					key,
					blockIndex: collector.blockIndex,
					blockName: input.blockName,
					attribute: input.attribute,
					text: input.text,
					links: input.links,
					offset: collector.cursor,
				};
	if ( input.isHeading ) {
		unit.isHeading = true;
	}
	collector.post.units.push( unit );
	collector.cursor += input.text.length + 1;
}

function addMedia(
	collector: BlockCollector,
	keyBase: string,
	blockName: string,
	item: Pick< MediaItem, 'url' | 'alt' | 'caption' >,
	clientId?: string,
	offset = collector.cursor
): void {
	if ( item.url === '' ) {
		return;
	}
	const key = uniqueKey( collector, `${ keyBase }/media` );
	collector.post.media.push( {
		key,
		blockIndex: collector.blockIndex,
		...( clientId !== undefined ? { clientId } : {} ),
		blockName,
		url: item.url,
		caption: item.caption,
		alt: item.alt,
		offset,
	} );
}

/**
 * The attribute a part of a block's HTML stands for.
 * @param blockName
 * @param part
 */
function partAttribute( blockName: string, part: HtmlPart ): string {
	switch ( part.role ) {
		case 'cell':
			return part.cell?.section ?? 'body';
		case 'content':
			return MAIN_ATTRIBUTE[ blockName ] ?? 'content';
		default:
			return part.role;
	}
}

function addParts(
	collector: BlockCollector,
	keyBase: string,
	blockName: string,
	parts: HtmlPart[],
	options: { isHeading?: boolean; clientId?: string } = {}
): void {
	for ( const part of parts ) {
		const attribute = partAttribute( blockName, part );
		addUnit( collector, {
			keyBase,
			blockName,
			attribute: part.cell
				? `${ attribute }.${ part.cell.row }.${ part.cell.column }`
				: attribute,
			text: part.text,
			links: part.links,
			isHeading: options.isHeading || part.isHeading,
			clientId: options.clientId,
		} );
	}
}

/**
 * Walks one block of saved content (and its inner blocks).
 * @param block
 * @param path
 * @param collector
 */
function walkParsed(
	block: ParsedBlock,
	path: string,
	collector: BlockCollector
): void {
	const name = knownName( block.blockName ?? FREEFORM_BLOCK );
	const attrs = block.attrs ?? {};
	if ( name === CREDENTIALS_BLOCK ) {
		collector.post.credentials.push( attrs as CredentialsAttributes );
		return;
	}
	if ( name === DISCLAIMER_BLOCK ) {
		collector.post.disclaimers.push( attrs as DisclaimerAttributes );
		return;
	}
	const own = ownHtml( block );
	const html =
		name === FREEFORM_BLOCK || name === 'core/html'
			? expandCaptionShortcodes( own )
			: own;
	const { parts, media } = htmlToParts( html, {
		citeAsPart: name === 'core/quote' || name === 'core/pullquote',
	} );
	const embed = isEmbed( name );
	const isMediaBlock = embed || MEDIA_BLOCKS.has( name );
	const leading: HtmlPart[] = [];
	const trailing: HtmlPart[] = [];
	for ( const part of parts ) {
		if ( part.role === 'caption' || part.role === 'citation' ) {
			trailing.push( part );
		} else if ( ! ( isMediaBlock && part.role === 'content' ) ) {
			leading.push( part );
		}
	}
	addParts( collector, path, name, leading, {
		isHeading: name === 'core/heading',
	} );

	const mediaBefore = collector.post.media.length;
	walkInner( block.innerBlocks, path, collector, ( inner, innerPath ) =>
		walkParsed( inner, innerPath, collector )
	);
	const caption =
		trailing.find( ( part ) => part.role === 'caption' )?.text ?? '';
	const mediaOffset = collector.cursor;
	addParts( collector, path, name, trailing );

	if ( embed ) {
		const url =
			typeof attrs.url === 'string'
				? attrs.url
				: ( media[ 0 ]?.url ?? '' );
		addMedia(
			collector,
			path,
			name,
			{ url, alt: '', caption },
			undefined,
			mediaOffset
		);
	} else {
		const found: HtmlMedia[] = media.length > 0 ? media : [];
		if (
			found.length === 0 &&
			typeof attrs.url === 'string' &&
			( name === 'core/image' || name === 'core/cover' )
		) {
			found.push( {
				url: attrs.url,
				alt: typeof attrs.alt === 'string' ? attrs.alt : '',
				caption,
			} );
		}
		for ( const item of found ) {
			addMedia(
				collector,
				path,
				name,
				{
					url: item.url,
					alt: item.alt,
					caption:
						item.caption || ( found.length === 1 ? caption : '' ),
				},
				undefined,
				mediaOffset
			);
		}
	}
	// A gallery's caption credits the images inside it that have none of their own.
	if ( caption !== '' ) {
		for ( const item of collector.post.media.slice( mediaBefore ) ) {
			if ( item.caption === '' ) {
				item.caption = caption;
			}
		}
	}
}

/**
 * A block's own HTML: its inner content without the inner blocks.
 * @param block The parsed block.
 */
function ownHtml( block: ParsedBlock ): string {
	const chunks = block.innerContent;
	if ( chunks.length === 1 && typeof chunks[ 0 ] === 'string' ) {
		return chunks[ 0 ];
	}
	let html = '';
	for ( const chunk of chunks ) {
		if ( typeof chunk === 'string' ) {
			html += chunk;
		}
	}
	return html;
}

function startBlock(
	post: PostModel,
	name: string,
	clientId?: string
): BlockCollector {
	const index = post.blocks.length;
	post.blocks.push(
		clientId !== undefined ? { index, name, clientId } : { index, name }
	);
	return newCollector( post, index, clientId );
}

/**
 * A collector for the top-level block at `index`.
 * @param post     Where the units go.
 * @param index    The block's index in the post.
 * @param clientId The block's clientId in the editor.
 */
function newCollector(
	post: PostModel,
	index: number,
	clientId?: string
): BlockCollector {
	return {
		post,
		blockIndex: index,
		clientId,
		cursor: 0,
		keys: new Set(),
		depth: 0,
		deferred: [],
	};
}

/**
 * Adds classic HTML as pseudo top-level blocks, one per top-level element or paragraph.
 * @param post
 * @param html
 */
function addFreeform( post: PostModel, html: string ): void {
	for ( const chunk of splitFreeform( html ) ) {
		const collector = startBlock( post, FREEFORM_BLOCK );
		walkParsed(
			{
				blockName: null,
				attrs: null,
				innerBlocks: [],
				innerHTML: chunk,
				innerContent: [ chunk ],
			},
			String( collector.blockIndex ),
			collector
		);
	}
}

/**
 * Fills each media item's `nearbyText`: the rest of its block and the start of the next block.
 * @param post
 */
function addNearbyText( post: PostModel ): void {
	if ( post.media.length === 0 ) {
		return;
	}
	const byBlock = new Map< number, string[] >();
	for ( const unit of post.units ) {
		if ( unit.attribute === 'caption' ) {
			continue;
		}
		const list = byBlock.get( unit.blockIndex ) ?? [];
		list.push( unit.text );
		byBlock.set( unit.blockIndex, list );
	}
	for ( const item of post.media ) {
		const own = ( byBlock.get( item.blockIndex ) ?? [] ).join( '\n' );
		const next = ( byBlock.get( item.blockIndex + 1 ) ?? [] )[ 0 ] ?? '';
		item.nearbyText = [ own, next ]
			.filter( ( text ) => text !== '' )
			.join( '\n' )
			.slice( 0, 400 );
	}
}

/**
 * Segments post content as WordPress stores it (serialized block markup), classic
 * HTML, or Markdown / plain text.
 *
 * @param content The post content.
 */
export function segmentContent( content: string ): PostModel {
	const post = emptyPost();
	const normalised = content.includes( '\r' )
		? content.replace( /\r\n?/g, '\n' )
		: content;
	const isMarkup =
		normalised.includes( '<!-- wp:' ) || looksLikeHtml( normalised );
	const source = isMarkup ? normalised : markdownToHtml( normalised );
	const blocks = parse( repairBlockMarkup( source ) ) as ParsedBlock[];
	for ( const block of blocks ) {
		if ( block.blockName === null || block.blockName === FREEFORM_BLOCK ) {
			const html = ownHtml( block );
			if ( html.trim() !== '' ) {
				addFreeform( post, html );
			}
			continue;
		}
		const collector = startBlock( post, block.blockName );
		walkTop( collector, () =>
			walkParsed( block, String( collector.blockIndex ), collector )
		);
	}
	addNearbyText( post );
	return post;
}

/**
 * A rich-text attribute value as HTML: strings as they are, `RichTextData` through its `toString()`.
 * @param value
 */
function richTextHtml( value: unknown ): string | undefined {
	if ( value === null || value === undefined ) {
		return undefined;
	}
	if ( typeof value === 'string' ) {
		return value;
	}
	if ( typeof value === 'object' || typeof value === 'number' ) {
		const html = String( value );
		return html === '[object Object]' ? undefined : html;
	}
	return undefined;
}

interface TableRow {
	cells?: Array< { content?: unknown } >;
}

/**
 * Walks one editor block (and its inner blocks).
 * @param block
 * @param collector
 */
function walkEditor( block: EditorBlock, collector: BlockCollector ): void {
	const { name, clientId } = block;
	const attributes = block.attributes ?? {};
	if ( name === CREDENTIALS_BLOCK ) {
		const credentials: CredentialsAttributes = {};
		for ( const [ key, value ] of Object.entries( attributes ) ) {
			const html = richTextHtml( value );
			if ( html !== undefined ) {
				( credentials as Record< string, string > )[ key ] = html;
			}
		}
		collector.post.credentials.push( credentials );
		return;
	}
	if ( name === DISCLAIMER_BLOCK ) {
		collector.post.disclaimers.push( {
			text: richTextHtml( attributes.text ) ?? '',
		} );
		return;
	}
	if ( name === FREEFORM_BLOCK || name === 'core/html' ) {
		const html = expandCaptionShortcodes(
			richTextHtml( attributes.content ) ?? ''
		);
		for ( const chunk of splitFreeform( html ) ) {
			const { parts, media } = htmlToParts( chunk );
			addParts( collector, clientId, name, parts, { clientId } );
			for ( const item of media ) {
				addMedia( collector, clientId, name, item, clientId );
			}
		}
		return;
	}
	const names =
		RICH_TEXT_ATTRIBUTES[ name ] ??
		DEFAULT_RICH_TEXT_ATTRIBUTES.filter( ( key ) => key in attributes );
	const addAttribute = ( attribute: string ) => {
		const html = richTextHtml( attributes[ attribute ] );
		if ( html === undefined ) {
			return;
		}
		const { text, links } = richTextToText( html );
		addUnit( collector, {
			keyBase: clientId,
			blockName: name,
			attribute,
			text,
			links,
			clientId,
			isHeading: name === 'core/heading',
		} );
	};
	names
		.filter( ( attribute ) => ! TRAILING_ATTRIBUTES.has( attribute ) )
		.forEach( addAttribute );
	if ( name === 'core/table' ) {
		for ( const section of [ 'head', 'body', 'foot' ] ) {
			const rows = attributes[ section ];
			if ( ! Array.isArray( rows ) ) {
				continue;
			}
			( rows as TableRow[] ).forEach( ( row, rowIndex ) => {
				( row?.cells ?? [] ).forEach( ( cell, column ) => {
					const html = richTextHtml( cell?.content );
					if ( html === undefined ) {
						return;
					}
					const { text, links } = richTextToText( html );
					addUnit( collector, {
						keyBase: clientId,
						blockName: name,
						attribute: `${ section }.${ rowIndex }.${ column }`,
						text,
						links,
						clientId,
					} );
				} );
			} );
		}
	}
	const mediaBefore = collector.post.media.length;
	walkInner( block.innerBlocks ?? [], clientId, collector, ( inner ) =>
		walkEditor( inner, collector )
	);
	const mediaOffset = collector.cursor;
	names
		.filter( ( attribute ) => TRAILING_ATTRIBUTES.has( attribute ) )
		.forEach( addAttribute );
	const caption = richTextToText(
		richTextHtml( attributes.caption ) ?? ''
	).text.trim();
	const urlAttribute =
		MEDIA_URL_ATTRIBUTE[ name ] ?? ( isEmbed( name ) ? 'url' : undefined );
	if ( urlAttribute ) {
		const url = richTextHtml( attributes[ urlAttribute ] ) ?? '';
		const alt =
			richTextHtml( attributes.alt ) ??
			richTextHtml( attributes.mediaAlt ) ??
			'';
		addMedia(
			collector,
			clientId,
			name,
			{ url: url.trim(), alt, caption },
			clientId,
			mediaOffset
		);
	}
	if ( caption !== '' ) {
		for ( const item of collector.post.media.slice( mediaBefore ) ) {
			if ( item.caption === '' ) {
				item.caption = caption;
			}
		}
	}
}

/**
 * Segments the block editor's blocks; each unit carries its block's clientId and
 * attribute, and ranges in `text` equal the rich-text offsets annotations use.
 *
 * @param blocks Top-level editor blocks.
 */
export function segmentBlocks( blocks: EditorBlock[] ): PostModel {
	const post = emptyPost();
	const count = blocks.length;
	const segmented: SegmentedBlock[] = new Array( count );
	// Blocks an edit left alone at the head and tail of the same-length list
	// (typing changes one block object): their units are the previous post's.
	let head = 0;
	let tail = 0;
	const last = lastCall;
	if ( last !== undefined && last.blocks.length === count ) {
		while ( head < count && blocks[ head ] === last.blocks[ head ] ) {
			head++;
		}
		while (
			tail < count - head &&
			blocks[ count - 1 - tail ] === last.blocks[ count - 1 - tail ]
		) {
			tail++;
		}
	}
	if ( last !== undefined && head + tail > 0 ) {
		post.units = last.units.slice( 0, last.unitEnds[ head ] );
		post.blocks = last.summaries.slice( 0, head );
		for ( let index = 0; index < head; index++ ) {
			segmented[ index ] = last.segmented[ index ];
		}
	} else {
		head = 0;
		tail = 0;
	}
	const unitEnds: number[] = last
		? last.unitEnds.slice( 0, head + 1 )
		: [ 0 ];
	if ( head === 0 ) {
		unitEnds[ 0 ] = 0;
	}
	for ( let index = head; index < count - tail; index++ ) {
		const block = blocks[ index ];
		let one = segmentedBlocks.get( block );
		if ( ! one ) {
			one = segmentOne( block, index );
			segmentedBlocks.set( block, one );
		} else if ( one.blockIndex !== index ) {
			// A moved block keeps its new place, so its units stay the same objects from now on.
			one = {
				...one,
				blockIndex: index,
				summary: summaryOf( block, index ),
				units: one.units.map( ( unit ) => ( {
					...unit,
					blockIndex: index,
				} ) ),
			};
			segmentedBlocks.set( block, one );
		}
		segmented[ index ] = one;
		post.blocks.push( one.summary );
		for ( const unit of one.units ) {
			post.units.push( unit );
		}
		unitEnds.push( post.units.length );
	}
	if ( last !== undefined && tail > 0 ) {
		const from = count - tail;
		const shift = post.units.length - last.unitEnds[ from ];
		for ( let i = last.unitEnds[ from ]; i < last.units.length; i++ ) {
			post.units.push( last.units[ i ] );
		}
		for ( let index = from; index < count; index++ ) {
			segmented[ index ] = last.segmented[ index ];
			post.blocks.push( last.summaries[ index ] );
			unitEnds.push( last.unitEnds[ index + 1 ] + shift );
		}
	}
	// Media, credentials and disclaimers, block by block: of the head and tail
	// only the blocks that had some last time.
	const extras: number[] = [];
	const visit = ( index: number ): void => {
		const one = segmented[ index ];
		if (
			one.media.length === 0 &&
			one.credentials.length === 0 &&
			one.disclaimers.length === 0
		) {
			return;
		}
		extras.push( index );
		for ( const item of one.media ) {
			// Media items get their nearby text below, so each post has its own copies.
			post.media.push( { ...item, blockIndex: index } );
		}
		for ( const credentials of one.credentials ) {
			post.credentials.push( credentials );
		}
		for ( const disclaimer of one.disclaimers ) {
			post.disclaimers.push( disclaimer );
		}
	};
	if ( last !== undefined && head + tail > 0 ) {
		for ( const index of last.extras ) {
			if ( index < head ) {
				visit( index );
			}
		}
		for ( let index = head; index < count - tail; index++ ) {
			visit( index );
		}
		for ( const index of last.extras ) {
			if ( index >= count - tail ) {
				visit( index );
			}
		}
	} else {
		for ( let index = 0; index < count; index++ ) {
			visit( index );
		}
	}
	addNearbyText( post );
	// A copy: a caller may change its array in place before the next call.
	lastCall = {
		blocks: blocks.slice(),
		segmented,
		units: post.units.slice(),
		summaries: post.blocks.slice(),
		unitEnds,
		extras,
	};
	return post;
}

/**
 * The previous call of segmentBlocks(): its blocks, what each gave, copies of
 * its post's units and block summaries (callers may change the post) and, for
 * each block, how many units the blocks before it gave (and all of them at the end).
 */
let lastCall:
	| {
			blocks: EditorBlock[];
			segmented: SegmentedBlock[];
			units: TextUnit[];
			summaries: BlockSummary[];
			unitEnds: number[];
			/** Blocks with media, credentials or a disclaimer, in order. */
			extras: number[];
	  }
	| undefined;

/** What one top-level editor block contributes to a post. */
interface SegmentedBlock {
	blockIndex: number;
	summary: BlockSummary;
	units: TextUnit[];
	media: MediaItem[];
	credentials: CredentialsAttributes[];
	disclaimers: DisclaimerAttributes[];
}

/**
 * Segmented top-level blocks by identity: the block editor replaces a block's
 * object when it changes, so an unchanged object needs no second reading.
 */
const segmentedBlocks = new WeakMap< EditorBlock, SegmentedBlock >();

/**
 * A top-level block as the post lists it.
 *
 * @param block The block.
 * @param index Its index in the post.
 */
function summaryOf( block: EditorBlock, index: number ): BlockSummary {
	return block.clientId !== undefined
		? { index, name: block.name, clientId: block.clientId }
		: { index, name: block.name };
}

/**
 * Segments one top-level editor block on its own.
 *
 * @param block The block.
 * @param index Its index in the post.
 */
function segmentOne( block: EditorBlock, index: number ): SegmentedBlock {
	const post = emptyPost();
	const collector = newCollector( post, index, block.clientId );
	walkTop( collector, () => walkEditor( block, collector ) );
	return {
		blockIndex: index,
		summary: summaryOf( block, index ),
		units: post.units,
		media: post.media,
		credentials: post.credentials,
		disclaimers: post.disclaimers,
	};
}
