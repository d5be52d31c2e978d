/**
 * The annotations adapter: highlights exactly the finding's text, and stays
 * quiet where the editor has no annotations store.
 */
import type { Finding } from '../../engine/types';
import {
	ANNOTATION_SOURCE,
	canHighlight,
	clearHighlights,
	highlightFinding,
} from '../annotations';

/**
 * A registry with a paragraph and, optionally, the annotations store.
 *
 * @param withStore Whether `core/annotations` is registered.
 */
function fakeRegistry( withStore: boolean ) {
	const added: unknown[] = [];
	const removed: string[] = [];
	const annotations = {
		__experimentalAddAnnotation: ( annotation: unknown ) =>
			added.push( annotation ),
		__experimentalRemoveAnnotationsBySource: ( source: string ) =>
			removed.push( source ),
	};
	return {
		added,
		removed,
		registry: {
			select: () => ( {
				getBlockAttributes: ( clientId: string ) =>
					clientId === 'p'
						? {
								content:
									'Yesterday I saw <strong>Maria Lopez</strong> in clinic.',
							}
						: null,
			} ),
			dispatch: ( store: string ) =>
				store === 'core/annotations' && withStore
					? annotations
					: undefined,
		},
	};
}

const finding = {
	clientId: 'p',
	attribute: 'content',
	range: [ 16, 27 ],
	excerpt: 'Maria Lopez',
	fingerprint: 'abc',
} as Finding;

describe( 'highlightFinding', () => {
	it( 'should mark the finding’s text and nothing else', () => {
		const { registry, added, removed } = fakeRegistry( true );
		expect( highlightFinding( registry, finding ) ).toBe( true );
		expect( removed ).toEqual( [ ANNOTATION_SOURCE ] );
		expect( added ).toEqual( [
			{
				id: 'hcp-compliance-abc',
				source: 'hcp-compliance',
				blockClientId: 'p',
				richTextIdentifier: 'content',
				range: { start: 16, end: 27 },
			},
		] );
	} );

	it( 'should do nothing when the text is no longer there', () => {
		const { registry, added } = fakeRegistry( true );
		expect(
			highlightFinding( registry, { ...finding, excerpt: 'John Smith' } )
		).toBe( false );
		expect( added ).toEqual( [] );
	} );

	it( 'should do nothing where the editor has no annotations store', () => {
		const { registry } = fakeRegistry( false );
		expect( canHighlight( registry ) ).toBe( false );
		expect( highlightFinding( registry, finding ) ).toBe( false );
		expect( () => clearHighlights( registry ) ).not.toThrow();
	} );
} );
