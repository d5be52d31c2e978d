/**
 * Web worker that runs the compliance analyzer off the editor's main thread.
 *
 * The editor sends only the top-level blocks that changed; the session keeps
 * the rest, and the analyzer's cache re-checks only the changed text.
 */
import { setLocaleData } from '@wordpress/i18n';
import { createAnalysisSession, getRuleInfo } from './analysis-session';
import type { AnalysisSession } from './analysis-session';
import type { FromWorker, ToWorker } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

let session: AnalysisSession | undefined;

/**
 * Posts a typed message to the editor.
 *
 * @param message The message.
 */
function reply( message: FromWorker ) {
	scope.postMessage( message );
}

scope.addEventListener( 'message', ( event: MessageEvent< ToWorker > ) => {
	const message = event.data;
	try {
		switch ( message.type ) {
			case 'init':
				if ( message.localeData ) {
					setLocaleData( message.localeData, 'hcp-compliance' );
				}
				session = createAnalysisSession( message.options );
				reply( { type: 'ready', rules: getRuleInfo() } );
				break;
			case 'options':
				session?.setOptions( message.options );
				break;
			case 'analyze': {
				session ??= createAnalysisSession();
				const started = performance.now();
				const findings = session.update(
					message.order,
					message.changed
				);
				reply( {
					type: 'result',
					id: message.id,
					findings,
					ms: performance.now() - started,
				} );
				break;
			}
		}
	} catch ( error ) {
		reply( {
			type: 'error',
			id: message.type === 'analyze' ? message.id : undefined,
			message: error instanceof Error ? error.message : String( error ),
		} );
	}
} );
