/**
 * A small adapter over the block editor's experimental annotations store,
 * which marks a range of a block's rich text without changing the content.
 *
 * Everything experimental is reached here and feature-detected, so the rest
 * of the sidebar keeps working (without highlights) if the API changes. The
 * store's script is not a dependency of the editor script: while loaded it
 * runs a selector for every block and every rich text on each change, so it
 * is loaded the first time the author asks to see a finding.
 */
import type { Finding } from '../engine/types';
import { locateRange, toRichTextValue } from './rich-text-range';

/** The annotation source; the editor renders marks with class `annotation-text-hcp-compliance`. */
export const ANNOTATION_SOURCE = 'hcp-compliance';

/** The annotations store's experimental actions, as far as this adapter uses them. */
interface AnnotationActions {
	__experimentalAddAnnotation?: ( annotation: {
		id?: string;
		source: string;
		blockClientId: string;
		richTextIdentifier: string;
		range: { start: number; end: number };
	} ) => void;
	__experimentalRemoveAnnotationsBySource?: ( source: string ) => void;
}

/** The registry calls the adapter needs. */
interface RegistryLike {
	select: ( store: string ) => unknown;
	dispatch: ( store: string ) => unknown;
}

/**
 * The annotation actions, when the store is there and has them.
 *
 * @param registry The editor's data registry.
 */
function getActions( registry: RegistryLike ): AnnotationActions | undefined {
	try {
		return registry.dispatch( 'core/annotations' ) as
			AnnotationActions | undefined;
	} catch {
		return undefined;
	}
}

/**
 * Whether the editor can highlight text.
 *
 * @param registry The editor's data registry.
 */
export function canHighlight( registry: RegistryLike ): boolean {
	const actions = getActions( registry );
	return (
		typeof actions?.__experimentalAddAnnotation === 'function' &&
		typeof actions?.__experimentalRemoveAnnotationsBySource === 'function'
	);
}

let loading: Promise< boolean > | undefined;

/**
 * Makes sure the annotations store is there, loading WordPress's
 * `wp-annotations` script once if needed (its URL comes from PHP).
 *
 * @param registry The editor's data registry.
 * @return Whether highlighting is available.
 */
export function loadAnnotations( registry: RegistryLike ): Promise< boolean > {
	if ( canHighlight( registry ) ) {
		return Promise.resolve( true );
	}
	const url = (
		globalThis as { hcpComplianceEditor?: { annotationsUrl?: string } }
	 ).hcpComplianceEditor?.annotationsUrl;
	if ( ! url || typeof document === 'undefined' ) {
		return Promise.resolve( false );
	}
	loading ??= new Promise( ( resolve ) => {
		const script = document.createElement( 'script' );
		script.src = url;
		script.onload = () => resolve( canHighlight( registry ) );
		script.onerror = () => {
			loading = undefined;
			resolve( false );
		};
		document.head.appendChild( script );
	} );
	return loading;
}

/**
 * Removes every highlight this plugin added.
 *
 * @param registry The editor's data registry.
 */
export function clearHighlights( registry: RegistryLike ): void {
	getActions( registry )?.__experimentalRemoveAnnotationsBySource?.(
		ANNOTATION_SOURCE
	);
}

/**
 * Highlights a finding's text in its block (replacing any earlier highlight).
 *
 * @param registry The editor's data registry.
 * @param finding  The finding; needs clientId, attribute and range.
 * @return True when a highlight was added.
 */
export function highlightFinding(
	registry: RegistryLike,
	finding: Pick<
		Finding,
		'clientId' | 'attribute' | 'range' | 'excerpt' | 'fingerprint'
	>
): boolean {
	const { clientId, attribute, range } = finding;
	if ( ! clientId || ! attribute || ! range || ! canHighlight( registry ) ) {
		return false;
	}
	const blockEditor = registry.select( 'core/block-editor' ) as {
		getBlockAttributes: ( id: string ) => Record< string, unknown > | null;
	};
	const value = toRichTextValue(
		blockEditor.getBlockAttributes( clientId )?.[ attribute ]
	);
	const at = value && locateRange( value.text, range, finding.excerpt );
	if ( ! at ) {
		return false;
	}
	const actions = getActions( registry ) as Required< AnnotationActions >;
	actions.__experimentalRemoveAnnotationsBySource( ANNOTATION_SOURCE );
	actions.__experimentalAddAnnotation( {
		id: `${ ANNOTATION_SOURCE }-${ finding.fingerprint }`,
		source: ANNOTATION_SOURCE,
		blockClientId: clientId,
		richTextIdentifier: attribute,
		range: { start: at[ 0 ], end: at[ 1 ] },
	} );
	return true;
}
