/**
 * The publish gate: while a finding of a rule the practice requires is
 * neither fixed, dismissed nor overridden, the post cannot be published.
 *
 * WordPress 6.7 and later run the `editor.preSavePost` filter before every
 * save, and the gate refuses a publishing save there. Older editors (6.6, the
 * 6.7 alphas) lack it, so the gate locks post saving instead while publishing
 * is in view (the pre-publish panel is open, pre-publish checks are off, or
 * the post is already public), which disables the Publish and Update buttons,
 * and explains why in a notice.
 */
import { useRegistry, useSelect } from '@wordpress/data';
import { useEffect, useMemo } from '@wordpress/element';
import * as hooks from '@wordpress/hooks';
import { __, _n, sprintf } from '@wordpress/i18n';
import type { Finding } from '../engine/types';
import { getRuleTitle } from '../settings/rule-catalog';
import { store as policyStore } from '../store';
import type { PolicyLevel } from '../store/types';
import { openComplianceSidebar } from './document-summary';
import { useFindings } from './use-findings';

/** Lock name for `lockPostSaving`, and id of the notice that explains it. */
export const GATE_LOCK = 'hcp-compliance';
const GATE_NOTICE = 'hcp-compliance-publish-gate';

/** Statuses that make a post public when saved. */
const PUBLISHING_STATUSES = [ 'publish', 'future' ];

/** Findings split by what they mean for publishing. */
export interface GateState {
	/** Required, not dismissed, not overridden: publishing waits for these. */
	blocking: Finding[];
	/** Required but overridden by an allowed user. */
	overridden: Finding[];
	/** Advice: shown, never blocking. */
	advised: Finding[];
}

/** What classifyFindings needs to know about the policy and the audit trail. */
export interface GatePolicy {
	getRuleLevel: ( ruleId: string ) => PolicyLevel;
	isFindingDismissed: ( fingerprint: string ) => boolean;
	hasOverride: ( fingerprint: string ) => boolean;
}

/**
 * Splits findings into blocking, overridden and advised ones; off and dismissed findings drop out.
 *
 * @param findings Findings of the post.
 * @param policy   Policy and audit lookups.
 * @return The gate state.
 */
export function classifyFindings(
	findings: readonly Finding[],
	policy: GatePolicy
): GateState {
	const state: GateState = { blocking: [], overridden: [], advised: [] };
	for ( const finding of findings ) {
		const level = policy.getRuleLevel( finding.ruleId );
		if (
			level === 'off' ||
			policy.isFindingDismissed( finding.fingerprint )
		) {
			continue;
		}
		if ( level !== 'require' ) {
			state.advised.push( finding );
		} else if ( policy.hasOverride( finding.fingerprint ) ) {
			state.overridden.push( finding );
		} else {
			state.blocking.push( finding );
		}
	}
	return state;
}

/**
 * Why publishing is stopped and what to do, in one message.
 *
 * @param blocking Blocking findings.
 * @return Message.
 */
export function getGateMessage( blocking: readonly Finding[] ): string {
	const rules = Array.from(
		new Set( blocking.map( ( finding ) => getRuleTitle( finding.ruleId ) ) )
	).join( ', ' );
	return sprintf(
		/* translators: 1: number of problems, 2: names of the rules, comma-separated. */
		_n(
			'Publishing is blocked: %1$d problem the practice policy requires you to fix (%2$s). Fix it from the Compliance sidebar, or dismiss it there with a reason if it does not apply.',
			'Publishing is blocked: %1$d problems the practice policy requires you to fix (%2$s). Fix them from the Compliance sidebar, or dismiss them there with a reason if they do not apply.',
			blocking.length,
			'hcp-compliance'
		),
		blocking.length,
		rules
	);
}

/**
 * Whether this editor runs the `editor.preSavePost` filter (it came with `applyFiltersAsync`).
 *
 * @return True on WordPress 6.7 and later.
 */
export function hasPreSavePostFilter(): boolean {
	return (
		typeof ( hooks as Record< string, unknown > ).applyFiltersAsync ===
		'function'
	);
}

/**
 * The `editor.preSavePost` callback: refuses a save that would make the post public while something blocks.
 *
 * @param edits              Edits being saved.
 * @param options            Save options.
 * @param options.isAutosave Whether this is an autosave.
 * @param options.isPreview  Whether this is a preview.
 * @param status             Status the post will have after the save.
 * @param blocking           Blocking findings.
 * @return The edits, unchanged.
 */
export function checkBeforeSave< T >(
	edits: T,
	options: { isAutosave?: boolean; isPreview?: boolean } | undefined,
	status: unknown,
	blocking: readonly Finding[]
): T {
	if (
		! options?.isAutosave &&
		! options?.isPreview &&
		PUBLISHING_STATUSES.includes( status as string ) &&
		blocking.length > 0
	) {
		throw new Error( getGateMessage( blocking ) );
	}
	return edits;
}

// The filter reads the latest state the gate component computed.
let currentBlocking: Finding[] = [];
let currentPending = false;
let settled: Array< () => void > = [];
let filterAdded = false;

/** Longest wait for the latest text to be checked before a save is judged on what is known. */
export const SETTLE_TIMEOUT_MS = 5000;

/**
 * Resolves once the analysis has caught up with the latest text (or after a timeout).
 *
 * @return Promise.
 */
function analysisSettled(): Promise< void > {
	if ( ! currentPending ) {
		return Promise.resolve();
	}
	return new Promise( ( resolve ) => {
		settled.push( resolve );
		setTimeout( resolve, SETTLE_TIMEOUT_MS );
	} );
}

/**
 * The `editor.preSavePost` callback: a publishing save first waits for a pending analysis, so a quick click cannot slip through, then is refused while something blocks.
 *
 * @param getStatus       Reads the status the post will be saved with.
 * @param getBlocking     Reads the blocking findings.
 * @param waitForAnalysis Resolves once the analysis has caught up.
 * @return The filter callback.
 */
export function createPreSavePostFilter(
	getStatus: () => unknown,
	getBlocking: () => readonly Finding[],
	waitForAnalysis: () => Promise< void >
) {
	return async < T >(
		edits: T,
		options?: { isAutosave?: boolean; isPreview?: boolean }
	): Promise< T > => {
		if (
			! options?.isAutosave &&
			PUBLISHING_STATUSES.includes( getStatus() as string )
		) {
			await waitForAnalysis();
		}
		return checkBeforeSave( edits, options, getStatus(), getBlocking() );
	};
}

/**
 * Adds the `editor.preSavePost` filter once.
 *
 * @param getStatus Reads the status the post will be saved with.
 */
function addPreSaveFilter( getStatus: () => unknown ): void {
	if ( filterAdded ) {
		return;
	}
	filterAdded = true;
	hooks.addFilter(
		'editor.preSavePost',
		'hcp-compliance/publish-gate',
		createPreSavePostFilter(
			getStatus,
			() => currentBlocking,
			analysisSettled
		)
	);
}

/** The parts of `core/editor` the gate reads and calls. */
interface EditorSelectors {
	getEditedPostAttribute: ( name: string ) => unknown;
	isPublishSidebarOpened: () => boolean;
	isPublishSidebarEnabled: () => boolean;
	isCurrentPostPublished: () => boolean;
	isCurrentPostScheduled: () => boolean;
}
interface EditorActions {
	lockPostSaving: ( name: string ) => void;
	unlockPostSaving: ( name: string ) => void;
	closePublishSidebar?: () => void;
}
interface NoticeActions {
	createNotice: (
		status: string,
		content: string,
		options: Record< string, unknown >
	) => void;
	removeNotice: ( id: string ) => void;
}

/**
 * The post's findings split for publishing, kept current as findings, policy and audit trail change.
 *
 * @return Gate state and whether the analysis is catching up.
 */
export function usePublishGate(): GateState & { isPending: boolean } {
	const { findings, isPending } = useFindings();
	// Any change to the policy or the trail yields new references here.
	const { policy, trail } = useSelect(
		( select ) => ( {
			policy: select( policyStore ).getPolicy(),
			trail: select( policyStore ).getAuditTrail(),
		} ),
		[]
	);
	const registry = useRegistry();
	const state = useMemo( () => {
		const selectors = registry.select( policyStore );
		return classifyFindings( findings, {
			getRuleLevel: selectors.getRuleLevel,
			isFindingDismissed: selectors.isFindingDismissed,
			hasOverride: selectors.hasOverride,
		} );
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [ findings, policy, trail, registry ] );
	return { ...state, isPending };
}

/**
 * Enforces the gate: the pre-save filter where the editor has it, else the save lock and its notice.
 *
 * @param onRequestOverride Opens the override form; offered in the notice to users allowed to override.
 * @return The findings that block publishing.
 */
export function useEnforcePublishGate(
	onRequestOverride: () => void
): Finding[] {
	const registry = useRegistry();
	const { blocking, isPending } = usePublishGate();
	const canOverride = useSelect(
		( select ) => select( policyStore ).canOverride(),
		[]
	);
	const usesFilter = hasPreSavePostFilter();
	const { isPublishingInView, isPrePublishOpen } = useSelect( ( select ) => {
		const editor = select( 'core/editor' ) as unknown as EditorSelectors;
		return {
			isPublishingInView:
				editor.isPublishSidebarOpened() ||
				! editor.isPublishSidebarEnabled() ||
				editor.isCurrentPostPublished() ||
				editor.isCurrentPostScheduled(),
			isPrePublishOpen: editor.isPublishSidebarOpened(),
		};
	}, [] );
	// In the pre-publish checks, also wait for the latest text to be checked, so a quick click cannot slip through.
	const shouldLock =
		! usesFilter &&
		( ( isPublishingInView && blocking.length > 0 ) ||
			( isPrePublishOpen && isPending ) );
	const message = blocking.length > 0 ? getGateMessage( blocking ) : '';

	useEffect( () => {
		currentBlocking = blocking;
		currentPending = isPending;
		if ( ! isPending ) {
			settled.forEach( ( resolve ) => resolve() );
			settled = [];
		}
		if ( usesFilter ) {
			addPreSaveFilter( () =>
				(
					registry.select(
						'core/editor'
					) as unknown as EditorSelectors
				 ).getEditedPostAttribute( 'status' )
			);
		}
	}, [ blocking, isPending, usesFilter, registry ] );

	useEffect( () => {
		const editor = registry.dispatch(
			'core/editor'
		) as unknown as EditorActions;
		const notices = registry.dispatch(
			'core/notices'
		) as unknown as NoticeActions;
		if ( ! shouldLock ) {
			return;
		}
		editor.lockPostSaving( GATE_LOCK );
		if ( ! message ) {
			return () => editor.unlockPostSaving( GATE_LOCK );
		}
		notices.createNotice( 'error', message, {
			id: GATE_NOTICE,
			isDismissible: false,
			actions: [
				{
					label: __( 'Open Compliance sidebar', 'hcp-compliance' ),
					onClick: () => {
						editor.closePublishSidebar?.();
						openComplianceSidebar( registry );
					},
				},
				...( canOverride
					? [
							{
								label: __(
									'Override with reason',
									'hcp-compliance'
								),
								onClick: onRequestOverride,
							},
						]
					: [] ),
			],
		} );
		return () => {
			editor.unlockPostSaving( GATE_LOCK );
			notices.removeNotice( GATE_NOTICE );
		};
	}, [ shouldLock, message, registry, canOverride, onRequestOverride ] );

	return blocking;
}
