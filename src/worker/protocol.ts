/**
 * Messages between the editor and the analyzer worker.
 *
 * Only plain, structured-cloneable data crosses the boundary: rich-text
 * attributes are sent as HTML strings, and only the top-level blocks that
 * changed since the last message are sent at all.
 */
import type { LocaleData } from '@wordpress/i18n';
import type { AnalyzeOptions, Finding } from '../engine/types';

export type { LocaleData };

/** A block with plain attributes, as `segmentBlocks()` reads it. */
export interface PlainBlock {
	clientId: string;
	name: string;
	attributes: Record< string, unknown >;
	innerBlocks: PlainBlock[];
}

/** What the sidebar shows to explain a rule: its purpose and the guideline behind it. */
export interface RuleInfo {
	docs: string;
	guideline: string;
}

/** Messages the editor sends to the worker. */
export type ToWorker =
	| {
			type: 'init';
			localeData?: LocaleData;
			options: AnalyzeOptions;
	  }
	| { type: 'options'; options: AnalyzeOptions }
	| {
			type: 'analyze';
			id: number;
			/** Client IDs of every top-level block, in order. */
			order: string[];
			/** Top-level blocks that changed (or are new) since the last message. */
			changed: PlainBlock[];
	  };

/** Messages the worker sends back. */
export type FromWorker =
	| { type: 'ready'; rules: Record< string, RuleInfo > }
	| { type: 'result'; id: number; findings: Finding[]; ms: number }
	| { type: 'error'; id?: number; message: string };
