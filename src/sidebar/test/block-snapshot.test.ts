/**
 * Only the blocks that changed since the last analysis are sent to the analyzer.
 */
import { RichTextData } from '@wordpress/rich-text';
import { createBlockTracker, toPlainBlock } from '../block-snapshot';

/**
 * A paragraph block as the editor holds it.
 *
 * @param clientId Client ID.
 * @param content  Its text.
 */
function paragraph( clientId: string, content: string ) {
	return {
		clientId,
		name: 'core/paragraph',
		attributes: { content: RichTextData.fromHTMLString( content ) },
		innerBlocks: [],
	};
}

describe( 'createBlockTracker', () => {
	it( 'should send every block the first time and none when nothing changed', () => {
		const tracker = createBlockTracker();
		const blocks = [ paragraph( 'a', 'One' ), paragraph( 'b', 'Two' ) ];
		expect( tracker.diff( blocks ).changed ).toHaveLength( 2 );
		const again = tracker.diff( blocks );
		expect( again.changed ).toEqual( [] );
		expect( again.hasChanges ).toBe( false );
	} );

	it( 'should send only the edited block', () => {
		const tracker = createBlockTracker();
		const first = paragraph( 'a', 'One' );
		tracker.diff( [ first, paragraph( 'b', 'Two' ) ] );
		const changes = tracker.diff( [ first, paragraph( 'b', 'Two!' ) ] );
		expect( changes.changed.map( ( block ) => block.clientId ) ).toEqual( [
			'b',
		] );
		expect( changes.changed[ 0 ].attributes.content ).toBe( 'Two!' );
	} );

	it( 'should report a removed block through the order alone', () => {
		const tracker = createBlockTracker();
		const a = paragraph( 'a', 'One' );
		tracker.diff( [ a, paragraph( 'b', 'Two' ) ] );
		const changes = tracker.diff( [ a ] );
		expect( changes ).toEqual( {
			order: [ 'a' ],
			changed: [],
			hasChanges: true,
		} );
	} );
} );

describe( 'toPlainBlock', () => {
	it( 'should turn rich text into HTML and drop what cannot be cloned', () => {
		const plain = toPlainBlock( {
			clientId: 'q',
			name: 'core/quote',
			attributes: {
				citation: RichTextData.fromHTMLString( '<em>BMJ</em>' ),
				onSomething: () => {},
				list: [ { a: 1 } ],
			},
			innerBlocks: [ paragraph( 'p', 'Hi' ) ],
		} );
		expect( plain ).toEqual( {
			clientId: 'q',
			name: 'core/quote',
			attributes: { citation: '<em>BMJ</em>', list: [ { a: 1 } ] },
			innerBlocks: [
				{
					clientId: 'p',
					name: 'core/paragraph',
					attributes: { content: 'Hi' },
					innerBlocks: [],
				},
			],
		} );
		expect( JSON.parse( JSON.stringify( plain ) ) ).toEqual( plain );
	} );
} );
