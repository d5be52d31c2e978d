/**
 * Grouping and counting findings for the sidebar and the document summary.
 */
import type { Finding } from '../../engine/types';
import {
	countBySeverity,
	groupFindings,
	summarizeFindings,
} from '../group-findings';

/**
 * A finding with just what grouping reads.
 *
 * @param partial Fields to set.
 */
function finding( partial: Partial< Finding > ): Finding {
	return {
		ruleId: 'privacy/patient-identifier',
		category: 'privacy',
		severity: 'error',
		message: 'Patient identifier',
		messageId: 'identifier',
		fingerprint: Math.random().toString( 36 ),
		...partial,
	};
}

describe( 'groupFindings', () => {
	it( 'should list guideline areas in the fixed order and leave out empty ones', () => {
		const groups = groupFindings( [
			finding( {
				category: 'professionalism',
				ruleId: 'professionalism/disrespectful-language',
			} ),
			finding( { category: 'privacy' } ),
			finding( {
				category: 'content',
				ruleId: 'content/unsourced-claim',
			} ),
		] );
		expect( groups.map( ( group ) => group.label ) ).toEqual( [
			'Privacy',
			'Content',
			'Professionalism',
		] );
	} );

	it( 'should put required findings before advised ones, then follow the text', () => {
		const [ group ] = groupFindings( [
			finding( { severity: 'warning', block: 0, excerpt: 'advised' } ),
			finding( { severity: 'error', block: 3, excerpt: 'later' } ),
			finding( { severity: 'error', block: 1, excerpt: 'earlier' } ),
		] );
		expect( group.findings.map( ( f ) => f.excerpt ) ).toEqual( [
			'earlier',
			'later',
			'advised',
		] );
		expect( group.counts ).toEqual( { error: 2, warning: 1, info: 0 } );
	} );

	it( 'should not change the array it was given', () => {
		const findings = Object.freeze( [
			finding( { severity: 'warning' } ),
			finding( { severity: 'error' } ),
		] );
		expect( () => groupFindings( findings as Finding[] ) ).not.toThrow();
		expect( findings[ 0 ].severity ).toBe( 'warning' );
	} );
} );

describe( 'summarizeFindings', () => {
	it( 'should say how many issues are required and advised', () => {
		expect(
			summarizeFindings( [
				finding( { severity: 'error' } ),
				finding( { severity: 'warning' } ),
				finding( { severity: 'warning' } ),
			] )
		).toBe( '3 issues: 1 required, 2 advised' );
	} );

	it( 'should use the singular for one issue', () => {
		expect(
			summarizeFindings( [ finding( { severity: 'warning' } ) ] )
		).toBe( '1 issue: 1 advised' );
	} );

	it( 'should say when there is nothing to fix', () => {
		expect( summarizeFindings( [] ) ).toBe( 'No compliance issues found.' );
	} );

	it( 'should count by severity', () => {
		expect(
			countBySeverity( [ finding( { severity: 'info' } ) ] )
		).toEqual( { error: 0, warning: 0, info: 1 } );
	} );
} );
