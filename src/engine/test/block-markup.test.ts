/**
 * Block delimiters: the scan trims comments by index and pairs sound markup on
 * a plain stack; both must give what the straightforward versions gave.
 */
import {
	blockMarkupProblem,
	repairBlockMarkup,
	scanDelimiters,
} from '../block-markup';
import type { Delimiter, DelimiterScan } from '../block-markup';

// The scan as first written (slicing and trimming each comment), as the reference.
function referenceIsNameChar( code: number ): boolean {
	return (
		( code >= 97 && code <= 122 ) ||
		( code >= 48 && code <= 57 ) ||
		( code >= 65 && code <= 90 ) ||
		code === 45 ||
		code === 95 ||
		code === 47
	);
}
function referenceScan( content: string ): DelimiterScan {
	const delimiters: Delimiter[] = [];
	let from = 0;
	for (;;) {
		const open = content.indexOf( '<!--', from );
		if ( open < 0 ) {
			return { delimiters, unclosedComment: false };
		}
		const close = content.indexOf( '-->', open + 4 );
		if ( close < 0 ) {
			return { delimiters, unclosedComment: true };
		}
		const body = content.slice( open + 4, close ).trim();
		const closing = body.startsWith( '/wp:' );
		if ( closing || body.startsWith( 'wp:' ) ) {
			let i = closing ? 4 : 3;
			const nameStart = i;
			while (
				i < body.length &&
				referenceIsNameChar( body.charCodeAt( i ) )
			) {
				i++;
			}
			let name = body.slice( nameStart, i );
			const selfClosing = ! closing && body.endsWith( '/' );
			if ( selfClosing && name.endsWith( '/' ) ) {
				name = name.slice( 0, -1 );
			}
			if ( name !== '' ) {
				let kind: Delimiter[ 'kind' ] = 'open';
				if ( closing ) {
					kind = 'close';
				} else if ( selfClosing ) {
					kind = 'void';
				}
				delimiters.push( {
					kind,
					name,
					start: open,
					end: close + 3,
				} );
			}
		}
		from = close + 3;
	}
}

describe( 'scanDelimiters', () => {
	it( 'trims exactly what String.prototype.trim trims', () => {
		const mismatches: string[] = [];
		for ( let code = 0; code <= 0xffff; code++ ) {
			const ch = String.fromCharCode( code );
			for ( const content of [
				`<!--${ ch }wp:x${ ch }-->`,
				`<!--${ ch }${ ch }/wp:x${ ch }-->`,
				`<!-- wp:x {}${ ch }/${ ch }-->`,
				`<!--${ ch }-->`,
			] ) {
				if (
					JSON.stringify( scanDelimiters( content ) ) !==
					JSON.stringify( referenceScan( content ) )
				) {
					mismatches.push( content );
				}
			}
		}
		expect( mismatches ).toEqual( [] );
	} );

	it( 'agrees with the reference on tricky delimiters', () => {
		const pieces = [
			'<!-- wp:paragraph -->',
			'<!-- /wp:paragraph -->',
			'<!-- wp:list /-->',
			'<!--wp:x/-->',
			'<!-- wp:x/ -->',
			'<!-- wp:core/quote {"a":1} -->',
			'<!-- /wp:core/quote -->',
			'<!-- wp: -->',
			'<!-- /wp -->',
			'<!-- wp -->',
			'<!--/wp:-->',
			'<!---->',
			'<!-->',
			'<!--',
			'-->',
			'<p>text</p>',
			'\u00a0',
			' ',
			'\n',
			'/',
		];
		let seed = 3;
		const next = () => {
			seed = ( seed * 1103515245 + 12345 ) % 2147483648;
			return seed / 2147483648;
		};
		const mismatches: string[] = [];
		for ( let run = 0; run < 5000; run++ ) {
			let content = '';
			const count = 1 + Math.floor( next() * 8 );
			for ( let i = 0; i < count; i++ ) {
				content += pieces[ Math.floor( next() * pieces.length ) ];
			}
			if (
				JSON.stringify( scanDelimiters( content ) ) !==
				JSON.stringify( referenceScan( content ) )
			) {
				mismatches.push( content );
			}
		}
		expect( mismatches ).toEqual( [] );
	} );
} );

describe( 'repairBlockMarkup', () => {
	it( 'leaves sound markup as it is', () => {
		const sound =
			'<!-- wp:list --><ul><!-- wp:list-item --><li>a</li><!-- /wp:list-item --></ul><!-- /wp:list -->' +
			'<!-- wp:spacer /-->';
		expect( repairBlockMarkup( sound ) ).toBe( sound );
		expect( blockMarkupProblem( sound ) ).toBe( '' );
	} );

	it( 'closes unclosed blocks and drops stray closers', () => {
		expect(
			repairBlockMarkup(
				'<!-- wp:a -->x<!-- wp:b -->y<!-- /wp:a --><!-- /wp:c -->'
			)
		).toBe( '<!-- wp:a -->x<!-- wp:b -->y<!-- /wp:b --><!-- /wp:a -->' );
		expect( repairBlockMarkup( '<!-- /wp:a --><!-- wp:a -->' ) ).toBe(
			'<!-- wp:a --><!-- /wp:a -->'
		);
		// A closer of the wrong name inside an open block.
		expect(
			repairBlockMarkup( '<!-- wp:a --><!-- wp:b --><!-- /wp:a -->' )
		).toBe( '<!-- wp:a --><!-- wp:b --><!-- /wp:b --><!-- /wp:a -->' );
		expect( blockMarkupProblem( '<!-- wp:a -->' ) ).toBe( 'unpaired' );
		expect( blockMarkupProblem( '<!-- wp:a' ) ).toBe( 'unclosed-comment' );
	} );
} );
