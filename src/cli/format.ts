/**
 * Output formats of the linter: the contract's JSON, and text that reads like
 * ESLint's "stylish" formatter.
 */
import { _n, __, sprintf } from '@wordpress/i18n';

import type { LintFinding } from '../engine/types';

/** One file's result. */
export interface FileResult {
	file: string;
	findings: LintFinding[];
}

/**
 * The contract's JSON: `{ files: [ { file, findings } ] }`.
 *
 * @param results Results in command-line order.
 */
export function formatJson( results: FileResult[] ): string {
	return JSON.stringify( { files: results }, null, 2 ) + '\n';
}

function severityLabel( severity: LintFinding[ 'severity' ] ): string {
	switch ( severity ) {
		case 'error':
			return __( 'error', 'hcp-compliance' );
		case 'warning':
			return __( 'warning', 'hcp-compliance' );
		default:
			return __( 'info', 'hcp-compliance' );
	}
}

/**
 * ESLint-style text: the file, then one line per finding
 * (`block:start  severity  message  ruleId`; `-` for whole-post findings), then a summary.
 *
 * @param results Results in command-line order.
 */
export function formatText( results: FileResult[] ): string {
	const lines: string[] = [];
	let errors = 0;
	let warnings = 0;
	let infos = 0;
	for ( const { file, findings } of results ) {
		if ( findings.length === 0 ) {
			continue;
		}
		lines.push( '', file );
		const rows = findings.map( ( finding ) => [
			finding.block === undefined
				? '-'
				: `${ finding.block }:${ finding.start ?? 0 }`,
			severityLabel( finding.severity ),
			finding.message.replace( /\s+/g, ' ' ),
			finding.ruleId,
		] );
		const widths = [ 0, 1, 2 ].map( ( column ) =>
			Math.max( ...rows.map( ( row ) => row[ column ].length ) )
		);
		for ( const row of rows ) {
			lines.push(
				`  ${ row[ 0 ].padEnd( widths[ 0 ] ) }  ${ row[ 1 ].padEnd( widths[ 1 ] ) }  ${ row[ 2 ].padEnd( widths[ 2 ] ) }  ${ row[ 3 ] }`
			);
		}
		for ( const finding of findings ) {
			if ( finding.severity === 'error' ) {
				errors++;
			} else if ( finding.severity === 'warning' ) {
				warnings++;
			} else {
				infos++;
			}
		}
	}
	const total = errors + warnings + infos;
	if ( total === 0 ) {
		return '';
	}
	const counts: string[] = [
		sprintf(
			/* translators: %d: number of errors. */
			_n( '%d error', '%d errors', errors, 'hcp-compliance' ),
			errors
		),
		sprintf(
			/* translators: %d: number of warnings. */
			_n( '%d warning', '%d warnings', warnings, 'hcp-compliance' ),
			warnings
		),
	];
	if ( infos > 0 ) {
		counts.push(
			sprintf(
				/* translators: %d: number of informational findings. */
				_n( '%d info', '%d infos', infos, 'hcp-compliance' ),
				infos
			)
		);
	}
	const summary = sprintf(
		/* translators: 1: number of problems; 2: counts by severity, e.g. "2 errors, 1 warning". */
		_n(
			'✖ %1$d problem (%2$s)',
			'✖ %1$d problems (%2$s)',
			total,
			'hcp-compliance'
		),
		total,
		counts.join( ', ' )
	);
	lines.push( '', summary, '' );
	return lines.join( '\n' );
}
