/**
 * segmentBlocks() reuses the head and tail of the previous call's post when an
 * edit leaves those blocks alone: the post must be exactly what fresh block
 * objects give, whatever the edits.
 */
import fc from 'fast-check';

import { segmentBlocks } from '..';
import type { EditorBlock } from '../types';

const block = fc.oneof(
	fc.record( {
		name: fc.constant( 'core/paragraph' ),
		content: fc.constantFrom(
			'My patient Maria Lopez, 93, was seen on 12 March.',
			'Call 555-0142.',
			'<strong>Bold</strong> and <a href="https://example.org">a link</a>.',
			''
		),
	} ),
	fc.record( {
		name: fc.constant( 'core/image' ),
		content: fc.constantFrom( 'A wound on day 3', '' ),
	} ),
	fc.record( {
		name: fc.constant( 'core/list' ),
		content: fc.constantFrom( 'One item', 'Two <em>items</em>' ),
	} )
);

let ids = 0;

function make( spec: { name: string; content: string } ): EditorBlock {
	const clientId = `b${ ids++ }`;
	if ( spec.name === 'core/image' ) {
		return {
			clientId,
			name: spec.name,
			attributes: {
				url: `https://example.org/${ clientId }.jpg`,
				caption: spec.content,
			},
			innerBlocks: [],
		};
	}
	if ( spec.name === 'core/list' ) {
		return {
			clientId,
			name: spec.name,
			attributes: {},
			innerBlocks: [
				{
					clientId: `${ clientId }-i`,
					name: 'core/list-item',
					attributes: { content: spec.content },
					innerBlocks: [],
				},
			],
		};
	}
	return {
		clientId,
		name: spec.name,
		attributes: { content: spec.content },
		innerBlocks: [],
	};
}

/**
 * Fresh objects for every block, so nothing of an earlier call can be reused.
 * @param blocks Blocks.
 */
function fresh( blocks: EditorBlock[] ): EditorBlock[] {
	return JSON.parse( JSON.stringify( blocks ) );
}

describe( 'segmentBlocks after edits', () => {
	it( 'should give the post that fresh blocks give', () => {
		fc.assert(
			fc.property(
				fc.array( block, { minLength: 1, maxLength: 10 } ),
				fc.array(
					fc.tuple(
						fc.nat(),
						fc.oneof( block, fc.constant( null ) )
					),
					{ minLength: 1, maxLength: 8 }
				),
				( start, edits ) => {
					let blocks = start.map( make );
					segmentBlocks( blocks );
					// A chain of calls that each reuse the one before…
					const steps: Array< [ EditorBlock[], unknown ] > = [];
					for ( const [ at, spec ] of edits ) {
						blocks = [ ...blocks ];
						const index = at % blocks.length;
						if ( spec ) {
							blocks[ index ] = {
								...make( spec ),
								clientId: blocks[ index ].clientId,
							};
						} else if ( blocks.length > 1 ) {
							blocks.splice( index, 1 );
						}
						steps.push( [ blocks, segmentBlocks( blocks ) ] );
					}
					// …gives at each step what fresh block objects give.
					for ( const [ list, post ] of steps ) {
						expect( post ).toEqual(
							segmentBlocks( fresh( list ) )
						);
					}
				}
			),
			{ numRuns: 200, seed: 11 }
		);
	} );
} );
