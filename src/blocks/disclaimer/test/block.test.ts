/**
 * The disclaimer block survives save and reload, keeps its text in the
 * comment delimiter, converts from and to a paragraph, and loads older markup.
 */
/// <reference types="@wordpress/jest-console" />
import {
	createBlock,
	getBlockTypes,
	parse,
	registerBlockType,
	serialize,
	switchToBlockType,
	unregisterBlockType,
	type BlockConfiguration,
} from '@wordpress/blocks';
import { readFileSync, readdirSync, writeFileSync } from 'fs';
import { join } from 'path';

import metadata from '../block.json';
import deprecated from '../deprecated';
import save from '../save';
import { builtInDefaultText, disclaimerTemplates } from '../templates';
import transforms from '../transforms';

// uuid ships ES modules only, which Jest's CommonJS runtime cannot load; blocks only need unique ids.
jest.mock( 'uuid', () => {
	let next = 0;
	return {
		v4: () =>
			`00000000-0000-4000-8000-${ String( ++next ).padStart( 12, '0' ) }`,
	};
} );

// The real block-editor package pulls in the whole editor UI; save() only needs
// the wrapper props and RichText.Content, mirrored here.
jest.mock( '@wordpress/block-editor', () => {
	const { createElement, RawHTML } =
		jest.requireActual( '@wordpress/element' );
	const useBlockProps = () => ( {} );
	useBlockProps.save = ( props: { className?: string } = {} ) => ( {
		...props,
		className: [ 'wp-block-hcp-compliance-disclaimer', props.className ]
			.filter( Boolean )
			.join( ' ' ),
	} );
	const RichText = () => null;
	RichText.Content = ( {
		tagName,
		value,
		...props
	}: {
		tagName: string;
		value: string;
	} ) =>
		createElement( tagName, props, createElement( RawHTML, null, value ) );
	return { useBlockProps, RichText };
} );

const NAME = 'hcp-compliance/disclaimer';

beforeAll( () => {
	registerBlockType(
		metadata as unknown as BlockConfiguration,
		{
			edit: () => null,
			save,
			deprecated,
			transforms,
		} as unknown as Partial< BlockConfiguration >
	);
	registerBlockType( 'core/paragraph', {
		apiVersion: 3,
		title: 'Paragraph',
		category: 'text',
		attributes: {
			content: {
				type: 'string',
				source: 'html',
				selector: 'p',
				default: '',
			},
		},
		save: ( { attributes }: { attributes: Record< string, unknown > } ) =>
			attributes.content as string,
	} as unknown as BlockConfiguration );
} );

afterAll( () => {
	getBlockTypes().forEach( ( { name } ) => unregisterBlockType( name ) );
} );

/**
 * Serializes a disclaimer with this text and parses it back.
 *
 * @param text The disclaimer text (inline HTML).
 * @return The saved markup and the reloaded block.
 */
function roundTrip( text?: string ) {
	const html = serialize( [
		createBlock( NAME, text === undefined ? {} : { text } ),
	] );
	const [ block ] = parse( html );
	return { html, block };
}

describe( 'disclaimer block', () => {
	it.each( [
		[ 'plain text', 'Not medical advice.' ],
		[
			'inline formatting',
			'Not <strong>medical</strong> advice. <a href="https://example.org/help">Help</a>',
		],
		[
			'every template',
			disclaimerTemplates()
				.map( ( t ) => t.text )
				.join( ' ' ),
		],
		[ 'ampersands and quotes', 'Smith &amp; Jones say "ask your doctor".' ],
	] )( 'should reload valid with %s', ( _label, text ) => {
		const { html, block } = roundTrip( text );
		expect( block.isValid ).toBe( true );
		expect( block.attributes.text ).toBe( text );
		expect( html ).toMatch(
			/^<!-- wp:hcp-compliance\/disclaimer \{"text":/
		);
		expect( html ).toContain(
			'<div role="note" class="wp-block-hcp-compliance-disclaimer">'
		);
	} );

	it( 'should save no markup when the text is empty', () => {
		for ( const text of [ undefined, '', '   ' ] ) {
			const { block } = roundTrip( text );
			expect( block.isValid ).toBe( true );
		}
		expect( roundTrip().html ).toBe(
			'<!-- wp:hcp-compliance/disclaimer /-->'
		);
	} );

	it( 'should keep script typed into the text as text', () => {
		// What the rich text field stores when an author types "<script>".
		const typed = '&lt;script&gt;alert(1)&lt;/script&gt;';
		const { html, block } = roundTrip( typed );
		expect( block.isValid ).toBe( true );
		expect( html ).not.toContain( '<script' );
		expect( html ).toContain( '&lt;script&gt;alert(1)&lt;/script&gt;' );
	} );

	it( 'should keep the text in the comment delimiter, where any parser reads it', () => {
		const { html } = roundTrip( 'Not advice.' );
		expect( html.split( '\n' )[ 0 ] ).toBe(
			'<!-- wp:hcp-compliance/disclaimer {"text":"Not advice."} -->'
		);
	} );

	it( 'should turn a paragraph into a disclaimer and back', () => {
		const paragraph = createBlock( 'core/paragraph', {
			content: 'This is <em>not</em> advice.',
		} );
		const [ disclaimer ] = switchToBlockType( paragraph, NAME )!;
		expect( disclaimer.name ).toBe( NAME );
		expect( disclaimer.attributes.text ).toBe(
			'This is <em>not</em> advice.'
		);
		const [ back ] = switchToBlockType( disclaimer, 'core/paragraph' )!;
		expect( back.attributes.content ).toBe(
			'This is <em>not</em> advice.'
		);
	} );

	it( 'should load a comment-only disclaimer written by a tool', () => {
		const [ block ] = parse(
			'<!-- wp:hcp-compliance/disclaimer {"text":"Not medical advice."} /-->'
		);
		expect( block.isValid ).toBe( true );
		expect( block.attributes.text ).toBe( 'Not medical advice.' );
		expect( console ).toHaveInformed();
	} );

	it( 'should offer a complete default that covers every template', () => {
		for ( const template of disclaimerTemplates().slice( 0, -1 ) ) {
			expect( builtInDefaultText() ).toContain( template.text );
		}
	} );

	const fixtures = join( __dirname, 'fixtures' );
	// HCP_WRITE_FIXTURES=1 writes the fixtures of the current markup (only when
	// adding a new version: the old files must stay as they are).
	const writeFixtures = process.env.HCP_WRITE_FIXTURES ? it : it.skip;
	writeFixtures( 'should write fixtures of the current markup', () => {
		writeFileSync(
			join( fixtures, 'v1-default.html' ),
			roundTrip( builtInDefaultText() ).html + '\n'
		);
		writeFileSync(
			join( fixtures, 'v1-formatted.html' ),
			roundTrip(
				'Not <strong>medical</strong> advice &amp; <a href="https://example.org/">see help</a>. &lt;script&gt;'
			).html + '\n'
		);
	} );

	it.each(
		readdirSync( fixtures ).filter( ( file ) => file.endsWith( '.html' ) )
	)( 'should load the saved fixture %s as valid', ( file ) => {
		const blocks = parse( readFileSync( join( fixtures, file ), 'utf8' ) );
		expect(
			blocks.map( ( block ) => [ block.name, block.isValid ] )
		).toEqual( blocks.map( () => [ NAME, true ] ) );
	} );
} );
