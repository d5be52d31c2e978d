/**
 * Actions of the practice policy store.
 *
 * Dismissals, restores and overrides append to the audit trail in the post's
 * edited meta (`core/editor`'s `editPost`), so they are saved, undone and
 * reloaded with the post; the server stamps user and time and keeps the trail append-only.
 */
import type { Finding } from '../engine/types';
import { createAuditEntry, type Actor } from './audit';
import { AUDIT_META_KEY } from './constants';
import type {
	AuditEntry,
	DismissalReason,
	Policy,
	ReceivePolicyAction,
} from './types';

/** The part of the registry the thunks use. */
interface ThunkRegistry {
	select: ( storeName: string ) => unknown;
	dispatch: ( storeName: string ) => unknown;
}

/** The selectors of this store the thunks read. */
interface OwnSelectors {
	getAuditTrail: () => AuditEntry[];
	getDismissals: () => AuditEntry[];
	hasOverride: ( fingerprint: string ) => boolean;
	canOverride: () => boolean;
}

/** Thunk arguments, typed loosely to avoid a cycle with the store descriptor. */
interface ThunkArgs {
	registry: ThunkRegistry;
	select: OwnSelectors;
}

/**
 * The current user and time, as far as the editor knows them.
 *
 * @param registry Data registry.
 * @return Actor.
 */
function currentActor( registry: ThunkRegistry ): Actor {
	const core = registry.select( 'core' ) as
		| { getCurrentUser?: () => { id?: number; name?: string } | undefined }
		| undefined;
	const user = core?.getCurrentUser?.();
	return {
		user: user?.id ?? 0,
		userName: user?.name ?? '',
		time: new Date().toISOString(),
	};
}

/**
 * Appends entries to the trail in the post's edited meta.
 *
 * @param registry Data registry.
 * @param trail    Current trail.
 * @param entries  Entries to add.
 */
function appendToTrail(
	registry: ThunkRegistry,
	trail: AuditEntry[],
	entries: AuditEntry[]
): void {
	if ( entries.length === 0 ) {
		return;
	}
	const editor = registry.dispatch( 'core/editor' ) as {
		editPost: ( edits: Record< string, unknown > ) => void;
	};
	editor.editPost( {
		meta: { [ AUDIT_META_KEY ]: [ ...trail, ...entries ] },
	} );
}

/**
 * Uses this policy instead of the one in the editor settings.
 *
 * @param policy The policy.
 * @return Action object.
 */
export function receivePolicy( policy: Policy ): ReceivePolicyAction {
	return { type: 'RECEIVE_POLICY', policy };
}

/**
 * Dismisses a finding with a reason; "other" needs a comment.
 *
 * @param finding The finding.
 * @param reason  Why it does not apply.
 * @param comment Comment (required for "other").
 * @return Thunk.
 */
export const dismissFinding =
	( finding: Finding, reason: DismissalReason, comment = '' ) =>
	async ( { registry, select }: ThunkArgs ): Promise< void > => {
		if ( reason === 'other' && comment.trim() === '' ) {
			throw new Error(
				'A comment is required when the reason is "other".'
			);
		}
		appendToTrail( registry, select.getAuditTrail(), [
			createAuditEntry(
				'dismissal',
				finding,
				reason,
				comment,
				currentActor( registry )
			),
		] );
	};

/**
 * Ends the dismissal of a finding, so it shows (and may block publishing) again.
 *
 * @param fingerprint Fingerprint of the dismissed finding.
 * @return Thunk.
 */
export const restoreFinding =
	( fingerprint: string ) =>
	async ( { registry, select }: ThunkArgs ): Promise< void > => {
		const dismissal = select
			.getDismissals()
			.find( ( entry ) => entry.fingerprint === fingerprint );
		if ( ! dismissal ) {
			return;
		}
		appendToTrail( registry, select.getAuditTrail(), [
			{
				...createAuditEntry(
					'restore',
					dismissal,
					'',
					'',
					currentActor( registry )
				),
				// Already shortened and masked when it was dismissed.
				excerpt: dismissal.excerpt,
			},
		] );
	};

/**
 * Allows publishing despite the given blocking findings, recording one override per finding.
 *
 * @param findings Findings that block publishing.
 * @param reason   Why publishing is justified.
 * @param comment  Comment (required for "other").
 * @return Thunk.
 */
export const overridePublishGate =
	( findings: Finding[], reason: DismissalReason, comment = '' ) =>
	async ( { registry, select }: ThunkArgs ): Promise< void > => {
		if ( ! select.canOverride() ) {
			throw new Error(
				'The current user may not override the publish gate.'
			);
		}
		if ( reason === 'other' && comment.trim() === '' ) {
			throw new Error(
				'A comment is required when the reason is "other".'
			);
		}
		const actor = currentActor( registry );
		// One entry per distinct finding: the same text may be found twice in a post.
		const pending = new Map< string, Finding >();
		for ( const finding of findings ) {
			if ( ! select.hasOverride( finding.fingerprint ) ) {
				pending.set( finding.fingerprint, finding );
			}
		}
		appendToTrail(
			registry,
			select.getAuditTrail(),
			Array.from( pending.values(), ( finding ) =>
				createAuditEntry( 'override', finding, reason, comment, actor )
			)
		);
	};
