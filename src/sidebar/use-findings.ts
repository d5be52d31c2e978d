/**
 * Live analysis of the post being edited, kept off the keystroke path.
 *
 * A store listener only compares the block list's reference on each change
 * and restarts a short timer; when typing pauses, the top-level blocks that
 * changed are copied as plain data and sent to a web worker, which keeps the
 * rest and re-checks only the changed text. Where a worker cannot start, the
 * same analysis runs on the main thread in idle time.
 */
import { getLocaleData } from '@wordpress/i18n';
import { useRegistry, useSelect } from '@wordpress/data';
import { useMemo, useSyncExternalStore } from '@wordpress/element';
import type { AnalyzeOptions, Finding } from '../engine/types';
import type {
	FromWorker,
	PlainBlock,
	RuleInfo,
	ToWorker,
} from '../worker/protocol';
import { store as policyStore } from '../store';
import { createBlockTracker } from './block-snapshot';
import type { EditorBlockLike } from './block-snapshot';

/** Quiet time after the last change before the post is analysed again. */
export const DEBOUNCE_MS = 300;

/** What the sidebar, the summary and the announcer read. */
export interface FindingsState {
	findings: Finding[];
	/** True from the first change until the analysis of the latest text is in. */
	isPending: boolean;
	/** Purpose and guideline of each rule, keyed by rule ID. */
	rules: Record< string, RuleInfo >;
	/** True once a first analysis has finished. */
	hasResult: boolean;
	/** How the analysis runs: in a worker, or in idle time on the main thread. */
	mode: 'worker' | 'idle' | 'none';
	/** Duration of the last analysis in milliseconds (for the benchmark). */
	lastDuration: number;
}

/** Where analyses run. */
interface Backend {
	mode: FindingsState[ 'mode' ];
	rules: Promise< Record< string, RuleInfo > >;
	setOptions: ( options: AnalyzeOptions ) => void;
	analyze: (
		order: string[],
		changed: PlainBlock[]
	) => Promise< { findings: Finding[]; ms: number } >;
	dispose: () => void;
}

/** The minimum of a `@wordpress/data` registry the service uses. */
type Registry = ReturnType< typeof useRegistry >;

/*
 * Captured while the editor script is being evaluated: afterwards
 * `document.currentScript` is null. The worker bundle sits beside it.
 */
const scriptUrl =
	typeof document !== 'undefined'
		? ( document.currentScript as HTMLScriptElement | null )?.src
		: undefined;

/**
 * The worker script's URL: from the editor settings or a global set by PHP if
 * present, else beside the editor script (same version query, for caching).
 *
 * @param registry The editor's data registry.
 */
function getWorkerUrl( registry: Registry ): string | undefined {
	const settings = registry.select( 'core/block-editor' )?.getSettings?.() as
		{ hcpCompliance?: { workerUrl?: string } } | undefined;
	const global = (
		globalThis as { hcpComplianceEditor?: { workerUrl?: string } }
	 ).hcpComplianceEditor;
	const configured = settings?.hcpCompliance?.workerUrl ?? global?.workerUrl;
	if ( configured ) {
		return configured;
	}
	if ( ! scriptUrl ) {
		return undefined;
	}
	const url = new URL( 'analyzer-worker.js', scriptUrl );
	url.search = new URL( scriptUrl ).search;
	return url.href;
}

/**
 * Starts the analyzer in a web worker; rejects pending analyses if it fails.
 *
 * @param url     The worker script's URL.
 * @param options The practice policy.
 */
function createWorkerBackend( url: string, options: AnalyzeOptions ): Backend {
	const worker = new Worker( url );
	const pending = new Map<
		number,
		{
			resolve: ( result: { findings: Finding[]; ms: number } ) => void;
			reject: ( error: Error ) => void;
		}
	>();
	let nextId = 1;
	let failure: Error | undefined;
	let resolveRules: ( rules: Record< string, RuleInfo > ) => void = () => {};
	const rules = new Promise< Record< string, RuleInfo > >( ( resolve ) => {
		resolveRules = resolve;
	} );

	const fail = ( error: Error ) => {
		failure = error;
		for ( const { reject } of pending.values() ) {
			reject( error );
		}
		pending.clear();
	};

	worker.addEventListener(
		'message',
		( event: MessageEvent< FromWorker > ) => {
			const message = event.data;
			if ( message.type === 'ready' ) {
				resolveRules( message.rules );
			} else if ( message.type === 'result' ) {
				pending.get( message.id )?.resolve( message );
				pending.delete( message.id );
			} else if ( message.type === 'error' ) {
				const error = new Error( message.message );
				if ( message.id === undefined ) {
					fail( error );
				} else {
					pending.get( message.id )?.reject( error );
					pending.delete( message.id );
				}
			}
		}
	);
	// A script that fails to load or evaluate surfaces only as this event.
	worker.addEventListener( 'error', ( event ) => {
		event.preventDefault();
		fail( new Error( event.message || 'The analyzer worker failed.' ) );
	} );

	const send = ( message: ToWorker ) => worker.postMessage( message );
	send( {
		type: 'init',
		// The default header holds a plural-forms function, which cannot be cloned.
		localeData: JSON.parse(
			JSON.stringify( getLocaleData( 'hcp-compliance' ) )
		),
		options,
	} );

	return {
		mode: 'worker',
		rules,
		setOptions: ( nextOptions ) =>
			send( { type: 'options', options: nextOptions } ),
		analyze( order, changed ) {
			if ( failure ) {
				return Promise.reject( failure );
			}
			const id = nextId++;
			return new Promise( ( resolve, reject ) => {
				pending.set( id, { resolve, reject } );
				send( { type: 'analyze', id, order, changed } );
			} );
		},
		dispose: () => worker.terminate(),
	};
}

/**
 * Waits for idle time on the main thread (or a short timeout where
 * `requestIdleCallback` is missing), so analysis never competes with typing.
 */
function whenIdle(): Promise< void > {
	return new Promise( ( resolve ) => {
		if ( typeof requestIdleCallback === 'function' ) {
			requestIdleCallback( () => resolve(), { timeout: 150 } );
		} else {
			setTimeout( resolve, 1 );
		}
	} );
}

/**
 * Runs the analyzer on the main thread in idle time; the engine is loaded
 * on demand, so the editor script stays small when the worker works.
 *
 * @param options The practice policy.
 */
function createIdleBackend( options: AnalyzeOptions ): Backend {
	const loaded = import(
		/* webpackChunkName: "analyzer" */ '../worker/analysis-session'
	).then( ( module ) => ( {
		module,
		session: module.createAnalysisSession( options ),
	} ) );
	return {
		mode: 'idle',
		rules: loaded.then( ( { module } ) => module.getRuleInfo() ),
		setOptions( nextOptions ) {
			void loaded.then( ( { session } ) =>
				session.setOptions( nextOptions )
			);
		},
		async analyze( order, changed ) {
			const { session } = await loaded;
			await whenIdle();
			const started = performance.now();
			const findings = session.update( order, changed );
			return { findings, ms: performance.now() - started };
		},
		dispose() {},
	};
}

/**
 * The analyzer options from the practice policy store, when it is there.
 *
 * @param registry The editor's data registry.
 */
function getPolicyOptions( registry: Registry ): AnalyzeOptions {
	const policy = registry.select( policyStore );
	const options: AnalyzeOptions = { rules: policy.getRuleSettings() };
	const contacts = policy.getPolicy().officialContacts;
	if ( contacts?.length ) {
		options.officialContacts = contacts;
	}
	return options;
}

/** A findings source shared by every component of one editor. */
export interface FindingsService {
	subscribe: ( listener: () => void ) => () => void;
	getSnapshot: () => FindingsState;
}

/** Dependencies of the service, replaceable in tests. */
export interface FindingsServiceOptions {
	createBackend?: ( options: AnalyzeOptions ) => Backend;
	debounceMs?: number;
}

/**
 * Creates the findings service for a registry; it listens to the editor only
 * while something subscribes to it.
 *
 * @param registry The editor's data registry.
 * @param settings Overrides for tests.
 */
export function createFindingsService(
	registry: Registry,
	settings: FindingsServiceOptions = {}
): FindingsService {
	const debounceMs = settings.debounceMs ?? DEBOUNCE_MS;
	const listeners = new Set< () => void >();
	const tracker = createBlockTracker();
	let state: FindingsState = {
		findings: [],
		isPending: true,
		rules: {},
		hasResult: false,
		mode: 'none',
		lastDuration: 0,
	};
	let backend: Backend | undefined;
	let unsubscribeStore: ( () => void ) | undefined;
	let timer: ReturnType< typeof setTimeout > | undefined;
	let lastBlocks: unknown;
	let lastPolicy: unknown;
	let optionsKey: string | undefined;
	let running = false;
	let runAgain = false;

	const setState = ( next: Partial< FindingsState > ) => {
		state = { ...state, ...next };
		listeners.forEach( ( listener ) => listener() );
	};

	const startBackend = ( options: AnalyzeOptions ): Backend => {
		if ( settings.createBackend ) {
			return settings.createBackend( options );
		}
		const url = getWorkerUrl( registry );
		if ( url && typeof Worker === 'function' ) {
			try {
				return createWorkerBackend( url, options );
			} catch ( error ) {
				// A blocked or cross-origin worker: analyse in idle time instead.
				// eslint-disable-next-line no-console
				console.warn(
					'HCP Compliance: the analyzer worker could not start; analysing in idle time instead.',
					error
				);
			}
		}
		return createIdleBackend( options );
	};

	const switchBackend = ( next: Backend ) => {
		backend = next;
		setState( { mode: next.mode } );
		void next.rules.then( ( rules ) => {
			if ( backend === next ) {
				setState( { rules } );
			}
		} );
	};

	const run = async (): Promise< void > => {
		if ( running ) {
			runAgain = true;
			return;
		}
		running = true;
		try {
			const options = getPolicyOptions( registry );
			const key = JSON.stringify( options );
			if ( ! backend ) {
				switchBackend( startBackend( options ) );
			} else if ( key !== optionsKey ) {
				backend.setOptions( options );
			}
			const optionsChanged = key !== optionsKey;
			optionsKey = key;
			const blocks = registry
				.select( 'core/block-editor' )
				.getBlocks() as EditorBlockLike[];
			const changes = tracker.diff( blocks );
			if ( ! changes.hasChanges && ! optionsChanged && state.hasResult ) {
				setState( { isPending: false } );
				return;
			}
			const current = backend as Backend;
			try {
				const result = await current.analyze(
					changes.order,
					changes.changed
				);
				setState( {
					findings: result.findings,
					lastDuration: result.ms,
					hasResult: true,
					isPending: runAgain,
				} );
			} catch ( error ) {
				if ( current.mode !== 'worker' ) {
					// Keep the last findings; the next change starts afresh.
					// eslint-disable-next-line no-console
					console.warn( 'HCP Compliance: analysis failed.', error );
					current.dispose();
					backend = undefined;
					tracker.reset();
					setState( { isPending: false } );
					return;
				}
				// The worker is gone: resend every block to a main-thread analyzer.
				// eslint-disable-next-line no-console
				console.warn(
					'HCP Compliance: the analyzer worker failed; analysing in idle time instead.',
					error
				);
				current.dispose();
				tracker.reset();
				switchBackend( createIdleBackend( options ) );
				runAgain = true;
			}
		} finally {
			running = false;
			if ( runAgain ) {
				runAgain = false;
				void run();
			}
		}
	};

	// Runs on every store change, so it only compares references.
	const onStoreChange = () => {
		const blocks = registry.select( 'core/block-editor' ).getBlocks();
		// Memoised by the store: a new reference means the policy changed.
		const policy = registry.select( policyStore ).getRuleSettings();
		if ( blocks === lastBlocks && policy === lastPolicy ) {
			return;
		}
		lastBlocks = blocks;
		lastPolicy = policy;
		if ( ! state.isPending ) {
			setState( { isPending: true } );
		}
		clearTimeout( timer );
		timer = setTimeout( () => void run(), debounceMs );
	};

	const start = () => {
		// Only the blocks and the policy matter; other stores change on every keystroke too.
		const unsubscribers = [
			registry.subscribe( onStoreChange, 'core/block-editor' ),
			registry.subscribe( onStoreChange, policyStore ),
		];
		unsubscribeStore = () => unsubscribers.forEach( ( off ) => off() );
		lastBlocks = registry.select( 'core/block-editor' ).getBlocks();
		lastPolicy = registry.select( policyStore ).getRuleSettings();
		void run();
	};

	const stop = () => {
		unsubscribeStore?.();
		unsubscribeStore = undefined;
		clearTimeout( timer );
	};

	return {
		subscribe( listener ) {
			listeners.add( listener );
			if ( listeners.size === 1 && ! unsubscribeStore ) {
				start();
			}
			return () => {
				listeners.delete( listener );
				if ( listeners.size === 0 ) {
					stop();
				}
			};
		},
		getSnapshot: () => state,
	};
}

const services = new WeakMap< object, FindingsService >();

/**
 * The findings service of a registry, created on first use.
 *
 * @param registry The editor's data registry.
 */
export function getFindingsService( registry: Registry ): FindingsService {
	let service = services.get( registry );
	if ( ! service ) {
		service = createFindingsService( registry );
		services.set( registry, service );
	}
	return service;
}

/**
 * The whole analysis state (findings, rule explanations, mode) of the post being edited.
 */
export function useFindingsState(): FindingsState {
	const service = getFindingsService( useRegistry() );
	return useSyncExternalStore( service.subscribe, service.getSnapshot );
}

/**
 * The post's current findings, updated shortly after typing pauses.
 */
export function useFindings(): { findings: Finding[]; isPending: boolean } {
	const { findings, isPending } = useFindingsState();
	return { findings, isPending };
}

/** The findings the author has not dismissed, and the analysis state. */
export type ActiveFindings = Pick<
	FindingsState,
	'findings' | 'isPending' | 'rules' | 'mode'
>;

/**
 * The findings the author has not dismissed, for the hint list, the summary
 * and the announcements (read once at the plugin's root and passed down).
 */
export function useActiveFindings(): ActiveFindings {
	const registry = useRegistry();
	const { findings, isPending, rules, mode } = useFindingsState();
	// The dismissal list's reference changes whenever a dismissal is added or restored.
	const dismissals = useSelect(
		( select ) => select( policyStore ).getDismissals(),
		[]
	);
	const active = useMemo( () => {
		const policy = registry.select( policyStore );
		return findings.filter(
			( finding ) => ! policy.isFindingDismissed( finding.fingerprint )
		);
		// eslint-disable-next-line react-hooks/exhaustive-deps -- the dismissals are what changes the filter.
	}, [ findings, dismissals, registry ] );
	return { findings: active, isPending, rules, mode };
}
