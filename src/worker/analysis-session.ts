/**
 * The analysis state that lives next to the analyzer, in the worker or (as a
 * fallback) on the main thread: the last copy of every top-level block and an
 * analyzer whose per-unit cache makes re-analysis cost only the changed blocks.
 */
import { createAnalyzer, segmentBlocks } from '../engine';
import { rules } from '../rules';
import type { AnalyzeOptions, Finding } from '../engine/types';
import type { PlainBlock, RuleInfo } from './protocol';

/** A running analysis over one post's blocks. */
export interface AnalysisSession {
	/** Replaces the practice policy; the next update re-checks everything. */
	setOptions: ( options: AnalyzeOptions ) => void;
	/** Applies changed blocks and the current block order, and returns all findings. */
	update: ( order: string[], changed: PlainBlock[] ) => Finding[];
}

/**
 * Creates an analysis session; blocks not in the latest order are forgotten.
 *
 * @param options The practice policy for the analyzer.
 */
export function createAnalysisSession(
	options: AnalyzeOptions = {}
): AnalysisSession {
	const blocks = new Map< string, PlainBlock >();
	let analyzer = createAnalyzer( options );

	return {
		setOptions( nextOptions ) {
			analyzer = createAnalyzer( nextOptions );
		},
		update( order, changed ) {
			for ( const block of changed ) {
				blocks.set( block.clientId, block );
			}
			if ( blocks.size > order.length ) {
				const present = new Set( order );
				for ( const clientId of blocks.keys() ) {
					if ( ! present.has( clientId ) ) {
						blocks.delete( clientId );
					}
				}
			}
			const list = order
				.map( ( clientId ) => blocks.get( clientId ) )
				.filter( ( block ): block is PlainBlock => !! block );
			return analyzer.analyze( segmentBlocks( list ) );
		},
	};
}

/**
 * The purpose and guideline of every rule, keyed by rule ID, for the sidebar's "why".
 */
export function getRuleInfo(): Record< string, RuleInfo > {
	const info: Record< string, RuleInfo > = {};
	for ( const rule of rules ) {
		info[ rule.meta.id ] = {
			docs: rule.meta.docs,
			guideline: rule.meta.guideline,
		};
	}
	return info;
}
