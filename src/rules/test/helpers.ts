/**
 * Tiny builders for rule tests: a TextUnit, MediaItem or PostModel from a string,
 * and a default RuleContext.
 */
import type {
	MediaItem,
	PostModel,
	RuleContext,
	SpanRule,
	TextLink,
	TextUnit,
} from '../../engine/types';
import { postFactsOf } from '../../engine/analyze';

/**
 * A paragraph text unit holding `text` (override any field, e.g. `links`).
 * @param text
 * @param overrides
 */
export function makeUnit(
	text: string,
	overrides: Partial< TextUnit > = {}
): TextUnit {
	return {
		key: '0/content',
		blockIndex: 0,
		blockName: 'core/paragraph',
		attribute: 'content',
		text,
		links: [],
		offset: 0,
		...overrides,
	};
}

/**
 * A link over the first occurrence of `anchor` in `text`.
 * @param text
 * @param anchor
 * @param href
 */
export function linkOver(
	text: string,
	anchor: string,
	href = 'https://example.org/source'
): TextLink {
	const start = text.indexOf( anchor );
	return { start, end: start + anchor.length, href };
}

/**
 * An image block's media item with an optional caption and alt text.
 * @param url
 * @param caption
 * @param overrides
 */
export function makeMedia(
	url: string,
	caption = '',
	overrides: Partial< MediaItem > = {}
): MediaItem {
	return {
		key: '0/url',
		blockIndex: 0,
		blockName: 'core/image',
		url,
		caption,
		alt: '',
		offset: 0,
		...overrides,
	};
}

/**
 * A post of one paragraph per string, with optional media and blocks.
 * @param texts
 * @param extra
 */
export function makePost(
	texts: string[],
	extra: Partial< PostModel > = {}
): PostModel {
	return {
		units: texts.map( ( text, i ) =>
			makeUnit( text, { key: `${ i }/content`, blockIndex: i } )
		),
		media: [],
		blocks: texts.map( ( _, i ) => ( {
			index: i,
			name: 'core/paragraph',
		} ) ),
		credentials: [],
		disclaimers: [],
		...extra,
	};
}

/**
 * A rule context with no author names, no official contacts and no options.
 * @param overrides
 */
export function makeContext(
	overrides: Partial< RuleContext > = {}
): RuleContext {
	return { authorNames: [], officialContacts: [], options: {}, ...overrides };
}

/** What a span rule reported, in the words a user sees: the excerpt and the fix text. */
export interface SpanResult {
	messageId: string;
	excerpt: string;
	fix?: string;
	suggestion?: string;
}

/**
 * Runs a span rule on one paragraph and returns its findings as excerpts.
 * @param rule    The span rule.
 * @param text    The paragraph text.
 * @param unit    Other fields of the unit (links, isHeading).
 * @param context Rule context overrides (official contacts).
 */
export function runSpanRule(
	rule: SpanRule,
	text: string,
	unit: Partial< TextUnit > = {},
	context: Partial< RuleContext > = {}
): SpanResult[] {
	return rule
		.check( makeUnit( text, unit ), makeContext( context ) )
		.map( ( report ) => {
			const result: SpanResult = {
				messageId: report.messageId,
				excerpt: text.slice( report.range[ 0 ], report.range[ 1 ] ),
			};
			if ( report.fix?.type === 'replace' ) {
				result.fix = report.fix.text;
			}
			const suggestion = report.suggestions?.[ 0 ]?.fix;
			if ( suggestion?.type === 'replace' ) {
				result.suggestion = suggestion.text;
			}
			return result;
		} );
}

/**
 * Runs a span rule over a post of one paragraph per string, with the post facts
 * its `facts` gathers from all of them (as the analyzer does).
 * @param rule  The span rule.
 * @param texts One string per paragraph.
 */
export function runSpanRuleOverPost(
	rule: SpanRule,
	texts: string[]
): Array< [ number, string, string? ] > {
	const post = makePost( texts );
	const context = makeContext();
	const withFacts = {
		...context,
		post: postFactsOf( post, [ rule ], context ),
	};
	return post.units.flatMap( ( unit ) =>
		rule.check( unit, withFacts ).map( ( report ) => {
			const row: [ number, string, string? ] = [
				unit.blockIndex,
				unit.text.slice( report.range[ 0 ], report.range[ 1 ] ),
			];
			if ( report.fix?.type === 'replace' ) {
				row.push( report.fix.text );
			}
			return row;
		} )
	);
}
