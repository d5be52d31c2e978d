/**
 * Fixes: what they change in the text, and when they add, complete or only select a block.
 */
import { RichTextData } from '@wordpress/rich-text';
import { planFix, replaceInRichText } from '../apply-fix';
import { locateRange } from '../rich-text-range';

const noValue = () => undefined;

describe( 'replaceInRichText', () => {
	it( 'should redact a name and keep the formatting around it', () => {
		expect(
			replaceInRichText(
				'I saw <strong>Maria Lopez</strong>, MRN 123456, today.',
				[ 6, 17 ],
				'[patient]',
				'Maria Lopez'
			)
		).toBe( 'I saw <strong>[patient]</strong>, MRN 123456, today.' );
	} );

	it( 'should find the excerpt when the text moved since the analysis', () => {
		expect(
			replaceInRichText(
				'Yesterday I saw Maria Lopez.',
				[ 6, 17 ],
				'[patient]',
				'Maria Lopez'
			)
		).toBe( 'Yesterday I saw [patient].' );
	} );

	it( 'should change nothing when the excerpt is gone', () => {
		expect(
			replaceInRichText(
				'I saw a patient.',
				[ 6, 17 ],
				'[patient]',
				'Maria Lopez'
			)
		).toBeUndefined();
	} );

	it( 'should keep rich text data as rich text data', () => {
		const next = replaceInRichText(
			RichTextData.fromHTMLString( 'Call <em>555-0100</em> now' ),
			[ 5, 13 ],
			'[phone]',
			'555-0100'
		);
		expect( next ).toBeInstanceOf( RichTextData );
		expect( String( next ) ).toBe( 'Call <em>[phone]</em> now' );
	} );

	it( 'should escape the replacement text', () => {
		expect(
			replaceInRichText( 'Dr <b>X</b>', [ 3, 4 ], '<you>', 'X' )
		).toBe( 'Dr <b>&lt;you></b>' );
	} );
} );

describe( 'locateRange', () => {
	it( 'should step over inline images, which are one character in rich text', () => {
		expect( locateRange( 'a\ufffcb Maria', [ 3, 8 ], 'Maria' ) ).toEqual( [
			4, 9,
		] );
	} );

	it( 'should pick the occurrence nearest to the analysed position', () => {
		expect(
			locateRange( 'Ann and Ann and Ann', [ 9, 12 ], 'Ann' )
		).toEqual( [ 8, 11 ] );
	} );
} );

describe( 'planFix', () => {
	const disclaimer = {
		type: 'insert-block' as const,
		name: 'hcp-compliance/disclaimer',
		attributes: { text: 'General information only.' },
		position: 'end' as const,
	};

	it( 'should insert the disclaimer at the end when the post has none', () => {
		expect(
			planFix(
				disclaimer,
				{},
				[ { clientId: 'a', name: 'core/paragraph' } ],
				1,
				noValue
			)
		).toEqual( {
			type: 'insert',
			name: 'hcp-compliance/disclaimer',
			attributes: { text: 'General information only.' },
			index: 1,
		} );
	} );

	it( 'should select the existing disclaimer instead of adding a second one', () => {
		expect(
			planFix(
				disclaimer,
				{},
				[
					{ clientId: 'a', name: 'core/paragraph' },
					{ clientId: 'd', name: 'hcp-compliance/disclaimer' },
				],
				2,
				noValue
			)
		).toEqual( { type: 'select', clientId: 'd' } );
	} );

	it( 'should complete the existing credentials block', () => {
		expect(
			planFix(
				{
					type: 'update-block',
					name: 'hcp-compliance/credentials',
					attributes: { capacity: 'independent' },
				},
				{},
				[ { clientId: 'c', name: 'hcp-compliance/credentials' } ],
				1,
				noValue
			)
		).toEqual( {
			type: 'update',
			clientId: 'c',
			attributes: { capacity: 'independent' },
		} );
	} );

	it( 'should replace text in the attribute the finding points at', () => {
		expect(
			planFix(
				{ type: 'replace', range: [ 4, 15 ], text: '[name]' },
				{ clientId: 'p', attribute: 'content', excerpt: 'Maria Lopez' },
				[ { clientId: 'p', name: 'core/paragraph' } ],
				1,
				( clientId, attribute ) =>
					clientId === 'p' && attribute === 'content'
						? 'Met Maria Lopez.'
						: undefined
			)
		).toEqual( {
			type: 'replace',
			clientId: 'p',
			attribute: 'content',
			value: 'Met [name].',
		} );
	} );

	it( 'should do nothing when the text to replace has changed', () => {
		expect(
			planFix(
				{ type: 'replace', range: [ 4, 15 ], text: '[name]' },
				{ clientId: 'p', attribute: 'content', excerpt: 'Maria Lopez' },
				[],
				1,
				() => 'Met someone.'
			)
		).toEqual( { type: 'stale' } );
	} );
} );
