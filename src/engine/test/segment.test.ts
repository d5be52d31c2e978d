/**
 * Segmenting: saved content, classic HTML, Markdown and editor blocks become the
 * text units and media the rules read, with offsets that point back into blocks.
 */
import { segmentBlocks, segmentContent } from '..';
import type { PostModel, TextUnit } from '../types';

/**
 * The plain text of a top-level block, as the contract defines it.
 * @param post
 * @param index
 */
function blockText( post: PostModel, index: number ): string {
	return post.units
		.filter( ( unit ) => unit.blockIndex === index )
		.map( ( unit ) => unit.text )
		.join( '\n' );
}

function unitsOf( post: PostModel ): Array< Partial< TextUnit > > {
	return post.units.map(
		( { key, blockIndex, attribute, text, offset } ) => ( {
			key,
			blockIndex,
			attribute,
			text,
			offset,
		} )
	);
}

describe( 'segmentContent', () => {
	it( 'should give one unit per paragraph and heading of block markup', () => {
		const post = segmentContent(
			'<!-- wp:heading -->\n<h2 class="wp-block-heading">Flu &amp; you</h2>\n<!-- /wp:heading -->\n\n' +
				'<!-- wp:paragraph -->\n<p>Line one<br>line two</p>\n<!-- /wp:paragraph -->'
		);
		expect( unitsOf( post ) ).toEqual( [
			{
				key: '0/content',
				blockIndex: 0,
				attribute: 'content',
				text: 'Flu & you',
				offset: 0,
			},
			{
				key: '1/content',
				blockIndex: 1,
				attribute: 'content',
				text: 'Line one\nline two',
				offset: 0,
			},
		] );
		expect( post.units[ 0 ].isHeading ).toBe( true );
		expect( post.blocks.map( ( block ) => block.name ) ).toEqual( [
			'core/heading',
			'core/paragraph',
		] );
	} );

	it( 'should decode entities, including numeric ones and no-break spaces', () => {
		const post = segmentContent(
			'<!-- wp:paragraph --><p>Caf&eacute; &#8220;quoted&#8221;&nbsp;x &lt;b&gt;</p><!-- /wp:paragraph -->'
		);
		expect( post.units[ 0 ].text ).toBe( 'Café “quoted”\u00a0x <b>' );
	} );

	it( 'should give each link its range and href', () => {
		const post = segmentContent(
			'<!-- wp:paragraph --><p>See <a href="https://cdc.gov/flu">the CDC</a> page.</p><!-- /wp:paragraph -->'
		);
		const unit = post.units[ 0 ];
		expect( unit.links ).toEqual( [
			{ start: 4, end: 11, href: 'https://cdc.gov/flu' },
		] );
		expect( unit.text.slice( 4, 11 ) ).toBe( 'the CDC' );
	} );

	it( 'should place nested list items at offsets in the top-level list', () => {
		const post = segmentContent(
			'<!-- wp:list --><ul><!-- wp:list-item --><li>First</li><!-- /wp:list-item -->' +
				'<!-- wp:list-item --><li>Second<!-- wp:list --><ul><!-- wp:list-item --><li>Nested</li><!-- /wp:list-item --></ul><!-- /wp:list --></li><!-- /wp:list-item --></ul><!-- /wp:list -->'
		);
		expect( unitsOf( post ) ).toEqual( [
			{
				key: '0.0/content',
				blockIndex: 0,
				attribute: 'content',
				text: 'First',
				offset: 0,
			},
			{
				key: '0.1/content',
				blockIndex: 0,
				attribute: 'content',
				text: 'Second',
				offset: 6,
			},
			{
				key: '0.1.0.0/content',
				blockIndex: 0,
				attribute: 'content',
				text: 'Nested',
				offset: 13,
			},
		] );
		expect( blockText( post, 0 ).slice( 13, 19 ) ).toBe( 'Nested' );
	} );

	it( 'should read a quote’s paragraphs and its citation', () => {
		const post = segmentContent(
			'<!-- wp:quote --><blockquote class="wp-block-quote"><!-- wp:paragraph --><p>Be kind.</p><!-- /wp:paragraph --><cite>A nurse</cite></blockquote><!-- /wp:quote -->'
		);
		expect( unitsOf( post ) ).toEqual( [
			{
				key: '0.0/content',
				blockIndex: 0,
				attribute: 'content',
				text: 'Be kind.',
				offset: 0,
			},
			{
				key: '0/citation',
				blockIndex: 0,
				attribute: 'citation',
				text: 'A nurse',
				offset: 9,
			},
		] );
	} );

	it( 'should keep the plugin blocks’ attributes out of the text, self-closing or not', () => {
		const post = segmentContent(
			'<!-- wp:hcp-compliance/credentials {"name":"Dana Reyes","credentials":"RN"} /-->\n' +
				'<!-- wp:hcp-compliance/disclaimer {"text":"General information only."} -->\n<div>General information only.</div>\n<!-- /wp:hcp-compliance/disclaimer -->\n' +
				'<!-- wp:paragraph --><p>Hello</p><!-- /wp:paragraph -->'
		);
		expect( post.credentials ).toEqual( [
			{ name: 'Dana Reyes', credentials: 'RN' },
		] );
		expect( post.disclaimers ).toEqual( [
			{ text: 'General information only.' },
		] );
		expect( unitsOf( post ) ).toEqual( [
			{
				key: '2/content',
				blockIndex: 2,
				attribute: 'content',
				text: 'Hello',
				offset: 0,
			},
		] );
	} );

	it( 'should record an image with its alt text and caption', () => {
		const post = segmentContent(
			'<!-- wp:image --><figure class="wp-block-image"><img src="https://x.org/a.jpg" alt="A vial"/><figcaption class="wp-element-caption">Photo: CDC</figcaption></figure><!-- /wp:image -->'
		);
		expect( post.media ).toEqual( [
			expect.objectContaining( {
				url: 'https://x.org/a.jpg',
				alt: 'A vial',
				caption: 'Photo: CDC',
				blockIndex: 0,
				blockName: 'core/image',
			} ),
		] );
		expect( unitsOf( post ) ).toEqual( [
			{
				key: '0/caption',
				blockIndex: 0,
				attribute: 'caption',
				text: 'Photo: CDC',
				offset: 0,
			},
		] );
	} );

	it( 'should take an embed’s URL from its attributes and not read the URL line as prose', () => {
		const post = segmentContent(
			'<!-- wp:embed {"url":"https://www.youtube.com/watch?v=abc","type":"video"} --><figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\nhttps://www.youtube.com/watch?v=abc\n</div></figure><!-- /wp:embed -->'
		);
		expect( post.media ).toEqual( [
			expect.objectContaining( {
				url: 'https://www.youtube.com/watch?v=abc',
				caption: '',
			} ),
		] );
		expect( post.units ).toEqual( [] );
	} );

	it( 'should record iframes and videos in classic HTML as media', () => {
		const post = segmentContent(
			'<p>Watch:</p>\n<iframe src="https://player.vimeo.com/1"></iframe>\n<video><source src="/v.mp4"></video>'
		);
		expect( post.media.map( ( item ) => item.url ) ).toEqual( [
			'https://player.vimeo.com/1',
			'/v.mp4',
		] );
	} );

	it( 'should split classic HTML into one pseudo block per top-level element and paragraph', () => {
		const post = segmentContent(
			'<h2>Title</h2>\n<p>One <a href="/x">link</a> here.</p>\nBare text\nsecond line\n\nNext paragraph\n<ul><li>a</li><li>b</li></ul>'
		);
		expect( unitsOf( post ) ).toEqual( [
			{
				key: '0/content',
				blockIndex: 0,
				attribute: 'content',
				text: 'Title',
				offset: 0,
			},
			{
				key: '1/content',
				blockIndex: 1,
				attribute: 'content',
				text: 'One link here.',
				offset: 0,
			},
			{
				key: '2/content',
				blockIndex: 2,
				attribute: 'content',
				text: 'Bare text\nsecond line',
				offset: 0,
			},
			{
				key: '3/content',
				blockIndex: 3,
				attribute: 'content',
				text: 'Next paragraph',
				offset: 0,
			},
			{
				key: '4/content',
				blockIndex: 4,
				attribute: 'content',
				text: 'a\nb',
				offset: 0,
			},
		] );
		expect( post.units[ 0 ].isHeading ).toBe( true );
		expect( post.units[ 1 ].links ).toEqual( [
			{ start: 4, end: 8, href: '/x' },
		] );
	} );

	it( 'should read the classic editor’s [caption] shortcode as an image caption', () => {
		const post = segmentContent(
			'[caption id="attachment_1" align="alignnone"]<img src="/a.jpg" alt="" /> Photo: Jo Bloggs[/caption]'
		);
		expect( post.media ).toEqual( [
			expect.objectContaining( {
				url: '/a.jpg',
				caption: 'Photo: Jo Bloggs',
			} ),
		] );
	} );

	it( 'should render Markdown and plain text, with blank-line paragraphs as blocks', () => {
		const post = segmentContent(
			'# Title\n\nMy patient **Maria Lopez** came in.\nSame paragraph.\n\n- one\n- [two](https://x.org)'
		);
		expect( unitsOf( post ) ).toEqual( [
			{
				key: '0/content',
				blockIndex: 0,
				attribute: 'content',
				text: 'Title',
				offset: 0,
			},
			{
				key: '1/content',
				blockIndex: 1,
				attribute: 'content',
				text: 'My patient Maria Lopez came in. Same paragraph.',
				offset: 0,
			},
			{
				key: '2/content',
				blockIndex: 2,
				attribute: 'content',
				text: 'one\ntwo',
				offset: 0,
			},
		] );
		expect( post.units[ 2 ].links ).toEqual( [
			{ start: 4, end: 7, href: 'https://x.org' },
		] );
	} );

	it( 'should read table cells as separate units', () => {
		const post = segmentContent(
			'<!-- wp:table --><figure class="wp-block-table"><table><thead><tr><th>Name</th><th>Dose</th></tr></thead><tbody><tr><td>Aspirin</td><td>75 mg</td></tr></tbody></table><figcaption>Source: BNF</figcaption></figure><!-- /wp:table -->'
		);
		expect(
			post.units.map( ( unit ) => [ unit.attribute, unit.text ] )
		).toEqual( [
			[ 'head.0.0', 'Name' ],
			[ 'head.0.1', 'Dose' ],
			[ 'body.0.0', 'Aspirin' ],
			[ 'body.0.1', '75 mg' ],
			[ 'caption', 'Source: BNF' ],
		] );
	} );

	it( 'should survive malformed markup', () => {
		expect( () =>
			segmentContent( '<!-- wp:paragraph --><p>Open <b>never closed' )
		).not.toThrow();
		expect(
			segmentContent( '<!-- wp:paragraph --><p>Open <b>never closed' )
				.units[ 0 ].text
		).toBe( 'Open never closed' );
		expect( () =>
			segmentContent( '<!-- wp:list {"broken": --><ul><li>x' )
		).not.toThrow();
		expect( () =>
			segmentContent( '<!-- unclosed comment <p>text</p>' )
		).not.toThrow();
	} );
} );

describe( 'segmentBlocks', () => {
	it( 'should key units by clientId and attribute, with rich-text offsets', () => {
		const post = segmentBlocks( [
			{
				clientId: 'a',
				name: 'core/paragraph',
				attributes: { content: 'Tom &amp; Jerry<br>next  line' },
				innerBlocks: [],
			},
		] );
		expect( post.units ).toEqual( [
			expect.objectContaining( {
				key: 'a/content',
				clientId: 'a',
				attribute: 'content',
				text: 'Tom & Jerry\nnext  line',
				offset: 0,
			} ),
		] );
	} );

	it( 'should count an inline image as one character, as rich text does', () => {
		const post = segmentBlocks( [
			{
				clientId: 'i',
				name: 'core/paragraph',
				attributes: { content: 'A <img src="x.png" alt=""> Maria' },
				innerBlocks: [],
			},
		] );
		expect( post.units[ 0 ].text ).toBe( 'A \ufffc Maria' );
		expect( post.units[ 0 ].text.indexOf( 'Maria' ) ).toBe( 4 );
	} );

	it( 'should read RichTextData-like values through String()', () => {
		const value = {
			toString: () => 'Call <a href="tel:1">me</a>',
			text: 'Call me',
		};
		const post = segmentBlocks( [
			{
				clientId: 'b',
				name: 'core/heading',
				attributes: { content: value },
				innerBlocks: [],
			},
		] );
		expect( post.units[ 0 ] ).toEqual(
			expect.objectContaining( {
				text: 'Call me',
				links: [ { start: 5, end: 7, href: 'tel:1' } ],
				isHeading: true,
			} )
		);
	} );

	it( 'should give nested blocks the top-level index and clientId of their own', () => {
		const post = segmentBlocks( [
			{
				clientId: 'p0',
				name: 'core/paragraph',
				attributes: { content: 'Intro' },
				innerBlocks: [],
			},
			{
				clientId: 'l',
				name: 'core/list',
				attributes: {},
				innerBlocks: [
					{
						clientId: 'i1',
						name: 'core/list-item',
						attributes: { content: 'One' },
						innerBlocks: [],
					},
					{
						clientId: 'i2',
						name: 'core/list-item',
						attributes: { content: 'Two' },
						innerBlocks: [],
					},
				],
			},
		] );
		expect(
			post.units
				.slice( 1 )
				.map( ( { key, blockIndex, clientId, offset } ) => ( {
					key,
					blockIndex,
					clientId,
					offset,
				} ) )
		).toEqual( [
			{ key: 'i1/content', blockIndex: 1, clientId: 'i1', offset: 0 },
			{ key: 'i2/content', blockIndex: 1, clientId: 'i2', offset: 4 },
		] );
	} );

	it( 'should read plugin blocks into credentials and disclaimers and media from attributes', () => {
		const post = segmentBlocks( [
			{
				clientId: 'c',
				name: 'hcp-compliance/credentials',
				attributes: { name: 'Dana Reyes', capacity: 'independent' },
				innerBlocks: [],
			},
			{
				clientId: 'd',
				name: 'hcp-compliance/disclaimer',
				attributes: { text: 'Not advice.' },
				innerBlocks: [],
			},
			{
				clientId: 'e',
				name: 'core/embed',
				attributes: {
					url: 'https://youtu.be/x',
					caption: 'Video: NHS',
				},
				innerBlocks: [],
			},
		] );
		expect( post.credentials ).toEqual( [
			{ name: 'Dana Reyes', capacity: 'independent' },
		] );
		expect( post.disclaimers ).toEqual( [ { text: 'Not advice.' } ] );
		expect( post.media ).toEqual( [
			expect.objectContaining( {
				clientId: 'e',
				url: 'https://youtu.be/x',
				caption: 'Video: NHS',
			} ),
		] );
		expect( post.units.map( ( unit ) => unit.key ) ).toEqual( [
			'e/caption',
		] );
	} );
} );

describe( 'broken block markup', () => {
	it( 'should read each paragraph once when blocks are never closed', () => {
		const post = segmentContent(
			'<!-- wp:group --><!-- wp:paragraph --><p>a</p>'.repeat( 3 )
		);
		expect( post.units.map( ( unit ) => unit.text ) ).toEqual( [
			'a',
			'a',
			'a',
		] );
	} );

	it( 'should drop a closer that has no opener and keep the text', () => {
		const post = segmentContent(
			'<!-- /wp:paragraph --><!-- wp:paragraph --><p>kept</p><!-- /wp:paragraph --><!-- /wp:list -->'
		);
		expect( post.units.map( ( unit ) => unit.text ) ).toEqual( [ 'kept' ] );
	} );
} );
