/**
 * Structured data with and without an SEO plugin: the plugin's PHP is run in
 * the test site (PHP command line) the way Yoast SEO and Rank Math call it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

import { test, expect } from './fixtures';

/** The test site's folder: scripts/test-e2e.mjs keeps the storage state in it. */
const siteDir = path.dirname( process.env.STORAGE_STATE_PATH ?? '' );
const script = path.resolve( __dirname, 'php/structured-data.php' );

type Node = Record< string, any >;

test.describe( 'Structured data', () => {
	// Run outside scripts/test-e2e.mjs, there is no site folder to run PHP in.
	// eslint-disable-next-line playwright/no-skipped-test
	test.skip(
		! existsSync( path.join( siteDir, 'wp-load.php' ) ),
		'needs the site folder of scripts/test-e2e.mjs'
	);

	const results = () =>
		JSON.parse(
			execFileSync( 'php', [ script ], {
				cwd: siteDir,
				encoding: 'utf8',
			} )
		) as Record< string, any >;

	test( 'should print JSON-LD once, merge into Yoast SEO and Rank Math graphs instead of printing', () => {
		const out = results();

		// Alone: one script element whose text cannot close it early.
		expect( out.plain.match( /application\/ld\+json/g ) ).toHaveLength( 1 );
		expect( out.plain.match( /<\/script>/g ) ).toHaveLength( 1 );
		const json = JSON.parse(
			out.plain
				.replace( /^<script[^>]*>/, '' )
				.replace( /<\/script>\s*$/, '' )
		);
		const person = json[ '@graph' ].find( ( node: Node ) =>
			[ node[ '@type' ] ].flat().includes( 'Person' )
		);
		expect( person ).toMatchObject( {
			'@type': [ 'Person', 'Physician' ],
			name: 'Dana Reyes',
			identifier: { propertyID: 'GMC', value: '1234567' },
			affiliation: { '@type': 'Organization', name: 'Riverside' },
		} );

		// Yoast: its WebPage becomes a MedicalWebPage too, the author is added, nothing printed.
		const yoastTypes = out.yoast.map( ( node: Node ) => node[ '@type' ] );
		expect( yoastTypes ).toEqual( [
			[ 'WebPage', 'MedicalWebPage' ],
			'Article',
			[ 'Person', 'Physician' ],
		] );
		expect( out.yoast[ 0 ].lastReviewed ).toMatch( /^\d{4}-\d{2}-\d{2}$/ );
		expect( out.afterYoast ).toBe( '' );

		// Rank Math: keyed nodes, same merge, nothing printed.
		expect( Object.keys( out.rankMath ) ).toEqual( [
			'WebPage',
			'publisher',
			'hcpComplianceAuthor',
		] );
		expect( out.rankMath.WebPage[ '@type' ] ).toEqual( [
			'WebPage',
			'MedicalWebPage',
		] );
		expect( out.afterRankMath ).toBe( '' );

		// A post without the block gets nothing.
		expect( out.withoutBlock ).toBe( '' );
	} );
} );
