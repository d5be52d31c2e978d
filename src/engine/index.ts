/**
 * The analyzer's public API: segment a post, run the rules, lint saved content.
 */
import { rules as registry } from '../rules';
import { createAnalyzerWith } from './analyze';
import type { Analyzer, AnalyzerConfig } from './analyze';
import { segmentContent } from './segment';
import type { AnalyzeOptions, Finding, LintFinding } from './types';

export { segmentContent, segmentBlocks } from './segment';
export {
	RULE_ERROR_ID,
	fingerprintOf,
	hashText,
	isDocumentRule,
	isMediaRule,
	isSpanRule,
	memoized,
	mergePostFacts,
	postFactsOf,
	postFactsSignature,
	sortFindings,
} from './analyze';
export type { Analyzer, AnalyzerConfig } from './analyze';
export type * from './types';

/**
 * Creates an analyzer with a per-unit cache. Pass `{ rules?, options? }`, or the
 * options alone to run every registered rule.
 *
 * @param config Rules and practice policy.
 */
export function createAnalyzer(
	config: AnalyzerConfig | AnalyzeOptions = {}
): Analyzer {
	return createAnalyzerWith( config, registry );
}

/**
 * A finding reduced to the contract's fields, as the CLI prints it.
 *
 * @param finding A full finding.
 */
export function toLintFinding( finding: Finding ): LintFinding {
	const out: LintFinding = {
		ruleId: finding.ruleId,
		category: finding.category,
		severity: finding.severity,
		message: finding.message,
	};
	if ( finding.excerpt !== undefined ) {
		out.excerpt = finding.excerpt;
	}
	if ( finding.block !== undefined ) {
		out.block = finding.block;
		out.start = finding.start;
		out.end = finding.end;
	}
	return out;
}

/**
 * Lints one post's content (block markup, classic HTML, Markdown or text) and
 * returns its findings in the contract's shape, with no I/O.
 *
 * @param content The post content as stored.
 * @param options Practice policy: per-rule level and options, author names, official contacts.
 */
export function lintPostContent(
	content: string,
	options: AnalyzeOptions = {}
): LintFinding[] {
	// analyze() sorts by block, start, end and rule, which toLintFinding() keeps.
	return createAnalyzerWith( { options }, registry )
		.analyze( segmentContent( content ) )
		.map( toLintFinding );
}
