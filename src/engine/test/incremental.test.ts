/**
 * The editor's path: a warm analyzer that re-checks only what changed must give
 * exactly what a fresh analyzer gives, after any sequence of edits (typing in a
 * block, inserting, deleting, moving blocks, a pseudonym declared or retracted,
 * the author's name changed in the credentials block).
 */
import fc from 'fast-check';

import { createAnalyzer, segmentBlocks } from '..';
import type { EditorBlock } from '../types';

const SENTENCES = [
	'My patient Maria Lopez was admitted on 12 March.',
	'Call me on 07700 900123 if the rash spreads.',
	'This cream is 100% safe and works for everyone.',
	'Studies show that 70% of adults sleep too little.',
	'I will call her Rose; that is not her real name.',
	'Mr Okafor, aged 93, went home on Friday.',
	'You should double your dose of metformin tonight.',
	'Wash your hands before meals.',
	'The brand sent me these lozenges to try.',
	'Names and details in this post have been changed.',
	'Dana Reyes wrote this on her own behalf.',
];

/** One edit of the block list. */
type Edit =
	| { type: 'type'; at: number; text: string }
	| { type: 'insert'; at: number; text: string }
	| { type: 'delete'; at: number }
	| { type: 'move'; from: number; to: number }
	| { type: 'author'; name: string };

const sentence = fc.constantFrom( ...SENTENCES );

const edit: fc.Arbitrary< Edit > = fc.oneof(
	fc.record( {
		type: fc.constant( 'type' as const ),
		at: fc.nat(),
		text: fc.oneof( sentence, fc.string( { maxLength: 12 } ) ),
	} ),
	fc.record( {
		type: fc.constant( 'insert' as const ),
		at: fc.nat(),
		text: sentence,
	} ),
	fc.record( { type: fc.constant( 'delete' as const ), at: fc.nat() } ),
	fc.record( {
		type: fc.constant( 'move' as const ),
		from: fc.nat(),
		to: fc.nat(),
	} ),
	fc.record( {
		type: fc.constant( 'author' as const ),
		name: fc.constantFrom( 'Dana Reyes', 'Maria Lopez', '' ),
	} )
);

let ids = 0;

function paragraph( content: string ): EditorBlock {
	return {
		clientId: `p${ ids++ }`,
		name: 'core/paragraph',
		attributes: { content },
		innerBlocks: [],
	};
}

/**
 * Applies an edit as the block editor does: a changed block is a new object,
 * unchanged blocks keep theirs.
 * @param blocks The blocks (credentials block first).
 * @param change The edit.
 */
function apply( blocks: EditorBlock[], change: Edit ): EditorBlock[] {
	const next = [ ...blocks ];
	const body = next.length - 1;
	if ( change.type === 'author' ) {
		next[ 0 ] = {
			...next[ 0 ],
			attributes: { ...next[ 0 ].attributes, name: change.name },
		};
	} else if ( change.type === 'insert' ) {
		next.splice(
			1 + ( change.at % ( body + 1 ) ),
			0,
			paragraph( change.text )
		);
	} else if ( body > 0 && change.type === 'type' ) {
		const at = 1 + ( change.at % body );
		const old = next[ at ];
		next[ at ] = {
			...old,
			attributes: {
				content: `${ old.attributes.content } ${ change.text }`,
			},
		};
	} else if ( body > 0 && change.type === 'delete' ) {
		next.splice( 1 + ( change.at % body ), 1 );
	} else if ( body > 1 && change.type === 'move' ) {
		const [ moved ] = next.splice( 1 + ( change.from % body ), 1 );
		next.splice( 1 + ( change.to % ( body - 1 ) ), 0, moved );
	}
	return next;
}

describe( 'incremental analysis', () => {
	it( 'should give what a fresh analyzer gives after any sequence of edits', () => {
		fc.assert(
			fc.property(
				fc.array( sentence, { minLength: 1, maxLength: 14 } ),
				fc.array( edit, { minLength: 1, maxLength: 12 } ),
				( start, edits ) => {
					let blocks: EditorBlock[] = [
						{
							clientId: 'credentials',
							name: 'hcp-compliance/credentials',
							attributes: {
								name: 'Dana Reyes',
								credentials: 'RN',
							},
							innerBlocks: [],
						},
						...start.map( paragraph ),
					];
					const warm = createAnalyzer();
					warm.analyze( segmentBlocks( blocks ) );
					for ( const change of edits ) {
						blocks = apply( blocks, change );
						const post = segmentBlocks( blocks );
						expect( warm.analyze( post ) ).toEqual(
							createAnalyzer().analyze( post )
						);
					}
				}
			),
			{ numRuns: 200, seed: 20261125 }
		);
	} );
} );
