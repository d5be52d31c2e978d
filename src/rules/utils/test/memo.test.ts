/**
 * memoByText(): each distinct paragraph computed once, the right value for
 * every text however the passes over a post run (in order, cut short, edited,
 * reordered).
 */
import { memoByText } from '../memo';

describe( 'memoByText', () => {
	it( 'should compute each text once and give its own value back, pass after pass', () => {
		const calls: string[] = [];
		const length = memoByText( ( text: string ) => {
			calls.push( text );
			return text.length;
		} );
		const post = [ 'alpha', 'be', 'gamma gamma', '', 'be' ];
		const read = ( texts: string[] ) =>
			texts.map( ( text ) => length( text ) );
		expect( read( post ) ).toEqual( [ 5, 2, 11, 0, 2 ] );
		// A pass cut short, a full pass, an edited post, a reordered one.
		expect( post.slice( 0, 2 ).map( length ) ).toEqual( [ 5, 2 ] );
		expect( read( post ) ).toEqual( [ 5, 2, 11, 0, 2 ] );
		const edited = [ 'alpha', 'be!', 'gamma gamma', '', 'be' ];
		expect( read( edited ) ).toEqual( [ 5, 3, 11, 0, 2 ] );
		const reordered = [ 'gamma gamma', 'alpha', 'be', 'be!', '' ];
		expect( read( reordered ) ).toEqual( [ 11, 5, 2, 3, 0 ] );
		expect( calls ).toEqual( [ 'alpha', 'be', 'gamma gamma', '', 'be!' ] );
	} );

	it( 'should give the right value for random sequences of texts', () => {
		const memo = memoByText( ( text: string ) => `<${ text }>` );
		let seed = 3;
		const words = [ 'a', 'b', 'c', 'd', 'e', 'f', '' ];
		for ( let i = 0; i < 5000; i++ ) {
			seed = ( seed * 48271 ) % 2147483647;
			const text = words[ seed % words.length ];
			expect( memo( text ) ).toBe( `<${ text }>` );
		}
	} );
} );
