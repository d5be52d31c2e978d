/**
 * The package's main export (`require( 'hcp-compliance' )`): lint saved post
 * content from any Node tool, with the engine's types.
 */
export {
	createAnalyzer,
	lintPostContent,
	segmentBlocks,
	segmentContent,
	toLintFinding,
	fingerprintOf,
	RULE_ERROR_ID,
} from './engine';
export type * from './engine/types';
export type { Analyzer, AnalyzerConfig } from './engine/analyze';
export { rules } from './rules';
