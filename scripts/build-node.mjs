/**
 * Builds the Node side of the package with esbuild: the CLI bundle
 * (build/cli/hcp-compliance.cjs) and the library (build/lib/index.js + .d.ts),
 * each self-contained so that neither needs the dev dependencies at run time.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';

const root = join( dirname( fileURLToPath( import.meta.url ) ), '..' );
const { version } = JSON.parse(
	readFileSync( join( root, 'package.json' ), 'utf8' )
);

const common = {
	bundle: true,
	platform: 'node',
	target: 'node20',
	format: 'cjs',
	logLevel: 'warning',
	legalComments: 'none',
	define: { HCP_COMPLIANCE_VERSION: JSON.stringify( version ) },
};

await Promise.all( [
	build( {
		...common,
		entryPoints: [ join( root, 'src/cli/main.ts' ) ],
		outfile: join( root, 'build/cli/hcp-compliance.cjs' ),
	} ),
	build( {
		...common,
		entryPoints: [ join( root, 'src/lib.ts' ) ],
		outfile: join( root, 'build/lib/index.js' ),
	} ),
] );

// Declarations: the engine's types file is type-only, so it doubles as a .d.ts.
const types = readFileSync( join( root, 'src/engine/types.ts' ), 'utf8' );
if ( /^export\s+(const|let|var|function|class|enum)\b/m.test( types ) ) {
	throw new Error(
		'src/engine/types.ts must stay type-only to be shipped as build/lib/types.d.ts'
	);
}
mkdirSync( join( root, 'build/lib' ), { recursive: true } );
copyFileSync(
	join( root, 'src/engine/types.ts' ),
	join( root, 'build/lib/types.d.ts' )
);
writeFileSync(
	join( root, 'build/lib/index.d.ts' ),
	`import type { AnalyzeOptions, EditorBlock, Finding, LintFinding, PostModel, Rule } from './types';
export type * from './types';

/** Rules and policy of an analyzer. */
export interface AnalyzerConfig {
	rules?: Rule[];
	options?: AnalyzeOptions;
}

/** An analyzer with a per-unit cache. */
export interface Analyzer {
	analyze: ( post: PostModel ) => Finding[];
}

/** Lints one post's content and returns its findings in the contract's shape. */
export declare function lintPostContent( content: string, options?: AnalyzeOptions ): LintFinding[];
/** Creates an analyzer (pass \`{ rules?, options? }\` or the options alone). */
export declare function createAnalyzer( config?: AnalyzerConfig | AnalyzeOptions ): Analyzer;
/** Segments saved post content (block markup, classic HTML, Markdown or text). */
export declare function segmentContent( content: string ): PostModel;
/** Segments the block editor's blocks. */
export declare function segmentBlocks( blocks: EditorBlock[] ): PostModel;
/** A finding reduced to the contract's fields. */
export declare function toLintFinding( finding: Finding ): LintFinding;
/** The fingerprint of a finding (rule + hash of the normalised excerpt). */
export declare function fingerprintOf( ruleId: string, excerpt: string ): string;
/** Rule ID of the finding that reports a rule which threw. */
export declare const RULE_ERROR_ID: 'internal/rule-error';
/** Every registered rule. */
export declare const rules: Rule[];
`
);
