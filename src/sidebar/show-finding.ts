/**
 * The "Show" action: select the finding's block, scroll to it and highlight the text.
 */
import type { Finding } from '../engine/types';
import { highlightFinding, loadAnnotations } from './annotations';

/** The registry calls this action makes. */
interface RegistryLike {
	select: ( store: string ) => unknown;
	dispatch: ( store: string ) => unknown;
}

/**
 * The block's element, in the editor canvas iframe or in the page itself.
 *
 * @param clientId The block's client ID.
 */
function findBlockElement( clientId: string ): HTMLElement | null {
	const id = `block-${ clientId }`;
	const iframe = document.querySelector< HTMLIFrameElement >(
		'iframe[name="editor-canvas"]'
	);
	return (
		iframe?.contentDocument?.getElementById( id ) ??
		document.getElementById( id )
	);
}

/**
 * Whether a finding points at a block the user can be taken to.
 *
 * @param finding The finding.
 */
export function canShow( finding: Finding ): boolean {
	return !! finding.clientId;
}

/**
 * Selects the finding's block without moving keyboard focus out of the
 * sidebar, scrolls it into view and highlights the finding's text.
 *
 * @param registry The editor's data registry.
 * @param finding  The finding.
 * @return Resolves to true when the exact text was highlighted.
 */
export async function showFinding(
	registry: RegistryLike,
	finding: Finding
): Promise< boolean > {
	const { clientId } = finding;
	if ( ! clientId ) {
		return false;
	}
	const blockEditor = registry.dispatch( 'core/block-editor' ) as {
		selectBlock: ( id: string, initialPosition?: number | null ) => void;
		clearSelectedBlock: () => void;
	};
	/*
	 * A caret left in the block's text would take focus back when the mark is
	 * applied; selecting the block afresh, with a null initial position,
	 * selects it as a whole and keeps focus on the sidebar button.
	 */
	blockEditor.clearSelectedBlock();
	blockEditor.selectBlock( clientId, null );
	const reduceMotion =
		typeof window.matchMedia === 'function' &&
		window.matchMedia( '(prefers-reduced-motion: reduce)' ).matches;
	findBlockElement( clientId )?.scrollIntoView( {
		block: 'center',
		behavior: reduceMotion ? 'auto' : 'smooth',
	} );
	return ( await loadAnnotations( registry ) )
		? highlightFinding( registry, finding )
		: false;
}
