/**
 * The guard against pathological HTML: deep nesting is capped and stray closing
 * tags dropped, in linear time, while ordinary HTML passes through unchanged.
 */
import { segmentContent } from '..';
import { limitTagDepth, MAX_TAG_DEPTH } from '../tag-depth';

const filler = 'x'.repeat( 20 * 1024 );

describe( 'limitTagDepth', () => {
	it( 'should leave ordinary HTML unchanged', () => {
		const html = `<p>One <a href="/x">link</a></p><ul><li>a<li>b</ul><p>${ filler }</p>`;
		expect( limitTagDepth( html ) ).toBe( html );
	} );

	it( 'should cap nesting and keep the text', () => {
		const html = '<div>'.repeat( MAX_TAG_DEPTH + 100 ) + filler + 'end';
		const limited = limitTagDepth( html );
		expect( limited.split( '<div>' ).length - 1 ).toBe( MAX_TAG_DEPTH );
		expect( limited.endsWith( `${ filler }end` ) ).toBe( true );
	} );

	it( 'should drop closing tags that close nothing', () => {
		const html = `<p>${ filler }</p>${ '</span>'.repeat( 10 ) }<p>after</p>`;
		expect( limitTagDepth( html ) ).toBe(
			`<p>${ filler }</p><p>after</p>`
		);
	} );

	it( 'should keep paragraphs whose end tags were omitted', () => {
		const html = Array.from(
			{ length: MAX_TAG_DEPTH + 50 },
			( _, i ) => `<p>Paragraph ${ i } ${ 'y'.repeat( 60 ) }`
		).join( '\n' );
		const post = segmentContent( html );
		expect( post.units ).toHaveLength( MAX_TAG_DEPTH + 50 );
	} );

	it( 'should read deeply nested markup in about linear time', () => {
		const time = ( depth: number ) => {
			const html =
				'<div>'.repeat( depth ) + 'deep' + '</span>'.repeat( 1000 );
			const started = Date.now();
			segmentContent( html );
			return Date.now() - started;
		};
		time( 10000 );
		const small = Math.max( 5, time( 20000 ) );
		// Eight times the input; quadratic would be 64x.
		expect( time( 160000 ) / small ).toBeLessThan( 30 );
	} );
} );
