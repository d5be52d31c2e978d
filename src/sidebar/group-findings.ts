/**
 * Groups findings by guideline area for the sidebar, and counts them by severity.
 */
import { __, _n, _x, sprintf } from '@wordpress/i18n';
import type { Category, Finding, Severity } from '../engine/types';

/** Guideline areas in the order the sidebar lists them. */
export const CATEGORY_ORDER: Category[] = [
	'privacy',
	'patient-care',
	'content',
	'legality',
	'licensing',
	'networking',
	'identification',
	'professionalism',
];

/**
 * The translated name of a guideline area.
 *
 * @param category A rule category.
 */
export function getCategoryLabel( category: Category ): string {
	switch ( category ) {
		case 'privacy':
			return __( 'Privacy', 'hcp-compliance' );
		case 'patient-care':
			return __( 'Patient care', 'hcp-compliance' );
		case 'content':
			return __( 'Content', 'hcp-compliance' );
		case 'legality':
			return __( 'Legality', 'hcp-compliance' );
		case 'licensing':
			return __( 'Licensing', 'hcp-compliance' );
		case 'networking':
			return __( 'Networking', 'hcp-compliance' );
		case 'identification':
			return __( 'Identification', 'hcp-compliance' );
		case 'professionalism':
			return __( 'Professionalism', 'hcp-compliance' );
	}
}

/**
 * The word shown beside a severity icon: the practice policy's "require"
 * level reaches the editor as `error`, "advise" as `warning`.
 *
 * @param severity A finding's severity.
 */
export function getSeverityLabel( severity: Severity ): string {
	switch ( severity ) {
		case 'error':
			return __( 'Required', 'hcp-compliance' );
		case 'warning':
			return __( 'Advised', 'hcp-compliance' );
		case 'info':
			return __( 'Note', 'hcp-compliance' );
	}
}

const SEVERITY_RANK: Record< Severity, number > = {
	error: 0,
	warning: 1,
	info: 2,
};

/** Findings counted by severity. */
export type SeverityCounts = Record< Severity, number >;

/** One guideline area with its findings, most serious first. */
export interface FindingGroup {
	category: Category;
	label: string;
	findings: Finding[];
	counts: SeverityCounts;
}

/**
 * Counts findings by severity.
 *
 * @param findings Findings to count.
 */
export function countBySeverity( findings: Finding[] ): SeverityCounts {
	const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
	for ( const finding of findings ) {
		counts[ finding.severity ]++;
	}
	return counts;
}

/**
 * Groups findings by guideline area in the fixed order, leaving out empty
 * areas; within an area, required before advised, then in reading order.
 *
 * @param findings The post's findings.
 */
export function groupFindings( findings: Finding[] ): FindingGroup[] {
	return CATEGORY_ORDER.map( ( category ) => {
		const inGroup = findings
			.filter( ( finding ) => finding.category === category )
			.sort(
				( a, b ) =>
					SEVERITY_RANK[ a.severity ] - SEVERITY_RANK[ b.severity ] ||
					( a.block ?? -1 ) - ( b.block ?? -1 ) ||
					( a.start ?? 0 ) - ( b.start ?? 0 )
			);
		return {
			category,
			label: getCategoryLabel( category ),
			findings: inGroup,
			counts: countBySeverity( inGroup ),
		};
	} ).filter( ( group ) => group.findings.length > 0 );
}

/**
 * A one-line summary such as "3 issues: 1 required, 2 advised".
 *
 * @param findings The findings to summarise (dismissed ones already left out).
 */
export function summarizeFindings( findings: Finding[] ): string {
	if ( findings.length === 0 ) {
		return __( 'No compliance issues found.', 'hcp-compliance' );
	}
	const counts = countBySeverity( findings );
	const parts: string[] = [];
	if ( counts.error ) {
		parts.push(
			sprintf(
				/* translators: %d: number of findings that must be fixed before publishing. */
				_n(
					'%d required',
					'%d required',
					counts.error,
					'hcp-compliance'
				),
				counts.error
			)
		);
	}
	if ( counts.warning ) {
		parts.push(
			sprintf(
				/* translators: %d: number of advisory findings. */
				_n(
					'%d advised',
					'%d advised',
					counts.warning,
					'hcp-compliance'
				),
				counts.warning
			)
		);
	}
	if ( counts.info ) {
		parts.push(
			sprintf(
				/* translators: %d: number of informational notes. */
				_n( '%d note', '%d notes', counts.info, 'hcp-compliance' ),
				counts.info
			)
		);
	}
	return sprintf(
		/* translators: 1: number of issues, 2: list of counts by severity, e.g. "1 required, 2 advised". */
		_n(
			'%1$d issue: %2$s',
			'%1$d issues: %2$s',
			findings.length,
			'hcp-compliance'
		),
		findings.length,
		// translators: separator between counts, as in "1 required, 2 advised".
		parts.join( _x( ',', 'list separator', 'hcp-compliance' ) + ' ' )
	);
}
