/**
 * The credentials block survives save and reload for any mix of filled and
 * empty fields, escapes whatever the author types, and loads older markup.
 */
/// <reference types="@wordpress/jest-console" />
import {
	createBlock,
	getBlockTypes,
	parse,
	registerBlockType,
	serialize,
	unregisterBlockType,
	type BlockConfiguration,
} from '@wordpress/blocks';
import { readFileSync, readdirSync, writeFileSync } from 'fs';
import { join } from 'path';

import metadata from '../block.json';
import deprecated from '../deprecated';
import { labelsFor } from '../labels';
import save from '../save';
import type { CredentialsBlockAttributes } from '../types';

// uuid ships ES modules only, which Jest's CommonJS runtime cannot load; blocks only need unique ids.
jest.mock( 'uuid', () => {
	let next = 0;
	return {
		v4: () =>
			`00000000-0000-4000-8000-${ String( ++next ).padStart( 12, '0' ) }`,
	};
} );

// The real block-editor package pulls in the whole editor UI; save() only needs
// the wrapper props, which add the block's class name.
jest.mock( '@wordpress/block-editor', () => {
	const useBlockProps = () => ( {} );
	useBlockProps.save = ( props: { className?: string } = {} ) => ( {
		...props,
		className: [ 'wp-block-hcp-compliance-credentials', props.className ]
			.filter( Boolean )
			.join( ' ' ),
	} );
	return { useBlockProps };
} );

const NAME = 'hcp-compliance/credentials';
const XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>&amp;';

const FULL: CredentialsBlockAttributes = {
	name: 'Dana Reyes',
	credentials: 'RN, MSN',
	specialty: 'Diabetes education',
	registrationNumber: '12A3456E',
	registrationBody: 'Nursing and Midwifery Council (NMC, UK)',
	affiliation: 'Riverside Health',
	capacity: 'employer',
	disclosures: 'Speaker fees from Acme Pharma & Co.',
};

const FIELDS = Object.keys( FULL ) as Array< keyof CredentialsAttributesOnly >;
type CredentialsAttributesOnly = Omit< CredentialsBlockAttributes, 'labels' >;

beforeAll( () => {
	registerBlockType(
		metadata as unknown as BlockConfiguration,
		{
			edit: () => null,
			save,
			deprecated,
		} as unknown as Partial< BlockConfiguration >
	);
} );

afterAll( () => {
	getBlockTypes().forEach( ( { name } ) => unregisterBlockType( name ) );
} );

/**
 * Serializes a block with these attributes (labels frozen as the editor does) and parses it back.
 *
 * @param attributes Block attributes.
 * @return The saved markup and the reloaded block.
 */
function roundTrip( attributes: CredentialsBlockAttributes ) {
	const labels = labelsFor( attributes );
	const withLabels = Object.keys( labels ).length
		? { ...attributes, labels }
		: attributes;
	const html = serialize( [
		createBlock( NAME, withLabels as Record< string, unknown > ),
	] );
	const [ block ] = parse( html );
	return { html, block };
}

describe( 'credentials block', () => {
	// Every subset of the fields: 2^8 combinations, each must reload valid.
	it( 'should reload valid for every combination of filled and empty fields', () => {
		for ( let mask = 0; mask < 2 ** FIELDS.length; mask++ ) {
			const attributes: CredentialsBlockAttributes = {};
			FIELDS.forEach( ( field, bit ) => {
				if ( Math.floor( mask / 2 ** bit ) % 2 === 1 ) {
					Object.assign( attributes, { [ field ]: FULL[ field ] } );
				}
			} );
			const { html, block } = roundTrip( attributes );
			expect( { mask, html, isValid: block.isValid } ).toEqual( {
				mask,
				html,
				isValid: true,
			} );
			for ( const field of FIELDS ) {
				expect( block.attributes[ field ] ).toBe( attributes[ field ] );
			}
		}
	} );

	it( 'should save the header a reader sees', () => {
		const { html } = roundTrip( FULL );
		expect( html ).toContain(
			'<strong class="hcp-compliance-credentials__name">Dana Reyes</strong>, <span class="hcp-compliance-credentials__credentials">RN, MSN</span>'
		);
		expect( html ).toContain(
			'Reg. no. 12A3456E, Nursing and Midwifery Council (NMC, UK)'
		);
		expect( html ).toContain( 'Writing on behalf of Riverside Health.' );
		expect( html ).toContain( 'Speaker fees from Acme Pharma &amp; Co.' );
	} );

	it( 'should say "views are my own" for a personal capacity', () => {
		expect( roundTrip( { capacity: 'independent' } ).html ).toContain(
			'Writing in a personal capacity; views are my own.'
		);
		expect( roundTrip( { capacity: 'employer' } ).html ).toContain(
			'Writing on behalf of my employer.'
		);
	} );

	it( 'should keep every attribute in the comment delimiter', () => {
		const { html } = roundTrip( FULL );
		const comment = html.match(
			/^<!-- wp:hcp-compliance\/credentials (\{.*?\}) -->/
		);
		expect( comment ).not.toBeNull();
		const attributes = JSON.parse( comment![ 1 ] );
		for ( const field of FIELDS ) {
			expect( attributes[ field ] ).toBe( FULL[ field ] );
		}
	} );

	it( 'should save no markup when every field is empty', () => {
		const { html, block } = roundTrip( {} );
		expect( html ).toBe( '<!-- wp:hcp-compliance/credentials /-->' );
		expect( block.isValid ).toBe( true );
	} );

	it( 'should render markup typed into any field as text', () => {
		const attributes = Object.fromEntries(
			FIELDS.map( ( field ) => [
				field,
				field === 'capacity' ? 'independent' : XSS,
			] )
		) as CredentialsBlockAttributes;
		const { html, block } = roundTrip( attributes );
		expect( block.isValid ).toBe( true );
		expect( block.attributes.name ).toBe( XSS );
		expect( html ).not.toMatch( /<script|<img/i );
		expect( html ).toContain( '&lt;script>alert("x")&lt;/script>' );
	} );

	it( 'should drop a capacity that is not one of the allowed values', () => {
		const [ block ] = parse(
			'<!-- wp:hcp-compliance/credentials {"name":"A","capacity":"\\u003cb\\u003e"} /-->'
		);
		expect( block.attributes.capacity ).toBeUndefined();
		expect( console ).toHaveInformed();
	} );

	it( 'should keep the phrases the author saw, whatever the current language', () => {
		const { html, block } = roundTrip( { capacity: 'independent' } );
		const french = html.replace(
			/Writing in a personal capacity; views are my own\./g,
			'J’écris à titre personnel.'
		);
		expect( french ).not.toBe( html );
		const [ reloaded ] = parse( french );
		expect( block.isValid ).toBe( true );
		expect( reloaded.isValid ).toBe( true );
	} );

	it( 'should load a comment-only block written by a tool', () => {
		const [ block ] = parse(
			'<!-- wp:hcp-compliance/credentials {"name":"Dana Reyes","credentials":"RN"} /-->'
		);
		expect( block.isValid ).toBe( true );
		expect( block.attributes ).toMatchObject( {
			name: 'Dana Reyes',
			credentials: 'RN',
		} );
		expect( serialize( [ block ] ) ).toContain(
			'<strong class="hcp-compliance-credentials__name">Dana Reyes</strong>'
		);
		// The migration from the comment-only form is logged.
		expect( console ).toHaveInformed();
	} );

	const fixtures = join( __dirname, 'fixtures' );
	// HCP_WRITE_FIXTURES=1 writes the fixtures of the current markup (only when
	// adding a new version: the old files must stay as they are).
	const writeFixtures = process.env.HCP_WRITE_FIXTURES ? it : it.skip;
	writeFixtures( 'should write fixtures of the current markup', () => {
		const write = (
			file: string,
			attributes: CredentialsBlockAttributes
		) =>
			writeFileSync(
				join( fixtures, file ),
				roundTrip( attributes ).html + '\n'
			);
		write( 'v1-full.html', FULL );
		write( 'v1-name-only.html', { name: 'Dana Reyes' } );
		write( 'v1-independent.html', {
			...FULL,
			capacity: 'independent',
			affiliation: '',
		} );
		write(
			'v1-xss.html',
			Object.fromEntries(
				FIELDS.map( ( field ) => [
					field,
					field === 'capacity' ? 'employer' : XSS,
				] )
			)
		);
	} );
	it.each(
		readdirSync( fixtures ).filter( ( file ) => file.endsWith( '.html' ) )
	)( 'should load the saved fixture %s as valid', ( file ) => {
		const blocks = parse( readFileSync( join( fixtures, file ), 'utf8' ) );
		expect( blocks.length ).toBeGreaterThan( 0 );
		for ( const block of blocks ) {
			expect( block.name ).toBe( NAME );
			expect( block.isValid ).toBe( true );
		}
	} );
} );
