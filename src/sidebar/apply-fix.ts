/**
 * Applies a finding's fix to the post as one undoable change, on the user's click.
 *
 * `planFix()` decides what to do from the fix and the blocks (pure, tested);
 * `applyFix()` carries the plan out with the block editor's actions.
 */
import {
	create,
	insert,
	RichTextData,
	toHTMLString,
} from '@wordpress/rich-text';
import type { Finding, Fix } from '../engine/types';
import { locateRange, toRichTextValue } from './rich-text-range';

/** A block as the planner sees it. */
export interface BlockRef {
	clientId: string;
	name: string;
}

/** What applying a fix does to the post. */
export type FixPlan =
	| {
			type: 'replace';
			clientId: string;
			attribute: string;
			/** The attribute's new value (HTML, or `RichTextData` when it was). */
			value: unknown;
	  }
	| {
			type: 'insert';
			name: string;
			attributes: Record< string, unknown >;
			index: number;
	  }
	| {
			type: 'update';
			clientId: string;
			attributes: Record< string, unknown >;
	  }
	/** The block the fix would add is already there: take the user to it. */
	| { type: 'select'; clientId: string }
	/** The text changed since the analysis; nothing is done. */
	| { type: 'stale' };

/**
 * Replaces a range of an attribute's rich text, keeping its formatting and
 * the value's kind (HTML string or `RichTextData`).
 *
 * @param value       The attribute's current value.
 * @param range       The range from the analyzer (plain-text offsets).
 * @param replacement The text to put there.
 * @param excerpt     The text the analyzer found there, to check it is still there.
 * @return The new value, or undefined when the excerpt is gone.
 */
export function replaceInRichText(
	value: unknown,
	range: [ number, number ],
	replacement: string,
	excerpt?: string
): unknown {
	const richText = toRichTextValue( value );
	if ( ! richText ) {
		return undefined;
	}
	const at = locateRange( richText.text, range, excerpt );
	if ( ! at ) {
		return undefined;
	}
	// The replacement takes the formatting of the text it replaces (bold stays bold).
	const inserted = create( { text: replacement } );
	const formats = richText.formats[ at[ 0 ] ];
	if ( formats && at[ 1 ] > at[ 0 ] ) {
		inserted.formats = Array.from( replacement, () => formats );
	}
	const next = insert( richText, inserted, at[ 0 ], at[ 1 ] );
	const html = toHTMLString( { value: next } );
	return value instanceof RichTextData
		? RichTextData.fromHTMLString( html )
		: html;
}

/**
 * Decides what a fix does given the post's blocks. Blocks such as the
 * disclaimer belong once in a post: when one exists it is selected, not added.
 *
 * @param fix      The fix.
 * @param finding  The finding it fixes (for `replace`: where).
 * @param blocks   Every block of the post, nested ones included, in order.
 * @param topLevel Number of top-level blocks (where `end` inserts).
 * @param getValue Reads a block attribute's current value.
 */
export function planFix(
	fix: Fix,
	finding: Pick< Finding, 'clientId' | 'attribute' | 'excerpt' >,
	blocks: BlockRef[],
	topLevel: number,
	getValue: ( clientId: string, attribute: string ) => unknown
): FixPlan {
	switch ( fix.type ) {
		case 'replace': {
			const { clientId, attribute } = finding;
			if ( ! clientId || ! attribute ) {
				return { type: 'stale' };
			}
			const value = replaceInRichText(
				getValue( clientId, attribute ),
				fix.range,
				fix.text,
				finding.excerpt
			);
			return value === undefined
				? { type: 'stale' }
				: { type: 'replace', clientId, attribute, value };
		}
		case 'insert-block': {
			const existing = blocks.find(
				( block ) => block.name === fix.name
			);
			if ( existing ) {
				return { type: 'select', clientId: existing.clientId };
			}
			return {
				type: 'insert',
				name: fix.name,
				attributes: fix.attributes,
				index: fix.position === 'start' ? 0 : topLevel,
			};
		}
		case 'update-block': {
			const existing = blocks.find(
				( block ) => block.name === fix.name
			);
			if ( existing ) {
				return {
					type: 'update',
					clientId: existing.clientId,
					attributes: fix.attributes,
				};
			}
			return {
				type: 'insert',
				name: fix.name,
				attributes: fix.attributes,
				index: 0,
			};
		}
	}
}

/** The block editor selectors `applyFix` reads. */
export interface BlockEditorSelectors {
	getBlockCount: () => number;
	getClientIdsWithDescendants: () => string[];
	getBlockName: ( clientId: string ) => string | null;
	getBlockAttributes: (
		clientId: string
	) => Record< string, unknown > | null;
}

/** The block editor actions `applyFix` uses. */
export interface BlockEditorActions {
	updateBlockAttributes: (
		clientId: string,
		attributes: Record< string, unknown >
	) => void;
	insertBlocks: (
		blocks: unknown[],
		index?: number,
		rootClientId?: string,
		updateSelection?: boolean
	) => void;
	selectBlock: ( clientId: string ) => void;
	__unstableMarkLastChangeAsPersistent?: () => void;
}

/**
 * Applies a fix; returns what was done (`stale` when nothing could be).
 *
 * @param fix     The fix, the finding's own or one of its suggestions.
 * @param finding The finding.
 * @param select  Block editor selectors.
 * @param actions Block editor actions.
 * @param build   Creates a block (`createBlock` from `@wordpress/blocks`).
 */
export function applyFix(
	fix: Fix,
	finding: Finding,
	select: BlockEditorSelectors,
	actions: BlockEditorActions,
	build: ( name: string, attributes: Record< string, unknown > ) => unknown
): FixPlan {
	const blocks = select.getClientIdsWithDescendants().map( ( clientId ) => ( {
		clientId,
		name: select.getBlockName( clientId ) ?? '',
	} ) );
	const plan = planFix(
		fix,
		finding,
		blocks,
		select.getBlockCount(),
		( clientId, attribute ) =>
			select.getBlockAttributes( clientId )?.[ attribute ]
	);
	if ( plan.type === 'stale' ) {
		return plan;
	}
	/*
	 * Typing in the same attribute merges into one undo level; closing that
	 * level first makes the fix its own step, so undo reverts only the fix.
	 */
	actions.__unstableMarkLastChangeAsPersistent?.();
	switch ( plan.type ) {
		case 'replace':
			actions.updateBlockAttributes( plan.clientId, {
				[ plan.attribute ]: plan.value,
			} );
			break;
		case 'insert':
			actions.insertBlocks(
				[ build( plan.name, plan.attributes ) ],
				plan.index,
				undefined,
				true
			);
			break;
		case 'update':
			actions.updateBlockAttributes( plan.clientId, plan.attributes );
			actions.selectBlock( plan.clientId );
			break;
		case 'select':
			actions.selectBlock( plan.clientId );
			break;
	}
	// And typing after the fix starts a new step rather than joining it.
	actions.__unstableMarkLastChangeAsPersistent?.();
	return plan;
}
