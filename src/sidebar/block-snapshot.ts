/**
 * Turns editor blocks into plain data for the analyzer and finds which
 * top-level blocks changed since the last analysis.
 *
 * The block editor keeps blocks immutable: a block whose text (or whose inner
 * blocks' text) changed is a new object, so comparing references is enough and
 * costs nothing per keystroke.
 */
import type { PlainBlock } from '../worker/protocol';

/** The part of an editor block the snapshot reads. */
export interface EditorBlockLike {
	clientId: string;
	name: string;
	attributes: Record< string, unknown >;
	innerBlocks?: EditorBlockLike[];
}

/**
 * Converts an attribute value into structured-cloneable data: rich text
 * (`RichTextData`) becomes its HTML, functions and class instances are dropped.
 *
 * @param value An attribute value.
 */
export function toPlainValue( value: unknown ): unknown {
	if ( value === null || typeof value !== 'object' ) {
		return typeof value === 'function' ? undefined : value;
	}
	const html = ( value as { toHTMLString?: unknown } ).toHTMLString;
	if ( typeof html === 'function' ) {
		return String( html.call( value ) );
	}
	if ( Array.isArray( value ) ) {
		return value.map( toPlainValue );
	}
	const prototype = Object.getPrototypeOf( value );
	if ( prototype !== Object.prototype && prototype !== null ) {
		return undefined;
	}
	const plain: Record< string, unknown > = {};
	for ( const [ key, item ] of Object.entries( value ) ) {
		const converted = toPlainValue( item );
		if ( converted !== undefined ) {
			plain[ key ] = converted;
		}
	}
	return plain;
}

/**
 * Copies a block and its inner blocks as plain data.
 *
 * @param block An editor block.
 */
export function toPlainBlock( block: EditorBlockLike ): PlainBlock {
	return {
		clientId: block.clientId,
		name: block.name,
		attributes: toPlainValue( block.attributes ) as Record<
			string,
			unknown
		>,
		innerBlocks: ( block.innerBlocks ?? [] ).map( toPlainBlock ),
	};
}

/** What changed in the post since the last snapshot. */
export interface BlockChanges {
	/** Client IDs of the top-level blocks in order. */
	order: string[];
	/** Plain copies of the top-level blocks that are new or changed. */
	changed: PlainBlock[];
	/** True when the order or any block changed. */
	hasChanges: boolean;
}

/**
 * Remembers the top-level blocks last sent and reports what changed since.
 */
export function createBlockTracker() {
	let sent = new Map< string, EditorBlockLike >();
	let lastOrder: string[] = [];

	return {
		/**
		 * Compares the blocks with the last snapshot and remembers them.
		 *
		 * @param blocks The post's top-level blocks.
		 */
		diff( blocks: EditorBlockLike[] ): BlockChanges {
			const next = new Map< string, EditorBlockLike >();
			const changed: PlainBlock[] = [];
			const order: string[] = [];
			for ( const block of blocks ) {
				order.push( block.clientId );
				next.set( block.clientId, block );
				if ( sent.get( block.clientId ) !== block ) {
					changed.push( toPlainBlock( block ) );
				}
			}
			const sameOrder =
				order.length === lastOrder.length &&
				order.every( ( clientId, i ) => clientId === lastOrder[ i ] );
			sent = next;
			lastOrder = order;
			return {
				order,
				changed,
				hasChanges: changed.length > 0 || ! sameOrder,
			};
		},
		/** Forgets everything, so that the next diff sends every block. */
		reset() {
			sent = new Map();
			lastOrder = [];
		},
	};
}
